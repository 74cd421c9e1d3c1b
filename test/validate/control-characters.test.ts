// A control character pasted into a briefing (a form feed from a PDF, a NUL from a terminal) is
// refused where it stands, with its code and place: it would have reached the deck's <title> and
// broken the handout's page rules. Tab and line feed are text.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const work = mkdtempSync(path.join(os.tmpdir(), "control-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** all-layouts with its title replaced by `title` (YAML double-quoted, so escapes are the control characters). */
async function checkWithTitle(name: string, title: string) {
  const folder = path.join(work, name);
  cpSync(path.join(FIXTURES, "good", "all-layouts"), folder, { recursive: true });
  const yaml = readFileSync(path.join(folder, "briefing.yaml"), "utf8");
  writeFileSync(path.join(folder, "briefing.yaml"), yaml.replace(/^title: .*$/m, `title: "${title}"`));
  return runMain(["check", folder]);
}

it.each([
  ["form-feed", "Harbour\\f traffic", "U+000C", 8],
  ["nul", "Harbour traffic\\0", "U+0000", 16],
  ["carriage-return", "Harbour\\r traffic", "U+000D", 8],
])("refuses a %s in the title, naming its code and place (exit 1)", async (name, title, code, at) => {
  const run = await checkWithTitle(name, title);
  expect(run.status).toBe(1);
  expect(run.stdout + run.stderr).toContain(`title\n  error: holds a control character (${code}) at character ${at}: delete it`);
});

it("takes a tab as text", async () => {
  const run = await checkWithTitle("tab", "Harbour\\ttraffic");
  expect(run.status, run.stderr).toBe(0);
});
