// Where a build may write: each briefing its own OUT/NAME, never a source folder, and a folder that
// cannot be written is the environment's problem (exit 3), not an internal error. The command line's
// main() runs in this process: --no-pdf, nothing here needs a browser.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "output-places-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const good = path.join(FIXTURES, "good", "exponent-value");

describe("where a build writes", () => {
  it("refuses two briefings of the same name in one run (exit 2), before writing anything", async () => {
    for (const parent of ["one", "two"]) cpSync(good, path.join(tmp, parent, "deck"), { recursive: true });
    const out = path.join(tmp, "out-same");
    const run = await runMain(["build", path.join(tmp, "one", "deck"), path.join(tmp, "two", "deck"), "--out", out, "--no-pdf"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('two briefings are named "deck"');
    expect(existsSync(out)).toBe(false);
  });

  it("refuses an --out that would write into the briefing's own folder (exit 2), leaving its files alone", async () => {
    const folder = path.join(tmp, "parent", "b");
    cpSync(good, folder, { recursive: true });
    writeFileSync(path.join(folder, "index.html"), "the author's own file");
    const run = await runMain(["build", folder, "--out", path.dirname(folder), "--no-pdf"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("into the briefing's own folder");
    expect(readFileSync(path.join(folder, "index.html"), "utf8")).toBe("the author's own file");
  });

  it("names an --out it cannot write (a file in the way) with exit 3 and no stack trace", async () => {
    const file = path.join(tmp, "a-file");
    writeFileSync(file, "");
    const run = await runMain(["build", good, "--out", path.join(file, "dist"), "--no-pdf"]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain("ENOTDIR");
    expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it("names a file standing where the briefing's output folder goes, with exit 3", async () => {
    const out = path.join(tmp, "out-with-file");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, "exponent-value"), "not a folder");
    const run = await runMain(["build", good, "--out", out, "--no-pdf"]);
    expect(run.status, run.stderr).toBe(3);
    expect(run.stderr).toContain("EEXIST");
    expect(readFileSync(path.join(out, "exponent-value"), "utf8")).toBe("not a folder");
  });
});
