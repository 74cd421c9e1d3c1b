// The words of a clause as the languages' lists hold them: where the clause around a number begins and
// ends, its words lower-cased (a German compound read as its head, a Korean word as its stem), and the
// phrase of a list that ends at a word. Read by read-direction.ts, move-reach.ts and the draft's labels.
import { languageWords } from "../lang/languages.ts";

/** The language's words of direction, or undefined for a language without a word file. */
export const directionWords = (lang: string) => languageWords(lang)?.direction;

/**
 * A clause ends at punctuation or another number: "giảm 5%, còn 100" says nothing of the 100. Arabic's
 * comma, semicolon and question mark, and the danda of Devanagari, are punctuation too.
 */
const CLAUSE_END = /[.;:!?()[\]{}"“”«»„,،؛؟।॥\p{Nd}]/u;

/**
 * Whether the clause ends at text[i]. The point of an abbreviation with the sentence going on in
 * lower case ("o 18 proc. mniej", "2,9 mld. zł") ends nothing.
 */
const endsAt = (text: string, i: number) => CLAUSE_END.test(text[i]!) && !(text[i] === "." && /^\.\s\p{Ll}/u.test(text.slice(i, i + 3)));

/** The clause before `end`, back to punctuation or another number. */
export function clauseBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !endsAt(text, start - 1)) start--;
  return text.slice(start, end);
}

/** The words up to the clause's end past numbers: a comma, a semicolon or a sentence's end ("Mrd." is none). */
export function clauseTail(text: string, start: number): string {
  const rest = text.slice(start, start + 120);
  const end = rest.search(/[,;!?،؛؟]\s|[।॥]|\.\s+(?=\p{Lu})|\.$/u);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The clause after `start`, up to punctuation or another number. */
export function clauseAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && !endsAt(text, end)) end++;
  return text.slice(start, end);
}

/** The text's words as the lists hold them: lower-cased, bare of punctuation, a compound as its head, a Korean word as its stem. */
export function wordsOf(text: string, lang: string): string[] {
  const words = directionWords(lang);
  const heads = words?.compoundHeads ?? [];
  const stems = words?.stems ? longestFirst(words.stems) : [];
  return text
    .split(" ")
    .map((w) => w.replace(/^[^\p{L}\p{N}%]+|[^\p{L}\p{M}\p{N}%’']+$/gu, "").toLocaleLowerCase(lang))
    .filter(Boolean)
    .map((w) => heads.find((head) => w.length > head.length + 2 && w.endsWith(head)) ?? w)
    .map((w) => stems.find((stem) => w.startsWith(stem)) ?? w);
}

/** A word as the language's lists hold it: its stem, where the language lists stems ("증가했다" → 증가). */
export function stemmed(word: string, lang: string): string {
  const stems = directionWords(lang)?.stems;
  return (stems && longestFirst(stems).find((stem) => word.startsWith(stem))) ?? word;
}

const sortedStems = new WeakMap<string[], string[]>();

/** The stems longest first, once per list: "증가율은" reads as 증가율, not 증가. */
function longestFirst(stems: string[]): string[] {
  let sorted = sortedStems.get(stems);
  if (!sorted) {
    sorted = [...stems].sort((a, b) => b.length - a.length);
    sortedStems.set(stems, sorted);
  }
  return sorted;
}

/** The phrase of the list (one or more words) that ends at words[i], longest first. */
export function matchEnding(words: string[], i: number, phrases: string[]): string | undefined {
  let best: string | undefined;
  for (const phrase of phrases) {
    const parts = phrase.split(" ");
    const from = i - parts.length + 1;
    if (from >= 0 && parts.every((part, k) => words[from + k] === part) && (!best || parts.length > best.split(" ").length)) best = phrase;
  }
  return best;
}
