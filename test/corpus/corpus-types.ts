// The shape of a language's truth corpus: pairs of an article passage and what a deck says of it,
// in the styles of real news. Honest pairs must pass the figure check; slips must fail it.
import type { Scale } from "../../scripts/model/briefing.ts";

/** What a slip gets wrong. */
export type SlipKind = "sign" | "scale" | "subject" | "unit" | "number-words" | "period" | "value";

/** A number in the deck's own words (a bullet, a title, a caption) against the article passage. */
export interface TextPair {
  /** One to three sentences as the article writes them. */
  article: string;
  /** The deck's text, plain, as an author types it in a bullet (no {{marks}}). */
  deck: string;
  /** Optional: why this pair is interesting. */
  note?: string;
}

/** A figure of briefing.yaml against the article passage. */
export interface FigurePair {
  article: string;
  figure: {
    value: number;
    unit?: string;
    scale?: Scale;
    label: string;
    /** A verbatim span of `article`. */
    quote: string;
    approx?: boolean;
    direction?: "label";
  };
  note?: string;
}

export type Slip<T> = T & { kind: SlipKind };

/**
 * `known`: a pair the check still gets wrong, with the reason; the corpus test expects it to stay
 * wrong, so that mending it means removing the mark (and the README counts it as not yet caught).
 */
export type Known = { known?: string };

export interface LanguageCorpus {
  /** BCP 47: the language of the article and of the deck. */
  lang: string;
  honest: { text: (TextPair & Known)[]; figures: (FigurePair & Known)[] };
  slips: { text: (Slip<TextPair> & Known)[]; figures: (Slip<FigurePair> & Known)[] };
}
