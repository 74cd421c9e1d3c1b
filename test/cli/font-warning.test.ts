// Text the theme's font cannot draw falls back to a system font without any error from Chromium:
// the build says so, and --strict refuses it, like any other warning.
// The command line's main() runs in this process, printing in the run's shared Chromium. The
// warning is read from the fonts the printed PDFs embed (deck and handout), so the PDF step stays on.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";
import { sharedBrowserAndFolder } from "../helpers/shared-browser.ts";

const { browser, dir: out } = sharedBrowserAndFolder("font-warning-");
const fixture = path.join(FIXTURES, "warn", "uncovered-characters");

describe("characters the theme's font does not cover", () => {
  it("are a warning that names the text, in the deck and in the handout", async () => {
    const run = await runMain(["build", fixture, "--out", out], browser());
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/warning\s+deck: \d+ character\(s\) are not in the theme's font .*«The branch in Haifa greets readers with/);
    expect(run.stdout).toMatch(/warning\s+handout: \d+ character\(s\) are not in the theme's font/);
    expect(existsSync(path.join(out, "uncovered-characters", "uncovered-characters.pdf"))).toBe(true);
  });

  it("fail the build with --strict", async () => {
    const strictOut = path.join(out, "strict");
    const run = await runMain(["build", fixture, "--out", strictOut, "--strict"], browser());
    expect(run.status).toBe(1);
    expect(existsSync(path.join(strictOut, "uncovered-characters"))).toBe(false);
  });
});
