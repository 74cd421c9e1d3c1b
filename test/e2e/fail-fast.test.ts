// A page that fails while getting ready to print is reported at once, not after the 60 s ready wait:
// an error thrown in the page, or the page's own "error" signal. Real pages in the real Chromium.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";
import { sharedBrowser } from "../helpers/shared-browser.ts";
import { exportOutputs } from "../../scripts/export/export-pdf.ts";
import type { DeckModel } from "../../scripts/model/deck.ts";
import type { StagedOutputs } from "../../scripts/write/write-outputs.ts";

let dir: string;
let session: BrowserSession;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "fail-fast-"));
  session = await sharedBrowser();
});
afterAll(async () => {
  await session?.[Symbol.asyncDispose]();
  rmSync(dir, { recursive: true, force: true });
});

const model = {
  title: "t",
  slides: [],
  ui: { notes: "Notes" },
  lang: "en",
  isoDate: "2025-01-01",
  subject: "s",
  theme: { font: "Inter" },
} as unknown as DeckModel;

function staged(printHtml: string): StagedOutputs {
  const print = path.join(dir, `print-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(print, printHtml);
  return {
    name: "t",
    stagingDir: dir,
    finalDir: dir,
    deckHtmlFile: path.join(dir, "index.html"),
    printHtmlFile: print,
    pdfFile: path.join(dir, "t.pdf"),
    handoutPdfFile: path.join(dir, "t-handout.pdf"),
    overviewHtmlFile: path.join(dir, "overview.html"),
    slidesDir: path.join(dir, "slides"),
    overviewPngFile: path.join(dir, "t-overview.png"),
    pptxFile: path.join(dir, "t.pptx"),
  };
}

async function timedFailure(html: string): Promise<{ message: string; seconds: number }> {
  const start = performance.now();
  const error = await exportOutputs(session, staged(html), model, { pdf: true, png: false, pptx: false }).then(
    () => undefined,
    (e: Error) => e,
  );
  return { message: error?.message ?? "no error", seconds: (performance.now() - start) / 1000 };
}

describe("a page that fails while getting ready to print", () => {
  it("throws: reported at once with the page's message", async () => {
    const { message, seconds } = await timedFailure(
      `<html><body><script>setTimeout(function () { throw new Error("boom in the runtime"); }, 50);</script></body></html>`,
    );
    expect(message).toContain("the page reported an error: boom in the runtime");
    expect(seconds).toBeLessThan(10); // the ready wait is 60 s; a failure must not sit it out
  });

  it("says so itself: data-ready=error with data-error", async () => {
    const { message, seconds } = await timedFailure(
      `<html><body><script>document.documentElement.dataset.error = "fonts did not load"; document.documentElement.dataset.ready = "error";</script></body></html>`,
    );
    expect(message).toContain("the page could not get ready to print: fonts did not load");
    expect(seconds).toBeLessThan(10);
  });
});
