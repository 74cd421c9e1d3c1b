// Markdown that tries to run code or reach the network renders inert, in the real Chromium; slide ids
// that are the names the runtime once used do not stop the PDF export.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";
import { buildIn } from "../helpers/in-process.ts";
import { sharedBrowser } from "../helpers/shared-browser.ts";
import { pdfDocument } from "../helpers/pdf.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const FIXTURE = path.join(FIXTURES, "good", "hostile-markdown");
let out: string;
let session: BrowserSession;
let page: Page;
let html: string;
/** A server on this machine that answers anyone: what a page reaches if its policy lets it. */
let server: Server;
let serverUrl: string;
const served: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "hostile-"));
  session = await sharedBrowser();
  await buildIn(FIXTURE, session, { outDir: out, pdf: false });
  const file = path.join(out, "hostile-markdown", "index.html");
  html = readFileSync(file, "utf8");
  page = await session.newTab();
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
  server = createServer((request, response) => {
    served.push(request.url ?? "");
    if (request.url === "/events") {
      response.writeHead(200, { "access-control-allow-origin": "*", "content-type": "text/event-stream" });
      response.write(": open\n\n"); // left open, as an event stream is
      return;
    }
    response.writeHead(200, { "access-control-allow-origin": "*", "content-type": "image/gif" });
    response.end(Buffer.from("R0lGODlhAQABAAAAACwAAAAAAQABAAACAkQBADs=", "base64")); // a 1×1 GIF, and a body for fetch
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await session?.[Symbol.asyncDispose]();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(out, { recursive: true, force: true });
});

const pwned = () => page.evaluate(() => (window as unknown as { pwned?: string }).pwned);

describe("hostile Markdown in the deck", () => {
  it("runs no script from content, in slides or notes", async () => {
    expect(await pwned()).toBeUndefined();
  });

  it("keeps no script, handler, frame, form or javascript: link in the markup", () => {
    const slides = html.slice(html.indexOf('<div class="slides">'), html.indexOf('<script type="application/json"'));
    expect(slides).not.toMatch(/<script|\son\w+=|<iframe|<object|<form|<meta|<style|<svg|href="javascript:|href="data:/i);
    expect(slides).toContain("<strong>text</strong>");
  });

  it("a click on the links runs nothing", async () => {
    for (const link of await page.$$(".reveal .slides a")) await link.evaluate((a) => (a as HTMLAnchorElement).click());
    expect(await pwned()).toBeUndefined();
  });

  // The page tries fetch, XMLHttpRequest, an image, a beacon and an EventSource to a server that would
  // answer; each is refused by the page's policy (the browser says which directive), none arrives.
  async function tryTheNetwork(target: Page, url: string) {
    return target.evaluate(async (url) => {
      const refused: string[] = [];
      document.addEventListener("securitypolicyviolation", (event) => refused.push(`${event.violatedDirective} ${event.blockedURI}`));
      const outcome = (promise: Promise<unknown>) =>
        promise.then(
          () => "done",
          () => "refused",
        );
      const results = {
        fetch: await outcome(fetch(`${url}/fetch`)),
        xhr: await outcome(
          new Promise((resolve, reject) => {
            const xhr = new XMLHttpRequest();
            xhr.onload = resolve;
            xhr.onerror = reject;
            xhr.open("GET", `${url}/xhr`);
            xhr.send();
          }),
        ),
        image: await outcome(
          new Promise((resolve, reject) => {
            const image = new Image();
            image.onload = resolve;
            image.onerror = reject;
            image.src = `${url}/image`;
          }),
        ),
        eventSource: await outcome(
          new Promise((resolve, reject) => {
            const events = new EventSource(`${url}/events`);
            events.onopen = () => {
              events.close();
              resolve(undefined);
            };
            events.onerror = () => {
              events.close();
              reject(new Error("error"));
            };
          }),
        ),
      };
      navigator.sendBeacon(`${url}/beacon`, "x");
      await new Promise((resolve) => setTimeout(resolve, 200)); // violation events are queued as tasks
      return { results, refused: refused.sort() };
    }, url);
  }

  it("reaches the test's server from a copy of the page without its policy (so the next test can fail)", async () => {
    const open = path.join(out, "no-policy.html");
    writeFileSync(open, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ""));
    const control = await session.newTab();
    try {
      await control.goto(pathToFileURL(open).href);
      served.length = 0;
      const { results, refused } = await tryTheNetwork(control, serverUrl);
      expect(results).toEqual({ fetch: "done", xhr: "done", image: "done", eventSource: "done" });
      expect(refused).toEqual([]);
      await expect.poll(() => [...served].sort()).toEqual(["/beacon", "/events", "/fetch", "/image", "/xhr"]);
    } finally {
      await control.close();
    }
  });

  it("the page's policy refuses fetch, XMLHttpRequest, images, beacons and event streams", async () => {
    served.length = 0;
    const { results, refused } = await tryTheNetwork(page, serverUrl);
    expect(results).toEqual({ fetch: "refused", xhr: "refused", image: "refused", eventSource: "refused" });
    expect(refused).toEqual([
      `connect-src ${serverUrl}/beacon`,
      `connect-src ${serverUrl}/events`,
      `connect-src ${serverUrl}/fetch`,
      `connect-src ${serverUrl}/xhr`,
      `img-src ${serverUrl}/image`,
    ]);
    // Nothing arrived: the server, not the browser's list of requests (Chromium lists a request the
    // policy then stops), is the witness.
    expect(served).toEqual([]);
  });
});

describe("slides with the ids the runtime once used (deck-data, theme-css)", () => {
  it("build with their PDFs in the usual time", async () => {
    const pdfOut = mkdtempSync(path.join(os.tmpdir(), "hostile-pdf-"));
    try {
      const started = performance.now();
      await buildIn(FIXTURE, session, { outDir: pdfOut });
      const seconds = (performance.now() - started) / 1000;
      // The export waits up to 60 s for the page to say it is ready: a page that never says so
      // (as when the runtime read a slide for its data) fails well after this.
      expect(seconds).toBeLessThan(45);
      const deckPdf = path.join(pdfOut, "hostile-markdown", "hostile-markdown.pdf");
      expect((await pdfDocument(deckPdf)).getPageCount()).toBe(2);
      expect(existsSync(path.join(pdfOut, "hostile-markdown", "hostile-markdown-handout.pdf"))).toBe(true);
    } finally {
      rmSync(pdfOut, { recursive: true, force: true });
    }
  }, 120_000);
});
