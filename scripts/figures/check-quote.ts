// A quoted figure against its article: the quote is a verbatim span of the article (after NFC,
// white-space and quote-mark folding); the number in it that carries the figure's unit, read in the
// article's language, is |value|; the scale word the quote puts after it is the figure's scale; and
// the sign of value is the one the article gives, in a sign ("-3,07%") or in words ("giảm 17%").
import type { Figure } from "../model/briefing.ts";
import { closestPassage } from "./closest-passage.ts";
import { decimalsText, listNumbers, roundTo, sameNumber, showNumber } from "./compare-numbers.ts";
import { judgeNumber, restatedProblem, scaleProblem } from "./check-scale.ts";
import { findNumbers, type NumberToken } from "./read-numbers.ts";
import { directionInWords, directionOf, negativeWord, otherCurrency, unitForms, writtenAsPoints, writtenSign, writtenWith } from "./number-context.ts";
import { isCurrency } from "../format/format-figure.ts";
import { isIdeographic } from "../format/scale-words.ts";
import { findPassage } from "./normalize-text.ts";
import type { FigureProblem } from "./figure-problem.ts";

export interface Article {
  /** normalizeText of the article. */
  text: string;
  lang: string;
}

/** `labelLang`: the language of the figure's label (the deck's), read when the label carries the direction. */
export function checkQuote(figure: Figure, quote: string, article: Article, labelLang = article.lang): FigureProblem[] {
  const problems: FigureProblem[] = [];
  const at = findPassage(article.text, quote);
  if (at < 0) {
    problems.push({
      id: figure.id,
      field: "quote",
      message: `figure "${figure.id}": the quote «${quote}» is not in the article`,
      hint: notFoundHint(figure, quote, article),
    });
  }
  // Checked even when the quote is not found: a mistyped number is then reported as such too.
  // A digit glued to a word ("R1", "o1", "GPT-4") is part of a name, not a number of the quote.
  const tokens = findNumbers(quote, article.lang).filter((t) => !partOfName(quote, t));
  const numbers = tokens.map((t) => t.value);
  const expected = Math.abs(figure.value);
  const verdicts = tokens.map((t) => judgeNumber(t, figure, quote, article.lang, (n) => matches(n, expected, figure)));
  const supporting = tokens.filter((_, i) => verdicts[i]!.kind === "supports");
  if (supporting.length > 0) {
    const carrying = carriesUnit(figure, quote, tokens, supporting, article.lang);
    if (carrying.problem) return [...problems, carrying.problem];
    // The sign is read in the article, where the words before the quote can say it too.
    if (at >= 0) problems.push(...checkSign(figure, article, carrying.tokens.map((t) => ({ ...t, index: t.index + at })), labelLang));
    return problems;
  }
  const wrongScale = verdicts.find((v) => v.kind === "wrong-scale");
  const restated = verdicts.find((v) => v.kind === "restated");
  if (restated) {
    problems.push(restatedProblem(figure, restated.token, restated.found));
  } else if (wrongScale) {
    problems.push(scaleProblem(figure, wrongScale.token, wrongScale.found));
  } else {
    const has = numbers.length === 0 ? "the quote has no number" : `the quote has ${listNumbers(numbers)}`;
    const wanted = figure.approx
      ? `a number that rounds to ${showNumber(expected)} at ${decimalsText(figure.decimals)} (approx: true)`
      : `${showNumber(expected)} (|value|)`;
    problems.push({
      id: figure.id,
      field: "quote",
      message: `figure "${figure.id}": ${has}, expected ${wanted}`,
      hint:
        `quote the span where the article gives this number (in ${article.lang} it is written ` +
        `"${written(expected, figure.decimals, article.lang)}"), or correct value`,
    });
  }
  return problems;
}

/**
 * The numbers that may be the figure: when the quote writes a number with the figure's unit ("14,5%"
 * for unit "%"), only such numbers; a year elsewhere in the quote ("so với năm 2017") never is.
 */
