// A figure's value, unit and scale → text in the briefing's locale, with Intl only, never by copying
// the article's text: vi "-3,07%", "100.000 USD", "589 tỷ USD"; en "-3.07%", "$2.19", "$589 billion".
import { SCALE_FACTORS, type Figure } from "../model/briefing.ts";
import { languageWords } from "../lang/languages.ts";
import { isIdeographic, scaleWordFor, scaleWords } from "./scale-words.ts";

export type FigureValue = Pick<Figure, "value" | "decimals" | "unit" | "scale" | "approx">;

const APPROX = "≈\u00a0";

export function formatFigure(figure: FigureValue, lang: string): string {
  const digits = { minimumFractionDigits: figure.decimals, maximumFractionDigits: figure.decimals };
  const text =
    figure.unit === "%"
      ? new Intl.NumberFormat(lang, { ...digits, style: "percent" }).format(figure.value / 100)
      : withUnit(figure, lang, digits);
  return figure.approx ? (languageWords(lang)?.ui.approx ?? APPROX) + text : text;
}

/**
 * How a figure's text is built around its number, for a writer whose viewer formats the number
 * itself (a PowerPoint chart's number format): the text before and after the digits, for a rise and
 * for a fall, and the decimals. Undefined when the text is not the plain number with words around it
 * (ja's "2,56億" for 256 million writes other digits than the value's).
 */
export interface LabelPattern {
  decimals: number;
  positive: [before: string, after: string];
  negative: [before: string, after: string];
  /**
   * The number shown ÷ the figure's value: 1, or a power of ten where the language's word counts in
   * another magnitude than the figure's scale (400 billion won is "₩4000억": 억 is 10⁸, so 10).
   */
  factor: number;
}

/** Shown numbers a label may hold for a value: itself, or the value in a word of another magnitude. */
const FACTORS = [1, 10, 100, 1000, 10_000, 0.1, 0.01, 0.001, 0.0001];

export function labelPattern(figure: FigureValue, lang: string): LabelPattern | undefined {
  const size = Math.abs(figure.value);
  // The label of the value, and of a fall of the same size (of 1 for a zero): the sign where the
  // locale puts it ("-3,07%", "-$2.19"). Written once; each factor only looks for its number in them.
  const sides = [size, -(size || 1)].map((value) => ({ value, text: formatFigure({ ...figure, value }, lang) }));
  for (const factor of FACTORS) {
    const decimals = Math.max(0, figure.decimals - Math.round(Math.log10(factor)));
    const [positive, negative] = sides.map(({ value, text }) => {
      const shown = Number((Math.abs(value) * factor).toPrecision(15));
      for (const digits of new Set([formatNumber(shown, decimals, lang), formatNumber(shown, decimals, lang, false)])) {
        const at = wholeAt(text, digits);
        if (at !== undefined) return [text.slice(0, at), text.slice(at + digits.length)] as [string, string];
      }
      return undefined;
    });
    if (positive && negative) return { decimals, positive, negative, factor };
  }
  return undefined;
}

/** Where the text writes the digits once, as a whole number: not "400" inside "4000". */
function wholeAt(text: string, digits: string): number | undefined {
  const at = text.indexOf(digits);
  if (at < 0 || text.indexOf(digits, at + 1) >= 0) return undefined;
  const before = text.slice(Math.max(0, at - 2), at);
  const after = text.slice(at + digits.length, at + digits.length + 2);
  if (/\p{Nd}$|\p{Nd}[.,\u00a0\u202f ]$/u.test(before) || /^\p{Nd}|^[.,\u00a0\u202f ]\p{Nd}/u.test(after)) return undefined;
  return at;
}

/** The number alone (no unit, no scale word), for chart axes and derived arithmetic in the UI. */
export function formatNumber(value: number, decimals: number, lang: string, grouped = true): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouped }).format(
    value,
  );
}

/** Decimals a plain number needs (chart series values carry no written form). */
export const naturalDecimals = (value: number) => (String(value).split(".")[1] ?? "").length;

function withUnit(figure: FigureValue, lang: string, digits: Intl.NumberFormatOptions): string {
  const number = withScale(figure, lang, digits);
  const unit = figure.unit;
  if (unit === undefined) return number;
  // ja and zh write a unit word straight after the number ("12,500人"); other languages space it,
  // with a space a narrow stat card may break at ("1,250,000 / containers"), as Intl's own scale words.
  // A currency the language's press names by a word goes the same way ("70.027 tỷ đồng", "3兆円").
  // Points written with a percent sign go on the number as the sign does ("0.25%p"), and Korean news
  // glues its units on ("30.5포인트", "23만명").
  const word = isCurrency(unit) ? (languageWords(lang)?.ui.currencyWords?.[unit] ?? unit) : unit;
  const glued = isIdeographic(word) || /^[%％‰]|^\p{Script=Hangul}/u.test(word);
  if (word !== unit || !isCurrency(unit)) return `${number}${glued ? "" : " "}${word}`;
  // Let Intl place the currency (before in en, after in vi), then put the scaled number in its place.
  const parts = new Intl.NumberFormat(lang, {
    ...digits,
    style: "currency",
    currency: unit,
    currencyDisplay: display(unit, lang),
  }).formatToParts(figure.value);
  const first = parts.findIndex((p) => isNumberPart(p.type));
  const last = parts.length - 1 - [...parts].reverse().findIndex((p) => isNumberPart(p.type));
  // The sign comes with Intl's currency parts; the scaled number goes in unsigned. Stripping a
  // leading "-" missed the bidi mark before ar's minus and printed "--16.7 مليار US$".
  const unsigned = withScale({ ...figure, value: Math.abs(figure.value) }, lang, digits);
  return [...parts.slice(0, first).map((p) => p.value), unsigned, ...parts.slice(last + 1).map((p) => p.value)].join("");
}

