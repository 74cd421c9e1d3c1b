// A browser that fails, fails fast: the real command line, in a process of its own, with
// BRIEFING_BROWSER pointing at a script that behaves as a broken browser would. Each ends within
// seconds with exit 3 and a message that names the browser and what it did, no stack trace, no
// process of its left running, no profile folder left, and the previous outputs where they were.
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isAlive } from "../../scripts/processes.ts";
import { PROJECT, runCli } from "../helpers/cli.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "fake-browser-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A shell script as the browser; each writes the process ids it leaves to pids.txt. */
function fake(name: string, body: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, `#!/bin/sh\necho $$ >> "${dir}/${name}.pids"\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

const FAKES = [
  { name: "exits", body: "exit 0", says: /it exited \(status 0\)/ },
  {
    name: "crashes",
    body: 'echo "Segmentation fault in the GPU process" >&2\nkill -SEGV $$',
    says: /it exited \(SIGSEGV\): Segmentation fault/,
  },
  // The DevTools pipe is fd 4 (the browser writes there); garbage instead of the protocol.
  { name: "garbage", body: 'printf "garbage\\0" >&4\nexec sleep 600', says: /not the DevTools protocol \(«garbage»\)/ },
  { name: "sleeps", body: "exec sleep 600", says: /did not answer within 15 s/ },
  // The wrapper exits, its child lives on holding the pipes.
  { name: "wrapper", body: `sleep 600 &\necho $! >> "${dir}/wrapper.pids"\nexit 0`, says: /it exited \(status 0\)/ },
];

describe("a broken browser", () => {
  it.each(FAKES)(
    "that $name: exit 3 within seconds, saying so, leaving nothing behind",
    ({ name, body, says }) => {
      const browser = fake(name, body);
      const tmp = mkdtempSync(path.join(dir, `tmp-${name}-`));
      const out = path.join(dir, `out-${name}`);
      const started = performance.now();
      const run = runCli(["build", path.join(PROJECT, "content", "deepseek-r1"), "--out", out], {
        env: { BRIEFING_BROWSER: browser, TMPDIR: tmp },
      });
      const seconds = (performance.now() - started) / 1000;
      expect(run.status, run.stderr).toBe(3);
      expect(run.stderr).toContain(`could not start the browser at ${browser}`);
      expect(run.stderr).toMatch(says);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      // The sleeping one is given its 15 s; the others are told at once (about a second alone, up to
      // eleven beside the slow tier's other processes on two cores): the hang this guards against was 181 s.
      expect(seconds).toBeLessThan(name === "sleeps" ? 40 : 25);
      const pids = readFileSync(path.join(dir, `${name}.pids`), "utf8")
        .trim()
        .split("\n")
        .map(Number);
      for (const pid of pids) expect(isAlive(String(pid)), `process ${pid} of the fake browser still runs`).toBe(false);
      expect(readdirSync(tmp).filter((entry) => entry.startsWith("briefing-"))).toEqual([]);
      expect(existsSync(path.join(out, "deepseek-r1"))).toBe(false);
    },
    60_000,
  );
});