function carriesUnit(
  figure: Figure, quote: string, tokens: NumberToken[], supporting: NumberToken[], lang: string,
): { tokens: NumberToken[]; problem?: FigureProblem } {
  if (figure.unit === undefined) return { tokens: supporting };
  const withUnit = inRanges(quote, tokens, tokens.filter((t) => writtenWith(quote, t, unitForms(figure.unit!, lang), lang)));
  // A number written with "%" is a percentage, and one written with another currency is in that
  // currency, whatever the figure says its unit is.
  const percent = (t: NumberToken) => figure.unit !== "%" && writtenWith(quote, t, unitForms("%", lang), lang);
  const currency = (t: NumberToken) => (isCurrency(figure.unit!) ? otherCurrency(quote, t, figure.unit!, lang) : undefined);
  const bound = withUnit.length > 0 ? supporting.filter((t) => withUnit.includes(t)) : supporting.filter((t) => !percent(t) && !currency(t));
  if (figure.unit === "%" && bound.length > 0 && bound.every((t) => writtenAsPoints(quote, t))) {
    return {
      tokens: [],
      problem: {
        id: figure.id,
        field: "unit",
        message: `figure "${figure.id}": the quote writes «${around(quote, bound[0]!)}», percentage points, but unit "%" would print a percentage`,
        hint: `set unit to the points the article means (e.g. unit: "điểm phần trăm" or unit: "pp")`,
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
      message: `figure "${figure.id}": the quote writes «${around(quote, carrier)}» with the unit ${unitText}, ` +
        `but value ${showNumber(figure.value)} is the number «${supporting[0]!.text}» there`,
      hint: withUnit.length > 0
        ? `set value to the number written with ${figure.unit} (${carrier.text} in the article's writing), or quote the span where the article writes ${showNumber(Math.abs(figure.value))} with ${figure.unit}`
        : `set unit: "%" if the figure is that percentage, or quote the span that holds the figure's own number`,
    },
  };
}

/** "2-3%", "$5-6 billion", "entre el 2 y el 3 %": both ends of a range carry the unit written on one. */
const RANGE = /^ ?(?:[-‐‑–—]|to|đến|tới|bis|à|a|y|and|und|et) ?(?:el |la |le |\p{Sc})?$/iu;

function inRanges(quote: string, tokens: NumberToken[], withUnit: NumberToken[]): NumberToken[] {
  const joined = (a: NumberToken, b: NumberToken) => RANGE.test(quote.slice(a.index + a.text.length, b.index));
  return tokens.filter((t, i) => withUnit.includes(t) ||
    (i > 0 && withUnit.includes(tokens[i - 1]!) && joined(tokens[i - 1]!, t)) ||
    (i + 1 < tokens.length && withUnit.includes(tokens[i + 1]!) && joined(t, tokens[i + 1]!)));
}

/** The sign of value against the article's: a written sign first, else the words around the number. */
function checkSign(figure: Figure, article: Article, candidates: NumberToken[], labelLang: string): FigureProblem[] {
  if (figure.value === 0) return [];
  if (figure.direction === "label") {
    if (figure.value > 0) return labelAgrees(figure, article, candidates, labelLang);
    return [{
      id: figure.id,
      field: "value",
      message: `figure "${figure.id}": direction: label says the label carries the direction, but value is negative (${showNumber(figure.value)})`,
      hint: `write value: ${showNumber(-figure.value)} and let the label say which way, or remove direction: label`,
    }];
  }
  const said = candidates.map((t) => ({ token: t, sign: signSaid(article, t) }));
  const negative = figure.value < 0;
  if (said.some((s) => s.sign === undefined || (s.sign.kind === "-") === negative)) return [];
  const { token, sign } = said[0]!;
  const words = around(article.text, token);
  const what = sign!.kind === "-" ? "a fall" : "a rise";
  return [{
    id: figure.id,
    field: "value",
    message: `figure "${figure.id}": the article writes «${words}», ${sign!.how === "sign" ? `a number with a ${sign!.kind === "-" ? "minus" : "plus"} sign` : what}, but value is ${showNumber(figure.value)}`,
    hint: `write value: ${showNumber(-figure.value)}` +
      (negative ? "" : `; or, to keep ${showNumber(figure.value)}, say the direction in the label and add direction: label`),
  }];
}

/** With direction: label, the label's own direction word must be the article's ("Tesla tăng" for "lao dốc 12%" is not). */
function labelAgrees(figure: Figure, article: Article, candidates: NumberToken[], labelLang: string): FigureProblem[] {
  const label = directionInWords(figure.label, labelLang);
  if (!label) return [];
  const said = candidates.map((t) => ({ token: t, sign: signSaid(article, t) })).filter((s) => s.sign !== undefined);
  const agrees = (kind: "-" | "+") => (kind === "-") === (label.direction === "fall");
  if (said.length === 0 || said.some((s) => agrees(s.sign!.kind))) return [];
  return [{
    id: figure.id,
    field: "label",
    message: `figure "${figure.id}": the label says «${label.word}», ${label.direction === "fall" ? "a fall" : "a rise"}, but the article writes «${around(article.text, said[0]!.token)}», ${said[0]!.sign!.kind === "-" ? "a fall" : "a rise"}`,
    hint: "say in the label the direction the article gives",
  }];
}

function signSaid(article: Article, token: NumberToken): { kind: "-" | "+"; how: "sign" | "words" } | undefined {
  const sign = writtenSign(article.text, token);
  if (sign) return { kind: sign, how: "sign" };
  if (negativeWord(article.text, token, article.lang)) return { kind: "-", how: "sign" };
  const direction = directionOf(article.text, token, article.lang);
  if (direction === "fall") return { kind: "-", how: "words" };
  if (direction === "rise") return { kind: "+", how: "words" };
  return undefined;
}

/** The clause around the number, at most a few words either side: «Tesla lao dốc 12%», «a 3% drop». */
function around(text: string, token: NumberToken): string {
  const end = token.index + token.text.length;
  // A clause starts after punctuation that ends one ("3.1" is no end) or after an opening bracket.
  const past = (mark: string) => { const i = text.lastIndexOf(mark, token.index); return i < 0 ? 0 : i + mark.length; };
  const start = Math.max(...[". ", "; ", ", ", "! ", "? ", "("].map(past));
  const before = text.slice(start, token.index).split(" ").slice(-4).join(" ").trimStart();
  const after = /^[^\s,.;:!?()]*(?: [^\s,.;:!?()]+)?/.exec(text.slice(end))![0];
  return before + token.text + after;
}

function partOfName(text: string, token: NumberToken): boolean {
  const before = text.slice(Math.max(0, token.index - 2), token.index);
  return /\p{L}[-‑]?$/u.test(before) && !isIdeographic(before.replace(/[-‑]$/, "").slice(-1));
}

/**
 * Exact: the number is |value|. Approximate (`approx: true`): the number, rounded to the decimals of
 * value, is |value| — "96,35%" supports a value of 96.4, but "gần 17%" does not support 16.9.
 */
function matches(n: number, expected: number, figure: Figure): boolean {
  return sameNumber(n, expected) || (figure.approx && sameNumber(roundTo(n, figure.decimals), expected));
}

function notFoundHint(figure: Figure, quote: string, article: Article): string {
  const copy = "Copy the quote from the article exactly; only white space and quote marks may differ";
  const passage = closestPassage(article.text, quote);
  // Within a third of the quote's length in edits, the passage is recognisably the one the author meant.
  if (passage && passage.distance <= quote.length / 3) return `did you mean: «${passage.text}»? ${copy}`;
  // Otherwise where the article gives the figure's number is the better lead, if it gives it at all.
  const expected = Math.abs(figure.value);
  const place = findNumbers(article.text, article.lang).find((t) => matches(t.value, expected, figure));
  if (place) {
    return `the article gives ${showNumber(expected)} here: «${surroundings(article.text, place.index, place.text.length)}». ${copy}`;
  }
  if (passage) return `the closest passage of the article is «${passage.text}». ${copy}`;
  return `nothing in the article is like this quote. ${copy}`;
}

/** About 40 characters either side of a span, cut at spaces. */
function surroundings(text: string, index: number, length: number): string {
  const from = text.lastIndexOf(" ", Math.max(0, index - 40));
  const to = text.indexOf(" ", Math.min(text.length, index + length + 40));
  return text.slice(from < 0 ? 0 : from + 1, to < 0 ? text.length : to);
}

function written(value: number, decimals: number, lang: string): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}
