// The few words the deck itself writes, from the deck's language file (scripts/lang/, beside the
// words the figure check reads: one language, one file). A language without a file gets English
// words with its own number and date formatting, and the build says so once (uiFallbackNote).
import { en } from "../lang/en.ts";
import type { UiWords } from "../lang/language.ts";
import { languageWords, languagesWithWords } from "../lang/languages.ts";

export type UiStrings = UiWords;

export function uiStrings(lang: string): UiStrings {
  return languageWords(lang)?.ui ?? en.ui;
}

/** What a deck in a language without a file is told, once: its own words are English. */
export function uiFallbackNote(lang: string): string[] {
  if (languageWords(lang)) return [];
  return [
    `no word file for "${lang}" (there are ${languagesWithWords.join(", ")}): the deck's own words (sources slide, handout) are in English`,
  ];
}
