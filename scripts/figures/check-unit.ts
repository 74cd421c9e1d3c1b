// Which number of a quote is the figure: the one written with the figure's unit ("14,5%" for unit
// "%", "$589 billion" and "589 tỷ USD" for USD), never a year beside it; a number written in another
// currency, or in percentage points, is named as such.
import type { Figure } from "../model/briefing.ts";
import { isCurrency } from "../format/format-figure.ts";
import { indexPointsWritten, otherCurrency, pointsWritten, unitForms, writtenAsPoints, writtenWith } from "./number-context.ts";
import { around } from "./read-direction.ts";
import { showNumber } from "./compare-numbers.ts";
import type { FigureProblem } from "./figure-problem.ts";
import { findNumbers, scaleOf, type NumberToken } from "./read-numbers.ts";
import type { WrittenScale } from "../format/scale-words.ts";
import { alternatives, everyLanguage, languageWords } from "../lang/languages.ts";
import type { UnitWords } from "../lang/language.ts";

/**
 * The numbers that may be the figure: when the quote writes a number with the figure's unit ("14,5%"
 * for unit "%"), only such numbers; a year elsewhere in the quote ("so với năm 2017") never is.
 */
export function carriesUnit(
  figure: Figure,
  quote: string,
  tokens: NumberToken[],
  supporting: NumberToken[],
  lang: string,
): { tokens: NumberToken[]; problem?: FigureProblem } {
  if (figure.unit === undefined) return { tokens: supporting };
  const withUnit = inRanges(
    quote,
    tokens,
    tokens.filter((t) => writtenWith(quote, t, unitForms(figure.unit!, lang), lang)),
  );
  // A number written with "%" is a percentage, and one written with another currency is in that
  // currency, whatever the figure says its unit is.
  const percent = (t: NumberToken) =>
    figure.unit !== "%" && writtenWith(quote, t, unitForms("%", lang), lang) && !writtenAsPoints(quote, t);
  const currency = (t: NumberToken) => (isCurrency(figure.unit!) ? otherCurrency(quote, t, figure.unit!, lang) : undefined);
  // "%" and currencies are written on their number; a word unit may be understood from another
  // ("411 of the 650 seats"), so there only numbers written in another unit are ruled out.
  const strict = withUnit.length > 0 && (figure.unit === "%" || isCurrency(figure.unit));
  const bound = strict ? supporting.filter((t) => withUnit.includes(t)) : supporting.filter((t) => !percent(t) && !currency(t));
  if (figure.unit === "%" && bound.length > 0 && bound.every((t) => writtenAsPoints(quote, t))) {
    return {
      tokens: [],
      problem: {
        id: figure.id,
        field: "unit",
        message: `figure "${figure.id}": the quote writes «${around(quote, bound[0]!)}», percentage points, but unit "%" would print a percentage`,
        hint: `set unit: "${pointsWritten(quote, bound[0]!)}", the points the article writes`,
      },
    };
  }
  // "bajó los tipos en 0,25 puntos": points of some kind, and a slide printing -0.25% would say a percentage.
  const bare = figure.unit === "%" && bound.length > 0 && bound.every((t) => !writtenWith(quote, t, unitForms("%", lang), lang));
  const pointsWord = bare ? indexPointsWritten(quote, bound[0]!, lang) : undefined;
  if (pointsWord) {
    return {
      tokens: [],
      problem: {
        id: figure.id,
        field: "unit",
        message: `figure "${figure.id}": the quote writes «${around(quote, bound[0]!)}», points, but unit "%" would print a percentage`,
        hint: `set unit: "${pointsWord}", the points the article writes`,
      },
    };
  }
  const points = pointsKind(figure.unit, lang);
  const otherWords = points ? pointWords(points === "basis" ? "points" : "basis", lang) : [];
  const other = bound.find((t) => otherWords.length > 0 && writtenWith(quote, t, otherWords, lang, "after"));
  if (points && other) {
    // "8 Basispunkte" with unit "Prozentpunkte" would print a hundred times the article's move.
    const [theirs, yours] = points === "basis" ? ["percentage points", "basis points"] : ["basis points", "percentage points"];
    const written = otherWords[0]!;
    return {
      tokens: [],
      problem: {
        id: figure.id,
        field: "unit",
        message: `figure "${figure.id}": the quote writes «${around(quote, other)}», ${theirs}, but unit "${figure.unit}" would print ${yours}: ${points === "basis" ? "a hundredth of" : "a hundred times"} what the article says`,
        hint: `set unit: "${written}", the ${theirs} the article writes`,
      },
    };
  }
  if (bound.length > 0) return { tokens: bound };
  const foreign = supporting.map(currency).find((c) => c !== undefined);
  if (withUnit.length === 0 && foreign) {
    return {
      tokens: [],
      problem: {
        id: figure.id,
        field: "unit",
        message: `figure "${figure.id}": the quote writes «${around(quote, supporting[0]!)}» in ${foreign}, but unit is ${figure.unit}`,
        hint: `set the unit the article writes, or quote the span where it gives the number in ${figure.unit}`,
      },
    };
  }
  const carrier = withUnit[0] ?? supporting[0]!;
  const unitText = withUnit.length > 0 ? figure.unit : "%";
  return {
    tokens: [],
    problem: {
      id: figure.id,
      field: "value",
      message:
        `figure "${figure.id}": the quote writes «${around(quote, carrier)}» with the unit ${unitText}, ` +
        `but value ${showNumber(figure.value)} is the number «${supporting[0]!.text}» there`,
      hint:
        withUnit.length > 0
          ? `set value to the number written with ${figure.unit} (${carrier.text} in the article's writing), or quote the span where the article writes ${showNumber(Math.abs(figure.value))} with ${figure.unit}`
          : `set unit: "%" if the figure is that percentage, or quote the span that holds the figure's own number`,
    },
  };
}

