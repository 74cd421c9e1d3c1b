// What the words around a number in normalized text say about it: the sign written before it
// ("-3,07%"), the unit written with it ("14,5%", "$589 billion", "589 tỷ USD"), and whether the
// words mark it as a fall, a rise or a level ("giảm 17%", "rose 2.9%", "xuống còn 19.341,43").
import { isCurrency } from "../format/format-figure.ts";
import { isIdeographic } from "../format/scale-words.ts";
import { alternatives, everyLanguage, languageWords } from "../lang/languages.ts";

import { scaleOf, type NumberToken } from "./read-numbers.ts";

const MINUS = /^[-\u2212\u2012\u2013]$/u;
/** A currency sign written before the number: "$", "US$", "€", "R$". */
const SYMBOL_BEFORE = /(?:\p{Lu}{0,2}\p{Sc})\s?$/u;

/** Where the number's written form starts once a sign and a currency sign before it are counted. */
export function prefixStart(text: string, token: NumberToken): number {
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
  // "Rp41,1 triliun", "RM2,5 bilion": a currency's letters, glued as its press writes them.
  if (currencyLettersBefore(text, token.index)) return false;
  // Arabic and Hebrew glue a one-letter word to the next, a number too: "بين 3 و4%" (and 4), "ב-2025".
  if (/(?<!\p{L})[\p{Script=Arabic}\p{Script=Hebrew}][-‑]?$/u.test(before)) return false;
  return !isIdeographic(before.replace(/[-‑]$/, "").slice(-1));
}

/**
 * A currency written in letters before its number ("Rp", "RM", "Rs."): a capital and one or two
 * letters, as Intl or a language's file writes it; three capitals are a code ("USD 5") and read so.
 */
const PREFIX_SHAPE = /^\p{Lu}\p{L}{1,2}\.?$/u;

/** Whether a word is a currency's letters written before its number ("Rp 10.000"), no name's ("CAC 40"). */
export const isCurrencyPrefix = (word: string) => prefixSymbols().has(word);

/** The currency whose letters stand right before `index`, glued or a space apart ("Rp41,1", "Rs 16,563"), if any. */
export function currencyLettersBefore(text: string, index: number): string | undefined {
  const letters = /(?<!\p{L})(\p{Lu}\p{L}{1,2}\.?)\s?$/u.exec(text.slice(Math.max(0, index - 8), index))?.[1];
  return letters === undefined ? undefined : prefixSymbols().get(letters);
}

let PREFIX_SYMBOLS: Map<string, string> | undefined;

/** Every common currency's letters that may stand glued before its number, in any language read. */
function prefixSymbols(): Map<string, string> {
  PREFIX_SYMBOLS ??= new Map(
    COMMON_CURRENCIES.flatMap((code) =>
      [
        ...everyLanguage((w) => w.units.currencies[code] ?? []),
        ...(["symbol", "narrowSymbol"] as const).map((currencyDisplay) =>
          partOf(new Intl.NumberFormat("en", { style: "currency", currency: code, currencyDisplay }), "currency"),
        ),
      ]
        .filter((form) => PREFIX_SHAPE.test(form) && !/^\p{Lu}{3}$/u.test(form))
        .map((form) => [form, code] as const),
    ),
  );
  return PREFIX_SYMBOLS;
}

