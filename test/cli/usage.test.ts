import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";

describe("the command line itself", () => {
  it("--help prints the usage and exits 0", () => {
    const run = runCli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("npm run build [-- PATH...");
  });

  it("takes --debug before the command too", () => {
    const run = runCli(["--debug", "check", "content/deepseek-r1"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/deepseek-r1\s+ok/);
  });

  it("refuses an option the command does not take, instead of ignoring it", () => {
    const run = runCli(["check", "content/deepseek-r1", "--out", "elsewhere"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("check does not take --out");
    expect(runCli(["build", "content/deepseek-r1", "--no-pdf", "--strict"]).status).toBe(2);
  });
});
