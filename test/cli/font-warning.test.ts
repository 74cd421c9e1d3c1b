// Text the theme's font cannot draw falls back to a system font without any error from Chromium:
// the build says so, and --strict refuses it, like any other warning.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const out = mkdtempSync(path.join(os.tmpdir(), "font-warning-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const fixture = path.join(FIXTURES, "warn", "uncovered-characters");

describe("characters the theme's font does not cover", () => {
  it("are a warning that names the text, in the deck and in the handout", () => {
    const run = runCli(["build", fixture, "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/warning\s+deck: \d+ character\(s\) are not in the theme's font .*«The branch in Haifa greets readers with/);
    expect(run.stdout).toMatch(/warning\s+handout: \d+ character\(s\) are not in the theme's font/);
    expect(existsSync(path.join(out, "uncovered-characters", "uncovered-characters.pdf"))).toBe(true);
  });

  it("fail the build with --strict", () => {
    const strictOut = path.join(out, "strict");
    const run = runCli(["build", fixture, "--out", strictOut, "--strict"]);
    expect(run.status).toBe(1);
    expect(existsSync(path.join(strictOut, "uncovered-characters"))).toBe(false);
  });
});
