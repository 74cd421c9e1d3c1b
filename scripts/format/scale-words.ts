// The words a language writes after a number to scale it ("589 tỷ", "5.48 billion", "5,48 Mrd.",
// "50億", "3 crore"), with the power of ten each stands for, taken from Intl's compact notation: any
// language Intl knows is read and written, none hard-coded. Shared by the figure check (reading an
// article) and the renderer (writing a figure).
import { SCALE_FACTORS, type Scale } from "../model/briefing.ts";
import { languageWords } from "../lang/languages.ts";

export interface ScaleWord {
  /** As it stands in normalized text (white space folded to one space). */
  word: string;
  /** The power of ten it multiplies by: 1e9 for "tỷ", 1e8 for "億", 1e4 for "万". */
  magnitude: number;
  /** The format's scale (thousand … trillion) it is, when its magnitude is one of theirs. */
  scale?: Scale;
  /** Intl's long form ("billion") rather than its short one ("B"). */
  long: boolean;
  /** What stands between the number and the word: a no-break space, or nothing (ja "3兆"). */
  separator: string;
  /** The plural categories of the counts it was written after ("миллиард" one, "миллиардов" many). */
  plurals: Set<string>;
}

// Several counts, so plural forms are collected too (ru "миллиард", "миллиарда", "миллиардов").
const COUNTS = [1, 2, 3, 5, 1.5, 11, 21, 22, 25];
const POWERS = Array.from({ length: 13 }, (_, i) => 10 ** (i + 3)); // 1e3 … 1e15
const cache = new Map<string, ScaleWord[]>();

/** Every scale word of the language, longest first ("nghìn tỷ" is 1e12 before "nghìn" is 1e3). */
export function scaleWords(lang: string): ScaleWord[] {
  let words = cache.get(lang);
  if (!words) {
    words = collect(lang);
    cache.set(lang, words);
  }
  return words;
}

/** The language's word for one of the format's scales after `value` (long, plural-correct), if it has one. */
export function scaleWordFor(scale: Scale, value: number, lang: string): ScaleWord | undefined {
  const plural = new Intl.PluralRules(lang).select(value);
  const rank = (w: ScaleWord) => (w.long ? 0 : 2) + (w.plurals.has(plural) ? 0 : 1);
  return scaleWords(lang)
    .filter((w) => w.scale === scale)
    .sort((a, b) => rank(a) - rank(b))[0];
}

/** Scripts written without spaces between words: a scale word or a unit follows the number directly. */
export const isIdeographic = (text: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);

export interface WrittenScale {
  magnitude: number;
  scale?: Scale;
  /** The characters read after the number, with the space before them if any: " tỷ". */
  written: string;
}

/**
 * The scale word right after a number that ends at `end` in normalized text, if one stands there;
 * undefined when none does (then the number is as written, or scaled in words Intl does not know,
 * such as "bn").
 */
export function scaleAfter(text: string, end: number, lang: string): WrittenScale | undefined {
  const glued = text[end] !== " ";
  // Lower-case abbreviations glued on: "256k" is thousands anywhere ("Payrolls +256k"), "$50m", "€2.1m",
  // "£300m" millions only after a currency sign ("5m" alone is five metres).
  const money = /^([mk])(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 2));
  if (money && (money[1] === "k" || /\p{Sc}\s?[\d.,]*$/u.test(text.slice(Math.max(0, end - 24), end)))) {
    return money[1] === "m" ? { magnitude: 1e6, scale: "million", written: "m" } : { magnitude: 1e3, scale: "thousand", written: "k" };
  }
  const from = glued ? end : end + 1;
  const { words, longest } = readable(lang);
  // Lower-cased once, as far as the longest word reaches: this runs for every number of an article.
  const head = text.slice(from, from + longest + 1);
  const lower = head.toLocaleLowerCase(lang);
  for (const { word, lower: wordLower, short, magnitude, scale } of words) {
    // One-letter abbreviations ("5B", "7K") count only glued to the number, and in their own case:
    // "5 m" is five metres, "Series B" is no number.
    // "19,08 M€", "9,5 M$": spaced, but glued to a currency sign.
    if (short && !glued && !/^\p{Sc}/u.test(head.slice(word.length))) continue;
    const same = short ? head.startsWith(word) : lower.startsWith(wordLower);
    if (same && (endsWord(head, word) || /^\p{Sc}/u.test(head.slice(word.length)))) {
      const found = { magnitude, scale, written: text.slice(end, from + word.length) };
      // "1,2 triệu tỷ" is 1.2 × 10¹⁵: a scale word after a scale word multiplies.
      const next = text[from + word.length] === " " && !short ? scaleAfter(text, from + word.length, lang) : undefined;
      if (!next || next.written.trim().length < 2) return found;
      const total = magnitude * next.magnitude;
      return {
        magnitude: total,
        scale: Object.entries(SCALE_FACTORS).find(([, f]) => f === total)?.[0] as Scale | undefined,
        written: found.written + next.written,
      };
    }
  }
  return undefined;
}

