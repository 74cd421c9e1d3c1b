// Every figure an article states, read with the same readers the figure check uses: the number in the
// article's conventions, its sign (written, or a fall in words), its unit and scale word, whether the
// article hedges it, and the shortest words around it that hold it. Dates, times, years, ordinals and
// numbers inside names ("GPT-4", "R1", "Top 10") are not figures.
import type { Scale } from "../model/briefing.ts";
import { isCurrency } from "../format/format-figure.ts";
import { findNumbers, numberSeparators, type NumberToken, scaleOf } from "../figures/read-numbers.ts";
import { gluedToWord } from "../figures/number-context.ts";
import { directionSaid } from "../figures/direction-said.ts";
import { languageWords } from "../lang/languages.ts";
import { normalizeText } from "../figures/normalize-text.ts";

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
/** Unit words written after a number, and the unit they give (the figure check reads them too). */
const draftWords = (lang: string) => (languageWords(lang) ?? languageWords("en")!).draft;

/** The figures of an article, paragraph by paragraph (a line is a paragraph; a quote stays in one). */
export function findFigures(article: string, lang: string): FoundFigure[] {
  return article.split(/\r?\n/).flatMap((line, i) => figuresIn(normalizeText(line), lang, i + 1));
}

function figuresIn(article: string, lang: string, paragraph: number): FoundFigure[] {
  const found: FoundFigure[] = [];
  for (const token of findNumbers(article, lang)) {
    if (!isAmount(article, token, lang)) continue;
    const end = token.index + token.text.length;
    const scale = scaleOf(article, token, lang);
    const afterScale = end + (scale?.written.length ?? 0);
    const unit = unitOf(article, token, afterScale, lang);
    if (!unit.unit && !scale && (isYearOrCount(token) || inName(article, token))) continue;
    // Read as the check reads it: a written sign, a minus word, the clause's words or the number it restates.
    const sign = directionSaid(article, token, lang)?.direction === "fall" ? -1 : 1;
    const quote = quoteFor(article, token, unit.end);
    found.push({
      value: sign * token.value,
      decimals: decimalsOf(token.text, lang),
      unit: unit.unit,
      scale: scale?.scale,
      approx: hedged(article, token, lang),
      quote,
      label: labelFor(article, token, lang),
      index: token.index,
      paragraph,
    });
  }
  return found;
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
  if (nextToMonth(text, token, end)) return false;
  if (/\p{L}/u.test(after) && !/[%％]/.test(after) && !/^(?:tr|k|m|bn|b)\b/i.test(text.slice(end))) return false; // "4K", "5x"
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

// Whole words only: "declined" is no December.
const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|tháng)\.?,?$/i;

/** "January 28", "26. September", "28 tháng 1": a day of a month. */
function nextToMonth(text: string, token: NumberToken, end: number): boolean {
  const previous = text.slice(0, token.index).trimEnd().split(" ").at(-1) ?? "";
  const next =
    text
      .slice(end)
      .replace(/^\.?\s/, "")
      .split(" ")[0] ?? "";
  return (MONTHS.test(previous) && /^\p{L}/u.test(previous)) || MONTHS.test(next);
}

/** A bare whole number after a name is part of it: "S&P 500", "FTSE 100", "iPhone 16", "Windows 11". */
function inName(text: string, token: NumberToken): boolean {
  if (!Number.isInteger(token.value) || /[^\d]/.test(token.text)) return false;
  const previous = text.slice(0, token.index).trimEnd().split(" ").at(-1) ?? "";
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

function unitOf(text: string, token: NumberToken, from: number, lang: string): { unit?: string; end: number } {
  const rest = text.slice(from);
  const percent = /^\s?[%％٪]/.exec(rest);
  if (percent) return { unit: "%", end: from + percent[0].length };
  const code = /^\s([A-Z]{3})\b/.exec(rest);
  if (code && isCurrency(code[1]!)) return { unit: code[1], end: from + code[0].length };
  const sign = /(US\$|[$€£¥₫₹₩])\s?$/.exec(text.slice(Math.max(0, token.index - 4), token.index));
  if (sign) return { unit: CURRENCY_SIGNS[sign[1]!], end: from };
  const after = /^\s?([₫€])/.exec(rest);
  if (after) return { unit: CURRENCY_SIGNS[after[1]!], end: from + after[0].length };
  for (const [word, unit] of Object.entries(languageWords(lang)?.draft.units ?? {})) {
    const match = new RegExp(`^\\s(${word})(?![\\p{L}\\p{N}])`, "u").exec(rest);
    if (match) return { unit, end: from + match[0].length };
  }
  return { end: from };
}

/** The article writes a hedge straight before the number, or with one word between ("giảm gần 17%"). */
function hedged(text: string, token: NumberToken, lang: string): boolean {
  const before = text
    .slice(Math.max(0, token.index - 30), token.index)
    .toLocaleLowerCase(lang)
    .replace(/[$€£¥₫\s-]+$/, "");
  return draftWords(lang).hedges.some((hedge) => before.endsWith(` ${hedge}`) || before === hedge);
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
 * The shortest words that hold the figure: up to three words before the number, within its clause,
 * to the end of its unit. The draft command checks every quote against the article, as \`check\` does,
 * and drops a figure whose quote does not pass.
 */
function quoteFor(text: string, token: NumberToken, end: number): string {
  const start = clauseStart(text, token.index, [". ", "; ", ", ", ": ", "! ", "? ", "(", ") ", "“", '"', "”", "‘"]);
  // The last piece is "" or what is glued before the number (a sign, a currency sign).
  const kept = text.slice(start, token.index).split(" ").slice(-4).join(" ");
  return (kept + text.slice(token.index, end)).trim();
}

/** What the number is: the few words before it in its clause, without direction and hedge words. */
function labelFor(text: string, token: NumberToken, lang: string): string {
  // A number in brackets is said of what stands before them: "giảm 612,47 điểm (-3,07%)".
  const marks = [". ", "; ", ", ", ": ", "“", '"', ") "];
  const inBrackets = /\([-−+]?\s?$/.test(text.slice(0, token.index));
  const words = text
    .slice(clauseStart(text, token.index, marks), inBrackets ? text.lastIndexOf("(", token.index) : token.index)
    .replace(/[-−+$€£¥]\s?$/, "")
    .trim()
    .split(" ")
    .filter(Boolean);
  const hedges = new Set(draftWords(lang).hedges.flatMap((h) => h.split(" ")));
  while (words.length > 0 && hedges.has(words.at(-1)!.toLocaleLowerCase(lang))) words.pop();
  const label = words
    .slice(-6)
    .join(" ")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  if (label) return label;
  // Nothing before it in its clause ("3,4 Prozent mehr als im Vorjahr"): the words after it.
  const after = text
    .slice(token.index + token.text.length)
    .split(/[.;,:]/)[0]!
    .trim()
    .split(" ")
    .slice(0, 6)
    .join(" ");
  return after.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "") || token.text;
}

function decimalsOf(written: string, lang: string): number {
  const { decimal } = numberSeparators(lang);
  const at = written.lastIndexOf(decimal);
  return at < 0 ? 0 : written.length - at - 1;
}
