// A slide whose text runs past its frame is a warning (exit 0), and an error with --strict.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const out = mkdtempSync(path.join(os.tmpdir(), "overflow-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const fixture = path.join(FIXTURES, "warn", "overflowing-slide");

describe("a slide that overflows", () => {
  it("--strict fails the build and publishes nothing", () => {
    const run = runCli(["build", fixture, "--out", out, "--strict"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/warning\s+slide 2 "Far too much to say on one slide": the content runs past the slide/);
    expect(existsSync(path.join(out, "overflowing-slide"))).toBe(false);
  });

  it("is a warning that names the slide, and the build still succeeds", () => {
    const run = runCli(["build", fixture, "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/warning\s+slide 2 "Far too much to say on one slide"/);
    expect(run.stdout).not.toMatch(/slide 1 "Lending"/);
    expect(existsSync(path.join(out, "overflowing-slide", "overflowing-slide.pdf"))).toBe(true);
  });
});

describe("text wider than its own box, inside the slide", () => {
  it("is a warning too: a label spilling over the next card", () => {
    const run = runCli(["build", path.join(FIXTURES, "warn", "spilling-label"), "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/warning\s+slide 1 "Lending": the content runs past the slide/);
  });
});
