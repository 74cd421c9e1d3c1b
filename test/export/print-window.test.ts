// A build that pictures nothing prints in a window of a few pixels (nothing on screen is drawn for
// it); one with --png prints in a window of the slide's size, for the pictures. Print lays out at its
// own page size, so both print the same PDFs, byte for byte: the right-to-left chart fixture, whose
// pages do not start at the window's left edge. The real Chromium.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { buildIn } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";
import { sharedBrowserAndFolder } from "../helpers/shared-browser.ts";

const { browser, dir } = sharedBrowserAndFolder("print-window-");
const RTL = path.join(FIXTURES, "good", "charts-rtl");

it("prints the same deck and handout PDFs in the print-only window as in the slide-sized one", async () => {
  const small = path.join(dir, "print-only");
  const slideSized = path.join(dir, "with-pictures");
  await Promise.all([buildIn(RTL, browser(), { outDir: small }), buildIn(RTL, browser(), { outDir: slideSized, png: true })]);
  for (const file of ["charts-rtl.pdf", "charts-rtl-handout.pdf"]) {
    const printed = (out: string) => readFileSync(path.join(out, "charts-rtl", file));
    expect(printed(small).equals(printed(slideSized)), file).toBe(true);
  }
});
