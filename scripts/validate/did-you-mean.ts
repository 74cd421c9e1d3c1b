// "did you mean" for misspelt layouts, keys and figure ids.
import { closest, distance } from "fastest-levenshtein";

/** The closest candidate, when it is close enough to be a plausible typo. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  // "Billion" is "billion", not the nearer-by-letters "million".
  const sameButCase = candidates.find((c) => c.toLowerCase() === word.toLowerCase());
  if (sameButCase) return sameButCase;
  const best = closest(word, [...candidates]);
  return distance(word.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

export function didYouMean(word: string, candidates: readonly string[], listAll = true): string {
  const best = suggest(word, candidates);
  if (best) return `did you mean "${best}"?`;
  return listAll ? `expected one of: ${candidates.join(", ")}` : "";
}
