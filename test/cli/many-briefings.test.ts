// `build` with many folders: one browser, several briefings at once (--jobs), and a briefing that
// fails leaves the others to be built and published, each whole. The command line's main() runs in
// this process with the run's shared Chromium as its one browser.
import { cpSync, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";
import { pdfDocument } from "../helpers/pdf.ts";
import { sharedBrowserAndFolder } from "../helpers/shared-browser.ts";

const { browser, dir: tmp } = sharedBrowserAndFolder("many-briefings-");

describe("building many briefings in one run", () => {
  it("builds them two at a time; the broken one fails alone and the others publish their PDFs", async () => {
    // Three briefings, two at a time: the third waits for a place (the broken one gives up its own first).
    const sources = path.join(tmp, "sources");
    const good = ["exponent-value", "wide-figures"];
    for (const name of good) cpSync(path.join(FIXTURES, "good", name), path.join(sources, name), { recursive: true });
    cpSync(path.join(FIXTURES, "bad", "duplicate-slide-id"), path.join(sources, "broken"), { recursive: true });
    const out = path.join(tmp, "out");

    const run = await runMain(
      ["build", ...readdirSync(sources).map((name) => path.join(sources, name)), "--out", out, "--jobs", "2"],
      browser(),
    );

    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain("broken: build failed; previous outputs left as they were.");
    expect(existsSync(path.join(out, "broken"))).toBe(false);
    for (const name of good) {
      expect(readdirSync(path.join(out, name)).sort()).toEqual([`${name}-handout.pdf`, `${name}.pdf`, `${name}.pptx`, "index.html"].sort());
      expect((await pdfDocument(path.join(out, name, `${name}.pdf`))).getPageCount()).toBeGreaterThan(0);
    }
    // Nothing left aside: no staging folder of any briefing.
    expect(readdirSync(out).sort()).toEqual(good.sort());
  });

  it("refuses a --jobs that is not a whole number (exit 2)", async () => {
    const run = await runMain([
      "build",
      path.join(FIXTURES, "good", "exponent-value"),
      "--jobs",
      "0",
      "--no-pdf",
      "--out",
      path.join(tmp, "x"),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--jobs needs a whole number from 1 to 999, not "0"');
  });
});
