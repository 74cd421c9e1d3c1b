// Words that name a number as one of two opposites: a profit or a loss, a surplus or a deficit, net
// buying or net selling. "Intel net loss $16.6 billion" written as "Intel profit $16.6 billion" has the
// article's number, unit and scale, and says the opposite of it. Each language's pairs are its own
// (scripts/lang/), the positive side first. Only the words right around the number count ("a net loss
// of $1 billion", "12억 달러 적자"): a sentence names other things' losses too ("rose 5%, making up last
// week's losses"). All of a language's pairs make two sides, so "net profit" and "loss" are opposites
// and "net income" and "profit" are not.
import { isIdeographic } from "../format/scale-words.ts";
import type { LanguageWords } from "../lang/language.ts";
import { escapeRegExp, languageWords, languageWordSet } from "../lang/languages.ts";
import { COMMON_CURRENCIES, unitForms, writtenWith } from "./number-context.ts";
import { type NumberToken, scaleOf } from "./read-numbers.ts";

export interface Opposed {
  /** The word the deck's side (a bullet's words around the number, a figure's label) names. */
  mine: string;
  /** Its opposite, which the article names around the number. */
  theirs: string;
  /** `mine` is on the positive side (a profit, a surplus): a negative number of it is its opposite ("영업이익 -1,200억" is a loss). */
  minePositive: boolean;
}

/**
 * Words read before and after a number for what it is called ("Le déficit commercial s'est établi à",
 * "달러 적자를"); fewer after, where a sentence goes on to other things ("after ten days of inflows").
 */
const BEFORE = 6;
const AFTER = 3;
/** In scripts without spaces, characters instead ("净亏损", "億円の赤字"). */
const BEFORE_CHARS = 8;
const AFTER_CHARS = 6;

/** The words right around a number in its clause, up to the numbers beside it and, before it, a word that joins another clause ("nach anfänglichen Verlusten ins Plus und schloss 1,2 Prozent höher"). */
export function wordsAround(text: string, token: NumberToken, lang: string, currency?: string): string {
  const end = token.index + token.text.length;
  // Not at a colon: a bullet names what its number is before one ("Intel net income: -$16.6 billion").
  const stop = /[.;!?()[\]{}"“”«»„,。、，；！？（）،؛؟।\p{Nd}]/u;
  let from = token.index;
  while (from > 0 && !stop.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !stop.test(text[to]!)) to++;
  const before = text.slice(from, token.index);
  const after = text.slice(end, to);
  if (isIdeographic(before.slice(-1)) || isIdeographic(after.slice(0, 1)))
    return `${before.slice(-BEFORE_CHARS)} ${after.slice(0, AFTER_CHARS)}`;
  const joins = joinsOf(lang);
  const words = before.split(/\s+/).slice(-BEFORE - 1);
  let first = words.length;
  while (first > 0 && !joins.has(words[first - 1]!.toLocaleLowerCase(lang))) first--;
  // A currency's word after the scale word ("1,1 milyar dolar net kâr", "12,075 करोड़ रुपये का शुद्ध घाटा")
  // names no side: one more word is read past it.
  // `currency`: the number's, when the caller has read it (a deck's number is held against several of
  // the article's: each currency's forms asked of each was most of this function's time).
  const scaled = scaleOf(text, token, lang) !== undefined;
  const codes = currency === undefined ? COMMON_CURRENCIES : [currency];
  const past = scaled && codes.some((code) => writtenWith(text, token, unitForms(code, lang), lang, "after")) ? 1 : 0;
  return `${words.slice(first).join(" ")} ${after
    .trim()
    .split(/\s+/)
    .slice(0, AFTER + past)
    .join(" ")}`;
}

/** The language's words that join another clause, lower-cased, once a language. */
const joinsOf = (lang: string) => languageWordSet(lang, "joins", (w) => w.draft.joins ?? []);

/** Where the two texts name opposite sides of the language's pairs; undefined when they do not. */
export function opposedWords(mine: string, theirs: string, lang: string): Opposed | undefined {
  const words = languageWords(lang);
  if (!words?.opposites) return undefined;
  const [myPositive, myNegative] = sides(mine, words, lang);
  const [theirPositive, theirNegative] = sides(theirs, words, lang);
  if (myPositive && !myNegative && theirNegative && !theirPositive) return { mine: myPositive, theirs: theirNegative, minePositive: true };
  if (myNegative && !myPositive && theirPositive && !theirNegative) return { mine: myNegative, theirs: theirPositive, minePositive: false };
  return undefined;
}

/** Which side alone the text names, if one. */
export function namedSide(text: string, lang: string): "positive" | "negative" | undefined {
  const words = languageWords(lang);
  if (!words?.opposites) return undefined;
  const [positive, negative] = sides(text, words, lang);
  return positive && !negative ? "positive" : negative && !positive ? "negative" : undefined;
}

/** What each text around a number names, by language: a deck's number is held against several of the article's. */
const sidesRead = new Map<string, [string | undefined, string | undefined]>();

/** The first word of each side the text names, if any. */
function sides(text: string, words: LanguageWords, lang: string): [string | undefined, string | undefined] {
  const key = `${lang}\u0000${text}`;
  let found = sidesRead.get(key);
  if (!found) {
    if (sidesRead.size > 5000) sidesRead.clear();
    found = readSides(text, words, lang);
    sidesRead.set(key, found);
  }
  return found;
}

function readSides(text: string, words: LanguageWords, lang: string): [string | undefined, string | undefined] {
  let lower = text.toLocaleLowerCase(lang);
  // "profit-taking", "prises de bénéfices", "利益確定": a word of a pair in another sense.
  for (const phrase of words.notOpposites ?? []) lower = lower.replaceAll(phrase.toLocaleLowerCase(lang), " ");
  const compounds = words.direction.compoundHeads !== undefined;
  const named = (word: string) => names(lower, word.toLocaleLowerCase(lang), compounds);
  return [words.opposites!.map((p) => p[0]).find(named), words.opposites!.map((p) => p[1]).find(named)];
}

/**
 * The text names the word: inside other words where words run together (Han, kana, Hangul) or take
 * their little words glued on (Arabic); at a
 * compound's end in languages that compound nouns ("Nettoverlust", not "Gewinnmitnahmen"); else whole,
 * and not inside a hyphened word ("profit-taking", "weight-loss", "non-profit").
 */
function names(lower: string, word: string, compounds: boolean): boolean {
  // Arabic glues its articles, prepositions and pronouns on ("أرباحها", its profits; "بخسارة").
  if (isIdeographic(word) || /[\p{Script=Hangul}\p{Script=Arabic}]/u.test(word)) return lower.includes(word);
  if (!lower.includes(word)) return false;
  const key = `${compounds ? "c" : "w"}${word}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    const escaped = escapeRegExp(word);
    pattern = compounds
      ? new RegExp(`${escaped}(?:e|es|s|n|en)?(?![\\p{L}\\p{M}-])`, "u")
      : new RegExp(`(?<![\\p{L}\\p{M}-])${escaped}(?![\\p{L}\\p{M}-])`, "u");
    patterns.set(key, pattern);
  }
  return pattern.test(lower);
}
const patterns = new Map<string, RegExp>();