/** "-" or "+" written straight before the number (a hyphen inside "GPT-4" or "2020-2021" is none). */
export function writtenSign(text: string, token: NumberToken): "-" | "+" | undefined {
  const at = prefixStart(text, token) - 1;
  const sign = text[at];
  if (sign === undefined || !(MINUS.test(sign) || sign === "+")) return undefined;
  // After a letter, a digit or a unit it joins a name or a range ("GPT-4", "2020-2021", "4.75%-5%");
  // not after Japanese or Chinese, which write every word glued to the next ("損失は-25億円").
  const previous = text[at - 1] ?? "";
  // "%-1,24": a percent written before its number (Turkish) takes the sign after it; "4.75%-5%" is a range.
  const percentFirst = previous === "%" && !/[\p{L}\p{N}]/u.test(text[at - 2] ?? "");
  if (/[\p{L}\p{N}%％٪\p{Sc}]/u.test(previous) && !isIdeographic(previous) && !percentFirst) return undefined;
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
    const words = [lang, "en"].map((l) =>
      partOf(new Intl.NumberFormat(l, { style: "unit", unit: "percent", unitDisplay: "long" }), "unit"),
    );
    // Intl writes vi as "5%" and en as "percent"; articles also write "phần trăm" and "per cent".
    return ["%", "％", "٪", ...everyLanguage((w) => w.units.percent), ...words];
  }
  if (!isCurrency(unit)) return [unit];
  const forms = [unit, ...everyLanguage((w) => w.units.currencies[unit] ?? [])];
  for (const l of [lang, "en"]) {
    for (const currencyDisplay of ["symbol", "narrowSymbol", "name"] as const) {
      // One format for its three counts: making a format costs more than using it (30 currencies a check).
      const format = new Intl.NumberFormat(l, { style: "currency", currency: unit, currencyDisplay });
      for (const count of [1, 2, 5]) forms.push(partOf(format, "currency", count));
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
  return pointsWritten(text, token) !== undefined;
}

/** Points of no stated kind written after the number, as written ("0,25 puntos", "30.5포인트"): no percentage either. */
export function indexPointsWritten(text: string, token: NumberToken, lang: string): string | undefined {
  INDEX_POINTS ??= everyLanguage((w) => w.units.indexPoints);
  const end = token.index + token.text.length;
  const word = INDEX_POINTS.find((w) => writtenWith(text, token, [w], lang, "after"));
  return word === undefined ? undefined : text.slice(end).trimStart().slice(0, word.length);
}
let INDEX_POINTS: string[] | undefined;

/** The words of percentage points written after the number, as written ("Prozentpunkte", "%포인트"). */
export function pointsWritten(text: string, token: NumberToken): string | undefined {
  return POINTS_OF_PERCENT.exec(text.slice(token.index + token.text.length))?.[0].trim();
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
  return COMMON_CURRENCIES.find(
    (other) =>
      other !== unit &&
      writtenWith(
        text,
        token,
        unitForms(other, lang).filter((f) => /\p{L}{2}/u.test(f)),
        lang,
      ),
  );
}

/** The currencies whose names are read in text. */
export const COMMON_CURRENCIES = [
  "BRL",
  "USD",
  "EUR",
  "JPY",
  "GBP",
  "CNY",
  "VND",
  "CHF",
  "KRW",
  "INR",
  "MXN",
  "AUD",
  "CAD",
  "HKD",
  "RUB",
  "TRY",
  "PLN",
  "SEK",
  "NOK",
  "DKK",
  "ZAR",
  "SGD",
  "IDR",
  "THB",
  "TWD",
  "SAR",
  "AED",
  "ILS",
  "MYR",
  "EGP",
];

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
  const inside = (form: string) =>
    token.scale !== undefined || /銭$/u.test(token.text) ? token.text.includes(form) && isIdeographic(form) : false;
  return lowered(forms, lang).some(
    (form, i) =>
      form !== "" &&
      // A word ends where a letter does not follow, but Japanese runs on ("300億円出資") and Korean
      // glues its particles on ("587억 달러로", "5퍼센트가").
      // A percent word the language writes before its numbers is the next number's ("BIST 100 yüzde 1,24",
      // "BIST 100 %1,24"; "%" glued to a number is before it).
      ((afterLower.startsWith(form) &&
        !(percentBefore(lang).includes(forms[i]!) && (forms[i] !== "%" || /^[-+−]?\p{Nd}/u.test(after.slice(1)))) &&
        !(/\p{L}$/u.test(form) && !isIdeographic(form) && !/\p{Script=Hangul}$/u.test(form) && /^\p{L}/u.test(after.slice(form.length)))) ||
        // Before the number only a currency is written ("$589", "US$ 5", "USD 5", "Rp 5"): "+1,3 % 2026" is no 2026 %.
        // "R$ 11,9" is no "$ 11,9": a sign after a letter belongs to that letter's currency.
        // Turkish writes its percent before the number ("yüzde 47,1", "%47,1"; the sign glued on).
        (percentBefore(lang).includes(forms[i]!) && beforeLower.endsWith(form) && percentWrittenBefore(text, token, lang)) ||
        (where === "both" &&
          (/\p{Sc}/u.test(form) || PREFIX_SHAPE.test(forms[i]!)) &&
          beforeLower.endsWith(form) &&
          !(/^\p{Sc}/u.test(form) && /\p{L}$/u.test(before.slice(0, -form.length))) &&
          !(/^\p{L}/u.test(form) && /\p{L}$/u.test(before.slice(0, -form.length)))) ||
        inside(forms[i]!)),
  );
}

const percentBefore = (lang: string) => languageWords(lang)?.units.percentBefore ?? [];

/** A percent written before the number, where its language writes it there ("yüzde 47,1", "%47,1"). */
export function percentWrittenBefore(text: string, token: NumberToken, lang: string): boolean {
  const before = text
    .slice(Math.max(0, token.index - 12), token.index)
    .replace(/ $/, "")
    .toLocaleLowerCase(lang);
  return percentBefore(lang).some((w) => before.endsWith(w.toLocaleLowerCase(lang)) && (w !== "%" || text[token.index - 1] === "%"));
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
