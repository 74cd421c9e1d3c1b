// A quote slide puts words in someone's mouth: they must be the article's words. Checked with the
// tolerance of figure quotes (white space, quote marks, case at the start) and without Markdown
// emphasis; an ellipsis ("…", "...", "[…]") leaves words out, and the pieces must then stand in the
// article in order. A deck in another language quotes the article's words in `original:`.
import type { Problem } from "../errors.ts";
import { fieldName } from "../errors.ts";
import type { Locate } from "../model/briefing.ts";
import type { QuoteToCheck } from "../model/text-fields.ts";
import { closestPassage } from "./closest-passage.ts";
import { findPassage, normalizeText } from "./normalize-text.ts";
import { visibleText } from "./visible-text.ts";

const ELLIPSIS = /\s*(?:\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\)|…|\.\.\.)\s*/u;
/** Quote marks around the whole quote are the author's, not the speaker's. */
const OUTER_MARKS = /^["'“”„‟″«»‘’]+|["'“”„‟″«»‘’]+$/gu;

export function checkQuoteSlides(quotes: QuoteToCheck[], article: string, file: string, locate: Locate): Problem[] {
  return quotes.flatMap((quote): Problem[] => {
    const words = normalizeText(visibleText(quote.text)).replace(OUTER_MARKS, "").trim();
    const missing = missingPiece(article, words);
    if (missing === undefined) return [];
    const at = locate(quote.path);
    const passage = closestPassage(article, missing);
    const close = passage && passage.distance <= missing.length / 3 ? `did you mean: «${passage.text}»? ` : "";
    return [
      {
        file,
        ...(at ? { line: at.line, column: at.column } : {}),
        field: fieldName(quote.path),
        message: `the quoted words «${missing}» are not in the article${missing === words ? "" : " as quoted"}`,
        hint: quote.translatedWithoutOriginal
          ? "the deck is in another language than the article: keep the translation in quote: and give the article's own words in original:"
          : `${close}a quote slide shows the article's words: copy them exactly (white space, quote marks and **emphasis** may differ; mark words left out with …, keeping at least ${MIN_PIECE_WORDS} words a piece, close together)`,
      },
    ];
  });
}

/** Words left out with "…" may not turn a sentence round: each piece keeps a few words, close to the last. */
const MIN_PIECE_WORDS = 3;
const MAX_GAP = 400;

/**
 * The first piece of the quote that the article does not have after the pieces before it, or that
 * is too short to be the speaker's words; undefined when every piece is there.
 */
function missingPiece(article: string, quote: string): string | undefined {
  // The quote's own closing full stop or comma may stand where the article's sentence goes on.
  const pieces = quote
    .split(ELLIPSIS)
    .map((p) =>
      p
        .replace(OUTER_MARKS, "")
        .trim()
        .replace(/[.,;]$/u, ""),
    )
    .filter(Boolean);
  if (pieces.length === 0) return quote;
  let from = 0;
  for (const [i, piece] of pieces.entries()) {
    if (pieces.length > 1 && piece.split(" ").length < MIN_PIECE_WORDS) return piece;
    const at = findPassage(article.slice(from), piece);
    if (at < 0 || (i > 0 && at > MAX_GAP)) return piece;
    from += at + piece.length;
  }
  return undefined;
}
