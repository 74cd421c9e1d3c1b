// A derived: formula is parsed once, by validation, and handed on: one that does not parse is said
// there, in the same run as what the figure check finds in the other figures.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { BriefingError } from "../../scripts/errors.ts";
import { prepareBriefing } from "../../scripts/pipeline.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const silent = { step() {}, warn() {} };
const dir = mkdtempSync(path.join(os.tmpdir(), "derived-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("reports a formula that does not parse and another figure's wrong value in one run", async () => {
  const folder = path.join(dir, "harbour");
  cpSync(path.join(FIXTURES, "bad", "derived-syntax-error"), folder, { recursive: true });
  const yaml = path.join(folder, "briefing.yaml");
  writeFileSync(yaml, readFileSync(yaml, "utf8").replace("    value: 3.2\n", "    value: 3.3\n"));
  const error = await prepareBriefing(folder, silent).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BriefingError);
  const messages = (error as BriefingError).problems.map((p) => p.message);
  expect(messages).toEqual([
    expect.stringContaining('derived "revenue / (containers" is not valid arithmetic'),
    expect.stringContaining('figure "revenue": the quote has 3.2, expected 3.3'),
  ]);
});

it("hands the parse to the sources slide: the formula in the figures' names", async () => {
  const { renderBriefing } = await import("../../scripts/pipeline.ts");
  const { model } = await renderBriefing(path.join(FIXTURES, "good", "all-layouts"), silent);
  const rows = model.slides.flatMap((s) => (s.layout === "sources" ? s.rows : []));
  expect(rows.find((r) => r.kind === "derived")?.origin).toMatch(/Revenue ÷ Containers/);
});
