import { describe, expect, it } from "vitest";
import { scaleAfter, scaleWords } from "../../scripts/format/scale-words.ts";

/** The scale named after the first number in the text. */
const after = (text: string, lang: string) => scaleAfter(text, /\d+(?:[.,]\d+)*/.exec(text)!.index + /\d+(?:[.,]\d+)*/.exec(text)![0].length, lang)?.scale;

describe("scale words come from Intl, in any language", () => {
  it("reads vi, with the two-word trillion before the thousand it starts with", () => {
    expect(after("vốn hóa mất 589 tỷ USD", "vi")).toBe("billion");
    expect(after("5 triệu người", "vi")).toBe("million");
    expect(after("100 nghìn USD", "vi")).toBe("thousand");
    expect(after("3 nghìn tỷ USD", "vi")).toBe("trillion");
  });

  it("reads en long words in any case, and one-letter abbreviations only glued and in their case", () => {
    expect(after("lost $589 billion in value", "en")).toBe("billion");
    expect(after("a 1.2 Million fine", "en")).toBe("million");
    expect(after("a $5.5B deal", "en")).toBe("billion");
    expect(after("7K runners", "en")).toBe("thousand");
    expect(after("5 m of rain", "en")).toBeUndefined();
    expect(after("5 M of rain", "en")).toBeUndefined();
    expect(after("5b is a flat", "en")).toBeUndefined();
    expect(after("2 Teslas", "en")).toBeUndefined();
    expect(after("60 USD per million tokens", "en")).toBeUndefined();
  });

  it("reads plural forms (ru) and abbreviations with a dot (de)", () => {
    expect(after("5 миллиардов рублей", "ru")).toBe("billion");
    expect(after("2 миллиарда рублей", "ru")).toBe("billion");
    expect(after("3 млрд руб.", "ru")).toBe("billion");
    expect(after("5,48 Mrd. Euro", "de")).toBe("billion");
    expect(after("5,48 Milliarden Euro", "de")).toBe("billion");
  });

  it("gives each word the magnitude it stands for, which may be none of FORMAT.md's scales (ja 万 is 10⁴)", () => {
    const ja = scaleWords("ja");
    expect(ja.find((w) => w.word === "万")).toMatchObject({ magnitude: 1e4, scale: undefined });
    expect(ja.find((w) => w.word === "億")).toMatchObject({ magnitude: 1e8, scale: undefined });
    expect(ja.find((w) => w.word === "兆")).toMatchObject({ magnitude: 1e12, scale: "trillion" });
    expect(after("3兆円", "ja")).toBe("trillion");
    expect(scaleWords("hi").find((w) => w.word === "करोड़")).toMatchObject({ magnitude: 1e7 });
  });

  it("says nothing for a number with no scale word", () => {
    expect(after("xuống còn 19.341,43 điểm", "vi")).toBeUndefined();
    expect(after("giảm 612,47 điểm", "vi")).toBeUndefined();
  });
});
