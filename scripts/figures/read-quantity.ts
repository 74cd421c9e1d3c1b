// What a number in running text says, read with the figure check's own readers: its value, the scale
// word after it, whether it is a percentage, percentage points or an amount of a currency, which way
// its words say it moved, and whose it is. The text check reads the deck's numbers and the article's
// alike and compares what they say, not only their digits.
import type { Direction } from "../lang/language.ts";
import { everyLanguage, languageWords, languageWordSet } from "../lang/languages.ts";
import { isCurrency } from "../format/format-figure.ts";
import type { WrittenScale } from "../format/scale-words.ts";
import { inRanges, rangeJoined } from "./check-unit.ts";
import { COMMON_CURRENCIES, unitForms, writtenAsPoints, writtenWith } from "./number-context.ts";
import { levelVia, moveAfter, namedRate } from "./read-direction.ts";
import { levelEnding } from "./move-reach.ts";
import { directionSaid } from "./direction-said.ts";
import type { Endpoint } from "./endpoints.ts";
import { markMoveEnds } from "./move-ends.ts";
import { scaleOf, type NumberToken } from "./read-numbers.ts";
import { namesIn, type Names } from "./names.ts";
import { scopeAt, type Scope } from "./sentences.ts";
import { dateLike } from "./date-like.ts";
import { type Basis, basisOf } from "./basis.ts";
import { subjectsIn } from "./subjects.ts";

export interface Quantity {
  token: NumberToken;
  value: number;
  /** value × the scale word's magnitude: "70.027 tỷ" is 7.0027 × 10¹³. */
  quantity: number;
  scale?: WrittenScale;
  percent: boolean;
  /** Percentage points ("0,25 điểm phần trăm", "1.5 pp"). */
  points: boolean;
  /** Basis points, a hundredth of a percentage point. */
  basis: boolean;
  /** Points of no stated kind ("recul de 0,6 point", "612,47 điểm"). */
  indexPoints: boolean;
  /** An ISO code, when a currency is written with the number. */
  currency?: string;
  /** What its words or its sign say: a fall, a rise, or a level ("xuống còn", "auf"). */
  direction?: Direction | "level";
  /** For a level, the move that reached it: "giảm xuống còn 19.341" is reached by a fall. */
  via?: Direction;
  /** Its sign is written on it or is a word straight before it ("-3,07%", "âm 0,5%", "▲12"), not said by a verb. */
  signed?: true;
  /**
   * Named a rate of change ("상승률은 2.0%로", "inflation"): a rise or fall of its own, by its name and
   * its sign, and a level the rate may have moved to.
   */
  rate?: Direction;
  /**
   * The rate's own move when the number is the level it moved to: "growth slowed to 4.6%" is a level
   * reached by a fall, and a rise of 4.6% of what grows.
   */
  rateMove?: Direction;
  /** A word of change stands between the rate's name and the number ("inflation rose 3.2%"): the move is the rate's, not its own. */
  rateMoved?: true;
  /** The word it counts, lower-cased, when it is written with no %, points or currency ("3 bậc", "5 Monaten"). */
  noun?: string;
  /** Written as a day, a month or a year ("27/1", "4月21日", "tháng 10", "2025"). */
  date: boolean;
  /** The article's names of its clause or sentence (see subjects.ts). */
  subjects: string[];
  /** The article's names of its whole sentence. */
  sentenceSubjects: string[];
  /** In a "respectively" sentence, the one name the order gives it. */
  respectively?: string[];
  /** What its change is measured against, where its words say: a year earlier or the period before (basis.ts). */
  against?: Basis;
  /**
   * A move's start that a rate stood at ("…, dari 1,84% pada September 2024"): the rate's own move in
   * the period before, which a deck may state of that period.
   */
  stood?: Direction;
  /** Of a from-and-to pair ("from 4.2% to 4.5%"), which end it is (endpoints.ts). */
  endpoint?: Endpoint;
  /** Its clause and sentence, where the subjects were read (see subjects.ts for the words only a deck makes names). */
  scope: Scope;
}