const readableCache = new Map<string, { words: (ScaleWord & { lower: string; short: boolean })[]; longest: number }>();

/** The language's scale words with what scaleAfter compares, worked out once. */
function readable(lang: string) {
  let found = readableCache.get(lang);
  if (!found) {
    const own = scaleWords(lang);
    // Read, never written: an abbreviation typed without its point ("2,1 Mio Euro"), and the English
    // words a deck in any language may write ("684 million"). Left unread, either was a number with
    // no scale, which the check lets stand for the article's scaled one (a thousandth of it passed).
    const dotless = own.filter((w) => /\p{L}{2}\.$/u.test(w.word)).map((w) => ({ ...w, word: w.word.slice(0, -1) }));
    // And India's lakh and crore, which English press there writes ("Rs 16,563 crore").
    const english = [
      ...(new Intl.Locale(lang).language === "en" ? [] : scaleWords("en")),
      ...scaleWords("en-IN").filter((w) => /^(?:lakh|crore)/.test(w.word)),
    ].filter((w) => w.long);
    const taken = new Set(own.map((w) => w.word.toLocaleLowerCase(lang)));
    const extra = [...dotless, ...english].filter((w) => !taken.has(w.word.toLocaleLowerCase(lang)));
    const words = [...own, ...extra]
      .sort((a, b) => b.word.length - a.word.length)
      .map((w) => ({
        ...w,
        lower: w.word.toLocaleLowerCase(lang),
        short: [...w.word].length === 1 && !isIdeographic(w.word),
      }));
    found = { words, longest: Math.max(0, ...words.map((w) => w.word.length)) };
    readableCache.set(lang, found);
  }
  return found;
}

/**
 * The word is not the start of a longer one ("T" in "Tesla"); scripts without spaces need no end, nor
 * Korean's, which glues the unit to its scale word ("5,320억원", "3조원").
 */
function endsWord(rest: string, word: string): boolean {
  return isIdeographic(word) || /^\p{Script=Hangul}/u.test(word) || !/^[\p{L}\p{N}]/u.test(rest.slice(word.length));
}

function collect(lang: string): ScaleWord[] {
  const found = new Map<string, ScaleWord | null>(); // null: the word stands for two magnitudes
  const plurals = new Intl.PluralRules(lang);
  const scales = new Map(Object.entries(SCALE_FACTORS).map(([scale, factor]) => [factor, scale as Scale]));
  for (const long of [true, false]) {
    // Latin digits, so the number part can be read back whatever digits the language writes.
    const compact = new Intl.NumberFormat(lang, {
      notation: "compact",
      compactDisplay: long ? "long" : "short",
      maximumFractionDigits: 3,
      numberingSystem: "latn",
    });
    for (const power of POWERS) {
      for (const count of COUNTS) {
        const parts = compact.formatToParts(count * power);
        const at = parts.findIndex((p) => p.type === "compact");
        const word = parts[at]?.value.replace(/\s+/g, " ").trim();
        const integer = parts
          .filter((p) => p.type === "integer")
          .map((p) => p.value)
          .join("");
        const fraction = parts.find((p) => p.type === "fraction")?.value ?? "0";
        const shown = Number(`${integer}.${fraction}`);
        if (!word || !shown) continue;
        // ja writes a million as "100万": 万 is ten thousand, whatever number it was asked for.
        const magnitude = Number(((count * power) / shown).toPrecision(6));
        if (!Number.isInteger(Math.log10(magnitude))) continue;
        const before = found.get(word);
        if (before === null) continue;
        if (before && before.magnitude !== magnitude) {
          found.set(word, null);
          continue;
        }
        const separator = parts[at - 1]?.type === "literal" ? "\u00a0" : "";
        const entry = before ?? { word, magnitude, scale: scales.get(magnitude), long, separator, plurals: new Set<string>() };
        entry.plurals.add(plurals.select(shown));
        found.set(word, entry);
      }
    }
  }
  const words = [...found.values()].filter((w): w is ScaleWord => w !== null);
  // Spellings articles use that Intl does not write: read as the same word ("1.700 ngàn tỷ").
  for (const [written, intl] of Object.entries(languageWords(lang)?.units.scaleSpellings ?? {})) {
    for (const w of [...words]) if (w.word.includes(intl)) words.push({ ...w, word: w.word.replace(intl, written), long: false });
  }
  return words.sort((a, b) => b.word.length - a.word.length);
}
