// What the words around a number in normalized text say about it: the sign written before it
// ("-3,07%"), the unit written with it ("14,5%", "$589 billion", "589 tỷ USD"), and whether the
// words mark it as a fall, a rise or a level ("giảm 17%", "rose 2.9%", "xuống còn 19.341,43").
import { isCurrency } from "../format/format-figure.ts";
import { isIdeographic } from "../format/scale-words.ts";
import type { Direction } from "../lang/language.ts";
import { alternatives, everyLanguage, languageWords } from "../lang/languages.ts";

const directionWords = (lang: string) => languageWords(lang)?.direction;
import { scaleOf, type NumberToken } from "./read-numbers.ts";

const MINUS = /^[-\u2212\u2012\u2013]$/u;
/** A currency sign written before the number: "$", "US$", "€", "R$". */
const SYMBOL_BEFORE = /(?:\p{Lu}{0,2}\p{Sc})\s?$/u;

/** Where the number's written form starts once a sign and a currency sign before it are counted. */
function prefixStart(text: string, token: NumberToken): number {
  const symbol = SYMBOL_BEFORE.exec(text.slice(Math.max(0, token.index - 4), token.index));
  return token.index - (symbol?.[0].length ?? 0);
}

/**
 * The number is part of a word: a letter glued before it ("R1", "H20") or joined by a hyphen
 * ("GPT-4"). Not a Han or kana character ("前年比5%" is a number in running text), nor the letter of
 * a time or a product written between digits ("10h30", "5x10").
 */
export function gluedToWord(text: string, token: NumberToken): boolean {
  const before = text.slice(Math.max(0, token.index - 3), token.index);
  // "x1,8" is a multiple ("gấp 1,8 lần"), not a name.
  if (/(?<!\p{L})[x×]$/u.test(before)) return false;
  if (!/\p{L}[-‑]?$/u.test(before) || /\p{N}\p{L}{1,2}$/u.test(before)) return false;
  return !isIdeographic(before.replace(/[-‑]$/, "").slice(-1));
}

/** "-" or "+" written straight before the number (a hyphen inside "GPT-4" or "2020-2021" is none). */
export function writtenSign(text: string, token: NumberToken): "-" | "+" | undefined {
  const at = prefixStart(text, token) - 1;
  const sign = text[at];
  if (sign === undefined || !(MINUS.test(sign) || sign === "+")) return undefined;
  // After a letter, a digit or a unit it joins a name or a range ("GPT-4", "2020-2021", "4.75%-5%").
  if (/[\p{L}\p{N}%％٪\p{Sc}]/u.test(text[at - 1] ?? "")) return undefined;
  return sign === "+" ? "+" : "-";
}

// ── Units ─────────────────────────────────────────────────────────────────────────────────────────

const formsCache = new Map<string, string[]>();

/**
 * How the article may write a figure's unit: "%" also as "％", "٪" or the language's word ("Prozent");
 * a currency code also as its symbols and names ("$", "US$", "đô la Mỹ"); any other unit as itself.
 */
export function unitForms(unit: string, lang: string): string[] {
  const key = `${unit}\u0000${lang}`;
  let forms = formsCache.get(key);
  if (!forms) {
    forms = [...new Set(collectForms(unit, lang))].sort((a, b) => b.length - a.length);
    formsCache.set(key, forms);
  }
  return forms;
}

function collectForms(unit: string, lang: string): string[] {
  if (unit === "%") {
    const words = [lang, "en"].map((l) => partOf(new Intl.NumberFormat(l, { style: "unit", unit: "percent", unitDisplay: "long" }), "unit"));
    // Intl writes vi as "5%" and en as "percent"; articles also write "phần trăm" and "per cent".
    return ["%", "％", "٪", ...everyLanguage((w) => w.units.percent), ...words];
  }
  if (!isCurrency(unit)) return [unit];
  const forms = [unit, ...everyLanguage((w) => w.units.currencies[unit] ?? [])];
  for (const l of [lang, "en"]) {
    for (const currencyDisplay of ["symbol", "narrowSymbol", "name"] as const) {
      for (const count of [1, 2, 5]) {
        forms.push(partOf(new Intl.NumberFormat(l, { style: "currency", currency: unit, currencyDisplay }), "currency", count));
      }
    }
  }
  return forms;
}

