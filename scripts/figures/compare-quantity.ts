// A number of the deck against the article's numbers of the same value: it must be one of them with
// the same unit, the same scale, the same direction, the same side (profit or loss), the same end of a
// move (from or to) and the same subject. The verdict names the first of these where every candidate
// differs, with the candidate that came closest; then, in a script without capitals, the parallel
// clause of another subject (contrast-subjects.ts), and the words that name what it measures
// (measure-words.ts), must not be another number's only.
import { sameNumber } from "./compare-numbers.ts";
import { findPeriods, type Period } from "./periods.ts";
import { kindOf, type Quantity } from "./read-quantity.ts";
import type { Names } from "./names.ts";
import { givesTo, type Owned } from "./subjects.ts";
import { withAliases } from "./names.ts";
import { opposedWords, wordsAround } from "./opposite-words.ts";
import { measureConflict, measureWords } from "./measure-words.ts";
import { type Contrast, contrastConflict, uncased } from "./contrast-subjects.ts";

export type Verdict =
  | { kind: "stated" }
  | { kind: "absent" }
  | { kind: MismatchKind; article: Quantity }
  /** The deck names its number by a word the article writes only of its other numbers (measure-words.ts). */
  | { kind: "measure"; article: Quantity; word: string }
  /** In a script without capitals, the deck names its number by the words of another clause of its sentence (contrast-subjects.ts). */
  | { kind: "contrast"; article: Quantity; contrast: Contrast };

export type MismatchKind = "unit" | "scale" | "sign" | "opposite" | "level" | "endpoint" | "basis" | "subject";

export interface Context {
  /** What the numbers count, when deck and article are in one language: the words the article writes after a number. */
  nouns?: Set<string>;
  /** When deck and article are in one language: it, and both texts, whose words around each number name it a profit or a loss (opposite-words.ts). */
  same?: { lang: string; deck: string; article: string };
  names: Names;
  /** For each name, the numbers the article gives it (read-article.ts). */
  owners: ReadonlyMap<string, Owned[]>;
}

type Agrees = (deck: Quantity, article: Quantity, context: Context) => boolean;

const STAGES: { kind: MismatchKind; agrees: Agrees }[] = [
  { kind: "unit", agrees: (deck, article, context) => sameUnit(deck, article) && sameNoun(deck, article, context.nouns) },
  { kind: "scale", agrees: sameScale },
  // A move, or the move that reached a level ("giảm xuống còn"), must be the article's. A rate's own
  // sign and the move of the rate to that level are two things: "상승률은 2.0%로" (prices rose 2.0%)
  // and "0.4%p 낮아진 2.0%" (the rate fell to 2.0%) say both of one number.
  {
    kind: "sign",
    agrees: (deck, article, context) =>
      !move(deck) ||
      !move(article) ||
      move(deck) === move(article) ||
      rateAndLevel(deck, article) ||
      rateAndLevel(article, deck) ||
      ratesOwnMove(deck, article) ||
      negated(deck, article, context),
  },
  // "profit of $16.6 billion" for the article's "net loss of $16.6 billion": the opposite thing.
  { kind: "opposite", agrees: (deck, article, context) => !opposite(deck, article, context) },
  // "giảm 19.341 điểm" for the article's "xuống còn 19.341 điểm": a change where the article gives a level.
  {
    kind: "level",
    agrees: (deck, article, context) =>
      !isChange(deck.direction) ||
      article.direction !== "level" ||
      // "Tăng trưởng tín dụng 13,4%", "growth of 4.6%": the rate's own move, not a move of the rate
      // ("inflation rose 3.2%" moves the rate by 3.2).
      (deck.direction === deck.rate && !deck.rateMoved) ||
      ratesOwnMove(deck, article) ||
      startsOwnPeriod(deck, article, context) ||
      negated(deck, article, context),
  },
  // "fall from 4.5% to 4.2%" for the article's "rise to 4.5% from 4.2%": a start where the article has an end.
  { kind: "endpoint", agrees: (deck, article) => !deck.endpoint || !article.endpoint || deck.endpoint === article.endpoint },
  // "0.4% year on year" for the article's "0.4% month on month": another change of the same prices.
  { kind: "basis", agrees: (deck, article) => !deck.against || !article.against || deck.against === article.against },
  { kind: "subject", agrees: sameSubject },
];

