// The live preview end to end: the real dev server, the real watcher, the page in Chromium.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type BrowserSession } from "../../scripts/export/browser.ts";
import { startDev, type DevSession } from "../../scripts/cli/dev-command.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

let folder: string;
let yamlFile: string;
let original: string;
let dev: DevSession;
let session: BrowserSession;
let browser: Browser;
let page: Page;

const version = () => page.$eval("html", (html) => Number(html.getAttribute("data-version")));
const currentSlide = () => page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h);
/** Save the briefing and wait until the page shows a newer build than the one it had. */
async function save(text: string) {
  const before = await version();
  writeFileSync(yamlFile, text);
  await page.waitForFunction((v) => Number(document.documentElement.getAttribute("data-version")) > v, { timeout: 15_000 }, before);
}

beforeAll(async () => {
  folder = path.join(mkdtempSync(path.join(os.tmpdir(), "dev-")), "harbour");
  cpSync(path.join(FIXTURES, "good", "all-layouts"), folder, { recursive: true });
  yamlFile = path.join(folder, "briefing.yaml");
  original = readFileSync(yamlFile, "utf8");
  dev = await startDev(folder, 0, () => {});
  session = await launchBrowser();
  browser = session.browser;
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(dev.url);
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
});

afterAll(async () => {
  await session?.[Symbol.asyncDispose]();
  await dev?.close();
  rmSync(path.dirname(folder), { recursive: true, force: true });
});

describe("npm run dev", () => {
  it("serves on 127.0.0.1", () => {
    expect(dev.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("shows a saved edit on the slide the author is on, without a reload", async () => {
    await page.evaluate(() => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(3));
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await save(original.replace("title: The figures", "title: The figures, edited"));
    expect(await page.$eval(".reveal .slides > section:nth-child(4) h2", (h) => h.textContent)).toBe("The figures, edited");
    expect(await currentSlide()).toBe(3);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it("shows a broken edit's message (file, line, field) over the last good deck", async () => {
    await save(original.replace("layout: stats", "layout: statz"));
    const message = await page.$eval('[data-briefing="problems"]', (el) => el.textContent ?? "");
    expect(message).toMatch(/briefing\.yaml:\d+:\d+\s+slides\[3\]\.layout/);
    expect(message).toContain('did you mean "stats"?');
    // The last good deck is still there, on the same slide.
    expect(await page.$eval(".reveal .slides > section:nth-child(4) h2", (h) => h.textContent)).toBe("The figures, edited");
    expect(await currentSlide()).toBe(3);
  });

  it("brings the deck back with the next good save, still on the same slide", async () => {
    await save(original);
    expect(await page.$('[data-briefing="problems"]')).toBeNull();
    expect(await page.$eval(".reveal .slides > section:nth-child(4) h2", (h) => h.textContent)).toBe("The figures");
    expect(await currentSlide()).toBe(3);
  });

  it("redraws charts after an edit", async () => {
    await page.evaluate(() => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(4));
    await save(original.replace("caption: Costs fell.", "caption: Costs fell again."));
    await page.waitForSelector('.reveal .slides > section:nth-child(5) canvas[data-drawn="true"]');
    expect(await page.$eval(".reveal .slides > section:nth-child(5) .caption", (c) => c.textContent)).toBe("Costs fell again.");
  });
});

describe("what the dev server serves", () => {
  const get = (rawPath: string) =>
    new Promise<number>((resolve, reject) => {
      const url = new URL(dev.url);
      const req = request({ host: url.hostname, port: url.port, path: rawPath, method: "GET" }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });

  it("serves the briefing's own files", async () => {
    expect(await get("/files/article.md")).toBe(200);
  });
  it("refuses .. and absolute paths, plain or encoded", async () => {
    expect(await get("/files/../../../etc/passwd")).toBe(403);
    expect(await get("/files/%2e%2e/%2e%2e/etc/passwd")).toBe(403);
    expect(await get("/files/%2Fetc%2Fpasswd")).toBe(403);
    expect(await get("/files/..%2Fbriefing.yaml")).toBe(403);
  });
  it("serves nothing else", async () => {
    expect(await get("/etc/passwd")).toBe(404);
    expect(await get("/files/package.json")).toBe(403);
  });
});

describe("dev server start-up and coalescing", () => {
  it("a busy --port gets a clear message with exit 3", async () => {
    const port = Number(new URL(dev.url).port);
    const error = await startDev(folder, port, () => {}).then(
      (second) => second.close().then(() => undefined),
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ exitCode: 3 });
    expect(String((error as Error).message)).toContain(`port ${port} on 127.0.0.1 is in use`);
  });

  it("several quick saves coalesce into one rebuild", async () => {
    const lines: string[] = [];
    const second = await startDev(folder, 0, (line) => lines.push(line));
    try {
      for (let i = 0; i < 5; i++) writeFileSync(yamlFile, `${original}\n# save ${i}\n`);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const rebuilds = lines.filter((line) => line.startsWith("rebuilt"));
      expect(rebuilds.length).toBeGreaterThanOrEqual(1);
      expect(rebuilds.length).toBeLessThanOrEqual(2);
    } finally {
      await second.close();
      writeFileSync(yamlFile, original);
    }
  });
});
