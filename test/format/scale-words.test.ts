import { describe, expect, it } from "vitest";
import { scaleAfter, scaleWords } from "../../scripts/format/scale-words.ts";

/** The scale named after the first number in the text. */
const scaleOf = (text: string, lang: string) =>
  scaleAfter(text, /\d+(?:[.,]\d+)*/.exec(text)!.index + /\d+(?:[.,]\d+)*/.exec(text)![0].length, lang)?.scale;

describe("scale words come from Intl, in any language", () => {
  it("reads vi, with the two-word trillion before the thousand it starts with", () => {
    expect(scaleOf("vốn hóa mất 589 tỷ USD", "vi")).toBe("billion");
    expect(scaleOf("5 triệu người", "vi")).toBe("million");
    expect(scaleOf("100 nghìn USD", "vi")).toBe("thousand");
    expect(scaleOf("3 nghìn tỷ USD", "vi")).toBe("trillion");
  });

  it("reads en long words in any case, and one-letter abbreviations only glued and in their case", () => {
    expect(scaleOf("lost $589 billion in value", "en")).toBe("billion");
    expect(scaleOf("a 1.2 Million fine", "en")).toBe("million");
    expect(scaleOf("a $5.5B deal", "en")).toBe("billion");
    expect(scaleOf("7K runners", "en")).toBe("thousand");
    expect(scaleOf("5 m of rain", "en")).toBeUndefined();
    expect(scaleOf("5 M of rain", "en")).toBeUndefined();
    expect(scaleOf("5b is a flat", "en")).toBeUndefined();
    expect(scaleOf("2 Teslas", "en")).toBeUndefined();
    expect(scaleOf("60 USD per million tokens", "en")).toBeUndefined();
  });

  it("reads plural forms (ru) and abbreviations with a dot (de)", () => {
    expect(scaleOf("5 миллиардов рублей", "ru")).toBe("billion");
    expect(scaleOf("2 миллиарда рублей", "ru")).toBe("billion");
    expect(scaleOf("3 млрд руб.", "ru")).toBe("billion");
    expect(scaleOf("5,48 Mrd. Euro", "de")).toBe("billion");
    expect(scaleOf("5,48 Milliarden Euro", "de")).toBe("billion");
  });

  it("gives each word the magnitude it stands for, which may be none of FORMAT.md's scales (ja 万 is 10⁴)", () => {
    const ja = scaleWords("ja");
    expect(ja.find((w) => w.word === "万")).toMatchObject({ magnitude: 1e4, scale: undefined });
    expect(ja.find((w) => w.word === "億")).toMatchObject({ magnitude: 1e8, scale: undefined });
    expect(ja.find((w) => w.word === "兆")).toMatchObject({ magnitude: 1e12, scale: "trillion" });
    expect(scaleOf("3兆円", "ja")).toBe("trillion");
    expect(scaleWords("hi").find((w) => w.word === "करोड़")).toMatchObject({ magnitude: 1e7 });
  });

  it("says nothing for a number with no scale word", () => {
    expect(scaleOf("xuống còn 19.341,43 điểm", "vi")).toBeUndefined();
    expect(scaleOf("giảm 612,47 điểm", "vi")).toBeUndefined();
  });
});
