// Text the theme's font cannot draw falls back to a system font without any error from Chromium:
// the build says so, and --strict refuses it, like any other warning.
// The command line's main() runs in this process, printing in the run's shared Chromium. The
// warning is read from the fonts the printed PDFs embed (deck and handout), so the PDF step stays on.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";
import { sharedBrowser } from "../helpers/shared-browser.ts";

const out = mkdtempSync(path.join(os.tmpdir(), "font-warning-"));
let session: BrowserSession;
beforeAll(async () => {
  session = await sharedBrowser();
});
afterAll(async () => {
  await session?.[Symbol.asyncDispose]();
  rmSync(out, { recursive: true, force: true });
});
const fixture = path.join(FIXTURES, "warn", "uncovered-characters");

describe("characters the theme's font does not cover", () => {
  it("are a warning that names the text, in the deck and in the handout", async () => {
    const run = await runMain(["build", fixture, "--out", out], session);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/warning\s+deck: \d+ character\(s\) are not in the theme's font .*«The branch in Haifa greets readers with/);
    expect(run.stdout).toMatch(/warning\s+handout: \d+ character\(s\) are not in the theme's font/);
    expect(existsSync(path.join(out, "uncovered-characters", "uncovered-characters.pdf"))).toBe(true);
  });

  it("fail the build with --strict", async () => {
    const strictOut = path.join(out, "strict");
    const run = await runMain(["build", fixture, "--out", strictOut, "--strict"], session);
    expect(run.status).toBe(1);
    expect(existsSync(path.join(strictOut, "uncovered-characters"))).toBe(false);
  });
});
