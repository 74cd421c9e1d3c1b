// A Japanese deck, built as a user builds it (PDFs and PowerPoint), in the run's shared Chromium: its
// text is drawn in a designed face the deck carries (Noto Sans JP, cut to the deck's characters),
// never in whatever the machine has; lines break between phrases; the PowerPoint names the same face
// in its East Asian slot, with the language Office writes.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";
import { buildIn, collectingReporter } from "../helpers/in-process.ts";
import { pdfPageTexts } from "../helpers/pdf.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";
import { sharedBrowser } from "../helpers/shared-browser.ts";

const NAME = "tokyo-market-ja";
const out = mkdtempSync(path.join(os.tmpdir(), "east-asian-"));
const file = (suffix: string) => path.join(out, NAME, `${NAME}${suffix}`);
const reporter = collectingReporter();
let session: BrowserSession;

beforeAll(async () => {
  session = await sharedBrowser();
  await buildIn(path.join(FIXTURES, "good", NAME), session, { outDir: out, pptx: true, reporter });
}, 120_000);
afterAll(async () => {
  await session?.[Symbol.asyncDispose]();
  rmSync(out, { recursive: true, force: true });
});

/** pdffonts' rows: each embedded font's name (subset prefix off) and type. */
function fontsOf(pdf: string): { name: string; type: string }[] {
  const rows = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
  return rows.map((row) => {
    const [name, ...rest] = row.split(/\s+/);
    return { name: name!.replace(/^[A-Z]{6}\+/, ""), type: rest.slice(0, 2).join(" ") };
  });
}

describe("a Japanese deck", () => {
  it("builds with no warning (no character left to a system font)", () => {
    expect(reporter.warnings).toEqual([]);
  });

  it.each(["deck", "handout"])("prints its %s in Inter and Noto Sans JP only, as real embedded fonts (no Type 3)", (which) => {
    const fonts = fontsOf(file(which === "deck" ? ".pdf" : "-handout.pdf"));
    expect(fonts.some((font) => font.name.startsWith("NotoSansJP"))).toBe(true);
    for (const font of fonts) {
      expect(font.name, JSON.stringify(font)).toMatch(/^(Inter|NotoSansJP)-/);
      expect(font.type).not.toMatch(/Type 3/);
    }
  });

  it("carries the face in the page, cut to the deck's characters, in two static weights", () => {
    const html = readFileSync(path.join(out, NAME, "index.html"), "utf8");
    const faces = [...html.matchAll(/@font-face \{ font-family: "Noto Sans JP"; [^}]*\}/g)].map((m) => m[0]);
    expect(faces.length).toBeGreaterThan(0);
    const weights = new Set(faces.map((face) => /font-weight: (\d+)/.exec(face)![1]));
    expect([...weights].sort()).toEqual(["400", "700"]);
    // Each face asks for the deck's characters only: 「騰」 of a slide title is in one, 「鬱」 in none.
    const ranges = faces.map((face) => /unicode-range: ([^;]+);/.exec(face)![1]!).join(",");
    expect(ranges.split(",")).toContain(`U+${"騰".codePointAt(0)!.toString(16)}`);
    expect(ranges.split(",")).not.toContain(`U+${"鬱".codePointAt(0)!.toString(16)}`);
    expect(html).toMatch(/--font-body: "Inter", "Noto Sans JP", sans-serif;/);
  });

  it("breaks a long point between phrases, never inside a word", () => {
    // Phrase breaking (Chromium's word-break: auto-phrase for lang ja): with breaks between any two
    // characters, this point's lines end inside 「現物株」 and 「為替」.
    const page = pdfPageTexts(file(".pdf"))[1]!;
    const lines = page.split("\n").map((line) => line.trim());
    const point = lines.filter((line) => /海外投資家|現物株|為替|買い手控え/.test(line));
    expect(point.length, page).toBeGreaterThan(1);
    for (const word of ["海外投資家", "現物株", "売り越し", "市場関係者", "為替", "買い手控え"]) {
      expect(
        lines.some((line) => line.includes(word)),
        `«${word}» split across lines:\n${point.join("\n")}`,
      ).toBe(true);
    }
  });

  it("writes figures as the Japanese press does: 4兆2150億円, 約3兆円", () => {
    const stats = pdfPageTexts(file(".pdf"))[2]!;
    expect(stats).toContain("4兆2150億円");
    expect(stats).toContain("約3兆円");
  });

  it("names Noto Sans JP for East Asian text in the PowerPoint, in Japanese as Office tags it (ja-JP)", async () => {
    const zip = await JSZip.loadAsync(readFileSync(file(".pptx")));
    const theme = await zip.file("ppt/theme/theme1.xml")!.async("string");
    expect(theme).toContain('<a:ea typeface="Noto Sans JP"/>');
    const parts = Object.keys(zip.files).filter((name) => /^ppt\/(slides|notesSlides|charts)\/[^/]+\.xml$/.test(name));
    for (const name of parts) {
      const xml = await zip.file(name)!.async("string");
      for (const [ea] of xml.matchAll(/<a:ea [^>]*\/>/g)) expect(ea, name).toContain('typeface="Noto Sans JP"');
      for (const [, lang] of xml.matchAll(/\slang="([^"]*)"/g)) expect(lang, name).toBe("ja-JP");
    }
    const title = await zip.file("ppt/slides/slide2.xml")!.async("string");
    expect(title).toMatch(/<a:latin typeface="Inter"[^>]*\/><a:ea typeface="Noto Sans JP"/);
  });
});

