import { describe, expect, it } from "vitest";
import { formatFigure } from "../../scripts/format/format-figure.ts";
import { formatDate, formatPublished } from "../../scripts/format/format-date.ts";

/** Intl mixes normal, no-break and narrow no-break spaces; the tests read them as one space. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const show = (...args: Parameters<typeof formatFigure>) => spaced(formatFigure(...args));

const figure = (value: number, decimals: number, extra: Partial<Parameters<typeof formatFigure>[0]> = {}) => ({
  value,
  decimals,
  approx: false,
  ...extra,
});

describe("formatFigure in Vietnamese", () => {
  it("writes percentages with a decimal comma", () => {
    expect(show(figure(-3.07, 2, { unit: "%" }), "vi")).toBe("-3,07%");
  });
  it("groups thousands with a dot", () => {
    expect(show(figure(19341.43, 2), "vi")).toBe("19.341,43");
    expect(show(figure(-612.47, 2, { unit: "điểm" }), "vi")).toBe("-612,47 điểm");
  });
  it("writes US dollars by their code after the number", () => {
    expect(show(figure(100000, 0, { unit: "USD" }), "vi")).toBe("100.000 USD");
    expect(show(figure(2.19, 2, { unit: "USD" }), "vi")).toBe("2,19 USD");
  });
  it("writes the scale as the Vietnamese word", () => {
    expect(show(figure(589, 0, { unit: "USD", scale: "billion" }), "vi")).toBe("589 tỷ USD");
  });
  it("marks approximate figures", () => {
    expect(show(figure(-17, 0, { unit: "%", approx: true }), "vi")).toBe("≈ -17%");
  });
  it("keeps the decimals written in the source", () => {
    expect(show(figure(2.1, 2, { unit: "USD" }), "vi")).toBe("2,10 USD");
  });
});

describe("formatFigure in English", () => {
  it("writes percentages with a decimal point", () => {
    expect(show(figure(-3.07, 2, { unit: "%" }), "en")).toBe("-3.07%");
  });
  it("writes dollars with their symbol", () => {
    expect(show(figure(2.19, 2, { unit: "USD" }), "en")).toBe("$2.19");
    expect(show(figure(19341.43, 2), "en")).toBe("19,341.43");
  });
  it("writes the scale word after the number", () => {
    expect(show(figure(589, 0, { unit: "USD", scale: "billion" }), "en")).toBe("$589 billion");
  });
  it("keeps the author's scale when Intl would pick another", () => {
    expect(show(figure(1500, 0, { scale: "million" }), "en")).toBe("1,500 million");
  });
  it("puts other units after the number", () => {
    expect(show(figure(12, 0, { unit: "tokens" }), "en")).toBe("12 tokens");
  });
});

describe("formatFigure in other languages Intl knows", () => {
  it("German", () => {
    expect(show(figure(5.48, 2, { unit: "EUR", scale: "billion" }), "de")).toBe("5,48 Milliarden €");
  });
  it("French uses its own group separator", () => {
    expect(formatFigure(figure(19341.43, 2), "fr")).toBe("19\u202f341,43");
  });
  it("Korean glues points written with a percent sign and its unit words on, as its press does", () => {
    expect(formatFigure(figure(-0.25, 2, { unit: "%p" }), "ko")).toBe("-0.25%p");
    expect(formatFigure(figure(30.5, 1, { unit: "포인트" }), "ko")).toBe("30.5포인트");
    expect(show(figure(0.25, 2, { unit: "pp" }), "en")).toBe("0.25 pp");
  });
  it("writes a currency by the letters its press writes, where the locale has letters and no sign", () => {
    expect(show(figure(45.36, 2, { unit: "IDR", scale: "trillion" }), "id")).toBe("Rp 45,36 triliun");
    expect(show(figure(8.1, 1, { unit: "PLN", scale: "billion" }), "pl")).toBe("8,1 miliarda zł");
    // A sign with letters ("US$") gives way to the code, as the Vietnamese press writes it.
    expect(show(figure(2.8, 1, { unit: "USD", scale: "billion" }), "vi")).toBe("2,8 tỷ USD");
  });
  it("writes a scale the language names by two words as its press does (Hindi's trillion, लाख करोड़)", () => {
    // Intl wrote "11.6 खरब रुपये" for the article's "1.16 लाख करोड़ रुपये": the same amount, another number.
    expect(show(figure(1.16, 2, { unit: "INR", scale: "trillion" }), "hi")).toBe("1.16 लाख करोड़ रुपये");
  });
});

describe("formatDate", () => {
  it("uses the locale's long date, whatever the time zone", () => {
    expect(formatDate("2025-01-28", "vi")).toBe("ngày 28 tháng 1 năm 2025");
    expect(formatDate("2025-01-28", "en")).toBe("January 28, 2025");
    expect(formatDate("2025-11-07", "ja")).toBe("2025年11月7日");
  });
  it("writes a Vietnamese date and time as the Vietnamese press does, not as Intl does", () => {
    expect(formatPublished("2025-11-07T10:43", "vi")).toBe("10:43 ngày 7 tháng 11 năm 2025");
    expect(formatPublished("2025-11-07", "vi")).toBe("ngày 7 tháng 11 năm 2025");
    expect(formatPublished("the 7th", "vi")).toBe("the 7th");
  });
});

describe("a hedged figure", () => {
  it("takes the word its language's press writes before it, or ≈", () => {
    const hedged = { value: 3, decimals: 0, unit: "JPY", scale: "trillion" as const, approx: true };
    expect(formatFigure(hedged, "ja")).toBe("約3兆円");
    expect(formatFigure({ ...hedged, unit: "%", scale: undefined }, "en")).toBe("≈\u00a03%");
  });
});

describe("unit words in languages written without spaces", () => {
  it("follow the number directly in ja, and after a space elsewhere", () => {
    expect(formatFigure({ value: 12500, decimals: 0, unit: "人", approx: false }, "ja")).toBe("12,500人");
    expect(formatFigure({ value: 12500, decimals: 0, unit: "ships", approx: false }, "en")).toBe("12,500 ships");
  });
});

describe("figures with a scale the language has no word for", () => {
  it("write the whole quantity in the language's own words, every digit kept", () => {
    const f = (value: number, decimals: number, scale: "million" | "billion" | "trillion", unit: string | undefined, lang: string) =>
      formatFigure({ value, decimals, scale, unit, approx: false }, lang);
    // Yen as the Japanese press writes it, after the number and in every myriad unit it spans:
    // 3兆2000億円, not ￥3.2兆 or 3.2兆円.
    expect(f(256, 0, "million", "JPY", "ja")).toBe("2億5600万円");
    expect(f(3.2, 1, "trillion", "JPY", "ja")).toBe("3兆2000億円");
    expect(f(4.215, 3, "trillion", "JPY", "ja")).toBe("4兆2150億円");
    expect(f(2.52893, 5, "billion", undefined, "ja")).toBe("25億2893万");
    expect(f(-16.7, 1, "billion", "USD", "ja")).toBe("-167億ドル");
    // Chinese writes the decimal of the largest unit (4.215万亿).
    expect(f(4.215, 3, "trillion", undefined, "zh")).toBe("4.215万亿");
    expect(f(1500, 0, "million", "EUR", "de")).toBe("1.500\u00a0Millionen\u00a0€");
    expect(f(2, 0, "million", undefined, "hi")).toBe("20 लाख");
  });

  it("names a currency by the word its language's press uses, where Intl would write a sign", () => {
    // (Spaces compared as spaces: Intl joins some words with no-break ones.)
    const f = (value: number, scale: "billion" | undefined, unit: string, lang: string) =>
      formatFigure({ value, decimals: 0, scale, unit, approx: false }, lang).replace(/\s/g, " ");
    expect(f(70027, "billion", "VND", "vi")).toBe("70.027 tỷ đồng");
    expect(f(-5000, undefined, "VND", "vi")).toBe("-5.000 đồng");
    expect(f(12, "billion", "VND", "en")).toBe("₫12 billion");
    expect(f(589, "billion", "USD", "vi")).toBe("589 tỷ USD");
  });
});

describe("a negative figure has one minus sign, in every language and form", () => {
  const langs = ["vi", "en", "de", "fr", "ar", "he", "fa", "ja", "hi", "es"];
  const forms = [
    { unit: "USD", scale: "billion" as const },
    { unit: "USD" },
    { unit: "EUR", scale: "million" as const },
    { unit: "%" },
    { unit: "điểm" },
  ];
  it.each(langs)("%s", (lang) => {
    for (const form of forms) {
      const text = formatFigure({ value: -16.7, decimals: 1, approx: false, ...form }, lang);
      // "--16.7 مليار US$" was printed in ar: the bidi mark before Intl's minus hid it from a strip.
      expect(text.match(/[-\u2212]/g) ?? [], `${lang} ${JSON.stringify(form)}: ${text}`).toHaveLength(1);
    }
  });
});