/** "589 tỷ", "589 billion", "5,48 Milliarden", "3.2兆": the locale's own word for the scale. */
function withScale(figure: FigureValue, lang: string, digits: Intl.NumberFormatOptions): string {
  const plain = new Intl.NumberFormat(lang, digits).format(figure.value);
  if (!figure.scale) return plain;
  const quantity = Number((figure.value * SCALE_FACTORS[figure.scale]).toPrecision(15)); // without float noise
  if (languageWords(lang)?.ui.myriads) {
    const written = inMyriads(quantity, lang);
    if (written) return written;
  }
  const compact = new Intl.NumberFormat(lang, { ...digits, notation: "compact", compactDisplay: "long" });
  const parts = compact.formatToParts(quantity);
  const numberText = parts
    .filter((p) => isNumberPart(p.type) || p.type === "minusSign")
    .map((p) => p.value)
    .join("");
  if (numberText === plain && parts.some((p) => p.type === "compact")) return parts.map((p) => p.value).join("");
  // Intl chose another magnitude (1500 million → "1.5 billion"): keep the author's scale, in the
  // language's word for it, agreeing with the number ("1.500 Millionen").
  const word = scaleWordFor(figure.scale, figure.value, lang);
  if (word) return `${plain}${word.separator}${word.word}`;
  // Two of its words that make the scale, as its press writes them: Hindi's trillion is "लाख करोड़"
  // (10⁵ × 10⁷), not Intl's "11.6 खरब" for 1.16 लाख करोड़, another number beside the article's.
  const pair = scalePair(SCALE_FACTORS[figure.scale], lang);
  if (pair) return `${plain}${pair}`;
  // The language has no word for this scale (ja counts millions in 万): the whole quantity in its own
  // words, every digit kept ("2,56億" for 256 million).
  const decimals = Math.min(20, figure.decimals + Math.log10(SCALE_FACTORS[figure.scale]));
  return new Intl.NumberFormat(lang, { notation: "compact", compactDisplay: "long", maximumFractionDigits: decimals }).format(quantity);
}

/**
 * A whole quantity in each myriad unit it spans, as the Japanese press writes it: 4.215e12 →
 * "4兆2150億", 2528930000 → "25億2893万", the units' words Intl's own (compact notation at 1e4, 1e8,
 * 1e12). Undefined for a quantity with a fraction of one, or under a myriad: Intl's form is the usual one.
 */
function inMyriads(quantity: number, lang: string): string | undefined {
  const size = Math.abs(quantity);
  if (!Number.isSafeInteger(size) || size < 1e4) return undefined;
  const words = [1e12, 1e8, 1e4].map((magnitude) => ({ magnitude, word: myriadWord(magnitude, lang) }));
  if (words.some(({ word }) => !word)) return undefined;
  let rest = size;
  let text = "";
  for (const { magnitude, word } of words) {
    const count = Math.floor(rest / magnitude);
    rest -= count * magnitude;
    if (count > 0) text += `${count}${word}`;
  }
  if (rest > 0) text += String(rest);
  return quantity < 0 ? `${new Intl.NumberFormat(lang).formatToParts(-1)[0]!.value}${text}` : text;
}

function myriadWord(magnitude: number, lang: string): string | undefined {
  return new Intl.NumberFormat(lang, { notation: "compact", compactDisplay: "long" })
    .formatToParts(magnitude)
    .find((p) => p.type === "compact")?.value;
}

const isNumberPart = (type: string) => type === "integer" || type === "group" || type === "decimal" || type === "fraction";

let currencies: Set<string> | undefined;
export function isCurrency(unit: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf("currency"));
  return currencies.has(unit);
}

/**
 * The locale's sign ("$", "€", "₫") or its letters ("Rp", "zł", "RM"), as its press writes the amount
 * ("Rp 45,36 triliun", "8,1 miliarda zł"); the code for a sign with letters ("USD", not "US$": "2,8 tỷ
 * USD", as the Vietnamese press writes). Until 7 December letters gave way to the code too, and an
 * Indonesian slide printed "IDR 45,36 triliun" beside its author's "Rp45,36 triliun".
 */
function display(currency: string, lang: string): "symbol" | "code" {
  const symbol =
    new Intl.NumberFormat(lang, { style: "currency", currency }).formatToParts(1).find((p) => p.type === "currency")?.value ?? "";
  return /\p{L}/u.test(symbol) && /\p{Sc}/u.test(symbol) ? "code" : "symbol";
}

/** Two long scale words of the language whose magnitudes make `factor`, the closest pair: " लाख करोड़". */
function scalePair(factor: number, lang: string): string | undefined {
  const long = scaleWords(lang).filter((w) => w.long && w.separator !== "");
  const pairs = long.flatMap((a) =>
    long.filter((b) => a.magnitude < b.magnitude && a.magnitude * b.magnitude === factor).map((b) => [a, b] as const),
  );
  const [a, b] = pairs.sort(([a1, b1], [a2, b2]) => b1.magnitude / a1.magnitude - b2.magnitude / a2.magnitude)[0] ?? [];
  return a && b ? `${a.separator}${a.word} ${b.word}` : undefined;
}
