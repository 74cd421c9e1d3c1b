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
});
