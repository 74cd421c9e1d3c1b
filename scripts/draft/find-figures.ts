// Every figure an article states, read with the same readers the figure check uses: the number in the
// article's conventions, its sign (written, or a fall in words), its unit and scale word, whether the
// article hedges it, and the shortest words around it that hold it. Dates, times, years, ordinals and
// numbers inside names ("GPT-4", "R1", "Top 10") are not figures.
import { SCALE_FACTORS, type Scale } from "../model/briefing.ts";
import { isIdeographic, type WrittenScale } from "../format/scale-words.ts";
import { isCurrency, naturalDecimals } from "../format/format-figure.ts";
import { findNumbers, numberSeparators, type NumberToken, scaleOf } from "../figures/read-numbers.ts";
import { currencyLettersBefore, gluedToWord, percentWrittenBefore, unitForms, writtenWith } from "../figures/number-context.ts";
import { directionSaid } from "../figures/direction-said.ts";
import { alternatives, languageWords } from "../lang/languages.ts";
import { normalizeText } from "../figures/normalize-text.ts";
import { articleNames, type Names } from "../figures/names.ts";
import { monthNames } from "./article-date.ts";
import { type Earlier, labelFor } from "./figure-label.ts";

export interface FoundFigure {
  value: number;
  /** Decimals as the article writes them ("2,10" has 2). */
  decimals: number;
  unit?: string;
  scale?: Scale;
  approx: boolean;
  /** The article's words that hold the number, as written (normalized text). */
  quote: string;
  /** Words before the number: what it is, for the author to review. */
  label: string;
  /** Character offset in its paragraph (normalized), and the paragraph: the article's line, 1-based. */
  index: number;
  paragraph: number;
}

const CURRENCY_SIGNS: Record<string, string> = {
  $: "USD",
  US$: "USD",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₫": "VND",
  "₹": "INR",
  "₩": "KRW",
};
const HANGUL = /\p{Script=Hangul}/u;
/** Unit words written after a number, and the unit they give (the figure check reads them too). */
const draftWords = (lang: string) => (languageWords(lang) ?? languageWords("en")!).draft;

/** The figures of an article, paragraph by paragraph (a line is a paragraph; a quote stays in one). */
export function findFigures(article: string, lang: string): FoundFigure[] {
  const names = articleNames(normalizeText(article), lang);
  const named = namesWithNumbers(normalizeText(article));
  return article.split(/\r?\n/).flatMap((line, i) => figuresIn(normalizeText(line), lang, i + 1, names, named));
}

/** "Ibex 35", "Euro Stoxx 50": a capitalised word and a whole number, written so more than once, is a name. */
function namesWithNumbers(text: string): Set<string> {
  const seen = new Map<string, number>();
  for (const m of text.matchAll(/(\p{Lu}[\p{L}&.]*) (\d{1,4})(?![\d%])(?![.,]\d)/gu)) seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
  return new Set([...seen].filter(([, count]) => count > 1).map(([name]) => name));
}

function figuresIn(article: string, lang: string, paragraph: number, names: Names, named: Set<string>): FoundFigure[] {
  const found: FoundFigure[] = [];
  const earlier: Earlier[] = [];
  let readTo = 0;
  for (const token of findNumbers(article, lang)) {
    // "4,2" in an English article: which number it means is not known, so no figure is drafted of it.
    if (token.split) continue;
    // "612円47銭" is one number: its "47" is not another.
    if (token.index < readTo) continue;
    readTo = token.index + token.text.length;
    if (!isAmount(article, token, lang)) continue;
    const end = token.index + token.text.length;
    const scale = scaleOf(article, token, lang);
    const afterScale = end + (scale?.written.length ?? 0);
    const unit = unitOf(article, token, afterScale, lang);
    if (!unit.unit && !scale && (isYearOrCount(token) || inName(article, token, named))) continue;
    if (!unit.unit && !scale && spanOrPlaces(article, afterScale, lang)) continue;
    // "1ドル=139円": the unit a rate is given in, no figure.
    if (/^\s?[=＝]/.test(article.slice(unit.end))) continue;
    // "코스피 1%대 하락": a band, not the number the article gives later (1.24%).
    if (unit.unit && (draftWords(lang).bandAfter ?? []).some((band) => article.startsWith(band, unit.end))) continue;
    const amount = inFormatScale(token.value, scale);
    // Read as the check reads it: a written sign, a minus word, the clause's words or the number it restates.
    const sign = directionSaid(article, token, lang)?.direction === "fall" ? -1 : 1;
    const { label, measureStart } = labelFor({ text: article, token, unitEnd: unit.end, counted: unit.counted, earlier, names, lang });
    const quote = quoteFor(article, token, unit.end, lang, measureStart);
    earlier.push({ label, index: token.index, end: unit.end });
    found.push({
      value: sign * amount.value,
      // "612円47銭" writes its decimals as sen: the value's own.
      decimals: amount.decimals ?? (/\p{N}\p{L}+\p{N}/u.test(token.text) ? naturalDecimals(amount.value) : decimalsOf(token.text, lang)),
      unit: unit.unit,
      scale: amount.scale,
      approx: hedged(article, token, lang),
      quote,
      label,
      index: token.index,
      paragraph,
    });
  }
  return found;
}

