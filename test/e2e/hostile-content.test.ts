// Markdown that tries to run code or reach the network renders inert, in the real Chromium.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type BrowserSession } from "../../scripts/export/browser.ts";
import { runCli } from "../helpers/cli.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

let out: string;
let session: BrowserSession;
let browser: Browser;
let page: Page;
let html: string;
const requests: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "hostile-"));
  const build = runCli(["build", path.join(FIXTURES, "good", "hostile-markdown"), "--out", out, "--no-pdf"]);
  expect(build.status, build.stderr).toBe(0);
  const file = path.join(out, "hostile-markdown", "index.html");
  html = readFileSync(file, "utf8");
  session = await launchBrowser();
  browser = session.browser;
  page = await browser.newPage();
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
});

afterAll(async () => {
  await session?.[Symbol.asyncDispose]();
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

  it("the page's policy refuses any connection to the network", async () => {
    const result = await page.evaluate(() => fetch("https://example.org/").then(() => "fetched", (e: Error) => `refused: ${e.name}`));
    expect(result).toMatch(/^refused/);
    expect(requests.filter((url) => url.startsWith("http"))).toEqual([]);
  });
});
