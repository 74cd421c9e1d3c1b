// A PowerPoint chart label is a number format built from the deck's label: applied to the value (as a
// viewer applies it, test/helpers/number-format.ts) it must print the deck's text, for rises, falls and
// zero, in every language, and again after the value is edited.
import { describe, expect, it } from "vitest";
import { type FigureValue, formatFigure, labelPattern } from "../../scripts/format/format-figure.ts";
import { labelFormat, localeTag } from "../../scripts/write/pptx/number-format.ts";
import { applyNumberFormat } from "../helpers/number-format.ts";

const figure = (value: Omit<FigureValue, "approx"> & { approx?: boolean }): FigureValue => ({ approx: false, ...value });

const FIGURES: [string, FigureValue][] = [
  ["vi", figure({ value: -3.07, decimals: 2, unit: "%" })],
  ["vi", figure({ value: 70027, decimals: 0, unit: "tỷ đồng" })],
  ["vi", figure({ value: -0.635, decimals: 3, unit: "USD", scale: "billion" })],
  ["vi", figure({ value: 19341.43, decimals: 2, unit: "điểm" })],
  ["en", figure({ value: 279, decimals: 0, unit: "USD", scale: "billion" })],
  ["en", figure({ value: -2.19, decimals: 2, unit: "USD" })],
  ["en", figure({ value: 12, decimals: 0, unit: "%", approx: true })],
  ["de", figure({ value: 4.8, decimals: 1, unit: "%" })],
  ["de", figure({ value: -5.48, decimals: 2, unit: "EUR", scale: "billion" })],
  ["fr", figure({ value: 1250000, decimals: 0, unit: "conteneurs" })],
  ["es", figure({ value: -12.5, decimals: 1, unit: "%" })],
  ["ja", figure({ value: 12500, decimals: 0, unit: "人" })],
  ["ar", figure({ value: -16.7, decimals: 1, unit: "USD", scale: "billion" })],
];

// For another value, Intl may join the scale word with a no-break space where the pattern has a space:
// the same text to a reader.
const spaced = (text: string) => text.replace(/\s/g, " ");

describe.each(FIGURES)("%s %o", (lang, figure) => {
  const pattern = labelPattern(figure, lang)!;
  const format = labelFormat(pattern, lang);

  it("prints the deck's label from the value", () => {
    expect(applyNumberFormat(format, figure.value, lang)).toBe(formatFigure(figure, lang));
  });

  it("prints the deck's label of another value of the other sign, as an edit gives it", () => {
    const edited = { ...figure, value: -figure.value * 2 };
    expect(spaced(applyNumberFormat(format, edited.value, lang))).toBe(spaced(formatFigure(edited, lang)));
  });

  it("prints zero without a sign", () => {
    expect(spaced(applyNumberFormat(format, 0, lang))).toBe(spaced(formatFigure({ ...figure, value: 0 }, lang)));
  });
});

describe("labels that cannot follow a value", () => {
  it("have no pattern where the text writes other digits than the value's (ja's 億 for millions)", () => {
    expect(labelPattern(figure({ value: 256, decimals: 0, unit: "USD", scale: "million" }), "ja")).toBeUndefined();
  });
});

describe("labels in another magnitude than the figure's scale", () => {
  it("say by what the chart's data is multiplied to be the number they show (₩4000억 for 400 billion)", () => {
    const pattern = labelPattern(figure({ value: 400, decimals: 0, unit: "KRW", scale: "billion" }), "ko")!;
    expect(pattern).toMatchObject({ factor: 10, decimals: 0, positive: ["₩", "억"] });
    expect(applyNumberFormat(labelFormat(pattern, "ko"), 4000, "ko")).toBe("₩4,000억");
    // Not "400" inside "4000": a number is found whole, or the label keeps no pattern of it.
    expect(labelPattern(figure({ value: 12.35, decimals: 2, unit: "KRW", scale: "billion" }), "ko")).toMatchObject({
      factor: 10,
      decimals: 1,
    });
  });
});

describe("the format's locale", () => {
  it("names the language's Windows locale, so LibreOffice writes its separators", () => {
    expect(localeTag("vi")).toBe("[$-42A]");
    expect(localeTag("de")).toBe("[$-407]");
    expect(localeTag("en")).toBe("[$-409]");
    expect(localeTag("pt-BR")).toBe("[$-416]");
  });
});
