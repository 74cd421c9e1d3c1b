// Reads the numbers an article writes, in the article's own conventions: in vi "19.341,43" is 19341.43,
// "100.000" is 100000 and "3,07" is 3.07; in en "19,341.43"; in fr "19 341,43" (narrow NBSP); in hi
// "12,34,567.8". Nothing is hard-coded per language: separators, digits and group sizes come from Intl,
// so any language Intl knows is read the way Intl would write it.

export interface NumberConventions {
  /** The locale's group separator: "." in vi and de, "," in en, U+202F in fr. */
  group: string;
  /** The locale's decimal separator. */
  decimal: string;
  /** The locale's digits 0–9 ("0123456789", or native digits such as "۰۱۲۳۴۵۶۷۸۹" in fa). */
  digits: string;
  /** Size of the last group (3) and of the groups before it (3, or 2 in Indian grouping). */
  primaryGroup: number;
  secondaryGroup: number;
}

/** A number as it stands in the text. */
export interface NumberToken {
  value: number;
  /** The characters read, e.g. "19.341,43". */
  text: string;
  /** Where they start, in UTF-16 code units. */
  index: number;
}

export function numberSeparators(lang: string): NumberConventions {
  const parts = new Intl.NumberFormat(lang).formatToParts(12345.6);
  const group = parts.find((p) => p.type === "group")?.value ?? ",";
  const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
  const plain = new Intl.NumberFormat(lang, { useGrouping: false });
  const digits = Array.from({ length: 10 }, (_, d) => plain.format(d)).join("");
  // Ten digits, because some locales (es, pl) leave four-digit numbers ungrouped.
  const sizes = new Intl.NumberFormat(lang)
    .formatToParts(1234567890)
    .filter((p) => p.type === "integer")
    .map((p) => p.value.length);
  const primaryGroup = sizes.at(-1) ?? 3;
  const secondaryGroup = sizes.length > 2 ? (sizes.at(-2) ?? primaryGroup) : primaryGroup;
  return { group, decimal, digits, primaryGroup, secondaryGroup };
}

/** Every number written in the text, in order. Signs are not read: "-3,07%" gives 3.07. */
export function readNumbers(text: string, lang: string): number[] {
  return findNumbers(text, lang).map((token) => token.value);
}

/** Like readNumbers, with where each number stands and how it is written. */
export function findNumbers(text: string, lang: string): NumberToken[] {
  const reader = readerFor(lang);
  const folded = foldDigits(text, numberSeparators(lang));
  const tokens: NumberToken[] = [];
  for (const match of folded.matchAll(reader.pattern)) {
    tokens.push({ value: reader.toNumber(match[0]), text: text.slice(match.index, match.index + match[0].length), index: match.index });
  }
  return tokens;
}

/**
 * Digits of any script as ASCII, one UTF-16 unit for one, so positions stay those of the text: an
 * Arabic article writes "١٥٫٥" although Intl writes "15.5" for ar, a Japanese one "４．５". The
 * Arabic separators (٫ ٬) and the full-width point (．) become the locale's. The full-width comma
 * only where it groups thousands: in Chinese it also separates clauses and list items
 * ("15，300，42" is three numbers).
 */
function foldDigits(text: string, c: NumberConventions): string {
  // ...unless it groups thousands, as in "１，２００億円": a run of whole three-digit groups.
  const grouped = text.replace(/(?<!\p{Nd})\p{Nd}{1,3}(?:\uFF0C\p{Nd}{3})+(?!\p{Nd}|\uFF0C\p{Nd})/gu, (run) =>
    c.group.length === 1 ? run.replaceAll("\uFF0C", c.group) : run);
  return grouped.replace(/[\p{Nd}\u066B\u066C\uFF0E]/gu, (ch) => {
    if (ch === "\u066B" || ch === "\uFF0E") return c.decimal.length === 1 ? c.decimal : ch;
    if (ch === "\u066C") return c.group.length === 1 ? c.group : ch;
    if (ch.length !== 1 || c.digits.includes(ch)) return ch; // astral digits would shift positions
    return String(digitValue(ch));
  });
}

/** Unicode puts every script's decimal digits 0–9 in a row: a digit is its distance from its zero. */
function digitValue(digit: string): number {
  const code = digit.charCodeAt(0);
  for (let value = 0; value <= 9; value++) {
    if (!/\p{Nd}/u.test(String.fromCharCode(code - value - 1))) return value;
  }
  return code % 10;
}

interface Reader {
  pattern: RegExp;
  toNumber(written: string): number;
}

const readers = new Map<string, Reader>();

function readerFor(lang: string): Reader {
  let reader = readers.get(lang);
  if (!reader) {
    reader = buildReader(numberSeparators(lang));
    readers.set(lang, reader);
  }
  return reader;
}

function buildReader(c: NumberConventions): Reader {
  const native = c.digits === "0123456789" ? "" : escapeClass(c.digits);
  // ASCII digits are always read: articles in fa or ar often mix them with native ones.
  const D = `[0-9${native}]`;
  const G = groupClass(c.group);
  const P = c.primaryGroup;
  const S = c.secondaryGroup;
  const integer = [
    // Grouping is accepted only where the locale would place it, so "3.07" in vi is not 307 and a
    // separator ending a sentence ("17." in vi, "10," in en) is never taken into the number.
    `${D}{1,3}(?:${G}${D}{3})+`,
    // The locale's own pattern when it is not plain thousands (Indian 12,34,567).
    ...(P !== 3 || S !== 3 ? [`${D}{1,${S}}(?:${G}${D}{${S}})*${G}${D}{${P}}`] : []),
    `${D}+`,
  ].join("|");
  // Alternatives are tried in order; the lookahead makes a grouping that would leave a digit dangling
  // ("1,2345") fall back to plain digits instead of splitting a number in the middle of a run. (No
  // lookbehind is needed: since no match ends before a digit, none can start in the middle of a run.)
  const pattern = new RegExp(`(?:${integer})(?:${escapeText(c.decimal)}${D}+)?(?!${D})`, "gu");
  const groupChars = new RegExp(G, "gu");
  const digitList = Array.from(c.digits);
  const nativeDigit = native ? new RegExp(`[${native}]`, "gu") : undefined;
  return {
    pattern,
    toNumber(written) {
      let ascii = written.replace(groupChars, "");
      if (nativeDigit) ascii = ascii.replace(nativeDigit, (d) => String(digitList.indexOf(d)));
      return Number(ascii.replace(c.decimal, "."));
    },
  };
}

/** The characters that count as the group separator in text, which is looser than what Intl writes. */
function groupClass(group: string): string {
  // A locale that groups with a space (fr: U+202F, ru/sv/pl: U+00A0) is often typed with a plain space
  // or another fixed-width space; normalizeText also folds them all to " ". Line breaks never group.
  if (/^\s$/u.test(group)) return "[ \\u00A0\\u2007\\u2009\\u202F]";
  // de-CH writes 1'234; typeset text uses the right single quotation mark instead.
  if (group === "'" || group === "\u2019") return "['\\u2019]";
  return `(?:${escapeText(group)})`;
}

// Only syntax characters may be escaped in a "u" pattern (an escaped "-" is a SyntaxError there).
const escapeText = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const escapeClass = (s: string) => s.replace(/[\\\]^-]/g, "\\$&");
