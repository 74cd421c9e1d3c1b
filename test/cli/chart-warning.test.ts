// Chart labels that cannot be laid out whole and apart are a build warning naming the slide and the
// labels (exit 0), an error with --strict: canvas text is invisible to the HTML overflow check.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const out = mkdtempSync(path.join(os.tmpdir(), "chart-warning-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const fixture = path.join(FIXTURES, "warn", "crowded-chart");

describe("a chart whose value labels cannot stand apart", () => {
  it("is one warning naming the slide and the labels, and the build succeeds", () => {
    const run = runCli(["build", fixture, "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    const warnings = run.stdout.split("\n").filter((line) => /warning\s+slide 1 "Lending by month/.test(line));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/chart value labels «\$1,234,567,89\d\.\d+» and «\$1,234,567,89\d\.\d+» overlap; .*and \d+ more; give the labels room/);
  });

  it("fails the build with --strict and publishes nothing", () => {
    const strictOut = mkdtempSync(path.join(os.tmpdir(), "chart-warning-strict-"));
    const run = runCli(["build", fixture, "--out", strictOut, "--strict"]);
    expect(run.status).toBe(1);
    expect(existsSync(path.join(strictOut, "crowded-chart"))).toBe(false);
    rmSync(strictOut, { recursive: true, force: true });
  });
});
