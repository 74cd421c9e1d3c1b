// An image named in Markdown is checked wherever it stands, a table cell included (marked keeps a
// table's cells under header and rows, where a walk over `tokens` alone never looked).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { BriefingError } from "../../scripts/errors.ts";
import { prepareBriefing } from "../../scripts/pipeline.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const work = mkdtempSync(path.join(os.tmpdir(), "markdown-images-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it("reports a remote image in a table cell", async () => {
  const folder = path.join(work, "table-image");
  cpSync(path.join(FIXTURES, "good", "all-layouts"), folder, { recursive: true });
  const file = path.join(folder, "briefing.yaml");
  const yaml = readFileSync(file, "utf8").replace(
    "      1. one\n",
    "      | a | b |\n      |---|---|\n      | ![x](https://tracker.example/p.png) | c |\n\n      1. one\n",
  );
  writeFileSync(file, yaml);
  const error = await prepareBriefing(folder, { step() {}, warn() {} }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BriefingError);
  expect((error as BriefingError).problems.map((p) => p.message)).toContain(
    'remote resource "https://tracker.example/p.png" is not allowed',
  );
});
