// Numbers in the deck's own words, held to the article by value in each side's language, with marks
// for figures and for the author's own words, and names with digits held to the article's names.
import { describe, expect, it } from "vitest";
import { checkTextNumbers } from "../../scripts/figures/check-text-numbers.ts";
import { readArticle } from "../../scripts/figures/read-article.ts";
import { figureCheckNotes } from "../../scripts/figures/check-figures.ts";
import { normalizeText } from "../../scripts/figures/normalize-text.ts";
import type { Figure } from "../../scripts/model/briefing.ts";

const ARTICLE = "Chỉ số Nasdaq giảm 612,47 điểm (-3,07%) xuống còn 19.341,43 điểm ngày 27/1. DeepSeek R1 vượt ChatGPT-o1.";
const derived: Figure = { id: "r1_discount", value: 96.35, decimals: 2, unit: "%", label: "R1", approx: false, derived: "x" };

function problems(text: string, lang = "vi", markdown = true) {
  return checkTextNumbers({
    fields: [{ path: ["slides", 0, "notes"], text, markdown, marks: true }],
    lang,
    article: readArticle({ text: normalizeText(ARTICLE), lang: "vi" }),
    figures: [derived],
    file: "briefing.yaml",
    locate: () => ({ line: 3, column: 5 }),
  });
}

describe("numbers in the deck's text", () => {
  it("pass when the article states them, read in each side's language", () => {
    expect(problems("Nasdaq mất **3,07%**, còn 19.341,43 điểm (27/1)")).toEqual([]);
    expect(problems("The Nasdaq lost 3.07% to 19,341.43 points on 27 January", "en")).toEqual([]);
  });
  it("fail when the article does not state them, naming the field, the number and the fix", () => {
    const [p, ...rest] = problems("Nasdaq mất hơn 3% trong phiên");
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ field: "slides[0].notes", line: 3, column: 5 });
    expect(p!.message).toBe("the number 3% in «Nasdaq mất hơn 3% trong phiên» is not in the article");
    expect(p!.hint).toContain("{{own: 3%}}");
  });
  it("read a range's unit on both its ends, in the article and in the deck", () => {
    const check = (text: string, article: string) =>
      checkTextNumbers({
        fields: [{ path: ["slides", 0, "notes"], text, markdown: true, marks: true }],
        lang: "en",
        article: readArticle({ text: article, lang: "en" }),
        figures: [],
        file: "b.yaml",
        locate: () => undefined,
      });
    expect(check("Economists: 5%–7% export growth", "Economists expect export growth of 5-7% this year.")).toEqual([]);
    expect(check("a rate of 3%–3.25%", "taking the rate to between 3 and 3.25 percent")).toEqual([]);
    // "and" makes a range only after "between": a year beside two percentages stays a year.
    expect(check("4.4% at the end of 2024", "sees 4.4% at the end of 2024 and 3.4% at the end of 2025")).toEqual([]);
  });
  it("point at the figure when the number is one the deck derives", () => {
    expect(problems("rẻ hơn 96,35%")[0]!.hint).toContain("write {{r1_discount}}");
  });
  it("skip what marks hold, and link addresses and image paths that no reader sees", () => {
    expect(problems("Nói trong {{own: 2 phút}}: {{r1_discount}}. [Bài báo](https://x.test/a/99) ![ảnh 5](h5.png)")).toEqual([]);
  });
  it("take a word with digits as a name the article must have", () => {
    expect(problems("DeepSeek R1 vượt ChatGPT-o1")).toEqual([]);
    expect(problems("DeepSeek R2 vượt GPT-5").map((p) => p.message)).toEqual([
      "«R2» is not in the article",
      "«GPT-5» is not in the article",
    ]);
  });
  it("read a number after Han or kana as a number, not a name ('前年比5%')", () => {
    const found = checkTextNumbers({
      fields: [{ path: ["slides", 0, "notes"], text: "売上高は前年比5%増", markdown: true, marks: true }],
      lang: "ja",
      article: readArticle({ text: "売上高は前年比5%増えた。", lang: "ja" }),
      figures: [],
      file: "b.yaml",
      locate: () => undefined,
    });
    expect(found).toEqual([]);
  });
  it("read plain-text fields as written: Markdown syntax there is text", () => {
    expect(problems("Phiên 27/1", "vi", false)).toEqual([]);
  });
});

describe("the sign check's languages", () => {
  it("say once that a language without direction words gets no sign check from words", () => {
    expect(figureCheckNotes("vi")).toEqual([]);
    expect(figureCheckNotes("en-GB")).toEqual([]);
    const [note] = figureCheckNotes("sw");
    expect(note).toContain('no words for a rise or a fall in "sw"');
    expect(note).toContain("vi, en, de, fr, es, ja, pt, it, zh, ru, ko, nl, pl, tr, id, ar, hi");
  });
});

describe("the article's number a message names", () => {
  const check = (text: string, article: string, lang: string) =>
    checkTextNumbers({
      fields: [{ path: ["slides", 0, "points", 0], text, markdown: true, marks: true }],
      lang,
      article: readArticle({ text: normalizeText(article), lang }),
      figures: [],
      file: "b.yaml",
      locate: () => undefined,
    });
  it("is the deck's own subject's, dropped for its sign, not another's that a fix would then copy", () => {
    // Before: "gives −0,9 to Euro Stoxx 50, but the article gives it to EZB", and "EZB: −0,9 %" passed.
    const article = "Der Euro Stoxx 50 stieg um 0,9 %. Die EZB-Volkswirte erwarten ein Wachstum von 0,9 % im kommenden Jahr.";
    const [problem, ...rest] = check("Euro Stoxx 50 −0,9 %", article, "de");
    expect(rest).toEqual([]);
    expect(problem?.message).toContain("is a fall, but the article says a rise: «Der Euro Stoxx 50 stieg um 0,9 %.»");
  });
  it("says points in the article's own words", () => {
    const [problem] = check("EZB senkt Leitzins um 0,25 %", "Die EZB senkte den Leitzins um 0,25 Prozentpunkte.", "de");
    expect(problem?.hint).toBe("write it in points as the article does: «0,25 Prozentpunkte»");
  });
});
