// Where a move started and where it ended: "from 4.2% to 4.5%", "rise to 4.5% from 4.2%", "von 5 auf 2
// Prozent", "del 2,8% al 2,1%". Only a pair says so, two numbers side by side in one sentence and one
// unit, one after a "from" word and the other after a "to" word: a lone "to" is a level ("expected to
// reach 5%") and a lone "from" a comparison. A deck that swaps the two ("fall from 4.5% to 4.2%" for
// "rise to 4.5% from 4.2%") names a start the article names an end, whatever verb it writes.
import type { DirectionWords } from "../lang/language.ts";
import { languageWords } from "../lang/languages.ts";
import { clauseAfter, clauseBefore, directionWords, wordsOf } from "./clause-words.ts";
import { sameUnitNext } from "./move-reach.ts";
import { SENTENCE_END } from "./sentences.ts";
import { prefixStart } from "./number-context.ts";
import type { NumberToken } from "./read-numbers.ts";

export type Endpoint = "from" | "to";

/** Words before a "to" or "from" that make it a comparison: "frente al 2,5%", "par rapport à", "gegenüber von". */
const COMPARING = new Set([
  "frente",
  "respecto",
  "comparado",
  "comparada",
  "compared",
  "versus",
  "vs",
  "vs.",
  "contra",
  "gegenüber",
  "rapport",
  "comparé",
  "comparée",
  "dibandingkan",
  "tegenover",
  "porównaniu",
  "karşın",
  "مقارنة",
]);

/** Words read back from a number for its "from" or "to" ("from the current 4.2%"). */
const BACK = 3;

/** Each token of a from-and-to pair with its end; the others have none. */
export function endpoints(text: string, tokens: NumberToken[], lang: string): Map<NumberToken, Endpoint> {
  const found = new Map<NumberToken, Endpoint>();
  const words = directionWords(lang);
  const from = words ? fromWords(lang, words) : [];
  if (!words || !(from.length || words.fromAfter?.length) || !(words.to.length || words.level.length)) return found;
  const hedges = new Set((languageWords(lang)?.draft.hedges ?? []).map((h) => h.toLocaleLowerCase(lang)));
  const roles = tokens.map((token) => role(text, token, { ...words, from }, hedges, lang));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [roles[i], roles[i + 1]];
    if (!a || !b || a === b) continue;
    const gap = text.slice(tokens[i]!.index + tokens[i]!.text.length, tokens[i + 1]!.index);
    // Side by side in one sentence: "to 4.5% from the current 4.2%", not across a full stop; in one
    // unit: "a reculé de 0,8 % à 7 895 points" is by 0,8 % to 7 895 points.
    if (gap.length > 80 || SENTENCE_END.test(gap) || !sameUnitNext(text, tokens[i]!)) continue;
    found.set(tokens[i]!, a);
    found.set(tokens[i + 1]!, b);
  }
  return found;
}

/** Which end a lone level reached by a move is, by its word: "down from 3.5%" its start, "rose to 4.5%" its end. */
export function endOfLevel(text: string, token: NumberToken, lang: string): Endpoint | undefined {
  const words = directionWords(lang);
  if (!words) return undefined;
  const hedges = new Set((languageWords(lang)?.draft.hedges ?? []).map((h) => h.toLocaleLowerCase(lang)));
  return role(text, token, { ...words, from: fromWords(lang, words) }, hedges, lang);
}

/** The language's "from" words, less a percent word written before its number (Turkish lists "yüzde" as a "from" for its levels). */
function fromWords(lang: string, words: DirectionWords): string[] {
  const before = languageWords(lang)?.units.percentBefore ?? [];
  return words.from.filter((w) => !before.includes(w));
}

/**
 * The nearest "from" or "to" word among the few before the number, in its clause (a word that makes
 * a level is a "to": "घटाकर 6.6", having cut it to 6.6), or a "from" written after it and its unit.
 */
function role(text: string, token: NumberToken, words: DirectionWords, hedges: Set<string>, lang: string): Endpoint | undefined {
  const before = wordsOf(clauseBefore(text, prefixStart(text, token)), lang).slice(-BACK);
  for (let i = before.length - 1; i >= 0; i--) {
    // "más de 2,8%", "lebih dari 5%" hedge a number; "frente al 2,5%", "vs 3%" compare it: no move's end.
    const phrase = `${before[i - 1] ?? ""} ${before[i]}`;
    if (hedges.has(phrase) || COMPARING.has(before[i - 1] ?? "")) return undefined;
    if (words.from.includes(before[i]!) || words.previous?.includes(before[i]!)) return "from";
    if (words.to.includes(before[i]!) || words.level.includes(before[i]!)) return "to";
  }
  if (words.fromAfter?.length) {
    const after = wordsOf(clauseAfter(text, token.index + token.text.length), lang).slice(0, 2);
    if (after.some((w) => words.fromAfter!.includes(w))) return "from";
  }
  return undefined;
}
