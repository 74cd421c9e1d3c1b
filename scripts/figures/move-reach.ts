// How far the words of a move reach from its number: past a verb's object ("cut rates by 50 bp"), an
// aside in brackets ("1.24%(30.5포인트) 내린"), a list whose verb follows its last number ("각각 2.1%,
// 3.4% 상승"), to a particle glued on that makes a level ("3.25%로"), or back to the number a move
// started from ("fell from 4.3% to 4.1%").
import { SENTENCE_END } from "./sentences.ts";
import type { Direction, LanguageWords } from "../lang/language.ts";
import { everyLanguage, languageWords } from "../lang/languages.ts";
import { prefixStart } from "./number-context.ts";
import type { NumberToken } from "./read-numbers.ts";
import { clauseBefore, directionWords, matchEnding, wordsOf } from "./clause-words.ts";

/** The word of change before "from" and the number that ends at `end`: "giảm từ 1,62", "fell from 4.3", "sank von 6,4". */
export function moveBeforeFrom(text: string, end: number, lang: string): Direction | undefined {
  const words = directionWords(lang)!;
  const number = /[-+−]?\p{Nd}[\p{Nd}.,]*$/u.exec(text.slice(Math.max(0, end - 24), end));
  if (!number || words.from.length === 0) return undefined;
  const before = wordsOf(clauseBefore(text, end - number[0].length), lang);
  if (!words.from.includes(before.at(-1) ?? "")) return undefined;
  const joins = languageWords(lang)?.draft.joins ?? [];
  for (let i = before.length - 2; i >= 0; i--) {
    const phrase = matchEnding(before, i, [...words.fall, ...words.rise]);
    if (phrase !== undefined) return words.fall.includes(phrase) ? "fall" : "rise";
    // A verb-first language names what moved between the verb and "from" ("ارتفع معدل التضخم من 26.2%"),
    // not past a joining word ("Die Exporte sanken und die Inflation ist von 2,0 auf 2,4 Prozent gestiegen").
    if (!words.filler.includes(before[i]!) && (!words.anywhereInClause || joins.includes(before[i]!))) return undefined;
  }
  return undefined;
}

/** "3.25%로", "9조1834억원으로", "1,380원에": a particle glued to the number and its unit that makes it a level. */
export function levelEnding(text: string, token: NumberToken, lang: string): boolean {
  return levelParticle(text, token, lang, directionWords(lang)?.levelEndings) !== undefined;
}

/** The level particle glued to the number or to the unit word after it, of `endings`, and where it ends. */
export function levelParticle(text: string, token: NumberToken, lang: string, endings: string[] | undefined): number | undefined {
  const language = languageWords(lang);
  if (!endings || !language) return undefined;
  let start = token.index + token.text.length;
  // "3~4%로": a range's first number takes the ending of its last.
  start += /^[%％]?\s?[~～〜–-]\s?\p{Nd}[\p{Nd}.,]*/u.exec(text.slice(start))?.[0].length ?? 0;
  const chunk = /^([^\s\p{Nd}.,;:!?()[\]]*)(?: (\p{L}[\p{L}\p{M}]*))?(?: (\p{L}[\p{L}\p{M}]*))?/u.exec(text.slice(start))!;
  const ends = (word: string) => endings.some((ending) => word.endsWith(ending));
  if (ends(chunk[1]!)) return start + chunk[1]!.length;
  // Past a unit or a hedge written apart: "587억 달러로", "23만 명으로", "6조5000억원 안팎으로".
  const word = chunk[2];
  const unit = word && unitWordsOf(language).find((u) => word.startsWith(u));
  if (unit !== undefined && word!.length > unit.length && ends(word!)) return start + chunk[1]!.length + 1 + word!.length;
  // An ending written apart, as a word of its own: "5.5% पर", "5.5 प्रतिशत पर" (at 5.5 percent).
  const apart = (w: string | undefined) => w !== undefined && endings.includes(w);
  if (apart(word)) return start + chunk[1]!.length + 1 + word!.length;
  return unit !== undefined && word === unit && apart(chunk[3]) ? start + chunk[0].length : undefined;
}

/** The language's words written after a number: its currencies' names, percent, points, what it counts, its hedges. */
const unitWordsOf = (language: LanguageWords) => [
  ...Object.values(language.units.currencies).flat(),
  ...language.units.percent,
  ...language.units.indexPoints,
  ...(language.draft.counted ?? []),
  ...language.draft.hedges,
];

/**
 * A number follows in the sentence, written in the unit this one is written in, or this one has none
 * ("de 3 à 2 %"); "chuté de 6,2 % à la Bourse" has none to go to.
 */