/**
 * A number in one of the format's scales: as written ("589 tỷ"), or from a Japanese or Chinese
 * myriad ("3万2480円15銭" is 32,480.15; "25億2893万" 2.52893 billion).
 */
function inFormatScale(value: number, scale: WrittenScale | undefined): { value: number; scale?: Scale; decimals?: number } {
  if (!scale || scale.scale) return { value, scale: scale?.scale };
  const quantity = Number((value * scale.magnitude).toPrecision(15));
  const [name, factor] =
    (Object.entries(SCALE_FACTORS) as [Scale, number][]).filter(([, f]) => f <= quantity && f >= 1e6).sort((a, b) => b[1] - a[1])[0] ?? [];
  const scaled = name && factor ? Number((quantity / factor).toPrecision(15)) : quantity;
  return { value: scaled, scale: name, decimals: naturalDecimals(scaled) };
}

/** Not a date, a time, a part of a name or a rank: "27/1", "10:43", "GPT-4", "R1", "Top 10", "quý 3". */
function isAmount(text: string, token: NumberToken, lang: string): boolean {
  const end = token.index + token.text.length;
  const before = text[token.index - 1] ?? " ";
  const after = text[end] ?? " ";
  if (gluedToWord(text, token)) return false;
  // 28/01/2025, 30.09.2024, 10:43, 2020-2021: digits joined by what the reader did not take as a separator.
  if (/[/:\\.\-–]/.test(before) && /\d/.test(text[token.index - 2] ?? "")) return false;
  if (/[/:.\-–]/.test(after) && /\d/.test(text[end + 1] ?? "")) return false;
  if (nextToMonth(text, token, end, lang)) return false;
  // "4K", "5x"; Japanese, Chinese and Korean glue words to a number, so there only a date or a span is out ("11月", "5年", "3분기").
  if (isIdeographic(after) || HANGUL.test(after)) {
    if ((draftWords(lang).notCounted ?? []).some((word) => text.startsWith(word, end))) return false;
  } else if (/\p{L}/u.test(after) && !/[%％]/.test(after) && !/^(?:tr|k|m|bn|b)\b/i.test(text.slice(end))) return false;
  const previous =
    text
      .slice(Math.max(0, token.index - 16), token.index)
      .trim()
      .split(" ")
      .at(-1)
      ?.toLocaleLowerCase(lang) ?? "";
  const previousTwo = text
    .slice(Math.max(0, token.index - 24), token.index)
    .trim()
    .split(" ")
    .slice(-2)
    .join(" ")
    .toLocaleLowerCase(lang);
  const ranks = draftWords(lang).ranks;
  return !ranks.includes(previous) && !ranks.includes(previousTwo);
}

/**
 * "January 28", "26. September", "28 tháng 1", "19 Aralık", "5 grudnia": a day of a month, by the
 * month names Intl writes in the language and in English. A day is a whole number up to 31: "in
 * oktober 4,1 procent" is no date.
 */
function nextToMonth(text: string, token: NumberToken, end: number, lang: string): boolean {
  if (!Number.isInteger(token.value) || token.value < 1 || token.value > 31) return false;
  if (writtenWith(text, token, unitForms("%", lang), lang, "after")) return false; // "in oktober 4 procent"
  const month = (word: string) => {
    const bare = word.toLocaleLowerCase(lang).replace(/[.,]+$/, "");
    return bare === "tháng" || monthNames(lang).has(bare);
  };
  const previous = text.slice(0, token.index).trimEnd().split(" ").at(-1) ?? "";
  const next =
    text
      .slice(end)
      .replace(/^\.?\s/, "")
      .split(" ")[0] ?? "";
  return (month(previous) && /^\p{L}/u.test(previous)) || month(next);
}

