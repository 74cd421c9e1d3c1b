// In scripts without capitals (Arabic, Devanagari, Han, kana, Hangul) no word is known for a name, so a
// sentence that gives two numbers to two subjects ("ارتفع مؤشر دبي 0.7 بالمئة، بينما تراجع مؤشر أبوظبي
// 0.3 بالمئة", "比亚迪营收增长24%，特斯拉营收增长8%") is read by its clauses: the words before each number
// that the other clause does not write are whose it is. A deck that gives a number the other clause's
// own words and none of its own gives it to the other subject. A clause with no words of its own
// ("トヨタの純利益は12%増、売上高は5%減": Toyota's revenue) takes the first clause's subject, so only
// the other clause's words with none of its own refuse.
import { languageWords } from "../lang/languages.ts";
import { remembered } from "../remembered.ts";
import { isIdeographic } from "../format/scale-words.ts";
import { wordsOf } from "./clause-words.ts";
import { functionWords } from "./measure-words.ts";
import { isCalendarWord } from "./names.ts";
import { prefixStart } from "./number-context.ts";
import type { Quantity } from "./read-quantity.ts";
import type { NumberToken } from "./read-numbers.ts";

/** Where one clause of a sentence ends: its commas, with a space after them or not (Chinese writes none); not a thousands' comma. */
const CLAUSE_MARK = /(?<!\p{Nd})[,،](?!\p{Nd})|[;、，；؛]/gu;

/** Whether a text's letters are mostly of scripts without capitals (asked of one article for each of its numbers). */
export const uncased = remembered(
  8,
  (text: string) => text,
  (text: string): boolean => {
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const cased = text.match(/[\p{Lu}\p{Ll}]/gu)?.length ?? 0;
    return letters > 0 && cased / letters < 0.5;
  },
);

/**
 * The word of another clause of the article's sentence that the deck names its number by, with none
 * of the words the article's own clause gives it; undefined when the deck agrees or says nothing.
 */
export function contrastConflict(
  deck: { text: string; token: NumberToken },
  candidate: Quantity,
  all: Quantity[],
  article: string,
  lang: string,
): Contrast | undefined {
  const { sentence } = candidate.scope;
  const sentenceStart = article.lastIndexOf(sentence, candidate.token.index);
  if (sentenceStart < 0) return undefined;
  const own = subjectPart(article, candidate.token, sentenceStart);
  const others = all.filter(
    (q) => q !== candidate && !q.date && q.token.index >= sentenceStart && q.token.index < sentenceStart + sentence.length,
  );
  const otherParts = others.map((q) => subjectPart(article, q.token, sentenceStart)).filter((part) => part.start !== own.start);
  if (otherParts.length === 0) return undefined;
  const mine = units(own.text, lang);
  const theirs = new Set(otherParts.flatMap((part) => units(part.text, lang)));
  const mineOnly = mine.filter((u) => !theirs.has(u));
  if (mineOnly.length === 0) return undefined;
  const said = units(subjectPart(deck.text, deck.token, 0).text, lang);
  if (said.some((u) => mineOnly.includes(u))) return undefined;
  for (const part of otherParts) {
    const its = units(part.text, lang);
    // Parallel clauses only, that share a word ("مؤشر دبي … مؤشر أبوظبي", "营收 … 营收"): a clause that
    // shares none may go on with the first one's subject ("訪日客数は227万人と、前年同月比13.7%増えた").
    if (!its.some((u) => mine.includes(u))) continue;
    const word = said.find((u) => its.includes(u) && !mine.includes(u));
    if (word) return { word, mine: own.text.trim(), theirs: part.text.trim() };
  }
  return undefined;
}

export interface Contrast {
  /** The deck's word (or pair of letters) that only another clause writes. */
  word: string;
  /** The words before the number in its own clause, and in the clause the deck's word is from. */
  mine: string;
  theirs: string;
}

/** The words of a number's clause before it, from the clause's start (a comma, or the sentence's start). */
function subjectPart(text: string, token: NumberToken, sentenceStart: number): { start: number; text: string } {
  const end = prefixStart(text, token);
  let start = sentenceStart;
  for (const m of text.slice(sentenceStart, end).matchAll(CLAUSE_MARK)) start = sentenceStart + m.index + m[0].length;
  // Numbers of one clause ("29.55ポイント（1.18%）安の2480.61", "64 سنتا أو 0.9") share its start, and its subject.
  return { start, text: text.slice(start, end) };
}

/**
 * The words that name nothing in a script without spaces, longest first, once a language: the measure
 * rule's (measure-words.ts) and the words of change glued to a number; one letter is a word's part.
 */
const gluedFunctionWords = remembered(
  8,
  (lang: string) => lang,
  (lang: string): string[] => {
    const d = languageWords(lang)?.direction;
    const words = [...functionWords(lang), ...(d?.gluedFall ?? []), ...(d?.gluedRise ?? [])];
    return [...new Set(words)].filter((w) => [...w].length > 1).sort((a, b) => b.length - a.length);
  },
);

/**
 * What a clause names, as units to compare: its words less the language's words of moves, links and
 * measures, calendar words and one-letter words; in a script without spaces, pairs of letters less
 * those of the same words.
 */
function units(text: string, lang: string): string[] {
  const skip = functionWords(lang);
  if (isIdeographic(text) && !text.trim().includes(" ")) {
    let bare = text;
    for (const word of gluedFunctionWords(lang)) bare = bare.split(word).join(" ");
    const pairs: string[] = [];
    for (const run of bare.match(/[\p{L}\p{M}]+/gu) ?? []) {
      const letters = [...run];
      for (let i = 0; i + 1 < letters.length; i++) pairs.push(letters[i]! + letters[i + 1]!);
    }
    return [...new Set(pairs)];
  }
  return [
    ...new Set(
      wordsOf(text, lang).filter((w) => [...w].length >= 2 && /^[\p{L}\p{M}]+$/u.test(w) && !skip.has(w) && !isCalendarWord(w, lang)),
    ),
  ];
}
