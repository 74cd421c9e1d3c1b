// The dev loop's memory of the article and text fields it read: a pure function's answers kept for the
// keys used last, and a check run again with one field edited answers for the edit, not the old text.
import { describe, expect, it } from "vitest";
import { remembered } from "../../scripts/remembered.ts";
import { checkTextNumbers } from "../../scripts/figures/check-text-numbers.ts";
import { readArticle } from "../../scripts/figures/read-article.ts";
import { normalizeKeepingBreaks, normalizeText, paragraphBreaks } from "../../scripts/figures/normalize-text.ts";
import { sentenceAt } from "../../scripts/figures/sentences.ts";
import { checkFigures } from "../../scripts/figures/check-figures.ts";

describe("remembered", () => {
  it("computes a key once, keeps the keys used last and lets the oldest go", () => {
    const computed: string[] = [];
    const twice = remembered(
      2,
      (word: string) => word,
      (word: string) => {
        computed.push(word);
        return { word };
      },
    );
    const first = twice("a");
    expect(twice("a")).toBe(first);
    twice("b");
    twice("a"); // used again: "b" is now the oldest
    twice("c");
    expect(computed).toEqual(["a", "b", "c"]);
    twice("a");
    twice("b");
    expect(computed).toEqual(["a", "b", "c", "b"]);
  });
});

describe("a check run again on the same article", () => {
  const article = readArticle({ text: normalizeText("DeepSeek R1 rẻ hơn 96% so với o1. Nasdaq giảm 3,07%."), lang: "vi" });
  const check = (text: string, lang = "vi") =>
    checkTextNumbers({
      fields: [{ path: ["slides", 0, "notes"], text, markdown: true, marks: true }],
      lang,
      article,
      figures: [],
      file: "briefing.yaml",
      locate: () => ({ line: 1, column: 1 }),
    }).map((p) => p.message);

  it("answers for the field as it is now, each time", () => {
    expect(check("Nasdaq giảm 3,07%")).toEqual([]);
    expect(check("Nasdaq giảm 3,7%")).toHaveLength(1);
    expect(check("Nasdaq giảm 3,07%")).toEqual([]);
    // The same characters in another language are read in that language: "3,07" is no 3.07 in English.
    expect(check("Nasdaq giảm 3,07%", "en")).not.toEqual([]);
  });
});

describe("an article's reading remembered from an earlier check", () => {
  it("brings back where its lines broke, after 500 other texts have pushed them out", () => {
    // A headline without a full stop: only its line break ends its sentence.
    const article = "Nvidia mất gần 600 tỷ USD vốn hóa\nCổ phiếu Tesla giảm 12% trong phiên.";
    const check = () =>
      checkFigures({
        figures: [],
        article,
        articleFile: "article.txt",
        articleLang: "vi",
        file: "briefing.yaml",
        locate: () => undefined,
      });
    check();
    const text = normalizeKeepingBreaks(article);
    expect(paragraphBreaks(text).size).toBe(1);
    for (let i = 0; i < 600; i++) normalizeKeepingBreaks(`dòng ${i}\ndòng khác`);
    expect(paragraphBreaks(text).size).toBe(0); // pushed out
    check(); // the reading is remembered: nothing is normalized again
    expect(paragraphBreaks(text).size).toBe(1);
  });

  it("forgets a line break edited out of the text, and the sentences it ended", () => {
    const text = normalizeKeepingBreaks("Nvidia mất 600 tỷ USD\nTesla giảm 12%");
    expect(sentenceAt(text, 0).end).toBe("Nvidia mất 600 tỷ USD".length);
    // The same words on one line normalize to the same text: one sentence now.
    expect(normalizeKeepingBreaks("Nvidia mất 600 tỷ USD Tesla giảm 12%")).toBe(text);
    expect(paragraphBreaks(text).size).toBe(0);
    expect(sentenceAt(text, 0).end).toBe(text.length);
  });
});