/** "2-3%", "$5-6 billion", "3 to 3.25 percent": both ends of a range carry the unit written on one. */
const words = (pick: (w: UnitWords) => string[]) => alternatives(everyLanguage((w) => pick(w.units)));
const BEFORE_NUMBER = `(?:(?:${words((u) => u.rangeArticles)}) |\\p{Sc})?`;
const RANGE = new RegExp(`^ ?(?:[-‐‑–—～〜]|${words((u) => u.rangeTo)}) ?${BEFORE_NUMBER}$`, "iu");
/** "and" joins a range only after "between": "entre el 2 y el 3 %", not "4.4% in 2024 and 3.4%". */
const AND = new RegExp(`^ (?:${words((u) => u.rangeAnd)}) ${BEFORE_NUMBER}$`, "iu");
const BETWEEN = new RegExp(`(?:${words((u) => u.between)}) ${BEFORE_NUMBER}$`, "iu");

/** The scale word of a number or, at a range's first end, of its last: "$5-6 billion" is 5 billion too. */
export function scaleInRange(text: string, token: NumberToken, lang: string): WrittenScale | undefined {
  const own = scaleOf(text, token, lang);
  if (own) return own;
  const end = token.index + token.text.length;
  const first = findNumbers(text.slice(end, end + 30), lang)[0];
  if (!first) return undefined;
  const next = { ...first, index: first.index + end };
  return rangeJoined(text, token, next) ? scaleOf(text, next, lang) : undefined;
}

/** Two numbers are the ends of one range: "5-7", "3 to 3.25", "between 2 and 3". */
export function rangeJoined(text: string, a: NumberToken, b: NumberToken): boolean {
  const gap = text.slice(a.index + a.text.length, b.index);
  return RANGE.test(gap) || (AND.test(gap) && BETWEEN.test(text.slice(Math.max(0, a.index - 12), a.index)));
}

export function inRanges(quote: string, tokens: NumberToken[], withUnit: NumberToken[]): NumberToken[] {
  const joined = (a: NumberToken, b: NumberToken) => rangeJoined(quote, a, b);
  return tokens.filter(
    (t, i) =>
      withUnit.includes(t) ||
      (i > 0 && withUnit.includes(tokens[i - 1]!) && joined(tokens[i - 1]!, t)) ||
      (i + 1 < tokens.length && withUnit.includes(tokens[i + 1]!) && joined(t, tokens[i + 1]!)),
  );
}

/** Whether a unit is basis points or percentage points in the language's words, or neither. */
function pointsKind(unit: string, lang: string): "basis" | "points" | undefined {
  const lower = unit.toLocaleLowerCase(lang);
  const words = languageWords(lang)?.units;
  if (!words) return undefined;
  if (words.basisPoints.some((w) => w.toLocaleLowerCase(lang) === lower)) return "basis";
  if (words.points.some((w) => w.toLocaleLowerCase(lang) === lower)) return "points";
  return undefined;
}

/** The language's words for basis points, or for percentage points that are not basis points. */
function pointWords(kind: "basis" | "points", lang: string): string[] {
  const words = languageWords(lang)?.units;
  if (!words) return [];
  const basis = new Set(words.basisPoints.map((w) => w.toLocaleLowerCase(lang)));
  return kind === "basis" ? words.basisPoints : words.points.filter((w) => !basis.has(w.toLocaleLowerCase(lang)));
}