export function sameUnitNext(text: string, token: NumberToken): boolean {
  const end = token.index + token.text.length;
  // A unit: "%", a currency's sign or code, or a word a unit is written in ("euros", "points"); not "à".
  UNIT_WORDS ??= new Set(everyLanguage((w) => [...w.units.percent, ...w.units.indexPoints, ...Object.values(w.units.currencies).flat()]));
  const unitAt = (at: number) => {
    const unit = /^\s?([%％]|\p{Sc}|\p{Lu}{3}(?!\p{L})|\p{L}[\p{L}\p{M}]*)?/u.exec(text.slice(at))![1];
    return unit !== undefined && (/^[%％\p{Sc}]|^\p{Lu}{3}$/u.test(unit) || UNIT_WORDS!.has(unit.toLocaleLowerCase()))
      ? unit.toLocaleLowerCase()
      : undefined;
  };
  const next = /\p{Nd}(?:[\p{Nd}.,\u00a0\u202f]|\s(?=\p{Nd}{3}))*/u.exec(text.slice(end, end + 60).split(SENTENCE_END)[0]!);
  if (!next) return false;
  const mine = unitAt(end);
  return mine === undefined || unitAt(end + next.index + next[0].length) === mine;
}

let UNIT_WORDS: Set<string> | undefined;

/** Words read back past a verb's object ("cut its key interest rate by"). */
const OBJECT_WORDS = 6;

/**
 * The word of change before a verb's object: "cut" in "cut rates by", "raised" in "raised its forecast
 * by". `read` words before the number are past already. The object may hold a year or a model's number
 * ("trimmed its 2025 growth forecast by", "cut iPhone 16 prices by"), not another measured amount.
 */
export function objectVerb(
  text: string,
  token: NumberToken,
  lang: string,
  read: number,
  fall: string[],
  rise: string[],
  reach = OBJECT_WORDS,
  /** Phrases a verb found inside is part of, no verb ("tăng" of "tăng trưởng", a rate's name). */
  within: string[] = [],
): Direction | undefined {
  const end = prefixStart(text, token);
  let start = end;
  while (start > 0 && !/[.;:!?()[\]{}"“”«»„,]/u.test(text[start - 1]!)) start--;
  const words = wordsOf(text.slice(start, end), lang);
  const from = words.length - 1 - read;
  for (let k = from; k >= Math.max(0, from - reach); k--) {
    if (/[%％\p{Sc}]/u.test(words[k]!)) return undefined;
    const phrase = matchEnding(words, k, [...fall, ...rise]);
    // The phrase's words, k - length + 1 … k, overlap a rate's name: no verb ("crecimiento del" of "crecimiento").
    const first = k - (phrase?.split(" ").length ?? 1) + 1;
    const inside = within.some((w) => {
      const parts = w.split(" ");
      for (let r = first - parts.length + 1; r <= k; r++) if (r >= 0 && parts.every((p, m) => words[r + m] === p)) return true;
      return false;
    });
    if (phrase !== undefined && !inside) return fall.includes(phrase) ? "fall" : "rise";
  }
  return undefined;
}

/** Where a list that starts at `start` ends: past ", 3.4%" and "%와 3.4%", or undefined when no list follows. */
export function listEnd(text: string, start: number, joins: string[], commas: boolean): number | undefined {
  let at = start;
  for (;;) {
    const gap = /^([^\s\p{Nd},()]*)(,\s?|\s)(?=[-+−]?\p{Nd})/u.exec(text.slice(at));
    const joined = gap && (gap[2]!.trim() === "," ? commas : joins.some((join) => gap[1]!.endsWith(join)));
    if (!joined) return at === start ? undefined : at;
    const number = /^[-+−]?\p{Nd}[\p{Nd}.,]*/u.exec(text.slice(at + gap[0].length))!;
    at += gap[0].length + number[0].replace(/[.,]$/u, "").length;
  }
}

/**
 * Past an aside in brackets after the number and its unit ("1.24%(30.5포인트) 내린"), or out of the
 * aside the number is in: its move is said after it ("(30.5포인트) 내린").
 */
export function pastAside(text: string, start: number, lang: string): number {
  const aside = /^[^\s\p{Nd}()]*(?:\s?\(([^()]{1,40})\)|\))/u.exec(text.slice(start));
  if (!aside) return start;
  // "9조1834억원 (274.5% 증가)": an aside with a move of its own says nothing of this number.
  const words = directionWords(lang)!;
  const moves = [...words.fall, ...words.rise, ...words.fallAfter, ...words.riseAfter, ...words.level];
  if (aside[1] !== undefined && wordsOf(aside[1], lang).some((w) => moves.includes(w))) return start;
  return start + aside[0].length;
}
