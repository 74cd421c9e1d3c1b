// The English seed deck: the same briefing, figures quoted from the Vietnamese article
// (source.lang: vi) and printed in English. Built once for the run (global-setup.ts), its PDFs read back.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { outlineTitles, pdfDocument, pdfFonts, pdfPageTexts } from "../helpers/pdf.ts";

const NAME = "deepseek-r1-en";
// The article's figures as the English deck must print them.
const FIGURES = ["-612.47", "-3.07%", "19,341.43", "17%", "-12%", "10%", "$100,000", "$60", "$2.19", "96.4%", "96.35%"];

const out = inject("builtDir");
const oneLine = (s: string) => s.replace(/\s+/g, " ");
const pdfText = (file: string) => pdfPageTexts(file).join(" ");

describe("npm run build -- content/deepseek-r1-en", () => {
  it("checks every figure against the Vietnamese article and builds without a warning", () => {
    const lines = inject("buildLog")
      .split("\n")
      .filter((line) => line.startsWith(`${NAME} `));
    expect(lines.find((line) => line.startsWith(`${NAME} check `))).toMatch(
      / ms {2}13 figures and every number in the text traced to the article$/,
    );
    expect(lines.filter((line) => line.includes(" warning "))).toEqual([]);
    expect(lines.at(-1)).toMatch(new RegExp(`^${NAME} publish `));
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
