// The languages whose words are read, by BCP 47 language ("de-AT" reads de). Adding a language is a
// file beside this one and a line here.
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { ja } from "./ja.ts";
import type { LanguageWords } from "./language.ts";
import { vi } from "./vi.ts";

const LANGUAGES: Record<string, LanguageWords> = { vi, en, de, fr, es, ja };

export function languageWords(lang: string): LanguageWords | undefined {
  return LANGUAGES[new Intl.Locale(lang).language];
}

/** Languages that have words, for messages. */
export const languagesWithWords = Object.keys(LANGUAGES);
