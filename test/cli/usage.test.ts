// The command line's own options. --help goes through the real launcher (node scripts/briefing.mjs,
// as npm runs it); the rest is main()'s reading of argv, run in this process.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT, runCli } from "../helpers/cli.ts";
import { runMain } from "../helpers/in-process.ts";

const seed = path.join(PROJECT, "content", "deepseek-r1");

describe("the command line itself", () => {
  it("--help prints the usage and exits 0", () => {
    const run = runCli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("npm run build [-- PATH...");
  });

  it("takes --debug before the command too", async () => {
    const run = await runMain(["--debug", "check", seed]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/deepseek-r1\s+ok/);
  });

  it("refuses an option the command does not take, instead of ignoring it", async () => {
    const run = await runMain(["check", seed, "--out", "elsewhere"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("check does not take --out");
    expect((await runMain(["build", seed, "--no-pdf", "--strict"])).status).toBe(2);
  });
});
