// The live preview end to end: the real dev server, the real watcher, the page in Chromium. Every
// test starts its own dev session on its own copy of the fixture and opens its own page, a window of
// its own in the run's shared Chromium (so it paints); only the browser is shared, so the tests hold
// in any order and alone.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import type { Page } from "puppeteer";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";
import { startDev } from "../../scripts/cli/dev-command.ts";
import { sharedBrowser } from "../helpers/shared-browser.ts";
import { copyFixture, get, within } from "./dev-helpers.ts";
import { get as httpGet } from "node:http";
import { CHART, DRAWN_CHART, PART, ROOT } from "../../scripts/runtime/page-contract.ts";

let session: BrowserSession | undefined;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  session = await sharedBrowser();
});
afterAll(async () => {
  await session?.[Symbol.asyncDispose]();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A dev session on a fresh copy of the fixture (changed first by prepare), closed and removed after the test. */
async function devSession(prepare: (fixture: ReturnType<typeof copyFixture>) => void = () => {}) {
  const fixture = copyFixture();
  cleanups.push(fixture.remove);
  prepare(fixture);
  const dev = await startDev(fixture.folder, 0, () => {});
  cleanups.push(() => dev.close());
  return { ...fixture, dev };
}

/** A dev session with the deck open in a page of its own, on slide h. */
async function openDeck(h: number) {
  const live = await devSession();
  const page = await session!.newTab();
  cleanups.push(() => page.close());
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(live.dev.url);
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
  await page.evaluate((slide) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(slide), h);
  /** Save the briefing and wait until the page shows a newer build than the one it had. */
  const save = async (text: string) => {
    const before = await version(page);
    writeFileSync(live.yamlFile, text);
    await page.waitForFunction(
      (v, name) => Number(document.documentElement.getAttribute(name)) > v,
      { timeout: 15_000 },
      before,
      ROOT.version,
    );
  };
  return { ...live, page, save };
}

/** The first event an event stream sends, read until its blank line. */
function firstEvent(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        text += chunk;
        const event = /^event: [^\n]*\ndata: [^\n]*\n\n/m.exec(text);
        if (event) {
          req.destroy();
          resolve(event[0]);
        }
      });
    });
    req.on("error", reject);
  });
}

/** The first event within `ms`, or "" when the stream sends none by then. */
async function firstEventOrNothing(url: string, ms: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const quiet = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(""), ms)));
  const result = await Promise.race([firstEvent(url), quiet]);
  clearTimeout(timer);
  return result;
}

const version = (page: Page) => page.$eval("html", (html, name) => Number(html.getAttribute(name)), ROOT.version);
const currentSlide = (page: Page) =>
  page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h);
const slideTitle = (page: Page, n: number) => page.$eval(`.reveal .slides > section:nth-child(${n}) h2`, (h) => h.textContent);

describe("npm run dev in the browser", () => {
  it("shows a saved edit on the slide the author is on, without a reload", async () => {
    const { page, save, original } = await openDeck(3);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await save(original.replace("title: The figures", "title: The figures, edited"));
    expect(await slideTitle(page, 4)).toBe("The figures, edited");
    expect(await currentSlide(page)).toBe(3);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it("shows a broken edit's message (file, line, field) over the last good deck", async () => {
    const { page, save, original } = await openDeck(3);
    await save(original.replace("layout: stats", "layout: statz"));
    const message = await page.$eval(PART.problems, (el) => el.textContent ?? "");
    expect(message).toMatch(/briefing\.yaml:\d+:\d+\s+slides\[3\]\.layout/);
    expect(message).toContain('did you mean "stats"?');
    // The last good deck is still there, on the same slide.
    expect(await slideTitle(page, 4)).toBe("The figures");
    expect(await currentSlide(page)).toBe(3);
  });

  it("brings the deck back with the next good save, still on the same slide", async () => {
    const { page, save, original } = await openDeck(3);
    await save(original.replace("layout: stats", "layout: statz"));
    expect(await page.$(PART.problems)).not.toBeNull();
    await save(original.replace("title: The figures", "title: The figures, fixed"));
    expect(await page.$(PART.problems)).toBeNull();
    expect(await slideTitle(page, 4)).toBe("The figures, fixed");
    expect(await currentSlide(page)).toBe(3);
  });

  it("sends a page whose event stream opens after a rebuild that rebuild (it was lost, and the page never updated)", async () => {
    const fixture = copyFixture();
    cleanups.push(fixture.remove);
    let rebuilt!: () => void;
    const done = new Promise<void>((resolve) => (rebuilt = resolve));
    const dev = await startDev(fixture.folder, 0, (line) => line.startsWith("rebuilt") && rebuilt());
    cleanups.push(() => dev.close());
    writeFileSync(fixture.yamlFile, fixture.original.replace("title: The figures", "title: The figures, missed"));
    await within(15_000, "the rebuild", done);
    // The page loaded build 1 and opens its stream only now.
    const first = await within(15_000, "the first event", firstEvent(`${dev.url}events?v=1`));
    expect(first).toMatch(/^event: update$/m);
    expect(first).toContain("The figures, missed");
    // A page that has the latest build is sent nothing on opening.
    const current = await firstEventOrNothing(`${dev.url}events?v=2`, 500);
    expect(current).toBe("");
  });

  it("starts on a broken briefing: the problems page, under the one policy, loads the deck once fixed", async () => {
    const live = await devSession(({ yamlFile, original }) => writeFileSync(yamlFile, original.replace("layout: stats", "layout: statz")));
    const page = await session!.newTab();
    cleanups.push(() => page.close());
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(live.dev.url);
    expect(await page.$eval(PART.problems, (el) => el.textContent)).toContain('did you mean "stats"?');
    const policy = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) => meta.getAttribute("content") ?? "");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy.match(/'sha256-/g)).toHaveLength(1); // the live client, nothing else
    writeFileSync(live.yamlFile, live.original);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady(), { timeout: 15_000 });
    expect(await page.$(PART.problems)).toBeNull();
    expect(errors).toEqual([]);
  });

  it("redraws charts after an edit, from the new data", async () => {
    const { page, save, original } = await openDeck(5);
    const slide = ".reveal .slides > section:nth-child(6)";
    /** The values the chart on slide 6 was drawn with, once it is drawn. */
    const drawnValues = async () => {
      await page.waitForSelector(`${slide} ${DRAWN_CHART}`);
      return page.$eval(`${slide} ${CHART.selector}`, (canvas) => {
        const chart = (
          window as unknown as { Chart: { getChart(c: Element): { data: { datasets: { data: number[] }[] } } | undefined } }
        ).Chart.getChart(canvas);
        return chart?.data.datasets.map((d) => d.data);
      });
    };
    expect(await drawnValues()).toEqual([[300, 310, 320, 320]]);
    await save(original.replace("values: [300, 310, 320, 320]", "values: [300, 310, 320, 345]"));
    expect(await drawnValues()).toEqual([[300, 310, 320, 345]]);
  });
});

