// A quoted figure against its article: the quote is a verbatim span of the article (after NFC,
// white-space and quote-mark folding); the number in it that carries the figure's unit, read in the
// article's language, is |value|; the scale word the quote puts after it is the figure's scale; and
// the sign of value is the one the article gives, in a sign ("-3,07%") or in words ("giảm 17%").
import type { Figure } from "../model/briefing.ts";
import { closestPassage } from "./closest-passage.ts";
import { decimalsText, listNumbers, roundTo, sameNumber, showNumber } from "./compare-numbers.ts";
import { judgeNumber, restatedProblem, scaleProblem } from "./check-scale.ts";
import { findNumbers, numberWriting, splitRuns, type NumberToken, type SplitRun } from "./read-numbers.ts";
import { carriesUnit } from "./check-unit.ts";
import { checkSign } from "./check-sign.ts";
import { quoteEdgeProblem } from "./check-quote-edges.ts";
import { gluedToWord } from "./number-context.ts";
import { findPassage } from "./normalize-text.ts";
import { namedSide, opposedWords, wordsAround } from "./opposite-words.ts";
import { directionSaid } from "./direction-said.ts";
import { scopeAt } from "./sentences.ts";
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
  const read = findNumbers(quote, article.lang).filter((t) => !gluedToWord(quote, t));
  // "4,2" in en is neither 4 nor 2: its pieces support no figure, and the quote says why.
  const tokens = read.filter((t) => !t.split);
  const numbers = tokens.map((t) => t.value);
  const expected = Math.abs(figure.value);
  const verdicts = tokens.map((t) => judgeNumber(t, figure, quote, article.lang, (n) => matches(n, expected, figure)));
  const supporting = tokens.filter((_, i) => verdicts[i]!.kind === "supports");
  if (supporting.length > 0) {
    const carrying = carriesUnit(figure, quote, tokens, supporting, article.lang);
    if (carrying.problem) return [...problems, carrying.problem];
    const edge = at >= 0 ? quoteEdgeProblem(figure, quote, carrying.tokens, at, article) : undefined;
    if (edge) return [...problems, edge];
    // The sign is read in the article, where the words before the quote can say it too.
    if (at >= 0) {
      const placed = carrying.tokens.map((t) => ({ ...t, index: t.index + at }));
      problems.push(...checkSign(figure, article, placed, labelLang));
      const opposite = opposedLabel(figure, article, placed, labelLang);
      if (opposite) problems.push(opposite);
    }
    return problems;
  }
  const wrongScale = verdicts.find((v) => v.kind === "wrong-scale");
  const restated = verdicts.find((v) => v.kind === "restated");
  if (restated) {
    problems.push(restatedProblem(figure, restated.token, restated.found));
  } else if (tokens.length < read.length && !wrongScale) {
    problems.push(splitProblem(figure, splitRuns(quote, read)[0]!, article.lang));
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
 * A label that names the opposite of what the article calls the number ("Profit" for its "net loss"),
 * in one language; or names what the article does and makes it negative ("Net profit" at -400 for
 * "a net profit of $400 million").
 */
function opposedLabel(figure: Figure, article: Article, placed: NumberToken[], labelLang: string): FigureProblem | undefined {
  if (new Intl.Locale(labelLang).language !== new Intl.Locale(article.lang).language) return undefined;
  const clause = scopeAt(article.text, placed[0]!.index).clause;
  const around = wordsAround(article.text, placed[0]!, article.lang);
  const moved = directionSaid(article.text, placed[0]!, article.lang)?.direction;
  const unmoved = moved === undefined || moved === "level";
  const side = namedSide(figure.label, article.lang);
  if (side === "positive" && figure.value < 0 && unmoved && namedSide(around, article.lang) === "positive") {
    return {
      id: figure.id,
      field: "value",
      message: `figure "${figure.id}": the label and the article both call the number a ${figure.label.trim()}, but value is negative (${showNumber(figure.value)}), which says its opposite: «${clause.trim()}»`,
      hint: `write value: ${showNumber(-figure.value)}`,
    };
  }
  const opposed = opposedWords(figure.label, around, article.lang);
  // "영업이익" at -1,200억 for the article's "영업손실 1,200억": a negative profit is the loss; not so
  // for a move ("Operating profit change" at -20% for "losses widened by 20%").
  if (!opposed || (opposed.minePositive && figure.value < 0 && unmoved)) return undefined;
  return {
    id: figure.id,
    field: "label",
    message: `figure "${figure.id}": the label says «${opposed.mine}», but the article calls the number «${opposed.theirs}», its opposite: «${clause.trim()}»`,
    hint: `name it as the article does («${opposed.theirs}»)`,
  };
}

/**
 * Exact: the number is |value|. Approximate (`approx: true`): the number, rounded to the decimals of
 * value, is |value| — "96,35%" supports a value of 96.4, but "gần 17%" does not support 16.9.
 */
function matches(n: number, expected: number, figure: Figure): boolean {
  return sameNumber(n, expected) || (figure.approx && sameNumber(roundTo(n, figure.decimals), expected));
}

/** A quote whose number is written as its language does not write one ("4,2" in en): which number it means is not known. */
function splitProblem(figure: Figure, run: SplitRun, lang: string): FigureProblem {
  return {
    id: figure.id,
    field: "quote",
    message: `figure "${figure.id}": the quote writes «${run.text}», which is no number as ${lang} writes numbers (${numberWriting(lang)}): it is read as neither ${run.pieces.map((p) => p.text).join(" nor ")}`,
    hint: `quote a span where the article writes the number as ${lang} does, or, if the whole article writes its numbers as another language does, give that language in source.lang`,
  };
}

function notFoundHint(figure: Figure, quote: string, article: Article): string {
  const copy = "Copy the quote from the article exactly; only white space and quote marks may differ";
  const passage = closestPassage(article.text, quote);
  // Within a third of the quote's length in edits, the passage is recognisably the one the author meant.
  if (passage && passage.distance <= quote.length / 3) return `did you mean: «${passage.text}»? ${copy}`;
  // Otherwise where the article gives the figure's number is the better lead, if it gives it at all.
  const expected = Math.abs(figure.value);
  const place = findNumbers(article.text, article.lang).find((t) => !t.split && matches(t.value, expected, figure));
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
