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
  return [...text.matchAll(found.pattern)].map((m) => ({
    value: found.values.get(m[0].toLocaleLowerCase(lang))!,
    text: m[0],
    index: m.index,
    word: true,
  }));
}
