// A killed build leaves its staging folder; the next build of that deck removes it, and only it:
// ".staging-report-2025-…" belongs to the deck "report-2025", not to "report". The command line's
// main() runs in this process (--no-pdf: no browser); "theirs" names this process, which runs.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "staging-cleanup-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const DEAD_PID = 2 ** 22 + 1; // above Linux's pid_max: never a running process

describe("abandoned staging folders", () => {
  it("are removed for the deck being built, and another deck's are left alone", async () => {
    const folder = path.join(tmp, "report");
    cpSync(path.join(FIXTURES, "good", "exponent-value"), folder, { recursive: true });
    const out = path.join(tmp, "out");
    const ours = path.join(out, `.staging-report-${DEAD_PID}-abc123`);
    const theirs = path.join(out, `.staging-report-2025-${process.pid}-xyz789`);
    mkdirSync(ours, { recursive: true });
    mkdirSync(theirs, { recursive: true });
    const run = await runMain(["build", folder, "--out", out, "--no-pdf"]);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(ours)).toBe(false);
    expect(existsSync(theirs)).toBe(true);
  });
});
