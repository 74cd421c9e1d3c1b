// What a change is measured against: the same period a year earlier ("2.0% year on year", "同比上涨2.0%")
// or the period before ("0.4% month on month", "环比上涨0.4%"). Prices rose 0.4% in the month and 2.0%
// in the year: a deck that calls the 0.4% a year's rise says another number. Read in the number's
// clause (the phrase nearest it), else in its sentence when that names one basis only ("Month on
// month, prices rose 0.4%").
import { alternatives, languageWords } from "../lang/languages.ts";
import { dateLike } from "./date-like.ts";
import { findNumbers, type NumberToken } from "./read-numbers.ts";
import { sentenceAt } from "./sentences.ts";
import { remembered } from "../remembered.ts";

export type Basis = "year" | "previous";

interface BasisPhrase {
  basis: Basis;
  start: number;
  end: number;
}

const patterns = new Map<string, RegExp | null>();

/** The language's basis phrases as one pattern: a group for each basis, whole words where words are spaced. */
function basisPattern(lang: string): RegExp | null {
  if (!patterns.has(lang)) {
    const bases = languageWords(lang)?.bases;
    const edge = (words: string[]) => `(?<![\\p{L}\\p{N}])(?:${alternatives(longestFirst(words))})(?![\\p{L}\\p{N}])`;
    // Han and kana run on without spaces: "同比上涨", "前年同月比2.4%".
    const glued = (words: string[]) => `(?:${alternatives(longestFirst(words))})`;
    const form = (words: string[]) => (words.some((w) => /[\p{Script=Han}\p{Script=Hangul}]/u.test(w)) ? glued(words) : edge(words));
    patterns.set(lang, bases ? new RegExp(`(?<year>${form(bases.year)})|(?<previous>${form(bases.previous)})`, "giu") : null);
  }
  return patterns.get(lang) ?? null;
}

/** A sentence's numbers, less dates ("9月", "10월", "tháng 10"), which own no basis: once a sentence, not once a number. */
const sentenceNumbers = remembered(
  64,
  (text: string, start: number, end: number, lang: string) => `${lang}\u0000${start}\u0000${text.slice(start, end)}\u0000${text.length}`,
  (text: string, start: number, end: number, lang: string) =>
    findNumbers(text.slice(start, end), lang)
      .map((n) => ({ ...n, index: start + n.index }))
      .filter((n) => !dateLike(text, n, lang))
      .map((n) => ({ start: n.index, end: n.index + n.text.length })),
);

const longestFirst = (words: string[]) => [...words].sort((a, b) => b.length - a.length);

function phrasesIn(text: string, offset: number, pattern: RegExp): BasisPhrase[] {
  return [...text.matchAll(pattern)].map((m) => ({
    basis: m.groups?.year !== undefined ? "year" : "previous",
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

/**
 * Where a sentence's clauses break: commas and semicolons, spaced or not (Chinese and Japanese write
 * none); not a decimal comma ("2,8%").
 */
const CLAUSE_MARK = /,(?!\p{Nd})|[;，；、،؛]/gu;

/**
 * The basis of the number's change: a phrase of its clause that is its own (the nearest phrase after
 * it, or before it with no number between: "rose 2.0% from a year earlier and 0.4% from the previous
 * month", "同比上涨0.4%"), or a clause of its sentence with no number of its own ("Month on month,
 * prices rose 0.4%"). A phrase a few words after a number is that number's, not the next one's
 * ("dello 0,1% rispetto al trimestre precedente e dello 0,6% nei confronti del…").
 */
export function basisOf(text: string, token: NumberToken, lang: string): Basis | undefined {
  const pattern = basisPattern(lang);
  if (!pattern) return undefined;
  const sentence = sentenceAt(text, token.index);
  const body = text.slice(sentence.start, sentence.end);
  const cuts = [sentence.start, ...[...body.matchAll(CLAUSE_MARK)].map((m) => sentence.start + m.index + 1), sentence.end];
  const clauseOf = (at: number) => cuts.findIndex((cut, i) => at >= cut && at < (cuts[i + 1] ?? Number.POSITIVE_INFINITY));
  const numbers = sentenceNumbers(text, sentence.start, sentence.end, lang);
  const own = clauseOf(token.index);
  const end = token.index + token.text.length;
  const phrases = phrasesIn(body, sentence.start, pattern);
  const mine = phrases.filter((p) => {
    if (clauseOf(p.start) !== own) return false;
    // The number right before the phrase, in its clause, a few words on: the phrase is that number's.
    const before = numbers.filter((n) => n.end <= p.start && clauseOf(n.start) === own).at(-1);
    const owner =
      before && /^[\s%％٪]*(?:[\p{L}\p{M}.'’]+\s?){0,4}$/u.test(text.slice(before.end, p.start))
        ? before
        : numbers.find((n) => n.start >= p.end && clauseOf(n.start) === own);
    // The token as the pattern above finds it: its digits, past a sign written on it.
    return owner !== undefined && owner.start >= token.index && owner.start < end;
  });
  if (mine.length > 0) return mine[0]!.basis;
  const bare = phrases.filter((p) => {
    const i = clauseOf(p.start);
    return !/\p{Nd}/u.test(text.slice(cuts[i]!, cuts[i + 1] ?? sentence.end));
  });
  const kinds = new Set(bare.map((p) => p.basis));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}
