// The machine's faults are the machine's: the real command line in a process of its own, its browser
// killed mid-print, its --out on a disk that fills up or turns read-only. Each ends with exit 3 and
// the real cause (70 is for our bugs), no staging folder left, and the previous outputs byte for byte.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, PROJECT, runCli } from "../helpers/cli.ts";

const SEED = path.join(PROJECT, "content", "deepseek-r1");
const dir = mkdtempSync(path.join(os.tmpdir(), "faults-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A build's outputs folder, once built with --no-pdf: what a failed build must leave as it was. */
function previousBuild(out: string): Buffer {
  const first = runCli(["build", SEED, "--out", out, "--no-pdf"]);
  expect(first.status, first.stderr).toBe(0);
  return readFileSync(path.join(out, "deepseek-r1", "index.html"));
}

function leftovers(out: string): string[] {
  return readdirSync(out).filter((entry) => entry.startsWith("."));
}

describe("the browser killed while it prints", () => {
  it("is exit 3 saying the browser stopped, and the previous outputs stay", async () => {
    const out = path.join(dir, "killed");
    const before = previousBuild(out);
    // Traced, so that it says when the print document has loaded: then its Chromium is killed. (The
    // PowerPoint's line, the signal before, came before the browser was up on a loaded machine.)
    const build = spawn(process.execPath, [...CLI, "build", SEED, "--out", out], {
      cwd: PROJECT,
      env: { ...process.env, BRIEFING_TRACE: "1" },
    });
    let stderr = "";
    const exited = new Promise<number | null>((resolve) => build.on("exit", (code) => resolve(code)));
    await new Promise<void>((resolve) =>
      build.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/print\.html loaded/.test(stderr)) resolve();
      }),
    );
    spawnSync("pkill", ["-KILL", "-P", String(build.pid)]);
    expect(await exited, stderr).toBe(3);
    expect(stderr).toMatch(/^error: the browser stopped while printing \(/m);
    expect(stderr).not.toMatch(/Internal error|^\s+at /m);
    expect(readFileSync(path.join(out, "deepseek-r1", "index.html")).equals(before)).toBe(true);
    expect(leftovers(out)).toEqual([]);
  }, 60_000);
});

/** A small tmpfs to fill up, where the machine lets this process mount one (root in a container). */
function mountTmpfs(at: string, size: string): boolean {
  mkdirSync(at, { recursive: true });
  return spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", at]).status === 0;
}
const probe = path.join(dir, "probe");
const canMount = mountTmpfs(probe, "64k") && spawnSync("umount", [probe]).status === 0;

/** `body` run with `out` a tmpfs of `size`, unmounted after, whatever happens. */
function onTmpfs(out: string, size: string, body: () => void): void {
  expect(mountTmpfs(out, size)).toBe(true);
  try {
    body();
  } finally {
    execFileSync("umount", [out]);
  }
}

describe("a disk that fills up or turns read-only", () => {
  it.skipIf(!canMount)(
    "full (needs a tmpfs mount, skipped where the machine allows none): exit 3, ENOSPC, no staging folder, the previous outputs stay",
    () => {
      const out = path.join(dir, "full");
      // Room for the previous build's HTML (0.7 MB) and not for the new build's staged files beside it
      // (the deck's and the print document's pages, 1.4 MB, then the PDFs and the PowerPoint).
      onTmpfs(out, "2200k", () => {
        const before = previousBuild(out);
        const run = runCli(["build", SEED, "--out", out]);
        expect(run.status, run.stderr).toBe(3);
        expect(run.stderr).toContain("(ENOSPC)");
        expect(run.stderr).not.toMatch(/Internal error|^\s+at /m);
        expect(readFileSync(path.join(out, "deepseek-r1", "index.html")).equals(before)).toBe(true);
        expect(leftovers(out)).toEqual([]);
      });
    },
    60_000,
  );

  it.skipIf(!canMount)(
    "read-only (needs a tmpfs mount, skipped where the machine allows none): exit 3, EROFS, the previous outputs stay",
    () => {
      const out = path.join(dir, "read-only");
      onTmpfs(out, "4m", () => {
        const before = previousBuild(out);
        execFileSync("mount", ["-o", "remount,ro", out]);
        const run = runCli(["build", SEED, "--out", out, "--no-pdf"]);
        expect(run.status, run.stderr).toBe(3);
        expect(run.stderr).toContain("(EROFS)");
        expect(readFileSync(path.join(out, "deepseek-r1", "index.html")).equals(before)).toBe(true);
      });
    },
    60_000,
  );
});
