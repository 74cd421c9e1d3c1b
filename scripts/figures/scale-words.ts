// The words a language writes after a number to scale it ("589 tỷ", "5.48 billion", "5,48 Mrd.",
// "3 兆"), taken from Intl's compact notation so that any language Intl knows is read, none hard-coded.
import { SCALE_FACTORS, type Scale } from "../model/briefing.ts";

interface ScaleWord {
  /** As it stands in normalized text (white space folded to one space). */
  word: string;
  scale: Scale;
}

// Several counts, so plural forms are collected too (ru "миллиард", "миллиарда", "миллиардов").
const COUNTS = [1, 2, 3, 5, 1.5, 11, 21, 22, 25];
const SCALES = Object.keys(SCALE_FACTORS) as Scale[];
const cache = new Map<string, ScaleWord[]>();

/** Every scale word of the language, longest first ("nghìn tỷ" is a trillion before "nghìn" is a thousand). */
export function scaleWords(lang: string): ScaleWord[] {
  let words = cache.get(lang);
  if (!words) {
    words = collect(lang);
    cache.set(lang, words);
  }
  return words;
}

/**
 * The scale named right after a number that ends at `end` in normalized text, if a scale word
 * stands there; undefined when none does (then the number is as written, or scaled in words Intl
 * does not know, such as "bn").
 */
export function scaleAfter(text: string, end: number, lang: string): { scale: Scale; written: string } | undefined {
  const glued = text[end] !== " ";
  const rest = glued ? text.slice(end) : text.slice(end + 1);
  for (const { word, scale } of scaleWords(lang)) {
    // One-letter abbreviations ("5B", "7K") count only glued to the number, and in their own case:
    // "5 m" is five metres, "Series B" is no number.
    const short = [...word].length === 1;
    if (short && !glued) continue;
    const head = rest.slice(0, word.length);
    const same = short || glued ? head === word : head.toLocaleLowerCase(lang) === word.toLocaleLowerCase(lang);
    if (same && endsWord(rest, word)) return { scale, written: text.slice(end, end + (glued ? 0 : 1) + word.length) };
  }
  return undefined;
}

/** The word is not the start of a longer one ("T" in "Tesla"); scripts without spaces need no end. */
function endsWord(rest: string, word: string): boolean {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(word)) return true;
  return !/^[\p{L}\p{N}]/u.test(rest.slice(word.length));
}

function collect(lang: string): ScaleWord[] {
  const found = new Map<string, Scale | null>(); // null: the word names two scales, so it names none
  const plain = new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 2 });
  for (const compactDisplay of ["long", "short"] as const) {
    const compact = new Intl.NumberFormat(lang, { notation: "compact", compactDisplay, maximumFractionDigits: 2 });
    for (const scale of SCALES) {
      for (const count of COUNTS) {
        const parts = compact.formatToParts(count * SCALE_FACTORS[scale]);
        const number = parts.filter((p) => p.type === "integer" || p.type === "decimal" || p.type === "fraction").map((p) => p.value).join("");
        // ja writes a million as "100万" (万 is ten thousand): that word is not this scale.
        if (number !== plain.format(count)) continue;
        const word = parts.find((p) => p.type === "compact")?.value.replace(/\s+/g, " ").trim();
        if (!word) continue;
        const before = found.get(word);
        found.set(word, before === undefined || before === scale ? scale : null);
      }
    }
  }
  return [...found]
    .filter((entry): entry is [string, Scale] => entry[1] !== null)
    .map(([word, scale]) => ({ word, scale }))
    .sort((a, b) => b.word.length - a.word.length);
}
