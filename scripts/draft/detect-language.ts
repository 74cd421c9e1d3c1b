// Which language an article is written in, for a draft without --lang: franc (trigram statistics
// over the most spoken languages), its answer as a BCP 47 tag. franc's scores are relative (the best
// is 1): how sure it is is how far the runner-up is behind, and the draft says both.
import { francAll } from "franc-min";
import { iso6393To1 } from "iso-639-3";
import { languageWords } from "../lang/languages.ts";

export interface DetectedLanguage {
  lang: string;
  /** The next likeliest language with a two-letter tag, and its score against the best's 1. */
  runnerUp?: { lang: string; score: number };
}

/**
 * franc's ISO 639-3 code as the tag Intl knows: its two-letter code where it has one, else CLDR's
 * alias, which Intl applies ("cmn", Mandarin, is "zh"; "arb" is "ar"; "pes" is "fa"), else the code
 * itself when Intl has its locale ("ceb"). Mandarin, Standard Arabic and Persian have no two-letter
 * code of their own (theirs is their macrolanguage's): left out, a Chinese article was drafted as English.
 */
function tagOf(code: string): string | undefined {
  const twoLetter = iso6393To1[code];
  if (twoLetter) return twoLetter;
  try {
    const [canonical] = Intl.getCanonicalLocales(code);
    return canonical && Intl.NumberFormat.supportedLocalesOf([canonical]).length > 0 ? canonical : undefined;
  } catch {
    return undefined; // not a language code ("und")
  }
}

/** The article's language, or undefined when franc cannot tell (too short, or no language it knows). */
export function detectLanguage(text: string): DetectedLanguage | undefined {
  const ranked = francAll(text)
    .map(([code, score]) => ({ lang: tagOf(code), score }))
    .filter((entry): entry is { lang: string; score: number } => entry.lang !== undefined);
  if (ranked.length === 0) return undefined;
  // Languages franc scores within a hundredth of each other it cannot tell apart (a short Russian
  // article scored Bulgarian 1, Russian 0.996): the one whose words are read is taken, and said.
  const tied = ranked.filter((entry) => entry.score >= ranked[0]!.score * TIED);
  const best = tied.find((entry) => languageWords(entry.lang) !== undefined) ?? ranked[0]!;
  const next = ranked.find((entry) => entry !== best);
  return { lang: best.lang, ...(next ? { runnerUp: next } : {}) };
}

/** Scores this close to the best are a tie. */
const TIED = 0.99;

/** "fr, detected (next: es at 0.81 of its score)": what the draft says it chose. */
export const detectedLine = (found: DetectedLanguage) =>
  `${found.lang}, detected in the article${found.runnerUp ? ` (next likeliest: ${found.runnerUp.lang}, scoring ${found.runnerUp.score.toFixed(2)} of its 1)` : ""}; --lang overrides`;
