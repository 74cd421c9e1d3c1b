import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findNumbers, numberSeparators, readNumbers } from "../../scripts/figures/read-numbers.ts";

describe("readNumbers in vi", () => {
  it("reads the seed article's numbers with a decimal comma and a group dot", () => {
    expect(readNumbers("giảm 612,47 điểm (-3,07%) xuống còn 19.341,43 điểm", "vi")).toEqual([612.47, 3.07, 19341.43]);
    expect(readNumbers("để tuột mốc 100.000 USD", "vi")).toEqual([100000]);
    expect(readNumbers("chỉ cần 2,19 USD", "vi")).toEqual([2.19]);
  });

  it("reads digits inside names too (R1, o1): every number written, so Rp50.000 is never missed", () => {
    expect(readNumbers("DeepSeek R1 chỉ cần 2,19 USD", "vi")).toEqual([1, 2.19]);
  });

  it("reads dates and plain digits as separate numbers", () => {
    expect(readNumbers("ngày 27/1 năm 2025, 60 USD", "vi")).toEqual([27, 1, 2025, 60]);
  });

  it("does not take a separator that ends a sentence or a clause into the number", () => {
    expect(readNumbers("Nvidia giảm gần 17.", "vi")).toEqual([17]);
    expect(readNumbers("Meta sụt gần 10, còn Tesla 12.", "vi")).toEqual([10, 12]);
  });

  it("does not read a misplaced group separator as grouping", () => {
    // "3.07" is not a vi number: "." groups thousands, so this is 3 then 7, never 307 or 3.07.
    expect(readNumbers("3.07", "vi")).toEqual([3, 7]);
    expect(readNumbers("1.2345", "vi")).toEqual([1, 2345]);
  });

  it("marks the pieces of a misplaced separator's run as split: which number they mean is not known", () => {
    const split = (text: string, lang: string) => findNumbers(text, lang).map((t) => [t.text, t.split ?? false]);
    expect(split("giảm 3.07% còn 19.341,43", "vi")).toEqual([
      ["3", true],
      ["07", true],
      ["19.341,43", false],
    ]);
    expect(split("fell 4,2% and 1,2345, then 1,234.5", "en")).toEqual([
      ["4", true],
      ["2", true],
      ["1", true],
      ["2345", true],
      ["1,234.5", false],
    ]);
    // A date written with points is a day, a month and a year, not a number cut in pieces.
    expect(split("am 28.01.2025 und am 3.07.", "de")).toEqual([
      ["28", false],
      ["01", false],
      ["2025", false],
      ["3", false],
      ["07", false],
    ]);
    // A comma between numbers with a space after it lists them; a full-width comma lists them in Chinese.
    expect(split("10, 12 and 15", "en").every(([, s]) => !s)).toBe(true);
    expect(split("15，300，42", "zh").every(([, s]) => !s)).toBe(true);
  });

  it("ignores signs", () => {
    expect(readNumbers("−5 và -6,5", "vi")).toEqual([5, 6.5]);
  });

  it("says where each number stands and how it is written", () => {
    expect(findNumbers("giảm 612,47 điểm", "vi")).toEqual([{ value: 612.47, text: "612,47", index: 5 }]);
  });
});

describe("readNumbers in other languages", () => {
  it("en: comma groups, dot decimals", () => {
    expect(readNumbers("fell 612.47 points (-3.07%) to 19,341.43", "en")).toEqual([612.47, 3.07, 19341.43]);
    expect(readNumbers("In 2025, 60 people paid $1,000,000.", "en")).toEqual([2025, 60, 1000000]);
  });

  it("de: like vi", () => {
    expect(readNumbers("fiel um 612,47 Punkte auf 19.341,43", "de")).toEqual([612.47, 19341.43]);
  });

  it("fr: narrow NBSP groups, and so do NBSP and a plain space", () => {
    expect(numberSeparators("fr").group).toBe("\u202F");
    expect(readNumbers("19\u202F341,43 et 100\u00A0000 et 12 000 €", "fr")).toEqual([19341.43, 100000, 12000]);
    // A four-digit first run cannot start a grouped number, so a year next to a count stays apart.
    expect(readNumbers("en 2024 150 personnes", "fr")).toEqual([2024, 150]);
  });

  it("hi: Indian grouping, as Intl writes it", () => {
    expect(numberSeparators("hi")).toMatchObject({ primaryGroup: 3, secondaryGroup: 2 });
    expect(readNumbers("12,34,567.5 और 1,234", "hi")).toEqual([1234567.5, 1234]);
  });

  it("fa: native digits and separators", () => {
    expect(readNumbers("۱۲٬۳۴۵٫۶ و 12", "fa")).toEqual([12345.6, 12]);
  });

  it("de-CH: an apostrophe groups, typed straight or curly", () => {
    expect(readNumbers("1'234.5 und 1’234", "de-CH")).toEqual([1234.5, 1234]);
  });
});

describe("readNumbers reads back what Intl writes (round trip)", () => {
  const langs = ["vi", "en", "de", "fr", "hi", "es", "de-CH", "ru", "fa"];
  for (const lang of langs) {
    it(lang, () => {
      fc.assert(
        fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (units, decimals) => {
          const n = units / 10 ** decimals;
          const text = new Intl.NumberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(n);
          expect(readNumbers(text, lang)).toEqual([Math.abs(n)]);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("also inside a sentence, before a full stop or a comma", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("vi", "en", "de", "fr"),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(".", ",", "%", " USD."),
        (lang, units, decimals, after) => {
          const n = units / 10 ** decimals;
          const text = `giá ${new Intl.NumberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(n)}${after}`;
          expect(readNumbers(text, lang)).toEqual([n]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("digits of other scripts", () => {
  it("reads Arabic-Indic digits and separators in an ar article, although Intl writes ar in Latin digits", () => {
    expect(readNumbers("ارتفعت رسوم العبور بنسبة ١٥٪ و٧٫٢ مليار و١٢٬٣٤٥", "ar")).toEqual([15, 7.2, 12345]);
  });

  it("reads full-width digits in a ja article", () => {
    expect(readNumbers("前年比は４．５％増、１，２００億円", "ja")).toEqual([4.5, 1200]);
  });

  it("keeps positions and the text as written, digits outside the BMP (Adlam) too", () => {
    expect(findNumbers("bằng ٧٫٢ tỷ", "ar")).toEqual([{ value: 7.2, text: "٧٫٢", index: 5 }]);
    expect(findNumbers("giá 𞥑𞥕 và 2", "vi")).toEqual([
      { value: 15, text: "𞥑𞥕", index: 4 },
      { value: 2, text: "2", index: 12 },
    ]);
  });
});

describe("full-width punctuation", () => {
  it("keeps the full-width comma a separator of clauses and lists (zh), not of thousands", () => {
    expect(readNumbers("分别为15，300，42", "zh")).toEqual([15, 300, 42]);
  });
});
