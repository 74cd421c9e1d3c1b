// Inputs far beyond any real briefing are refused before any slow step, with the field and a fix:
// a megabyte title, 50,000 underscores in a body (which once took the check 49 s), a list nested
// forty deep (two thousand deep once ran Node out of memory).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { LIMITS } from "../../scripts/model/briefing-schema.ts";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const work = mkdtempSync(path.join(os.tmpdir(), "limits-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BODY = "      Free **Markdown** content:\n";

async function check(name: string, edit: (yaml: string) => string) {
  const folder = path.join(work, name);
  cpSync(path.join(FIXTURES, "good", "all-layouts"), folder, { recursive: true });
  const yaml = readFileSync(path.join(folder, "briefing.yaml"), "utf8");
  const edited = edit(yaml);
  expect(edited).not.toBe(yaml);
  writeFileSync(path.join(folder, "briefing.yaml"), edited);
  const start = performance.now();
  const run = await runMain(["check", folder]);
  return { ...run, said: run.stdout + run.stderr, seconds: (performance.now() - start) / 1000 };
}

it("refuses a title of a megabyte, naming its length and the limit", async () => {
  const run = await check("title", (yaml) => yaml.replace(/^title: .*$/m, `title: "${"x".repeat(1_000_000)}"`));
  expect(run.status).toBe(1);
  expect(run.said).toContain(`title\n  error: is 1000000 characters long, more than the ${LIMITS.line} a slide can take: shorten it`);
});

it("refuses 50,000 underscores in a Markdown body by its length", async () => {
  const run = await check("underscores", (yaml) => yaml.replace(BODY, `      Free **Markdown** content: ${"_".repeat(50_000)}\n`));
  expect(run.status).toBe(1);
  expect(run.said).toMatch(/slides\[\d+\]\.body\n {2}error: is 50\d{3} characters long, more than the 20000 a slide can take/);
});

it("refuses a list nested forty deep, and takes one nested three deep", async () => {
  const nested = (levels: number) => (yaml: string) =>
    yaml.replace(BODY, `${BODY}\n${Array.from({ length: levels }, (_, i) => `      ${"  ".repeat(i)}- one more level\n`).join("")}\n`);
  const deep = await check("deep", nested(40));
  expect(deep.status).toBe(1);
  expect(deep.said).toMatch(/error: nests lists or quotes \d+ levels deep, more than the 8 a slide can show: flatten it/);
  const shallow = await check("shallow", nested(3));
  expect(shallow.status, shallow.said).toBe(0);
});

it("refuses YAML nested 5,000 deep at its line, in a moment (it ran the reader out of stack)", async () => {
  const run = await check("yaml-depth", (yaml) => yaml.replace(/^title: .*$/m, `title: ${"[".repeat(5000)}${"]".repeat(5000)}`));
  expect(run.status).toBe(1);
  expect(run.said).toMatch(/briefing\.yaml:1:1\n {2}error: the YAML nests more than 32 levels deep/);
  // The line of 10,000 brackets is shown as a window around the column, not whole.
  expect(run.said).toMatch(/ {2}1 \| title: \[{100,}…\n/);
  expect(run.seconds).toBeLessThan(5);
});

it("refuses 5,000 slides before building them (they once took 80 s and 5 GB to fail)", async () => {
  const run = await check("slides", (yaml) => `${yaml.trimEnd()}\n${"  - layout: section\n    title: Part\n".repeat(5000)}`);
  expect(run.status).toBe(1);
  expect(run.said).toContain(`slides\n  error: has more than ${LIMITS.slides} items`);
  expect(run.said).toContain("fix: split it into several briefings");
});