export function compareQuantity(deck: Quantity, article: Quantity[], context: Context): Verdict {
  let candidates = article.filter((a) => sameNumber(a.value, deck.value) || sameNumber(a.quantity, deck.quantity) || sameInPoints(deck, a));
  if (candidates.length === 0) return { kind: "absent" };
  const dropped: { kind: MismatchKind; article: Quantity }[] = [];
  for (const stage of STAGES) {
    const kept = candidates.filter((a) => stage.agrees(deck, a, context));
    if (kept.length === 0) {
      // "Euro Stoxx 50 −0,9 %" for its "+0,9 %", beside the ECB's 0,9 %: the number of the deck's own
      // subject, dropped for its sign, is the one to name, not the ECB's, which a fix would then copy.
      const own = stage.kind !== "subject" ? undefined : dropped.find((d) => sameSubject(deck, d.article, context));
      return own ?? { kind: stage.kind, article: candidates[0]! };
    }
    for (const a of candidates) if (!kept.includes(a)) dropped.push({ kind: stage.kind, article: a });
    candidates = kept;
  }
  const same = context.same;
  // "مؤشر أبوظبي يرتفع 0.7%" where the article's 0.7% is Dubai's, in the clause before Abu Dhabi's 0.3%.
  if (same && !deck.date && uncased(same.article)) {
    const conflicts = candidates.map((a) => contrastConflict({ text: same.deck, token: deck.token }, a, article, same.article, same.lang));
    if (conflicts.every((c) => c !== undefined)) return { kind: "contrast", article: candidates[0]!, contrast: conflicts[0]! };
  }
  // "Revenue grew 3.2%" where the article's 3.2% is same-store sales and "revenue" another number's.
  if (same && !deck.date) {
    const mine = measureWords(same.deck, deck.token, same.lang, context.names);
    if (mine.length > 0) {
      const conflicts = candidates.map((a) => measureConflict(mine, a, article, same, context.names));
      if (conflicts.every((word) => word !== undefined)) return { kind: "measure", article: candidates[0]!, word: conflicts[0]! };
    }
  }
  return { kind: "stated" };
}

/** "30 điểm cơ bản" is the article's "0,3 điểm phần trăm", and the other way round. */
const sameInPoints = (deck: Quantity, article: Quantity) =>
  deck.points &&
  article.points &&
  deck.basis !== article.basis &&
  sameNumber(deck.basis ? deck.value : deck.value * 100, article.basis ? article.value : article.value * 100);

const isChange = (d: Quantity["direction"]) => d === "fall" || d === "rise";

/** What the words right around each number call it, when they call them opposites ("profit" and "net loss"). */
export function opposedAround(deck: Quantity, article: Quantity, context: Context) {
  const same = context.same;
  // A year is nobody's profit: "万科2024年净利润" names the year before the profit.
  return same && !deck.date && !article.date
    ? opposedWords(
        wordsAround(same.deck, deck.token, same.lang, deck.currency ?? ""),
        wordsAround(same.article, article.token, same.lang, article.currency ?? ""),
        same.lang,
      )
    : undefined;
}

/**
 * "Operating profit: −$355 million" for the article's "net loss of $355 million": a negative amount of
 * the opposite, written with its sign (where "lỗ" is also a fall, the article's number may be one).
 */
const negated = (deck: Quantity, article: Quantity, context: Context) =>
  deck.signed === true &&
  deck.direction === "fall" &&
  article.direction !== "rise" &&
  opposedAround(deck, article, context)?.minePositive === true;

/** The deck calls the number what the article calls its opposite, and not as a negative amount of it ("영업이익 -1,200억" for "영업손실 1,200억"). */
const opposite = (deck: Quantity, article: Quantity, context: Context) =>
  opposedAround(deck, article, context) !== undefined && !negated(deck, article, context);
/**
 * One side names a rate (its sign is the rate's), the other a level the rate moved to; not two levels
 * reached by opposite moves ("enflasyon yüzde 48,58'e yükseldi" for "… geriledi").
 */
const rateAndLevel = (rate: Quantity, level: Quantity) =>
  rate.rate !== undefined &&
  level.direction === "level" &&
  !(rate.direction === "level" && rate.via !== undefined && level.via !== undefined && rate.via !== level.via);
/**
 * "소비자물가 2.0% 상승" for "상승률은 2.0%로 낮아졌다": prices rose 2.0%, the rate of their rise fell to
 * it; and the other way, "wage growth slowed to 0.3%" for "earnings rose 0.3%".
 */