/** `deck`: the deck's text, whose subject is read in the number's own clause only. */
export function readQuantities(text: string, tokens: NumberToken[], lang: string, names: Names, deck = false): Quantity[] {
  const percents = new Set(
    inRanges(
      text,
      tokens,
      tokens.filter((t) => writtenWith(text, t, unitForms("%", lang), lang)),
    ),
  );
  /** Rates that stand at their number with no move said: their direction is the rate's, no move's. */
  const standing = new Set<NumberToken>();
  const read = tokens.map((token): Quantity => {
    const scale = scaleOf(text, token, lang);
    const points = writtenAsPoints(text, token);
    const currency = currencyOf(text, token, lang);
    const date = dateLike(text, token, lang);
    // A rate of change is a percentage, its points, or a bare number before one ("von 2,5 auf 2,2
    // Prozent"): not "siete décimas", nor "growth" before "$5 billion".
    const named =
      !currency && !scale && !date && (percents.has(token) || points || bareBeforePercent(text, tokens, token, percents))
        ? namedRate(text, token, lang)
        : undefined;
    const rate = named?.direction;
    const after = named ? moveAfter(text, token, lang) : undefined;
    // "물가상승률 0.4%p 낮아진": points right after a rate's name are the rate's move, said after them
    // (not where a word of change stands between: "Inflation fell 0.3 points more than expected").
    const pointsMove = points && named && !named.moved ? after : undefined;
    const said = pointsMove ? { direction: pointsMove, how: "words" as const } : directionSaid(text, token, lang);
    // "상승률은 2.0%로 낮아졌다": a rate named before its number, which a level ending makes the level
    // the rate moved to, by the move after it (its name alone read it as a rise).
    const rateLevel = rate !== undefined && said?.direction !== "level" && levelEnding(text, token, lang);
    const via = said?.direction === "level" || rateLevel ? levelVia(text, token, lang) : undefined;
    // "Inflation was 2.4%", "Tăng trưởng tín dụng đạt 13,4%": a rate of growth that stands at 13.4%,
    // where no move reached it, is a rise of 13.4%.
    const rateStands = (said === undefined || said.direction === "level") && rate !== undefined && !via;
    if (rateStands) standing.add(token);
    const direction = rateLevel && via ? "level" : rateStands ? rate : said?.direction;
    // A rate that stands below zero is the other move of its own ("growth of minus 0.5%" is a fall).
    const own = rate && said?.how === "sign" && said.direction === "fall" ? flip(rate) : rate;
    // "0.25%포인트", "0.25%p": points written with a percent sign are still points.
    const percent = percents.has(token) && !points;
    const noun =
      percent || points || currency ? undefined : nounAfter(text, token.index + token.text.length + (scale?.written.length ?? 0), lang);
    return {
      token,
      value: token.value,
      quantity: scale ? token.value * scale.magnitude : token.value,
      ...(scale ? { scale } : {}),
      percent,
      points,
      indexPoints: !points && measuredInPoints(text, token, lang),
      basis: points && inBasisPoints(text, token, lang),
      ...optional("currency", currency),
      ...optional("direction", direction),
      ...optional("via", direction === "level" ? via : undefined),
      ...optional("rate", own),
      // "Enflasyon yüzde 48,58 yükseldi", "インフレ率は2.3%上昇した": the verb after the number moves the rate too.
      ...optional("rateMoved", named && (named.moved || after !== undefined) ? (true as const) : undefined),
      ...optional("rateMove", direction === "level" && via ? own : undefined),
      ...optional("signed", said?.how === "sign" || undefined),
      ...optional("noun", noun),
      ...optional("against", date ? undefined : basisOf(text, token, lang)),
      // A date or a year belongs to no one ("ngày 27/1", "the 27 January session").
      date,
      ...subjectsOf(scopeAt(text, token.index, deck), date, names, deck),
    };
  });
  // "$70–72bn", "$70 to $72 billion": the scale word at one end of a range scales both.
  read.forEach((q, i) => {
    const next = read[i + 1];
    // "utile 2024 a 5,26 mld": a year is no end of a range.
    if (q.scale || !next?.scale || q.date || !rangeJoined(text, q.token, next.token)) return;
    q.scale = next.scale;
    q.quantity = q.value * next.scale.magnitude;
  });
  pairRespectively(text, read, lang, names);
  markMoveEnds(text, read, lang, standing);
  // "tăng 1,2%, lên 19.341 điểm": a level in a clause of its own is reached by the move before it.
  read.forEach((q, i) => {
    const previous = read[i - 1];
    if (q.direction !== "level" || q.via || !previous || (previous.direction !== "fall" && previous.direction !== "rise")) return;
    // "De inflatie daalde van 3,7 procent naar 3,3 procent": the 3,7 is the rate's, not a move to the 3,3.
    if (standing.has(previous.token)) return;
    const gap = text.slice(previous.token.index + previous.token.text.length, q.token.index);
    // "tăng 1,2%, lên 19.341", "rose 1.2% to close at 19,341.43": a few words after the move, no other number.
    if (gap.length < 30 && /^[^.;!?\p{N}]*$/u.test(gap) && /^[%％]?[^\p{L}]*(?:[\p{L}\p{M}'’]+ ?){0,4}$/u.test(gap.replace(/,/g, "")))
      q.via = previous.direction;
  });
  return read;
}

/** A number with no unit, a few words before a percentage in its clause: "von 2,5 auf 2,2 Prozent", "z 2,9 do 2,8 proc.". */
function bareBeforePercent(text: string, tokens: NumberToken[], token: NumberToken, percents: Set<NumberToken>): boolean {
  const next = tokens[tokens.indexOf(token) + 1];
  if (!next || !percents.has(next)) return false;
  const gap = text.slice(token.index + token.text.length, next.index);
  return /^\s(?:[\p{L}'’]+\s){1,3}$/u.test(gap) || /^[-–~]$/u.test(gap);
}

const flip = (direction: Direction): Direction => (direction === "rise" ? "fall" : "rise");

function optional<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
}

/** The deck's text names its subjects in the number's clause, every capitalised word of the article's counting. */
function subjectsOf(scope: Scope, date: boolean, names: Names, deck: boolean): Pick<Quantity, "subjects" | "sentenceSubjects" | "scope"> {
  if (date)
    return { subjects: [], sentenceSubjects: [], scope: { clause: "", sentence: "", lead: "", near: "", nearStart: 0, nearEnd: 0 } };
  if (!deck) return { subjects: subjectsIn(scope, names), sentenceSubjects: namesIn(scope.sentence, names), scope };
  // The deck's own capitals count, but a word that starts its text ("Xuất khẩu sang EU", "El IBEX") only
  // when the clause names no one else ("Vingroup tăng 6,9%").
  const solid = subjectsIn(scope, names, true);
  const first = /^\P{L}*(\p{L}[\p{L}\p{M}]*)/u.exec(scope.clause)?.[1];
  // Never a word that links ("La inflación se moderó al 2,8%": "La" is an article, not a name).
  const links = linkWords(names.lang);
  const all = (word: string) => (solid.length === 0 || word !== first) && !links.has(word.toLocaleLowerCase(names.lang));
  return { subjects: subjectsIn(scope, names, true, all), sentenceSubjects: namesIn(scope.sentence, names, all), scope };
}

/** The language's words that link a number to its subject ("the", "la", "die", "of"), lower-cased. */
const linkWords = (lang: string) => languageWordSet(lang, "links", (w) => w.draft.links ?? []);

function inBasisPoints(text: string, token: NumberToken, lang: string): boolean {
  BASIS_WORDS ??= everyLanguage((w) => w.units.basisPoints);
  return writtenWith(text, token, BASIS_WORDS, lang, "after");
}
let BASIS_WORDS: string[] | undefined;

/** What kind of number it is, for telling a rival's number: "%", "pp", "amount" (money or a scale word: "1.450 millones"), or "". */
export const kindOf = (q: Quantity) => (q.percent ? "%" : q.points ? "pp" : q.currency || q.scale ? "amount" : "");

/** Written with a word for points ("points", "điểm", "Punkte"). */
function measuredInPoints(text: string, token: NumberToken, lang: string): boolean {
  POINT_WORDS ??= everyLanguage((w) => w.units.indexPoints);
  return writtenWith(text, token, POINT_WORDS, lang);
}
let POINT_WORDS: string[] | undefined;

/**
 * "Vietcombank, BIDV và MB lần lượt tăng 5%, 7% và 9%", "Apple and Amazon rose 1.1% and 0.6%
 * respectively": the names before the first number pair with the numbers of its kind, in order, when
 * there are as many of each.
 */
function pairRespectively(text: string, read: Quantity[], lang: string, names: Names): void {
  const words = languageWords(lang)?.direction.respectively ?? [];
  if (words.length === 0) return;
  const bySentence = new Map<string, Quantity[]>();
  for (const q of read) if (!q.date) bySentence.set(q.scope.sentence, [...(bySentence.get(q.scope.sentence) ?? []), q]);
  for (const [sentence, quantities] of bySentence) {
    if (!words.some((w) => sentence.toLocaleLowerCase(lang).includes(w))) continue;
    const first = quantities[0]!;
    const kind = kindOf(first);
    const numbers = quantities.filter((q) => kindOf(q) === kind);
    const start = text.lastIndexOf(sentence, first.token.index);
    const named = namesIn(text.slice(Math.max(start, 0), first.token.index), names, () => true);
    if (numbers.length < 2 || named.length !== numbers.length) continue;
    numbers.forEach((q, k) => (q.respectively = [named[k]!]));
  }
}

/** The word after a number, lower-cased: what it counts, if it counts anything. */
function nounAfter(text: string, end: number, lang: string): string | undefined {
  const word = /^ (\p{L}[\p{L}\p{M}]*)/u.exec(text.slice(end, end + 40))?.[1]?.toLocaleLowerCase(lang);
  // "20 tăng, 7 giảm": a word for a move, a level or a filler is no counted thing.
  const words = languageWords(lang)?.direction;
  const notCounted =
    words &&
    [words.fall, words.rise, words.level, words.filler, words.fallAfter, words.riseAfter].some((list) => list.includes(word ?? ""));
  return notCounted ? undefined : word;
}

const anyCurrencyCache = new Map<string, string[]>();

/** Every form of every common currency in the language, one list, so that most numbers need one look. */
function anyCurrency(lang: string): string[] {
  let forms = anyCurrencyCache.get(lang);
  if (!forms) {
    forms = [...new Set(COMMON_CURRENCIES.flatMap((code) => unitForms(code, lang)))];
    anyCurrencyCache.set(lang, forms);
  }
  return forms;
}

function currencyOf(text: string, token: NumberToken, lang: string): string | undefined {
  const scale = scaleOf(text, token, lang);
  const end = token.index + token.text.length + (scale?.written.length ?? 0);
  const code = /^ ?(\p{Lu}{3})(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 5))?.[1];
  const written = code && isCurrency(code) ? code : undefined;
  // Most numbers have no currency: one look at every form before asking which.
  if (!writtenWith(text, token, anyCurrency(lang), lang)) return written;
  // Codes, symbols and names, Intl's and the language files' ("đồng", "円", "euros"); after the number first: "1ドル145円" is 145 yen.
  return (
    COMMON_CURRENCIES.find((c) => writtenWith(text, token, unitForms(c, lang), lang, "after")) ??
    COMMON_CURRENCIES.find((c) => writtenWith(text, token, unitForms(c, lang), lang)) ??
    written
  );
}
