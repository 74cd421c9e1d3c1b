// A quote read alone may stop where its number's words go on: "$5.2" of "$5.2 billion", "0.25%" of
// "0.25%포인트", "수출은 587" of "587억 달러", "5.2 billion" of "$5.2 billion" for a figure in euros.
// The quote passes, and the slide prints a billionth, or a percentage for points, or the wrong
// currency. The number is read once more in the article, past the quote's ends; where the article's
// words change what it is, the quote must hold them. A count may still end its quote at the number
// to say a word is no scale ("hiện có 6" of "6 tỷ phú", six billionaires); an amount of money may not.
import type { Figure } from "../model/briefing.ts";
import { isCurrency } from "../format/format-figure.ts";
import { COMMON_CURRENCIES, indexPointsWritten, otherCurrency, pointsWritten, unitForms, writtenWith } from "./number-context.ts";
import type { NumberToken } from "./read-numbers.ts";
import { scaleInRange } from "./check-unit.ts";
import type { FigureProblem } from "./figure-problem.ts";
import type { Article } from "./check-quote.ts";
import { everyLanguage } from "../lang/languages.ts";

/**
 * The quote's `tokens` (the numbers that carry the figure, at their place in the quote) read again at
 * `at`, where the quote stands in the article: a problem if the article's words past the quote's ends
 * make the number another scale, points, a percentage or another currency.
 */
export function quoteEdgeProblem(
  figure: Figure,
  quote: string,
  tokens: NumberToken[],
  at: number,
  article: Article,
): FigureProblem | undefined {
  const { text, lang } = article;
  const quoteEnd = at + quote.length;
  for (const token of tokens) {
    const there = { ...token, index: token.index + at };
    const scale = scaleInRange(text, there, lang);
    const quoteScale = scaleInRange(quote, token, lang);
    const numberEnd = there.index + there.text.length + (scale?.written.length ?? 0);
    const what =
      scale && scale.magnitude !== (quoteScale?.magnitude ?? 1) && figure.unit !== undefined && isCurrency(figure.unit)
        ? `its scale word «${scale.written.trim()}»`
        : (pointsWritten(text, there) !== undefined && pointsWritten(quote, token) === undefined) ||
            (figure.unit === "%" &&
              indexPointsWritten(text, there, lang) !== undefined &&
              indexPointsWritten(quote, token, lang) === undefined)
          ? "its points"
          : figure.unit !== "%" &&
              writtenWith(text, there, unitForms("%", lang), lang) &&
              !writtenWith(quote, token, unitForms("%", lang), lang)
            ? "its percent sign"
            : currencyOutside(figure, quote, token, there, article);
    if (what === undefined) continue;
    const whole = text.slice(Math.min(at, wordStart(text, there.index)), Math.max(quoteEnd, unitEnd(text, numberEnd, lang)));
    return {
      id: figure.id,
      field: "quote",
      message: `figure "${figure.id}": the quote «${quote}» leaves out ${what}, which the article writes with the number: «${whole.trim()}»`,
      hint: `quote the number whole, as the article writes it: «${whole.trim()}»`,
    };
  }
  return undefined;
}

/** A currency the article writes on the number, outside the quote, that is not the figure's: "$" before "5.2 billion". */
function currencyOutside(figure: Figure, quote: string, token: NumberToken, there: NumberToken, article: Article): string | undefined {
  if (figure.unit === undefined || !isCurrency(figure.unit)) return undefined;
  const theirs = otherCurrency(article.text, there, figure.unit, article.lang);
  if (theirs === undefined || otherCurrency(quote, token, figure.unit, article.lang) !== undefined) return undefined;
  return `its currency «${theirs}»`;
}

/** Where the word the number starts in begins: the "$" of "$5.2", the "US" of "US$5.2". */
function wordStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
  return start;
}

/** Past what the article writes glued to the number and its scale ("억원", "%포인트") and a unit word after a space ("euros", "percentage points", "달러"). */
function unitEnd(text: string, end: number, lang: string): number {
  let at = end + /^[^\s\p{Nd},.;:!?()[\]]*/u.exec(text.slice(end))![0].length;
  const points = pointsWritten(text, { text: "", index: end, value: 0 });
  if (points !== undefined) return Math.max(at, end + text.slice(end).indexOf(points) + points.length);
  // A unit word a space on: "euros", "%" ("3,25 %"), "Prozent", "puntos".
  const next = /^[ \u00a0\u202f]([^\s,.;:!?()[\]]+)/u.exec(text.slice(at));
  const units = [
    ...COMMON_CURRENCIES.flatMap((code) => unitForms(code, lang)),
    ...unitForms("%", lang),
    ...everyLanguage((w) => w.units.indexPoints),
  ].map((f) => f.toLocaleLowerCase(lang));
  if (next && units.some((form) => form !== "" && next[1]!.toLocaleLowerCase(lang).startsWith(form))) at += next[0].length;
  return at;
}