const ratesOwnMove = (deck: Quantity, article: Quantity) =>
  // Not "inflation rose 3.2%" for "inflation eased to 3.2%": a word of change there moves the rate.
  (article.rateMove !== undefined && deck.direction === article.rateMove && !(deck.rate !== undefined && deck.rateMoved)) ||
  (deck.rateMove !== undefined && article.direction === deck.rateMove);
/**
 * "Harga konsumen naik 1,84% pada September 2024" for the article's "inflasi … melandai ke 1,71%, dari
 * 1,84% pada September 2024": the rate's start, stated as its move in the period the article gives it.
 */
function startsOwnPeriod(deck: Quantity, article: Quantity, context: Context): boolean {
  const same = context.same;
  if (!same || article.stood === undefined || deck.direction !== article.stood || (deck.rate !== undefined && deck.rateMoved)) return false;
  const theirs = new Set(periodAfter(same.article, article, same.lang).map((p) => p.key));
  return theirs.size > 0 && findPeriods(deck.scope.clause, same.lang).some((p) => theirs.has(p.key));
}

/** The periods named right after a number, in its clause ("1,84% yoy pada September 2024"). */
export function periodAfter(text: string, q: Quantity, lang: string): Period[] {
  const end = q.token.index + q.token.text.length;
  return findPeriods(text.slice(end, end + 60).split(/[,;。，；]|[.!?](?:\s|$)/u)[0]!, lang);
}

const move = (q: Quantity) => (isChange(q.direction) ? q.direction : q.via);

/** "năm bậc" is not the article's "3 bậc" though it has a 5 elsewhere ("5 năm"): a counted word must be the same word. */
function sameNoun(deck: Quantity, article: Quantity, nouns?: Set<string>): boolean {
  if (!nouns || !deck.noun || !nouns.has(deck.noun)) return true;
  // "Dow loses 1.2 points" for the article's "or 1.2%": a counted word where the article has a percentage.
  if (article.percent && !deck.percent) return false;
  if (!article.noun) return true;
  const [a, b] = [deck.noun, article.noun];
  return a.startsWith(b) || b.startsWith(a) || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
}

function sameUnit(deck: Quantity, article: Quantity): boolean {
  if (deck.percent && !article.percent) return false;
  // An amount of money or a scaled amount is no percentage ("4.2兆円" is not the article's "4.2%").
  if (article.percent && (deck.currency || deck.scale)) return false;
  // "0,6 point de pourcentage" for the article's "un recul de 0,6 point": points either way.
  if (deck.points && !article.points && !article.indexPoints) return false;
  if (article.points && deck.percent) return false;
  // "Nikkei up 2.2 points" for the article's "up 2.2%": points are no percentage either way.
  if (deck.indexPoints && article.percent && !article.indexPoints) return false;
  // "8 Prozentpunkte" for the article's "8 Basispunkte" is a hundred times it (converted, it is sameInPoints).
  if (deck.points && article.points && deck.basis !== article.basis && sameNumber(deck.value, article.value)) return false;
  return !deck.currency || !article.currency || deck.currency === article.currency;
}

/** A scale word in the deck must make the article's quantity ("70.027 triệu" is not "70.027 tỷ"). */
function sameScale(deck: Quantity, article: Quantity): boolean {
  if (deck.scale) return sameNumber(deck.quantity, article.quantity);
  // A bare number may leave the article's scale unsaid ("lãi 70.027" for "70.027 tỷ"), or spell the whole quantity;
  // an amount of money may not: "5.480 €" for the article's "5.480 millones de euros" is a millionth of it.
  if (deck.currency && article.scale && !sameNumber(deck.value, article.quantity)) return false;
  return sameNumber(deck.value, article.value) || sameNumber(deck.value, article.quantity) || sameInPoints(deck, article);
}

/** The deck's names must be whom the article gives the number to, when it names anyone (see subjects.ts). */
function sameSubject(deck: Quantity, article: Quantity, context: Context): boolean {
  // A "respectively" sentence gives each number one name: the deck's (or the deck's pairing) must be it.
  if (article.respectively && deck.subjects.length > 0) {
    const mine = deck.respectively ?? deck.subjects;
    return withAliases(mine, context.names).some((name) => article.respectively!.includes(name));
  }
  return (
    article.scope.clause === "" ||
    givesTo(article.scope, deck.subjects, context.names, [], { owners: context.owners, value: article.value, kind: kindOf(article) })
  );
}
