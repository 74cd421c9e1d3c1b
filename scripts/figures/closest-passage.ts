// "did you mean: «…»" for a quote that is not in the article: the span of the article most like it.
// Approximate substring matching (Sellers, 1980): one edit-distance table row per article character,
// where a match may start anywhere for free; a matching character scores -1, an edit +1, and a span
// is offered only if it has more characters in common with the quote than edits. O(article × quote)
// time and O(quote) memory: a 50 KB article and a 100-character quote take some 20 ms, where
// comparing every window of the article with Levenshtein would take O(article × quote²).
import { distance } from "fastest-levenshtein";

export interface Passage {
  /** The span of the text, widened to whole words. */
  text: string;
  start: number;
  end: number;
  /** Levenshtein distance between the quote and the span before widening. */
  distance: number;
}

export function closestPassage(text: string, quote: string): Passage | undefined {
  const m = quote.length;
  if (m === 0 || text.length === 0) return undefined;
  // cost[i]: best score (edits minus matches) of quote[0, i) against a span of text ending here;
  // from[i]: where that span starts.
  let cost = new Int32Array(m + 1);
  let from = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  let best = { score: 0, start: 0, end: 0 };
  for (let j = 1; j <= text.length; j++) {
    const c = text.charCodeAt(j - 1);
    nextCost[0] = 0;
    nextFrom[0] = j;
    for (let i = 1; i <= m; i++) {
      // Match, substitute, skip a quote character, or skip a text character. A match earns a point:
      // with matches free, "Nvidia giảm 17%" would prefer "Nvidia giảm gần" (3 edits) over what the
      // author meant, "Nvidia giảm gần 17%" (4 edits, but 15 characters in common rather than 12).
      let value = (cost[i - 1] as number) + (quote.charCodeAt(i - 1) === c ? -1 : 1);
      let start = from[i - 1] as number;
      const skipQuote = (nextCost[i - 1] as number) + 1;
      if (skipQuote < value) [value, start] = [skipQuote, nextFrom[i - 1] as number];
      const skipText = (cost[i] as number) + 1;
      if (skipText < value) [value, start] = [skipText, from[i] as number];
      nextCost[i] = value;
      nextFrom[i] = start;
    }
    if ((nextCost[m] as number) < best.score) best = { score: nextCost[m] as number, start: nextFrom[m] as number, end: j };
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
  }
  if (best.end === 0) return undefined;
  const { start, end } = wholeWords(text, best.start, best.end);
  return { text: text.slice(start, end), start, end, distance: distance(quote, text.slice(best.start, best.end)) };
}

/** Widens a span to word boundaries, so the hint never shows "…ảm 612,4…" (at most 30 characters each way). */
function wholeWords(text: string, start: number, end: number): { start: number; end: number } {
  const limit = 30;
  let s = start;
  while (s > 0 && start - s < limit && !/\s/.test(text[s - 1] as string)) s--;
  let e = end;
  while (e < text.length && e - end < limit && !/\s/.test(text[e] as string)) e++;
  return { start: s, end: e };
}
