// The same sources give the same bytes, tagged structure included: Chromium names the structure's
// table cells after DOM nodes ("node00000439"), whose numbers depend on when the page made them
// (about one handout in two hundred came out numbered otherwise). finishPdf renames them in the
// structure's own order; a handout whose names are shifted finishes to the same bytes.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, inject, it } from "vitest";
import { finishPdf } from "../../scripts/export/finish-pdf.ts";

const handout = readFileSync(path.join(inject("builtDir"), "deepseek-r1", "deepseek-r1-handout.pdf"));
const dir = mkdtempSync(path.join(os.tmpdir(), "stable-structure-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const info = { title: "t", subject: "s", lang: "vi", date: "2025-01-28", bookmarks: [] };

/** The same PDF with every structure name's number moved by `by` (same length: offsets stay right). */
function shifted(bytes: Buffer, by: number): Buffer {
  const text = bytes.toString("latin1").replace(/node(\d{8})/g, (_, n: string) => `node${String(Number(n) + by).padStart(8, "0")}`);
  return Buffer.from(text, "latin1");
}

it("finishes a handout whose structure names are numbered otherwise to the same bytes", async () => {
  const names = handout.toString("latin1").match(/node\d{8}/g) ?? [];
  expect(names.length, "the seed's handout has tables, whose header cells are named").toBeGreaterThan(0);
  const [a, b] = await Promise.all([finishPdf(handout, info), finishPdf(shifted(handout, 7), info)]);
  expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
});

it("keeps every data cell's header reference pointing at a named element of the ID tree", async () => {
  const { bytes } = await finishPdf(shifted(handout, 3), info);
  const text = Buffer.from(bytes).toString("latin1");
  const named = new Set([...text.matchAll(/\/ID \((node\d{8})\)/g)].map((m) => m[1]));
  const referenced = [...text.matchAll(/\/Headers \[ ([^\]]*) \]/g)].flatMap((m) => m[1]!.match(/node\d{8}/g) ?? []);
  expect(referenced.length).toBeGreaterThan(0);
  for (const name of referenced) expect(named.has(name), name).toBe(true);
  const tree = /\/Names \[ ([^\]]*) \]/.exec(text)?.[1]?.match(/node\d{8}/g) ?? [];
  expect(tree).toEqual([...named].sort());
  // Still a PDF a reader opens.
  const file = path.join(dir, "finished.pdf");
  writeFileSync(file, bytes);
  expect(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })).toContain("DeepSeek");
});