/** A bare whole number after a name is part of it: "S&P 500", "FTSE 100", "iPhone 16", "Windows 11". */
function inName(text: string, token: NumberToken, named: Set<string>): boolean {
  if (!Number.isInteger(token.value) || /[^\d]/.test(token.text)) return false;
  const previous = text.slice(0, token.index).trimEnd().split(" ").at(-1) ?? "";
  if (named.has(`${previous} ${token.text}`)) return true;
  return (
    /^(?:\p{Lu}[\p{L}&.]*|\p{Ll}+\p{Lu}[\p{L}]*)$/u.test(previous) &&
    /[\p{Lu}&]/u.test(previous.slice(1) + (previous.includes("&") ? "&" : ""))
  );
}

/** A bare whole number that is a year (1800–2100) or too small to stand alone as a figure (no unit). */
function isYearOrCount(token: NumberToken): boolean {
  if (!Number.isInteger(token.value)) return false;
  return (token.value >= 1800 && token.value <= 2100) || token.value < 10;
}

function gluedUnit(
  text: string,
  token: NumberToken,
  from: number,
  lang: string,
): { unit: string; end: number; counted?: string } | undefined {
  const words = languageWords(lang);
  const glued = text.slice(token.index, from + 1);
  if (!words || !(isIdeographic(glued) || HANGUL.test(glued))) return undefined;
  const currencies = Object.entries(words.units.currencies).flatMap(([code, names]) => names.map((name) => [name, code] as const));
  // Yen and sen written inside the number ("612円47銭") are its unit.
  const inside = currencies.find(([name]) => token.text.includes(name));
  if (inside) return { unit: inside[1], end: from };
  const units = [...currencies, ...Object.entries(words.draft.units)].sort((a, b) => b[0].length - a[0].length);
  const unit = units.find(([name]) => text.startsWith(name, from));
  if (unit) return { unit: unit[1], end: from + unit[0].length };
  const noun = [...(words.draft.counted ?? [])].sort((a, b) => b.length - a.length).find((name) => text.startsWith(name, from));
  return noun ? { unit: noun, end: from + noun.length, counted: noun } : undefined;
}

/** "5 năm", "2 bậc", "three years": a span of time or places moved, no figure of the story. */
function spanOrPlaces(text: string, from: number, lang: string): boolean {
  const next =
    text
      .slice(from)
      .trimStart()
      .split(/[\s,.;:]/)[0] ?? "";
  return (draftWords(lang).notCounted ?? []).includes(next);
}

function unitOf(text: string, token: NumberToken, from: number, lang: string): { unit?: string; end: number; counted?: string } {
  const rest = text.slice(from);
  // "0.25%포인트", "0.3%p": points written with a percent sign are points.
  const points = Object.entries(draftWords(lang).units)
    .filter(([word]) => /^[%％]/u.test(word))
    .sort((a, b) => b[0].length - a[0].length)
    .find(([word]) => rest.replace(/^\s/u, "").startsWith(word));
  if (points) return { unit: points[1], end: from + (rest.startsWith(" ") ? 1 : 0) + points[0].length };
  const percent = /^\s?[%％٪]/.exec(rest);
  if (percent) return { unit: "%", end: from + percent[0].length };
  const code = /^\s([A-Z]{3})\b/.exec(rest);
  if (code && isCurrency(code[1]!)) return { unit: code[1], end: from + code[0].length };
  const sign = /(US\$|[$€£¥₫₹₩])\s?$/.exec(text.slice(Math.max(0, token.index - 4), token.index));
  if (sign) return { unit: CURRENCY_SIGNS[sign[1]!], end: from };
  // A currency in letters before the number ("Rp41,1 triliun", "Rs 16,563 crore"); Turkish's percent ("yüzde 47,1", "%47,1").
  const prefixed = currencyLettersBefore(text, token.index);
  if (prefixed) return { unit: prefixed, end: from };
  if (percentWrittenBefore(text, token, lang)) return { unit: "%", end: from };
  const after = /^\s?([₫€])/.exec(rest);
  if (after) return { unit: CURRENCY_SIGNS[after[1]!], end: from + after[0].length };
  for (const [word, unit] of Object.entries(languageWords(lang)?.draft.units ?? {})) {
    // Korean glues its particles on ("587억 달러로").
    const match = new RegExp(`^\\s(${word})${HANGUL.test(word) ? "" : "(?![\\p{L}\\p{N}])"}`, "u").exec(rest);
    if (match) return { unit, end: from + match[0].length };
  }
  // Japanese and Chinese write the unit glued: "612円47銭", "4兆2150億円", "300億ドル", "25億2893万株".
  const glued = gluedUnit(text, token, from, lang);
  if (glued) return glued;
  // A count keeps its noun: "27 ngân hàng", "26 lần", "3,1 millions de salariés" (longest first).
  const counted = [...(draftWords(lang).counted ?? [])].sort((a, b) => b.length - a.length);
  for (const noun of counted) {
    const match = new RegExp(`^\\s(?:(?:de|d'|d’)\\s?)?(${alternatives([noun])})(?![\\p{L}\\p{N}])`, "u").exec(rest);
    if (match) return { unit: noun, end: from + match[0].length, counted: noun };
  }
  return { end: from };
}

