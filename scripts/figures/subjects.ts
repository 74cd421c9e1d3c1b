// Whose number it is: the proper names around a number ("Techcombank", "China", "TOPIX"), and the
// sentence of the article that holds it. A name is a capitalised word the article itself writes as a
// name: one it never writes in lower case (so "Lợi nhuận" at a sentence's start is no name), and in
// German, where every noun is capitalised, one it never writes after an article ("die Exporte") unless
// it is written in capitals ("die EU"). Months, weekdays and currency codes are no subjects. Names in
// scripts without capitals (kanji, kana) are not read.
import { isCurrency } from "../format/format-figure.ts";
import { scaleWords } from "../format/scale-words.ts";
import { unitForms } from "./number-context.ts";
import { languageWords } from "../lang/languages.ts";
import { paragraphBreaks } from "./normalize-text.ts";

const LETTER = "[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{M}]";
// A word with a digit in it ("R1", "Q3") is a product or a period, not a subject: the lookahead keeps it whole.
const WORD = new RegExp(`(?<!${LETTER}|\\p{N})${LETTER}+(?:[-&’'][\\p{L}]${LETTER}*)*(?!${LETTER}|\\p{N})`, "gu");
/** A determiner before the noun, with up to two adjectives between ("die deutschen Exporte"). */
const afterDeterminer = (before: string, determiners: string[]) => {
  const words = before.trimEnd().split(/[\s("„]+/u).slice(-3);
  return words.some((word, k) => determiners.includes(word.toLowerCase()) && words.slice(k + 1).every((w) => /^\p{Ll}/u.test(w)));
};
/** A period that ends a sentence (not "Mrd." or "z.B."): the next word starts a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:\p{L}|Mrd|Mio|Bio|Nr|bzw|ca|etc|St|Mr|Mrs|Ms|Dr|Prof|Inc|Co|Corp|Ltd|vs|Tsd|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dez|Dec|Abs|Art|Mill|mill|Mds|Md|Sr|Sra|No|tr|ng|tỷ)\.$/u;

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
  const isName = (word: string) => !isCurrency(word) && !skip.has(word.toLocaleLowerCase(lang)) && !MEASURES.has(word.toUpperCase()) &&
    (shouting(word) || (!lower.has(word.toLocaleLowerCase(lang)) && !afterArticle.has(word)));
  const names = new Set([...capitalised].filter(isName));
  const maybe = new Set([...initial].filter((w) => !names.has(w) && isName(w)));
  return { names, maybe, aliases: aliasesIn(text), lang };
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
  for (let i = 0; i < capitals.length; i++) {
    for (let n = 2; n <= 4 && i + n <= capitals.length; n++) {
      const run = capitals.slice(i, i + n);
      // Consecutive words, a space apart: "Europäischen Union", "Federal Reserve".
      if (run.some((m, k) => k > 0 && m.index !== run[k - 1]!.index + run[k - 1]![0].length + 1)) break;
      const initials = run.map((m) => m[0][0]).join("");
      if (acronyms.has(initials)) for (const m of run) link(initials, m[0]);
    }
  }
  return aliases;
}

/** The names and the other names the article gives the same subjects. */
export function withAliases(theirs: string[], names: Names): string[] {
  return [...new Set(theirs.flatMap((name) => [name, ...(names.aliases.get(name) ?? [])]))];
}

/** Where each sentence and each quoted or bracketed phrase starts: a capital there says nothing. */
function sentenceStarts(text: string): Set<number> {
  const starts = new Set<number>([0, ...[...paragraphBreaks(text)].map((at) => at + 1)]);
  for (const m of text.matchAll(/(?:[.!?:;…]["”»’)]?|["“«„(\[–—-])\s*(?=\p{L})/gu)) starts.add(m.index + m[0].length);
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
  return [...new Set(wordsIn(text).map((m) => m.word).filter((w) => names.names.has(w) || (names.maybe.has(w) && maybe(w))))];
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
      if (i % 2 === 0 && part.length > 1 && i < parts.length - 1) found.push({ word: part, index: m.index + offset, start: m.index, head: false });
      offset += part.length;
    });
    const last = parts.at(-1)!;
    if (parts.length > 1 && last.length > 1) found.push({ word: last, index: m.index + m[0].length - last.length, start: m.index, head: true });
  }
  return found;
}

/** The sentence that holds the character at `index`. */
export function sentenceAt(text: string, index: number): { start: number; end: number } {
  let start = 0;
  const breaks = paragraphBreaks(text);
  for (const m of text.matchAll(/[.!?。！？]["”»’)]?\s+(?=["“«„(]?[\p{Lu}\p{N}\p{Lo}])|[。！？]| /gu)) {
    const end = m.index + m[0].length;
    // A space ends a sentence only where a line broke (a headline, a table's cell, a list's item).
    if (m[0] === " " && !breaks.has(m.index)) continue;
    if (m[0][0] === "." && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    if (end > index) return { start, end: m[0] === " " ? m.index : m.index + 1 };
    start = end;
  }
  return { start, end: text.length };
}

/** The clause that holds the character at `index`: between commas, semicolons, colons and dashes of its sentence. */
export function clauseAt(text: string, index: number, colon = true): { start: number; end: number } {
  const sentence = sentenceAt(text, index);
  let start = sentence.start;
  let end = sentence.end;
  const bounds = colon ? /[,;:、，；：]\s|\s[–—]\s|\s-\s/gu : /[,;、，；]\s|\s[–—]\s|\s-\s/gu;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(bounds)) {
    const at = sentence.start + m.index;
    if (at < index) start = at + m[0].length;
    else if (at >= index) { end = at; break; }
  }
  return { start, end };
}

/**
 * The names that say whose the number at `index` is: those of its clause, or, when the clause names
 * no one ("tăng 5%, 7% và 9%"), those of the nearest clause before it that names someone, else of its sentence. `clauseOnly` for a deck's long sentence,
 * whose other clauses may speak of others.
 */
export function subjectsAt(text: string, index: number, names: Names, clauseOnly = false, maybe?: (word: string) => boolean): string[] {
  return subjectsIn(scopeAt(text, index), names, clauseOnly, maybe);
}

/** The clause and the sentence around a number, to read its subjects in. */
export interface Scope {
  clause: string;
  sentence: string;
  /** The sentence before the clause. */
  lead: string;
  /** The paragraph (or, without line breaks, the sentence with the one before and after): where another name may stand. */
  near: string;
  /** The sentence with the one before and the one after: where a rival's number counts. */
  nearStart: number;
  nearEnd: number;
}

/** `deck`: a bullet's "MB: lợi nhuận giảm 4,2%" names its subject before the colon. */
export function scopeAt(text: string, index: number, deck = false): Scope {
  const clause = clauseAt(text, index, !deck);
  // In a deck's words a number's subject comes after the amount before it: "Nvidia fell 17% and the index 3.10%".
  const previous = deck ? text.slice(clause.start, index).search(/\p{Nd}\s?[%％٪][^\p{Nd}]*$/u) : -1;
  if (previous >= 0) clause.start += previous + 1;
  const sentence = sentenceAt(text, index);
  // Around: the sentence before and after, or the whole paragraph when the text keeps its line breaks.
  const before = sentence.start > 0 ? sentenceAt(text, sentence.start - 1).start : sentence.start;
  const after = sentence.end < text.length ? sentenceAt(text, Math.min(text.length - 1, sentence.end + 1)).end : sentence.end;
  const breaks = [...paragraphBreaks(text)];
  const from = breaks.length > 0 ? Math.min(before, Math.max(0, ...breaks.filter((b) => b < index))) : before;
  const to = breaks.length > 0 ? Math.max(after, Math.min(text.length, ...breaks.filter((b) => b > index))) : after;
  return { clause: text.slice(clause.start, clause.end), sentence: text.slice(sentence.start, sentence.end), lead: text.slice(sentence.start, clause.start), near: text.slice(from, to), nearStart: before, nearEnd: after };
}

/**
 * Whether the article, around a number (its scope), gives it to one of `theirs` (the deck's or a
 * label's names): one of them in the number's clause; or, when that clause names no one, in its
 * sentence ("Bitcoin giảm 12%, để tuột mốc 100.000 USD"), or no one there either (a pronoun: "Its
 * revenue rose 18%"). When the clause names others, one of them must stand in a clause of the sentence
 * with no number of its own ("…, selon l'Insee"): "Techcombank giảm 4,2%, MB tăng 11%" gives 4,2% to
 * Techcombank only.
 */
/** A number the article gives a name: its value, what kind of amount it is ("%", "USD", ""), where it stands. */
export interface Owned {
  value: number;
  kind: string;
  index: number;
}

/** Whose numbers the article gives, to tell another name for the same subject from another subject. */
export interface Owners {
  owners: ReadonlyMap<string, Owned[]>;
  /** The number in question. */
  value: number;
  kind: string;
}

export function givesTo(scope: Scope, given: string[], names: Names, foreign: string[] = [], owners?: Owners): boolean {
  const theirs = withAliases(given, names);
  return givenInClause(scope, theirs, names, foreign) || (owners !== undefined && anotherName(scope, theirs, names, owners));
}

/**
 * The article may call the subject another way in the number's own clause ("La Bourse de Paris" for the
 * CAC 40, "la entidad que preside Ana Botín" for Santander): one of `theirs` standing in the sentences
 * around, to whom the article gives no other number, is taken as that subject. "MB" is not, where the
 * article gives MB a number of its own ("Techcombank giảm 4,2%. MB tăng 11%.").
 */
function anotherName(scope: Scope, theirs: string[], names: Names, { owners, value, kind }: Owners): boolean {
  const near = namesIn(scope.near, names, (word) => theirs.includes(word));
  // A number of the same kind the article gives the name in those sentences makes it another subject.
  const rival = (o: Owned) => o.kind === kind && o.index >= scope.nearStart && o.index < scope.nearEnd &&
    Math.abs(o.value - value) > 1e-9 * Math.max(Math.abs(o.value), Math.abs(value));
  return theirs.some((name) => near.includes(name) && !(owners.get(name) ?? []).some(rival));
}

function givenInClause(scope: Scope, theirs: string[], names: Names, foreign: string[]): boolean {
  // A name the article never writes ("SHB" on SeABank's sentence) is wrong when the number's clause names another.
  if (theirs.length === 0) return foreign.length === 0 || namesIn(scope.clause, names).length === 0;
  // The words the article writes only at a sentence's start are names here when the deck writes them.
  const named = (word: string) => theirs.includes(word);
  const inClause = namesIn(scope.clause, names, named);
  if (inClause.some(named)) return true;
  // A clause that names no one belongs to the nearest clause before it that does (subjectsIn).
  const subjects = inClause.length > 0 ? inClause : subjectsIn(scope, names, false, named);
  if (subjects.length === 0 || subjects.some(named)) return true;
  const inSentence = namesIn(scope.sentence, names, named);
  const clauses = scope.sentence.split(/[,;:、，；：]\s|\s[–—]\s|\s-\s/u);
  return theirs.some((name) => inSentence.includes(name) &&
    clauses.filter((c) => namesIn(c, names, named).includes(name)).every((c) => !holdsNumber(c)));
}

/** Acronyms that name a measure, not whose it is ("GDP", "CPI", "BIP", "PIB"). */
const MEASURES = new Set(["GDP", "CPI", "PPI", "PMI", "FDI", "IPO", "CEO", "CFO", "EPS", "ROE", "ROA", "ETF", "AI", "BIP", "PIB", "IPC", "VAT",
  "NIM", "YOY", "QOQ", "EBIT", "EBITDA", "CAGR", "HICP", "VPI", "IPP", "USD", "EUR", "VND", "JPY"]);

/** Words written like a name (two capitals or more: "SHB", "VinFast") that the article never writes. */
export function foreignNames(text: string, names: Names): string[] {
  return [...new Set(wordsIn(text).map((m) => m.word))]
    .filter((w) => shouting(w) && !MEASURES.has(w.toUpperCase()) && !names.names.has(w) && !names.maybe.has(w) && !/^[IVXLCDM]+$/u.test(w));
}

/** A clause that states an amount: a digit that is not part of a date or a year. */
function holdsNumber(clause: string): boolean {
  return /\p{Nd}/u.test(clause.replace(/\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|(?<!\d)(?:19|20)\d\d(?!\d)/gu, ""));
}

export function subjectsIn(scope: Scope, names: Names, clauseOnly = false, maybe?: (word: string) => boolean): string[] {
  const inClause = namesIn(scope.clause, names, maybe);
  if (inClause.length > 0 || clauseOnly) return inClause;
  // "The S&P 500 gained 0.56%, while the Nasdaq added 178.86 points, or 0.76%": the nearest clause before that names someone.
  for (const clause of scope.lead.split(CLAUSE_BOUNDS).reverse()) {
    const named = namesIn(clause, names, maybe);
    if (named.length > 0) return named;
  }
  return namesIn(scope.sentence, names, maybe);
}

const CLAUSE_BOUNDS = /[,;:、，；：]\s|\s[–—]\s|\s-\s/u;


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
      for (const code of ["USD", "EUR", "JPY", "GBP", "CNY", "VND", "CHF"]) for (const form of unitForms(code, l)) words.add(form.toLocaleLowerCase(l));
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
        for (let m = 0; m < 12; m++) words.add(format.format(Date.UTC(2025, m, 15)).replace(/\.$/, "").toLocaleLowerCase(l));
      }
      for (const weekday of ["long", "short"] as const) {
        const format = new Intl.DateTimeFormat(l, { weekday, timeZone: "UTC" });
        for (let d = 0; d < 7; d++) words.add(format.format(Date.UTC(2025, 0, 5 + d)).replace(/\.$/, "").toLocaleLowerCase(l));
      }
    }
    calendar.set(lang, words);
  }
  return words;
}
