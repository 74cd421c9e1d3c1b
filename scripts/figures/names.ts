// The names of an article: a name is a capitalised word the article itself writes as a name: one it
// never writes in lower case (so "Lợi nhuận" at a sentence's start is no name), and in German, where
// every noun is capitalised, one it never writes after an article ("die Exporte") unless it is written
// in capitals ("die EU"). Months, weekdays, currencies, units and measures ("GDP") are no names. Names in
// scripts without capitals (kanji, kana) are not read.
import { isCurrency } from "../format/format-figure.ts";
import { scaleWords } from "../format/scale-words.ts";
import { unitForms } from "./number-context.ts";
import { escapeRegExp, languageWords } from "../lang/languages.ts";
import { paragraphBreaks } from "./normalize-text.ts";

const LETTER = "[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{M}]";
// A word with a digit in it ("R1", "Q3") is a product or a period, not a subject: the lookahead keeps it whole.
const WORD = new RegExp(`(?<!${LETTER}|\\p{N})${LETTER}+(?:[-&’'][\\p{L}]${LETTER}*)*(?!${LETTER}|\\p{N})`, "gu");
/** A determiner before the noun, with up to two adjectives between ("die deutschen Exporte"). */
const afterDeterminer = (before: string, determiners: string[]) => {
  const words = before
    .trimEnd()
    .split(/[\s("„]+/u)
    .slice(-3);
  return words.some((word, k) => determiners.includes(word.toLowerCase()) && words.slice(k + 1).every((w) => /^\p{Ll}/u.test(w)));
};
export interface Names {
  /** The article's names, as written. */
  names: Set<string>;
  /**
   * Capitalised words the article writes only at a sentence's start and never in lower case
   * ("Citigroup's profit rose 16%."): names when the deck writes them too, since a common word there
   * ("Lợi nhuận tăng 5%.") would otherwise make every sentence name someone.
   */
  maybe: Set<string>;
  /** Other names the article gives the same subject: "Techcombank (mã: TCB)", "Europäische Union" for "EU". */
  aliases: Map<string, Set<string>>;
  lang: string;
}

export function articleNames(text: string, lang: string): Names {
  const determiners = languageWords(lang)?.nounDeterminers;
  const lower = new Set<string>();
  const afterArticle = new Set<string>();
  const capitalised = new Set<string>();
  const initial = new Set<string>();
  const starts = sentenceStarts(text);
  for (const m of wordsIn(text)) {
    const word = m.word;
    if (!/^\p{Lu}/u.test(word)) {
      lower.add(word.toLocaleLowerCase(lang));
      continue;
    }
    // A word that only ever starts a sentence may be any word ("Lợi nhuận", "Nach China").
    if (/^[IVXLCDM]+$/u.test(word) || word.length < 2) continue; // a Roman numeral ("quý III"), a letter ("U.S.")
    if (/\p{N}[\s\u00a0]?$/u.test(text.slice(Math.max(0, m.start - 2), m.start))) continue; // a unit: "87,7 Punkten"
    // A possessive ("Citigroup's profit") is a name even at a sentence's start.
    const possessive = /^['’]s?(?!\p{L})/u.test(text.slice(m.index + word.length, m.index + word.length + 3));
    // The article before a compound is its last part's ("das Ifo-Geschäftsklima"): "Ifo" stands on its own.
    if (starts.has(m.index) && !shouting(word) && !possessive) {
      initial.add(word);
      continue;
    }
    capitalised.add(word);
    if (determiners && m.head && afterDeterminer(text.slice(Math.max(0, m.start - 40), m.start), determiners)) afterArticle.add(word);
  }
  const skip = notSubjects(lang);
  const isName = (word: string) =>
    !isCurrency(word) &&
    !skip.has(word.toLocaleLowerCase(lang)) &&
    !MEASURES.has(word.toUpperCase()) &&
    (shouting(word) || (!lower.has(word.toLocaleLowerCase(lang)) && !afterArticle.has(word)));
  const names = new Set([...capitalised].filter(isName));
  const maybe = new Set([...initial].filter((w) => !names.has(w) && isName(w)));
  const aliases = aliasesIn(text);
  // "ECB" for the article's "European Central Bank": the initials of a name the article writes are its name too.
  for (const [acronym, words] of aliases) if (/^\p{Lu}{2,4}$/u.test(acronym) && [...words].some((w) => names.has(w))) names.add(acronym);
  return { names, maybe, aliases, lang };
}

/**
 * A ticker or a short name in brackets after a name ("Techcombank (mã: TCB)", "Banco Santander (SAN)"),
 * and an acronym of words the article writes ("Europäischen Union" for "EU"): the same subject.
 */
function aliasesIn(text: string): Map<string, Set<string>> {
  const aliases = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    aliases.set(a, (aliases.get(a) ?? new Set()).add(b));
    aliases.set(b, (aliases.get(b) ?? new Set()).add(a));
  };
  for (const m of text.matchAll(/(\p{Lu}[\p{L}\p{M}&-]+) \((?:[^()]{0,20}?[:：] ?)?(\p{Lu}{2,5})\)/gu)) link(m[1]!, m[2]!);
  const acronyms = new Set([...text.matchAll(/(?<!\p{L})\p{Lu}{2,4}(?!\p{L})/gu)].map((m) => m[0]));
  const capitals = [...text.matchAll(/(?<!\p{L})\p{Lu}[\p{Ll}\p{M}]+/gu)];
  // Three or four letters, a word of their own the text never writes in lower case ("Fed"; not "The",
  // "New", "Bank"): longer ones are names of their own ("Apple", "Applied Materials").
  const lower = new Set(text.match(/(?<!\p{L})\p{Ll}[\p{Ll}\p{M}]*/gu) ?? []);
  const shortForms = new Set(capitals.map((m) => m[0]).filter((w) => w.length >= 3 && w.length <= 4 && !lower.has(w.toLowerCase())));
  for (let i = 0; i < capitals.length; i++) {
    for (let n = 2; n <= 4 && i + n <= capitals.length; n++) {
      const run = capitals.slice(i, i + n);
      // Consecutive words, a space apart: "Europäischen Union", "Federal Reserve".
      if (run.some((m, k) => k > 0 && m.index !== run[k - 1]!.index + run[k - 1]![0].length + 1)) break;
      const initials = run.map((m) => m[0][0]).join("");
      if (acronyms.has(initials)) for (const m of run) link(initials, m[0]);
      // Three words or more make an acronym a deck may write though the article does not ("ECB" for
      // "European Central Bank"), standing for the words the article writes only in that name: the
      // "Bank" of "the Bank of England" is not the ECB's.
      else if (n >= 3) {
        const times = count(text, run.map((m) => m[0]).join(" "));
        const only = run.filter((m) => count(text, m[0]) === times);
        for (const m of only) link(initials, m[0]);
      }
      // Two words after "the" make the short form every paper writes ("US" for "the United States",
      // "EU" for "the European Union"), though the article does not.
      else if (n === 2 && /(?:^|\s)the\s$/u.test(text.slice(Math.max(0, run[0]!.index - 5), run[0]!.index)))
        for (const m of run) link(initials, m[0]);
      // A short form the article writes of a name's first word: "Fed" for "Federal Reserve".
      const first = run[0]![0];
      for (const short of shortForms)
        if (first.length >= short.length + 3 && first.startsWith(short)) for (const m of run) link(short, m[0]);
    }
  }
  return aliases;
}

/** How often the text writes a word or phrase, whole. */
function count(text: string, phrase: string): number {
  return text.split(new RegExp(`(?<!\\p{L})${escapeRegExp(phrase)}(?!\\p{L})`, "u")).length - 1;
}

/** The names and the other names the article gives the same subjects. */
export function withAliases(theirs: string[], names: Names): string[] {
  return [...new Set(theirs.flatMap((name) => [name, ...(names.aliases.get(name) ?? [])]))];
}

/** Where each sentence and each quoted or bracketed phrase starts: a capital there says nothing. */
function sentenceStarts(text: string): Set<number> {
  const starts = new Set<number>([0, ...[...paragraphBreaks(text)].map((at) => at + 1)]);
  for (const m of text.matchAll(/(?:[.!?:;…]["”»’)]?|["“«„([–—-])\s*(?=\p{L})/gu)) starts.add(m.index + m[0].length);
  return starts;
}

/** Capitals past the first letter: "EU", "TOPIX", "S&P", "VinFast" are names wherever they stand. */
const shouting = (word: string) => (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

/**
 * The article's names written in `text` (a clause of the deck or of the article); `maybe`: which of
 * the words it writes only at a sentence's start count (all of them in the deck's own text, those the
 * deck names in the article's).
 */
export function namesIn(text: string, names: Names, maybe: (word: string) => boolean = () => false): string[] {
  return [
    ...new Set(
      wordsIn(text)
        .map((m) => m.word)
        .filter((w) => names.names.has(w) || (names.maybe.has(w) && maybe(w))),
    ),
  ];
}

/**
 * The words of a text, and the parts of a hyphenated compound on their own ("China-Exporte" is
 * "China" and "Exporte"; "Mercedes-Benz" is also itself): `start` is where the whole word starts,
 * `head` whether the part is the compound's last.
 */
function wordsIn(text: string): { word: string; index: number; start: number; head: boolean }[] {
  const found: { word: string; index: number; start: number; head: boolean }[] = [];
  for (const m of text.matchAll(WORD)) {
    found.push({ word: m[0], index: m.index, start: m.index, head: true });
    if (!/[-’'&]/u.test(m[0])) continue;
    let offset = 0;
    const parts = m[0].split(/([-’'&])/u);
    parts.forEach((part, i) => {
      if (i % 2 === 0 && part.length > 1 && i < parts.length - 1)
        found.push({ word: part, index: m.index + offset, start: m.index, head: false });
      offset += part.length;
    });
    const last = parts.at(-1)!;
    if (parts.length > 1 && last.length > 1)
      found.push({ word: last, index: m.index + m[0].length - last.length, start: m.index, head: true });
  }
  return found;
}

/** Acronyms that name a measure, not whose it is ("GDP", "CPI", "BIP", "PIB"). */
const MEASURES = new Set([
  "GDP",
  "CPI",
  "PPI",
  "PMI",
  "FDI",
  "IPO",
  "CEO",
  "CFO",
  "EPS",
  "ROE",
  "ROA",
  "ETF",
  "AI",
  "BIP",
  "PIB",
  "IPC",
  "VAT",
  "NIM",
  "YOY",
  "QOQ",
  "EBIT",
  "EBITDA",
  "CAGR",
  "HICP",
  "HVPI",
  "CPIH",
  "PCE",
  "IPCA",
  "PKB",
  "ВВП",
  "BBP",
  "GSYH",
  "VPI",
  "IPP",
  "USD",
  "EUR",
  "VND",
  "JPY",
]);

/** Words written like a name (two capitals or more: "SHB", "VinFast") that the article never writes. */
export function foreignNames(text: string, names: Names): string[] {
  return [...new Set(wordsIn(text).map((m) => m.word))].filter(
    (w) => shouting(w) && !MEASURES.has(w.toUpperCase()) && !names.names.has(w) && !names.maybe.has(w) && !/^[IVXLCDM]+$/u.test(w),
  );
}

/** A month or weekday name, in the language or in English. */
export const isCalendarWord = (word: string, lang: string) => calendarWords(lang).has(word.toLocaleLowerCase(lang));

const calendar = new Map<string, Set<string>>();
const others = new Map<string, Set<string>>();

/** Capitalised words that name no subject: months and weekdays, currencies and scale words ("Euro", "Mrd"), lower-cased. */
function notSubjects(lang: string): Set<string> {
  let words = others.get(lang);
  if (!words) {
    words = new Set(calendarWords(lang));
    for (const l of [lang, "en"]) {
      for (const code of ["USD", "EUR", "JPY", "GBP", "CNY", "VND", "CHF"])
        for (const form of unitForms(code, l)) words.add(form.toLocaleLowerCase(l));
      for (const scale of scaleWords(l)) words.add(scale.word.replace(/\.$/, "").toLocaleLowerCase(l));
    }
    for (const word of ["euro", "euros", "dollar", "dollars", "dólares", "yen", "prozent", "percent"]) words.add(word);
    others.set(lang, words);
  }
  return words;
}

/** Month and weekday names in the language and in English, long and short, lower-cased. */
function calendarWords(lang: string): Set<string> {
  let words = calendar.get(lang);
  if (!words) {
    words = new Set<string>();
    for (const l of [lang, "en"]) {
      for (const month of ["long", "short"] as const) {
        const format = new Intl.DateTimeFormat(l, { month, timeZone: "UTC" });
        for (let m = 0; m < 12; m++)
          words.add(
            format
              .format(Date.UTC(2025, m, 15))
              .replace(/\.$/, "")
              .toLocaleLowerCase(l),
          );
      }
      for (const weekday of ["long", "short"] as const) {
        const format = new Intl.DateTimeFormat(l, { weekday, timeZone: "UTC" });
        for (let d = 0; d < 7; d++)
          words.add(
            format
              .format(Date.UTC(2025, 0, 5 + d))
              .replace(/\.$/, "")
              .toLocaleLowerCase(l),
          );
      }
    }
    calendar.set(lang, words);
  }
  return words;
}