// Hangul is in no font of a machine like this one: without a face of its own a Korean deck printed
// "₩79조" as "₩79" and two empty boxes.
describe("a Korean deck", () => {
  const KO = "samsung-ko";
  const koOut = mkdtempSync(path.join(os.tmpdir(), "east-asian-ko-"));
  const koFile = (suffix: string) => path.join(koOut, KO, `${KO}${suffix}`);
  const koReporter = collectingReporter();
  beforeAll(async () => {
    await buildIn(path.join(FIXTURES, "good", KO), session, { outDir: koOut, pptx: true, reporter: koReporter });
  }, 120_000);
  afterAll(() => rmSync(koOut, { recursive: true, force: true }));

  it("draws its Hangul in Noto Sans KR, carried in the deck and embedded in both PDFs, never a system font", () => {
    expect(koReporter.warnings.filter((w) => /font/.test(w))).toEqual([]);
    for (const pdf of [koFile(".pdf"), koFile("-handout.pdf")]) {
      const fonts = fontsOf(pdf);
      expect(
        fonts.some((font) => font.name.startsWith("NotoSansKR")),
        pdf,
      ).toBe(true);
      for (const font of fonts) expect(font.name, JSON.stringify(font)).toMatch(/^(Inter|NotoSansKR)-/);
    }
    const html = readFileSync(path.join(koOut, KO, "index.html"), "utf8");
    expect(html).toMatch(/@font-face \{ font-family: "Noto Sans KR"; [^}]*font-weight: 700;/);
  });

  it("prints its amounts with their scale words: ₩79조, -₩1200억", () => {
    const stats = pdfPageTexts(koFile(".pdf"))[1]!;
    expect(stats).toContain("₩79조");
    expect(stats).toMatch(/-\u2060?₩1200억/);
  });

  it("holds its chart's data in the magnitude the labels show, so an edited value is labelled as what it is", async () => {
    const zip = await JSZip.loadAsync(readFileSync(koFile(".pptx")));
    const chart = await zip.file("ppt/charts/chart1.xml")!.async("string");
    // ₩4000억 is 4000 in 억 (10⁸), not the figure's 400 billion behind a literal "0억" (typed 12.35, that showed ₩120억).
    expect([...chart.matchAll(/<c:v>(-?[\d.]+)<\/c:v>/g)].map((m) => Number(m[1]))).toEqual([4000, 2500, -1200, 7500]);
    expect(chart).toContain('formatCode="[$-412]&quot;₩&quot;#,##0&quot;억&quot;;[$-412]&quot;-₩&quot;#,##0&quot;억&quot;"');
    // The worksheet's column says in what its numbers are counted (it was headed " ").
    const workbookName = Object.keys(zip.files).find((name) => /^ppt\/embeddings\/.*\.xlsx$/.test(name))!;
    const workbook = await JSZip.loadAsync(await zip.file(workbookName)!.async("nodebuffer"));
    expect(await workbook.file("xl/sharedStrings.xml")!.async("string")).toContain("<t>₩ 억</t>");
  });

  it("names Noto Sans KR for its Hangul in the PowerPoint", async () => {
    const zip = await JSZip.loadAsync(readFileSync(koFile(".pptx")));
    const slide = await zip.file("ppt/slides/slide2.xml")!.async("string");
    expect(slide).toMatch(/<a:ea typeface="Noto Sans KR" pitchFamily="34" charset="-127"\/>/);
  });
});
