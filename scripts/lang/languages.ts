// The languages whose words are read, by BCP 47 language ("de-AT" reads de). Adding a language is a
// file beside this one and a line here.
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { ja } from "./ja.ts";
import type { LanguageWords } from "./language.ts";
import { ko } from "./ko.ts";
import { pt } from "./pt.ts";
import { ru } from "./ru.ts";
import { vi } from "./vi.ts";
import { zh } from "./zh.ts";
import { nl } from "./nl.ts";
import { pl } from "./pl.ts";
import { tr } from "./tr.ts";
import { id } from "./id.ts";
import { ar } from "./ar.ts";
import { hi } from "./hi.ts";

const LANGUAGES: Record<string, LanguageWords> = { vi, en, de, fr, es, ja, pt, it, zh, ru, ko, nl, pl, tr, id, ar, hi };

const byTag = new Map<string, LanguageWords | undefined>();

export function languageWords(lang: string): LanguageWords | undefined {
  if (!byTag.has(lang)) byTag.set(lang, LANGUAGES[new Intl.Locale(lang).language]);
  return byTag.get(lang);
}

const wordSets = new Map<string, Set<string>>();

/** One of the language's word lists as a lower-cased set, made once a language and list ("links", "joins"). */
export function languageWordSet(lang: string, list: string, pick: (words: LanguageWords) => string[]): Set<string> {
  const key = `${lang}\u0000${list}`;
  let set = wordSets.get(key);
  if (!set) {
    const words = languageWords(lang);
    set = new Set((words ? pick(words) : []).map((w) => w.toLocaleLowerCase(lang)));
    wordSets.set(key, set);
  }
  return set;
}

/** A list of every language's words: what a deck or an article may write, whatever its language. */
export function everyLanguage(pick: (words: LanguageWords) => string[]): string[] {
  return [...new Set(Object.values(LANGUAGES).flatMap(pick))].sort((a, b) => b.length - a.length);
}

/** A text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Alternatives of a pattern that match the words as written, longest first. */
export const alternatives = (words: string[]) => words.map(escapeRegExp).join("|");

/** Languages that have words, for messages. */
export const languagesWithWords = Object.keys(LANGUAGES);
