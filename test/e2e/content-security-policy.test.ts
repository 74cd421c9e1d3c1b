// The seed deck under its Content-Security-Policy, in the real Chromium: reveal, the charts, the print
// view and the speaker view work with no violation, and a script that is not the deck's is refused.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";
import { sharedBrowser } from "../helpers/shared-browser.ts";

const NAME = "deepseek-r1";
let out: string;
let deckFile: string;
let session: BrowserSession;
let browser: Browser;

interface Watched {
  page: Page;
  /** Console errors and uncaught errors (a refused script or style is logged as a console error). */
  errors: string[];
}

/** A page that records every policy violation from its first script on, and every error. */
async function open(file: string, query = "", media?: "print"): Promise<Watched> {
  const page = await session.newTab();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  await page.setViewport({ width: 1280, height: 720 });
  if (media) await page.emulateMediaType(media);
  await page.goto(pathToFileURL(file).href + query, { waitUntil: "load" });
  return { page, errors };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
// Polled by time: a tab in the background (the speaker view takes the front) gets no animation frame.
const revealReady = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady(), { polling: 100 });

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "csp-"));
  // The run's one build of the seed (global-setup.ts), copied: this file writes a tampered deck beside it.
  deckFile = path.join(out, NAME, "index.html");
  cpSync(path.join(inject("builtDir"), NAME, "index.html"), deckFile);
  session = await sharedBrowser();
  browser = session.browser;
});

afterAll(async () => {
  await session?.[Symbol.asyncDispose]();
  rmSync(out, { recursive: true, force: true });
});

describe("the seed deck under its policy", () => {
  it("runs reveal and draws every chart, slide by slide, with no violation or error", async () => {
    const { page, errors } = await open(deckFile);
    await revealReady(page);
    const total = await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
    for (let i = 0; i < total; i++) {
      await page.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), i);
      // A chart is drawn when its slide shows: wait for this slide's charts to have a Chart.js chart.
      await page.waitForFunction(() => {
        const canvases = document.querySelectorAll(".reveal .slides > section.present canvas[data-chart]");
        const chart = (window as unknown as { Chart: { getChart(c: Element): unknown } }).Chart;
        return Array.from(canvases).every((canvas) => chart.getChart(canvas) && (canvas as HTMLCanvasElement).width > 0);
      });
    }
    const charts = await page.$$eval("canvas[data-chart]", (canvases) =>
      canvases.map((canvas) => Boolean((window as unknown as { Chart: { getChart(c: Element): unknown } }).Chart.getChart(canvas))),
    );
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.every(Boolean)).toBe(true);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lays out reveal's print view and says it is ready to print, with no violation or error", async () => {
    const { page, errors } = await open(deckFile, "?print-pdf", "print");
    await page.waitForSelector("html[data-ready]");
    expect(await page.$eval("html", (html) => [html.getAttribute("data-ready"), html.getAttribute("data-error")])).toEqual(["print", null]);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens the speaker view (S): its script runs and its two frames show the deck", async () => {
    const { page, errors } = await open(deckFile);
    await revealReady(page);
    // The window this page opens: other files open tabs in the same browser meanwhile.
    const popup = browser.waitForTarget((target) => target.opener() === page.target());
    await page.keyboard.press("s");
    const speaker = (await (await popup).page())!;
    // The speaker view's own script creates the frames and fills in the notes; each frame runs the deck.
    try {
      await speaker.waitForFunction(() => document.querySelectorAll("#current-slide iframe, #upcoming-slide iframe").length === 2, {
        polling: 100,
      });
      // The frames are file: pages, opaque to each other: asked one by one through the browser.
      await expect
        .poll(
          async () => {
            const frames = speaker.mainFrame().childFrames();
            const ready = await Promise.all(
              frames.map((frame) =>
                frame
                  .evaluate(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() ?? false)
                  .catch(() => false),
              ),
            );
            return [frames.length, ready.every(Boolean)];
          },
          { timeout: 20_000 },
        )
        .toEqual([2, true]);
      const notes = await speaker.$eval(".speaker-controls-notes .value", (element) => element.textContent ?? "");
      const firstNotes = await page.$eval(".reveal .slides > section aside.notes", (element) => element.textContent ?? "");
      expect(notes.trim().length).toBeGreaterThan(0);
      expect(notes.replace(/\s+/g, " ").trim()).toBe(firstNotes.replace(/\s+/g, " ").trim());
      // The popup runs under the deck's policy (it inherits it): its script ran because its hash is listed.
      const other = await speaker.evaluate(() => {
        const script = document.createElement("script");
        script.textContent = "window.otherScript = true";
        document.body.append(script);
        return (window as unknown as { otherScript?: boolean }).otherScript;
      });
      expect(other).toBeUndefined();
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await speaker.close();
      await page.close();
    }
  });

  it("refuses an inline script and an event handler added to the built file, and still runs its own", async () => {
    const html = readFileSync(deckFile, "utf8");
    const tampered = path.join(out, NAME, "tampered.html");
    const injected = '<script>window.injected = "script";</script><img src="data:," onerror="window.injected = \'handler\'">';
    const end = html.lastIndexOf("</body>"); // the first one is inside the notes plugin's speaker view
    writeFileSync(tampered, html.slice(0, end) + injected + html.slice(end));
    const { page, errors } = await open(tampered);
    await revealReady(page);
    expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
    const refused = await violations(page);
    // The untouched deck shows none (the first test): these two are the script and the handler.
    expect(refused.map((violation) => violation.trim()).sort()).toEqual(["script-src-attr inline", "script-src-elem inline"]);
    expect(errors.filter((error) => /Content Security Policy/.test(error))).toHaveLength(2);
    await page.close();
  });
});
