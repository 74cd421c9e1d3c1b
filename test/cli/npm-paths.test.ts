// npm runs a script from the package root; a path typed in a subfolder is meant from there.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT } from "../helpers/cli.ts";

describe("npm run check typed in content/", () => {
  it("reads the folder named from there", () => {
    // As a user's shell would start it: not inside another npm script.
    const env = { ...process.env };
    delete env.INIT_CWD;
    delete env.npm_lifecycle_event;
    const run = spawnSync("npm", ["run", "--silent", "check", "--", "deepseek-r1"], {
      cwd: path.join(PROJECT, "content"),
      env,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/deepseek-r1\s+ok\s+12 slides/);
  });
});
