// The English seed deck: the same briefing, figures quoted from the Vietnamese article
// (source.lang: vi) and printed in English. Built by the real CLI, its PDFs read back.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliRun } from "../helpers/cli.ts";
import { outlineTitles, pdfDocument, pdfFonts, pdfText } from "../helpers/pdf.ts";

const NAME = "deepseek-r1-en";
// The article's figures as the English deck must print them.
const FIGURES = ["-612.47", "-3.07%", "19,341.43", "17%", "-12%", "10%", "$100,000", "$60", "$2.19", "96.4%", "96.35%"];

let out: string;
let build: CliRun;
const oneLine = (s: string) => s.replace(/\s+/g, " ");

beforeAll(() => {
  out = mkdtempSync(path.join(os.tmpdir(), "seed-deck-en-"));
  build = runCli(["build", path.join("content", NAME), "--out", out]);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("npm run build -- content/deepseek-r1-en", () => {
  it("checks every figure against the Vietnamese article and builds without a warning", () => {
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/check\s+\S+ ms\s+13 figures and every number in the text traced to the article/);
    expect(build.stdout).not.toContain("warning");
  });

  it("prints every figure in English, one page per slide, with bookmarks, in the embedded font only", async () => {
    const pdfFile = path.join(out, NAME, `${NAME}.pdf`);
    const text = oneLine(pdfText(pdfFile));
    for (const figure of FIGURES) expect(text).toContain(figure);
    // The sources slides quote the article as written: in Vietnamese.
    expect(text).toContain("19.341,43");
    const pdf = await pdfDocument(pdfFile);
    const slides = (readFileSync(path.join(out, NAME, "index.html"), "utf8").match(/<section[^>]* data-layout=/g) ?? []).length;
    expect(pdf.getPageCount()).toBe(slides);
    expect(outlineTitles(pdf)).toContain("Key points");
    expect(pdfFonts(pdfFile).every((font) => /Inter/.test(font))).toBe(true);
  });

  it("has an English handout on A4", async () => {
    const handout = path.join(out, NAME, `${NAME}-handout.pdf`);
    const { width, height } = (await pdfDocument(handout)).getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(oneLine(pdfText(handout))).toContain("Slide 1/");
  });
});
