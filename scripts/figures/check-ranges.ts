// A range in the deck's words must be one the article gives: each end found on its own passed
// "growth of 3–5%" for the article's "3–4% this year" with a 5% somewhere else. The article may join
// its ends by any of the ways a range is written ("3% to 4%", "between 3 and 4 percent", "3~4%").
import { alternatives, everyLanguage } from "../lang/languages.ts";
import { sameNumber } from "./compare-numbers.ts";
import { rangeJoined } from "./check-unit.ts";
import type { Quantity } from "./read-quantity.ts";
import { isYear } from "./date-like.ts";
import { prefixStart } from "./number-context.ts";

export interface UnmatchedRange {
  first: Quantity;
  last: Quantity;
  /** A range of the article that shares an end with it, as the article writes it, if there is one. */
  near?: string;
}

/** The deck's ranges (two numbers joined as one, not years) that the article does not give. */
export function unmatchedRanges(text: string, deck: Quantity[], article: { text: string; quantities: Quantity[] }): UnmatchedRange[] {
  const found: UnmatchedRange[] = [];
  let ranges: (readonly [Quantity, Quantity])[] | undefined;
  for (let i = 0; i + 1 < deck.length; i++) {
    const [first, last] = [deck[i]!, deck[i + 1]!];
    // "3-5%" reads as a day and month too ("27-1"); years ("2024-2025") are periods, held elsewhere.
    if (isYear(first.token) || isYear(last.token) || !rangeJoined(text, first.token, last.token)) continue;
    // "FTSE 100 -0.4%": a minus sign on the second number, spaced from a name's number, not a range.
    if (/^\s+[-−]$/u.test(text.slice(first.token.index + first.token.text.length, last.token.index))) continue;
    ranges ??= articleRanges(article);
    if (ranges.some(([x, y]) => same(first, x) && same(last, y))) continue;
    const shares = ranges.find(([x, y]) => same(first, x) || same(last, y));
    found.push({
      first,
      last,
      ...(shares ? { near: article.text.slice(prefixStart(article.text, shares[0].token), writtenEnd(article.text, shares[1])) } : {}),
    });
  }
  return found;
}

/** The article's ranges: two numbers in a row joined as a range. Years stand between the ends, not at them ("3.2% in 2024 and 3.3% in 2025"). */
function articleRanges(article: { text: string; quantities: Quantity[] }): (readonly [Quantity, Quantity])[] {
  const numbers = article.quantities.filter((q) => !isYear(q.token));
  const pairs = numbers.slice(0, -1).map((x, j) => [x, numbers[j + 1]!] as const);
  return pairs.filter(([x, y]) => looselyJoined(article.text, x, y));
}

/** Where a number's writing ends: past its scale word and a "%" ("70-72bn", "3 to 4%"). */
function writtenEnd(text: string, q: Quantity): number {
  const end = q.token.index + q.token.text.length + (q.scale?.written.length ?? 0);
  return end + (/^\s?[%％]/u.exec(text.slice(end))?.[0].length ?? 0);
}

const same = (deck: Quantity, article: Quantity) => sameNumber(deck.value, article.value) || sameNumber(deck.quantity, article.quantity);

let JOINS: RegExp | undefined;

/** Between the two numbers only what joins a range: a dash or tilde, a word for "to" or "and", units and signs. */
function looselyJoined(text: string, x: Quantity, y: Quantity): boolean {
  // "3.2% in 2024 and 3.3% in 2025": a year between the ends, with the word before it, says when each is.
  const gap = text
    .slice(x.token.index + x.token.text.length + (x.scale?.written.length ?? 0), y.token.index)
    .replace(/(?:\S+\s)?(?<!\p{Nd})(?:19|20)\d{2}(?!\p{Nd})/gu, " ");
  if (gap.length > 24) return false;
  JOINS ??= new RegExp(
    `^(?:[%％]|\\p{Sc}|\\s)*(?:[-‐‑–—~～〜]|${alternatives(everyLanguage((w) => [...w.units.rangeTo, ...w.units.rangeAnd]))})(?:\\s|\\p{Sc}|${alternatives(everyLanguage((w) => w.units.rangeArticles))})*$`,
    "iu",
  );
  return JOINS.test(gap);
}
