// A quoted figure's scale against its article: "589 tỷ USD" is 589 billion, so `scale: million`, or
// no scale at all, would put a number on the slide a thousand times off. The word is read where the
// article writes it, after the quote's number, even when the quote stops at the number.
import type { Figure } from "../model/briefing.ts";
import type { Article } from "./check-quote.ts";
import type { FigureProblem } from "./figure-problem.ts";
import type { NumberToken } from "./read-numbers.ts";
import { scaleAfter } from "./scale-words.ts";

/**
 * `numbers` are the quote's numbers that equal |value|. A problem only when every one of them is
 * scaled otherwise than the figure says: a scale the article does not spell in words Intl knows
 * ("bn") is taken on the author's word.
 */
export function checkScale(figure: Figure, quote: string, numbers: NumberToken[], article: Article): FigureProblem[] {
  const at = article.text.indexOf(quote);
  const [text, offset] = at >= 0 ? [article.text, at] : [quote, 0];
  const written = numbers.map((n) => ({ n, found: scaleAfter(text, offset + n.index + n.text.length, article.lang) }));
  if (written.some(({ found }) => found === undefined || found.scale === figure.scale)) return [];
  const first = written[0];
  if (!first?.found) return []; // no number of the figure in the quote: check-quote reports that
  const { n, found } = first;
  return [{
    id: figure.id,
    field: "scale",
    message: `figure "${figure.id}": the article writes «${n.text}${found.written}», which is ${found.scale}; ` +
      (figure.scale ? `scale is ${figure.scale}` : "no scale is set"),
    hint: `set scale: ${found.scale} and keep value as the article writes the number (${n.text})`,
  }];
}
