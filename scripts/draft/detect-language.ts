// Which language an article is written in, for a draft without --lang: franc (trigram statistics
// over the most spoken languages), its answer as a BCP 47 tag. franc's scores are relative (the best
// is 1): how sure it is is how far the runner-up is behind, and the draft says both.
import { francAll } from "franc-min";
import { iso6393 } from "iso-639-3";

export interface DetectedLanguage {
  lang: string;
  /** The next likeliest language with a two-letter tag, and its score against the best's 1. */
  runnerUp?: { lang: string; score: number };
}

const twoLetter = new Map(iso6393.flatMap((language) => (language.iso6391 ? [[language.iso6393, language.iso6391] as const] : [])));

/** The article's language, or undefined when franc cannot tell (too short, or no language it knows). */
export function detectLanguage(text: string): DetectedLanguage | undefined {
  const ranked = francAll(text)
    .map(([code, score]) => ({ lang: twoLetter.get(code), score }))
    .filter((entry): entry is { lang: string; score: number } => entry.lang !== undefined);
  const [best, next] = ranked;
  if (!best) return undefined;
  return { lang: best.lang, ...(next ? { runnerUp: next } : {}) };
}

/** "fr, detected (next: es at 0.81 of its score)": what the draft says it chose. */
export const detectedLine = (found: DetectedLanguage) =>
  `${found.lang}, detected in the article${found.runnerUp ? ` (next likeliest: ${found.runnerUp.lang}, scoring ${found.runnerUp.score.toFixed(2)} of its 1)` : ""}; --lang overrides`;