function partOf(format: Intl.NumberFormat, type: string, count = 5): string {
  return format.formatToParts(count).find((p) => p.type === type)?.value ?? "";
}

/** Percentage points are no percentage: "up 0,25 điểm phần trăm" printed as "0,25%" would mislead. */
const POINTS_OF_PERCENT = new RegExp(`^ ?(?:${alternatives(everyLanguage((w) => w.units.points))})(?!\\p{Script=Latin})`, "iu");

export function writtenAsPoints(text: string, token: NumberToken): boolean {
  return POINTS_OF_PERCENT.test(text.slice(token.index + token.text.length));
}

/**
 * A currency written with the number that is not `unit` ("5 tỷ EUR" for a figure in USD): its code
 * after the number (past a scale word) or its sign before it; undefined when none or the same.
 */
export function otherCurrency(text: string, token: NumberToken, unit: string, lang: string): string | undefined {
  const forms = unitForms(unit, lang);
  let end = token.index + token.text.length;
  const scale = scaleOf(text, token, lang);
  if (scale) end += scale.written.length;
  const code = /^ ?(\p{Lu}{3})(?![\p{L}\p{N}])/u.exec(text.slice(end))?.[1];
  if (code && isCurrency(code) && code !== unit) return code;
  const sign = /(\p{Lu}{0,2}\p{Sc})\s?$/u.exec(text.slice(Math.max(0, token.index - 4), token.index))?.[1];
  if (sign && !forms.includes(sign)) return sign;
  // A currency's name ("12,1 Milliarden Euro" for a figure in USD).
  return COMMON_CURRENCIES.find((other) => other !== unit && writtenWith(text, token, unitForms(other, lang).filter((f) => /\p{L}{2}/u.test(f)), lang));
}

/** The currencies whose names are read in text. */
export const COMMON_CURRENCIES = ["USD", "EUR", "JPY", "GBP", "CNY", "VND", "CHF", "KRW", "INR", "AUD", "CAD"];

/**
 * Whether the number is written with one of the forms: straight after it, past a scale word
 * ("589 tỷ USD", "14,5%"), or before it ("$589 billion", "US$ 5").
 */