/** The article writes a hedge straight before the number, or with one word between ("giảm gần 17%"). */
function hedged(text: string, token: NumberToken, lang: string): boolean {
  const before = text
    .slice(Math.max(0, token.index - 30), token.index)
    .toLocaleLowerCase(lang)
    .replace(/[$€£¥₫\s-]+$/, "");
  // Japanese and Chinese write the hedge glued to what comes before ("現物株を約3兆円").
  return draftWords(lang).hedges.some(
    (hedge) => before.endsWith(` ${hedge}`) || before === hedge || (isIdeographic(hedge) && before.endsWith(hedge)),
  );
}

/** Where the clause holding the number starts: after the last mark that ends one before it. */
function clauseStart(text: string, at: number, marks: string[]): number {
  return Math.max(
    ...marks.map((mark) => {
      const i = text.lastIndexOf(mark, at - 1);
      return i < 0 ? 0 : i + mark.length;
    }),
  );
}

/**
 * The shortest words that hold the figure, starting on a word a reader would start on: the measure
 * its label names ("lợi nhuận trước thuế 10.400 tỷ đồng") when that is near, else the direction, hedge
 * or joining word before it ("giảm xuống 85%", not "quân giảm xuống 85%"), else the number itself; to
 * the end of its unit. The draft command checks every quote against the article, as \`check\` does,
 * and drops a figure whose quote does not pass.
 */
function quoteFor(text: string, token: NumberToken, end: number, lang: string, measureStart?: number): string {
  const start = clauseStart(text, token.index, [". ", "; ", ", ", ": ", "! ", "? ", "(", ") ", "“", '"', "”", "‘", "。", "、", "，"]);
  const before = text.slice(start, token.index);
  // What is glued before the number (a sign, a currency sign) stays with it.
  const glued = /\S*$/.exec(before)![0];
  const words = [...before.slice(0, before.length - glued.length).matchAll(/\S+/g)].map((m) => ({ word: m[0], at: start + m.index }));
  const near = words.slice(-5);
  if (
    measureStart !== undefined &&
    near.some((w) => w.at === measureStart) &&
    !/\p{N}/u.test(text.slice(measureStart, token.index - glued.length))
  )
    return text.slice(measureStart, end).trim();
  const phrases = boundaryPhrases(lang);
  const startsPhrase = (at: number) => {
    const rest = `${text.slice(at, token.index).toLocaleLowerCase(lang)} `;
    return phrases.some((phrase) => rest.startsWith(`${phrase} `));
  };
  const from = near.slice(-3).find((w) => !/\p{N}/u.test(w.word) && (startsPhrase(w.at) || /^\p{Lu}/u.test(w.word)));
  return text.slice(from?.at ?? token.index - glued.length, end).trim();
}

/** Phrases a quote may start on: the language's directions, hedges and links. */
function boundaryPhrases(lang: string): string[] {
  const words = languageWords(lang);
  if (!words) return [];
  const { direction: d, draft } = words;
  return [
    ...d.fall,
    ...d.rise,
    ...d.fallWithUnit,
    ...d.riseWithUnit,
    ...d.level,
    ...draft.hedges,
    ...(draft.links ?? []),
    ...(draft.joins ?? []),
  ].map((phrase) => phrase.toLocaleLowerCase(lang));
}

function decimalsOf(written: string, lang: string): number {
  const { decimal } = numberSeparators(lang);
  // Arabic-Indic digits take their own decimal sign ("١١٨٫٨"), whatever Intl's default digits for the language.
  const at = Math.max(written.lastIndexOf(decimal), written.lastIndexOf("٫"));
  return at < 0 ? 0 : written.length - at - 1;
}