describe("what the dev server serves", () => {
  it("listens on 127.0.0.1, and serves the deck and its event stream to its own address", async () => {
    const { dev } = await devSession();
    expect(dev.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const port = new URL(dev.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      const deck = await get(dev.url, "/", { host });
      expect(deck.status, host).toBe(200);
      expect(deck.body, host).toContain("<html");
    }
    const events = await get(dev.url, "/events", { host: `localhost:${port}` });
    expect(events).toMatchObject({ status: 200, type: "text/event-stream" });
  });

  it("refuses any other Host with 403 and a short text (a DNS-rebinding page cannot read it)", async () => {
    const { dev } = await devSession();
    const port = new URL(dev.url).port;
    for (const host of [
      `evil.example:${port}`,
      "evil.example",
      `127.0.0.1:${Number(port) + 1}`,
      "127.0.0.1",
      `127.0.0.1.evil.example:${port}`,
    ]) {
      for (const route of ["/", "/events"]) {
        const reply = await get(dev.url, route, { host });
        expect(reply.status, `${host} ${route}`).toBe(403);
        expect(reply.type).toMatch(/^text\/plain/);
        expect(reply.body.length).toBeLessThan(120);
        expect(reply.body).not.toContain("<html");
      }
    }
  });

  it("refuses a request with no Host at all", async () => {
    const { dev } = await devSession();
    const url = new URL(dev.url);
    // HTTP/1.0 may leave Host out (Node's client always sends one), so this is written by hand.
    const reply = await new Promise<string>((resolve, reject) => {
      let text = "";
      const socket = connect(Number(url.port), url.hostname, () => socket.end("GET / HTTP/1.0\r\n\r\n"));
      socket.on("data", (chunk) => (text += chunk.toString()));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.[01] 403 /);
  });

  it("serves the deck and its events only: no file of the folder by path", async () => {
    const { dev } = await devSession();
    for (const route of [
      "/files/article.md",
      "/article.md",
      "/briefing.yaml",
      "/index.html",
      "/files/../../../etc/passwd",
      "/files/%2e%2e/%2e%2e/etc/passwd",
      "/etc/passwd",
    ]) {
      expect((await get(dev.url, route)).status, route).toBe(404);
    }
  });

  it("never serves what a link in the folder points to outside it", async () => {
    const secret = `OUTSIDE-${process.pid}-${Date.now()}`;
    // The links are there before the server starts: its first build sees them too.
    const { dev } = await devSession(({ root, folder }) => {
      const outside = path.join(root, "outside");
      mkdirSync(outside);
      writeFileSync(path.join(outside, "secret.md"), secret);
      writeFileSync(path.join(outside, "secret.png"), secret);
      symlinkSync(path.join(outside, "secret.md"), path.join(folder, "leak.md"));
      symlinkSync(path.join(outside, "secret.png"), path.join(folder, "leak.png"));
      symlinkSync(outside, path.join(folder, "linked"), "dir");
    });
    const routes = ["/files/leak.md", "/files/leak.png", "/files/linked/secret.md", "/leak.md", "/leak.png", "/linked/secret.md", "/"];
    for (const route of routes) {
      const reply = await get(dev.url, route);
      if (route !== "/") expect([403, 404], route).toContain(reply.status);
      expect(reply.body, route).not.toContain(secret);
      expect(reply.body, route).not.toContain(Buffer.from(secret).toString("base64"));
    }
  });
});

describe("dev server start-up", () => {
  it("a busy --port gets a clear message with exit 3", async () => {
    const { dev, folder } = await devSession();
    const port = Number(new URL(dev.url).port);
    const error = await startDev(folder, port, () => {}).then(
      (second) => second.close().then(() => undefined),
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ exitCode: 3 });
    expect(String((error as Error).message)).toContain(`port ${port} on 127.0.0.1 is in use`);
  });
});
