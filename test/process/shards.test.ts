// Three machines' shares, built in three processes at once, give byte for byte the outputs of one
// build of them all: every deck, PDF, handout and PowerPoint.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { CLI, PROJECT, runCli } from "../helpers/cli.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const FOLDERS = ["all-layouts", "bank-profits-vi", "hbar-dates-en", "tokyo-market-ja", "wide-figures"].map((name) =>
  path.join(FIXTURES, "good", name),
);
const dir = mkdtempSync(path.join(os.tmpdir(), "shards-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every file under a folder, by its path in it. */
function files(root: string, relative = ""): string[] {
  return readdirSync(path.join(root, relative)).flatMap((entry) => {
    const name = path.join(relative, entry);
    return statSync(path.join(root, name)).isDirectory() ? files(root, name) : [name];
  });
}

function build(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI, "build", ...args, "--jobs", "1"], { cwd: PROJECT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (status) => resolve({ status, stdout, stderr }));
  });
}

it("builds three shards in three processes to the bytes of one build", async () => {
  const one = path.join(dir, "one");
  const whole = runCli(["build", ...FOLDERS, "--out", one]);
  expect(whole.status, whole.stderr).toBe(0);
  const sharded = path.join(dir, "sharded");
  // In reverse order: the split is by name, not by the order given.
  const runs = await Promise.all([1, 2, 3].map((index) => build([...[...FOLDERS].reverse(), "--out", sharded, "--shard", `${index}/3`])));
  for (const [i, run] of runs.entries()) {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`shard ${i + 1}/3: \\d of 5 briefings`));
  }
  const expected = files(one).sort();
  expect(files(sharded).sort()).toEqual(expected);
  for (const file of expected) expect(readFileSync(path.join(sharded, file)).equals(readFileSync(path.join(one, file))), file).toBe(true);
}, 180_000);
