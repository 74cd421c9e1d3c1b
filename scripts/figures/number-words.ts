// Numbers written as words ("ba bậc", "seit fünf Monaten", "un tres por ciento"), read with the
// language's own list (scripts/lang/): the text check counts them both ways, so "3 bậc" in a deck is
// the article's "ba bậc", and "tres por ciento" is 3%, not the article's 13%.
import { escapeRegExp, languageWords } from "../lang/languages.ts";
import type { NumberToken } from "./read-numbers.ts";

const patterns = new Map<string, { pattern: RegExp; values: Map<string, number> } | null>();

function patternFor(lang: string) {
  if (!patterns.has(lang)) {
    const words = languageWords(lang)?.numberWords ?? {};
    const list = Object.keys(words).sort((a, b) => b.length - a.length);
    const escaped = list.map(escapeRegExp);
    patterns.set(
      lang,
      list.length === 0
        ? null
        : {
            pattern: new RegExp(`(?<![\\p{L}\\p{N}\\p{M}-])(?:${escaped.join("|")})(?![\\p{L}\\p{N}\\p{M}-])`, "giu"),
            values: new Map(Object.entries(words).map(([w, v]) => [w.toLocaleLowerCase(lang), v])),
          },
    );
  }
  return patterns.get(lang) ?? undefined;
}

/** Every number written as a word, in order, as tokens like the ones read from digits. */
export function findNumberWords(text: string, lang: string): NumberToken[] {
  const found = patternFor(lang);
  if (!found) return [];
  const words = [...text.matchAll(found.pattern)].map((m) => ({
    value: found.values.get(m[0].toLocaleLowerCase(lang))!,
    text: m[0],
    index: m.index,
    word: true as const,
  }));
  return compounds(text, words);
}

/**
 * Two words that make one number: a ten and a unit ("dwadzieścia trzy", "treinta y tres", 23), or a
 * unit and ten (Arabic's "خمسة عشر", 15). Read apart, "trzy" was a 3 the article never wrote, and its
 * fix marked it the author's own.
 */
function compounds(text: string, words: NumberToken[]): NumberToken[] {
  const out: NumberToken[] = [];
  for (let i = 0; i < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]];
    const gap = b ? text.slice(a.index + a.text.length, b.index) : "";
    const joined = b !== undefined && /^\s+(?:(?:y|e|i|и|et|and)\s+)?$/u.test(gap);
    const tensAndUnit = joined && a.value >= 20 && a.value % 10 === 0 && a.value < 100 && b!.value >= 1 && b!.value <= 9;
    // No "and" between: "between five and ten percent" is two numbers.
    const unitAndTen = b !== undefined && /^\s+$/u.test(gap) && a.value >= 3 && a.value <= 9 && b.value === 10;
    if (tensAndUnit || unitAndTen) {
      out.push({ ...a, value: a.value + b!.value, text: text.slice(a.index, b!.index + b!.text.length) });
      i++;
    } else out.push(a);
  }
  return out;
}
