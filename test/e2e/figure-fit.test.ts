// A figure wider than its card is set smaller rather than clipped, in the deck on screen and in print.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";
import { buildIn } from "../helpers/in-process.ts";
import { sharedBrowser } from "../helpers/shared-browser.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const NAME = "wide-figures";
let out: string;
let session: BrowserSession;

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "figure-fit-"));
  session = await sharedBrowser();
  await buildIn(path.join(FIXTURES, "good", NAME), session, { outDir: out, pdf: false });
});

afterAll(async () => {
  await session?.[Symbol.asyncDispose]();
  rmSync(out, { recursive: true, force: true });
});

/** Each figure's text width against its box, and its font size, once the page is laid out. */
async function figures(query: string, ready: string) {
  const page = await session.newTab();
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(`${pathToFileURL(path.join(out, NAME, "index.html")).href}${query}`, { waitUntil: "load" });
  await page.waitForFunction(ready);
  const found = await page.$$eval(".figure-value", (values) =>
    values.map((v) => ({ text: v.textContent, fits: v.scrollWidth <= v.clientWidth + 1, size: parseFloat(getComputedStyle(v).fontSize) })),
  );
  await page.close();
  return found;
}

describe("a figure too wide for its card", () => {
  it("is set smaller until it fits, in print", async () => {
    const found = await figures("?print-pdf", "document.documentElement.dataset.ready === 'print'");
    expect(
      found.every((f) => f.fits),
      JSON.stringify(found),
    ).toBe(true);
    expect(found[0]!.size).toBeLessThan(found[1]!.size);
  });

  it("is set smaller until it fits, on screen when its slide shows", async () => {
    const found = await figures("", "document.querySelector('.figure-value')?.style.fontSize !== ''");
    expect(
      found.every((f) => f.fits),
      JSON.stringify(found),
    ).toBe(true);
  });
});