export function writtenWith(text: string, token: NumberToken, forms: string[], lang: string, where: "after" | "both" = "both"): boolean {
  let end = token.index + token.text.length;
  const scale = scaleOf(text, token, lang);
  if (scale) end += scale.written.length;
  // "4 milliards de dollars", "3.402 millones de euros": the currency follows the scale word past "de".
  const rest = text.slice(end, end + 60).replace(/^ /, "");
  const after = scale?.written ? rest.replace(/^(?:de |d['’]|of )/u, "") : rest;
  const before = text.slice(Math.max(0, token.index - 60), token.index).replace(/ $/, "");
  const [afterLower, beforeLower] = [after.toLocaleLowerCase(lang), before.toLocaleLowerCase(lang)];
  // "3万4279円92銭": the yen is inside the number.
  const inside = (form: string) => token.scale !== undefined || /銭$/u.test(token.text) ? token.text.includes(form) && isIdeographic(form) : false;
  return lowered(forms, lang).some((form, i) => form !== "" && (
    // A word ends where a letter does not follow, but Japanese runs on: "300億円出資".
    (afterLower.startsWith(form) && !(/\p{L}$/u.test(form) && !isIdeographic(form) && /^\p{L}/u.test(after.slice(form.length)))) ||
    // Before the number only a currency is written ("$589", "US$ 5", "USD 5"): "+1,3 % 2026" is no 2026 %.
    (where === "both" && (/\p{Sc}/u.test(form) || /^\p{Lu}{3}$/u.test(forms[i]!)) && beforeLower.endsWith(form) && !(/^\p{L}/u.test(form) && /\p{L}$/u.test(before.slice(0, -form.length)))) ||
    inside(forms[i]!)));
}

const lowerCache = new WeakMap<string[], string[]>();

/** The forms lower-cased, once per list (unitForms keeps its lists). */
function lowered(forms: string[], lang: string): string[] {
  let lower = lowerCache.get(forms);
  if (!lower) {
    lower = forms.map((f) => f.toLocaleLowerCase(lang));
    lowerCache.set(forms, lower);
  }
  return lower;
}

// ── Direction ─────────────────────────────────────────────────────────────────────────────────────

/** A clause ends at punctuation or another number: "giảm 5%, còn 100" says nothing of the 100. */
const CLAUSE_END = /[.;:!?()[\]{}"“”«»„,\p{Nd}]/u;
/** At most this many words after a number are read for a direction that follows it ("a 3% drop"). */
const AFTER = 3;
/** "%", points or a currency written with the number: a measured change, not a count. */
const MEASURE_AFTER = new RegExp(`^ ?(?:[%％٪]|(?:${alternatives(everyLanguage((w) => [...w.units.percent, ...w.units.indexPoints]))})(?!\\p{Script=Latin})|\\p{Lu}{3}(?![\\p{L}\\p{N}])|\\p{Sc})`, "iu");

export function measured(text: string, token: NumberToken, lang: string): boolean {
  // Past a scale word, read in the language as everywhere else ("589 tỷ USD", "5 Mrd. Euro").
  let end = token.index + token.text.length;
  const scale = scaleOf(text, token, lang);
  if (scale) end += scale.written.length;
  return MEASURE_AFTER.test(text.slice(end)) || /\p{Sc} ?$/u.test(text.slice(Math.max(0, token.index - 3), token.index));
}

/**
 * "fall" or "rise" when the article's words say which way the number moved, "level" when they say it
 * is where something ended or began ("fell to 19,341", "giảm từ 4,5%"), undefined when they say
 * nothing or the language has no word lists. A written sign is read by writtenSign, a written
 * "âm"/"minus" by negativeWord.
 */
export function directionOf(text: string, token: NumberToken, lang: string): Direction | "level" | undefined {
  const words = directionWords(lang);
  if (!words) return undefined;
  const glued = gluedDirection(text, token, lang);
  if (glued) return glued;
  const unit = measured(text, token, lang);
  const before = wordsOf(clauseBefore(text, prefixStart(text, token)), lang);
  const fall = [...words.fall, ...(unit ? words.fallWithUnit : [])];
  const rise = [...words.rise, ...(unit ? words.riseWithUnit : [])];
  const rest = wordsOf(clauseAfter(text, token.index + token.text.length), lang);
  // German puts the participle at the clause's end ("um 4,3 Prozent gegenüber dem Vormonat gesunken").
  const after = words.anywhereInClause ? rest : rest.slice(0, AFTER);
  // "von 2,6 Prozent im Vormonat auf 2,2 Prozent": the "to" may come a few words on.
  if (words.from.includes(before.at(-1) ?? "") && rest.slice(0, 2 * AFTER).some((w) => words.to.includes(w))) return "level";
  // Walk back from the number over filler words; the first direction or level word decides.
  for (let i = before.length - 1; i >= 0; i--) {
    const phrase = matchEnding(before, i, [...words.level, ...fall, ...rise]);
    if (phrase !== undefined) {
      // A level word is also a filler inside a longer phrase ("una caída del"); the longest phrase won.
      if (words.level.includes(phrase)) return "level";
      return fall.includes(phrase) ? "fall" : "rise";
    }
    if (!words.filler.includes(before[i]!)) break;
  }
  // "nahmen … um 1,6 Prozent ab": a separable verb's form before the number, its particle after.
  // The particle ends the clause, past a level if need be ("gingen um 1,3 Prozent auf 112,2 Mrd. zurück").
  const tail = words.separable ? wordsOf(clauseTail(text, token.index + token.text.length), lang) : [];
  for (const verb of words.separable ?? []) {
    if ((after.includes(verb.particle) || tail.at(-1) === verb.particle) && before.some((w) => verb.verbs.includes(w))) return verb.direction;
  }
  if (after.some((w) => words.fallAfter.includes(w))) return "fall";
  if (after.some((w) => words.riseAfter.includes(w))) return "rise";
  if (words.anywhereInClause) {
    for (let i = before.length - 1; i >= 0; i--) {
      const phrase = matchEnding(before, i, [...fall, ...rise]);
      if (phrase !== undefined) return fall.includes(phrase) ? "fall" : "rise";
    }
  }
  return undefined;
}

/**
 * The move that led to a level: "giảm xuống còn 19.341" is a level reached by a fall, "tăng 1,2%, lên
 * 19.341" by a rise when the level word has a direction word before it.
 */
export function levelVia(text: string, token: NumberToken, lang: string): Direction | undefined {
  const words = directionWords(lang);
  if (!words) return undefined;
  const before = wordsOf(clauseBefore(text, prefixStart(text, token)), lang);
  let level = false;
  for (let i = before.length - 1; i >= 0; i--) {
    const phrase = matchEnding(before, i, [...words.level, ...words.fall, ...words.rise]);
    if (phrase !== undefined && words.level.includes(phrase)) {
      level = true;
      i -= phrase.split(" ").length - 1;
      continue;
    }
    if (phrase !== undefined) return level ? (words.fall.includes(phrase) ? "fall" : "rise") : undefined;
    if (!words.filler.includes(before[i]!)) break;
  }
  // "auf 88,4 Punkte gesunken": German says the move at the clause's end.
  if (level && words.anywhereInClause) {
    const after = wordsOf(clauseAfter(text, token.index + token.text.length), lang);
    if (after.some((w) => words.fallAfter.includes(w))) return "fall";
    if (after.some((w) => words.riseAfter.includes(w))) return "rise";
  }
  return undefined;
}

/** What follows a number and its unit in a script without spaces: "%", "円", "ドル", a scale word, a bracket ("108円（3.91%）安"). */
const GLUED_UNIT = /^(?:[%％]|円(?:\d+銭)?|銭|ドル|ユーロ|ポイント|pt|bp|[万億兆亿萬]|[)）]|[（(][^）)]{0,20}[）)])*/u;

/**
 * Scripts without spaces: the direction glued after the number and its unit ("1.18%安", "450円高",
 * "5%減"), or the direction noun before it with its particles ("下落率は1.18%").
 */
function gluedDirection(text: string, token: NumberToken, lang: string): Direction | "level" | undefined {
  const words = directionWords(lang);
  if (!words?.gluedFall && !words?.gluedRise) return undefined;
  const rest = text.slice(token.index + token.text.length);
  const after = rest.slice(GLUED_UNIT.exec(rest)![0].length);
  const longest = (list: string[] = []) => Math.max(0, ...list.filter((w) => after.startsWith(w)).map((w) => w.length));
  const fall = longest(words.gluedFall);
  const rise = longest(words.gluedRise);
  if (fall > 0 || rise > 0) return fall >= rise ? "fall" : "rise";
  const level = longest(words.gluedLevel) > 0;
  let before = clauseBefore(text, prefixStart(text, token)).trimEnd();
  for (let changed = true; changed; ) {
    changed = false;
    for (const filler of words.filler) {
      if (filler !== "" && before.endsWith(filler)) {
        before = before.slice(0, -filler.length).trimEnd();
        changed = true;
      }
    }
  }
  const ends = (list: string[]) => list.some((w) => before.endsWith(w));
  if (ends(words.level)) return "level";
  // "下げ幅は683円に達した": the noun before says what the number is, whatever it reached.
  if (ends(words.fall)) return "fall";
  if (ends(words.rise)) return "rise";
  return level ? "level" : undefined;
}

/** The direction a label's own words give ("Nasdaq giảm" is a fall), and the word, if any. */
export function directionInWords(text: string, lang: string): { direction: Direction; word: string } | undefined {
  const words = directionWords(lang);
  if (!words) return undefined;
  if (words.gluedFall || words.gluedRise) {
    // No spaces: the first word of either list that the text holds ("TOPIXの上昇率").
    const found = [...words.fall, ...(words.gluedFall ?? [])].find((w) => text.includes(w));
    const rise = [...words.rise, ...(words.gluedRise ?? [])].find((w) => text.includes(w) && w.length > 1);
    if (found && found.length > 1) return { direction: "fall", word: found };
    if (rise) return { direction: "rise", word: rise };
    return undefined;
  }
  const all = wordsOf(text, lang);
  for (let i = all.length - 1; i >= 0; i--) {
    const fall = matchEnding(all, i, [...words.fall, ...words.fallWithUnit, ...words.fallAfter]);
    if (fall) return { direction: "fall", word: fall };
    const rise = matchEnding(all, i, [...words.rise, ...words.riseWithUnit, ...words.riseAfter]);
    if (rise) return { direction: "rise", word: rise };
  }
  return undefined;
}

/** "tăng trưởng âm 0,5%", "minus 3%": a word straight before the number that is its minus sign. */
export function negativeWord(text: string, token: NumberToken, lang: string): string | undefined {
  const words = directionWords(lang);
  const glued = words?.signBefore?.find((sign) => text.slice(0, prefixStart(text, token)).trimEnd().endsWith(sign));
  if (glued) return glued;
  const last = wordsOf(clauseBefore(text, prefixStart(text, token)), lang).at(-1);
  return last !== undefined && words?.negative.includes(last) ? last : undefined;
}

function clauseBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** The words up to the clause's end past numbers: a comma, a semicolon or a sentence's end ("Mrd." is none). */
function clauseTail(text: string, start: number): string {
  const rest = text.slice(start, start + 120);
  const end = rest.search(/[,;!?]\s|\.\s+(?=\p{Lu})|\.$/u);
  return end < 0 ? rest : rest.slice(0, end);
}

function clauseAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
  return text.slice(start, end);
}

function wordsOf(text: string, lang: string): string[] {
  const heads = directionWords(lang)?.compoundHeads ?? [];
  return text.split(" ").map((w) => w.replace(/^[^\p{L}\p{N}%]+|[^\p{L}\p{N}%’']+$/gu, "").toLocaleLowerCase(lang)).filter(Boolean)
    .map((w) => heads.find((head) => w.length > head.length + 2 && w.endsWith(head)) ?? w);
}

/** The phrase of the list (one or more words) that ends at words[i], longest first. */
function matchEnding(words: string[], i: number, phrases: string[]): string | undefined {
  let best: string | undefined;
  for (const phrase of phrases) {
    const parts = phrase.split(" ");
    const from = i - parts.length + 1;
    if (from >= 0 && parts.every((part, k) => words[from + k] === part) && (!best || parts.length > best.split(" ").length)) best = phrase;
  }
  return best;
}

/** The clause around the number, at most a few words either side: «Tesla lao dốc 12%», «a 3% drop». */
export function around(text: string, token: NumberToken): string {
  const end = token.index + token.text.length;
  // A clause starts after punctuation that ends one ("3.1" is no end) or after an opening bracket.
  const past = (mark: string) => { const i = text.lastIndexOf(mark, token.index); return i < 0 ? 0 : i + mark.length; };
  const start = Math.max(...[". ", "; ", ", ", "! ", "? ", "("].map(past));
  const before = text.slice(start, token.index).split(" ").slice(-4).join(" ").trimStart();
  const after = /^[^\s,.;:!?()]*(?: [^\s,.;:!?()]+)?/.exec(text.slice(end))![0];
  return before + token.text + after;
}
