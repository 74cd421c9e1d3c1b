// Chart labels that cannot be laid out whole and apart are a build warning naming the slide and the
// labels (exit 0), an error with --strict: canvas text is invisible to the HTML overflow check.
// The command line's main() runs in this process, printing in the run's shared Chromium: the
// warning comes from the print's page checks, so the PDF step stays on.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";
import { sharedBrowserAndFolder } from "../helpers/shared-browser.ts";

const { browser, dir: out } = sharedBrowserAndFolder("chart-warning-");
const fixture = path.join(FIXTURES, "warn", "crowded-chart");

describe("a chart whose value labels cannot stand apart", () => {
  it("is one warning naming the slide and the labels, and the build succeeds", async () => {
    const run = await runMain(["build", fixture, "--out", out], browser());
    expect(run.status, run.stderr).toBe(0);
    const warnings = run.stdout.split("\n").filter((line) => /warning\s+slide 1 "Lending by month/.test(line));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /chart value labels «\$1,234,567,89\d\.\d+» and «\$1,234,567,89\d\.\d+» overlap; .*and \d+ more; give the labels room/,
    );
  });

  it("fails the build with --strict and publishes nothing", async () => {
    const strictOut = mkdtempSync(path.join(os.tmpdir(), "chart-warning-strict-"));
    const run = await runMain(["build", fixture, "--out", strictOut, "--strict"], browser());
    expect(run.status).toBe(1);
    expect(existsSync(path.join(strictOut, "crowded-chart"))).toBe(false);
    rmSync(strictOut, { recursive: true, force: true });
  });
});
