// Which way the text says a number moved, all readers together: a sign written on it ("-3,07%"), a
// word that is its minus ("âm", "minus", "▲"), the words of its clause ("giảm 17%", "1.18%安"), and
// else the number it restates: "giảm 26,02 điểm, tương đương 2,1%" and "giảm 612,47 điểm (3,07%)" say
// the 2,1% and the 3,07% fell too, and "29.55ポイント（1.18%）安" says the 29.55 did.
import type { Direction } from "../lang/language.ts";
import { languageWords } from "../lang/languages.ts";
import { writtenSign } from "./number-context.ts";
import { directionOf, negativeWord } from "./read-direction.ts";
import { findNumbers, type NumberToken } from "./read-numbers.ts";

export interface DirectionSaid {
  direction: Direction | "level";
  /** "sign" when written on the number, "words" when its words say it. */
  how: "sign" | "words";
}

export function directionSaid(text: string, token: NumberToken, lang: string, link = true): DirectionSaid | undefined {
  const sign = writtenSign(text, token);
  if (sign) return { direction: sign === "-" ? "fall" : "rise", how: "sign" };
  if (negativeWord(text, token, lang)) return { direction: "fall", how: "sign" };
  const words = directionOf(text, token, lang);
  if (words) return { direction: words, how: "words" };
  if (!link) return undefined;
  const linked = restated(text, token, lang);
  const said = linked && directionSaid(text, linked, lang, false);
  // Only a move said in words is restated: "−R$ 43 bi (0,36% do PIB)" signs the amount, not its share.
  return said && said.direction !== "level" && said.how === "words" ? { direction: said.direction, how: "words" } : undefined;
}

/**
 * The number this one restates in another unit: the one before it across "(" or "(,) tương đương", or
 * the one after it in brackets ("29.55ポイント（1.18%）").
 */
function restated(text: string, token: NumberToken, lang: string): NumberToken | undefined {
  const words = languageWords(lang)?.direction.restate ?? [];
  const near = findNumbers(text.slice(Math.max(0, token.index - 60), token.index + token.text.length + 40), lang);
  const offset = Math.max(0, token.index - 60);
  const tokens = near.map((t) => ({ ...t, index: t.index + offset }));
  const at = tokens.findIndex((t) => t.index === token.index);
  const previous = tokens[at - 1];
  const next = tokens[at + 1];
  if (previous) {
    // Past the previous number's unit (one word, "%", a currency): a bracket or a comma, then only restating words.
    const gap = text.slice(previous.index + previous.text.length, token.index).replace(/^\s?(?:[%％]|[\p{L}\p{M}$€¥£]+\.?)?/u, "");
    const joined = /^\s*\(\s*[-+−]?$/u.exec(gap) ?? /^\s*（\s*[-+−]?$/u.exec(gap);
    // The comma may be left out: "638.45 अंक यानी 0.78 प्रतिशत", "64 سنتا أو 0.9 بالمئة".
    const comma = /^\s*[,،]?\s*(.*?)\s*$/u.exec(gap);
    if (joined || (comma && comma[1] !== "" && words.includes(comma[1]!.toLocaleLowerCase(lang)))) return previous;
  }
  if (next) {
    // Only a direction said after the bracket is both numbers': "612,40 € (-4,6 %)" is a level and its change.
    const gap = text.slice(token.index + token.text.length, next.index).replace(/^\s?(?:[%％]|[\p{L}\p{M}$€¥£]+\.?)?/u, "");
    // The bracket holds the number alone: "9조1834억원 (274.5% 증가)" says the move of the 274.5% only.
    const alone = /^[^\s()（）]{0,12}[)）]/u.test(text.slice(next.index + next.text.length));
    if (/^\s*[(（]\s*$/u.test(gap) && alone && !writtenSign(text, next) && !negativeWord(text, next, lang)) return next;
  }
  return undefined;
}
