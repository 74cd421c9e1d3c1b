// Reads the numbers an article writes, in the article's own conventions: in vi "19.341,43" is 19341.43,
// "100.000" is 100000 and "3,07" is 3.07; in en "19,341.43"; in fr "19 341,43" (narrow NBSP); in hi
// "12,34,567.8". Nothing is hard-coded per language: separators and group sizes come from Intl, so any
// language Intl knows is read the way Intl would write it, and digits are read in every script.

import { scaleAfter, type WrittenScale } from "../format/scale-words.ts";

export interface NumberConventions {
  /** The locale's group separator: "." in vi and de, "," in en, U+202F in fr. */
  group: string;
  /** The locale's decimal separator. */
  decimal: string;
  /** Size of the last group (3) and of the groups before it (3, or 2 in Indian grouping). */
  primaryGroup: number;
  secondaryGroup: number;
}

/** A number as it stands in the text. */
/** The scale a number carries inside its own characters: "3兆0857億8300万" is 3.0857783 × 10¹². */
export interface InnerScale {
  magnitude: number;
  scale?: "thousand" | "million" | "billion" | "trillion";
  /** Nothing follows the number: the scale is written inside it. */
  written: "";
}

export interface NumberToken {
  /** For a CJK number written with its units inside ("3万4279円92銭", "3兆0857億8300万"). */
  scale?: InnerScale;
  /** Written as a word ("ba", "fünf"), not in digits. */
  word?: boolean;
  /**
   * One piece of digits joined to others by a mark the language does not read there ("4,2" in en,
   * where a comma groups thousands in threes; "3.07" in vi): no number of its own, and which number
   * the whole means the text does not say (markSplit; splitRuns gives the runs back whole).
   */
  split?: true;
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
  // Ten digits, because some locales (es, pl) leave four-digit numbers ungrouped.
  const sizes = new Intl.NumberFormat(lang)
    .formatToParts(1234567890)
    .filter((p) => p.type === "integer")
    .map((p) => p.value.length);
  const primaryGroup = sizes.at(-1) ?? 3;
  const secondaryGroup = sizes.length > 2 ? (sizes.at(-2) ?? primaryGroup) : primaryGroup;
  return { group, decimal, primaryGroup, secondaryGroup };
}

/** Every number written in the text, in order. Signs are not read: "-3,07%" gives 3.07. */
export function readNumbers(text: string, lang: string): number[] {
  return findNumbers(text, lang).map((token) => token.value);
}

/** Like readNumbers, with where each number stands and how it is written. */
export function findNumbers(text: string, lang: string): NumberToken[] {
  const reader = readerFor(lang);
  const { folded, origin } = foldDigits(text, reader.conventions);
  const tokens: NumberToken[] = [];
  for (const match of folded.matchAll(reader.pattern)) {
    const [from, to] = [origin[match.index]!, origin[match.index + match[0].length]!];
    tokens.push({ value: reader.toNumber(match[0]), text: text.slice(from, to), index: from });
  }
  return markSplit(text, UNIT_NUMERAL.test(text) ? joinUnitNumerals(text, tokens) : tokens);
}

/** A run of digits a language does not read as one number ("4,2" in en), with its pieces. */
export interface SplitRun {
  text: string;
  start: number;
  end: number;
  pieces: NumberToken[];
}

/** The split pieces (NumberToken.split) of a text, put back together as the runs they were written in. */
export function splitRuns(text: string, tokens: NumberToken[]): SplitRun[] {
  const runs: SplitRun[] = [];
  for (const piece of tokens.filter((t) => t.split)) {
    const last = runs.at(-1);
    if (last && piece.index === last.end + 1) {
      last.pieces.push(piece);
      last.end = piece.index + piece.text.length;
    } else runs.push({ text: "", start: piece.index, end: piece.index + piece.text.length, pieces: [piece] });
  }
  for (const run of runs) run.text = text.slice(run.start, run.end);
  return runs;
}

/** How a language writes numbers, for a message: "it writes 1,234,567.89" in en, "1.234.567,89" in de. */
export function numberWriting(lang: string): string {
  return `it writes ${new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(1234567.89)}`;
}

/** The marks that join digits inside one number in some language (a full-width comma also lists numbers in Chinese). */
const JOINING_MARK = /^[,.'’\u066B\u066C]$/u;
/** A day and month, and perhaps a year ("28.01.2025", "3.07."), which is how those marks also join digits. */
const DATE_RUN = /^\p{Nd}{1,2}\.\p{Nd}{1,2}\.(?:\p{Nd}{2}|\p{Nd}{4})?$/u;

/**
 * Tokens that are pieces of one run of digits ("4,2" read as 4 and 2 in en): each is marked, so that
 * no check takes "2" for a number the article states (a figure of 2% quoting "fell 4,2%" passed).
 * A date written with points stays its day, month and year.
 */
function markSplit(text: string, tokens: NumberToken[]): NumberToken[] {
  const joined = (a: NumberToken, b: NumberToken) =>
    a.index + a.text.length + 1 === b.index && JOINING_MARK.test(text[b.index - 1]!) && !a.word && !b.word;
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j + 1 < tokens.length && joined(tokens[j]!, tokens[j + 1]!)) j++;
    if (j > i) {
      const run = tokens.slice(i, j + 1);
      const last = run.at(-1)!;
      const written = text.slice(run[0]!.index, last.index + last.text.length + (text[last.index + last.text.length] === "." ? 1 : 0));
      if (!DATE_RUN.test(written)) for (const token of run) token.split = true;
    }
    i = j + 1;
  }
  return tokens;
}

const UNITS: Record<string, number> = { 兆: 1e12, 億: 1e8, 亿: 1e8, 万: 1e4, 萬: 1e4, 조: 1e12, 억: 1e8, 만: 1e4 };
/** Thousands and hundreds glued to the digits, inside a unit ("5천억원" is 5000억, "1조2천억" 1.2조, "5百万"). */
const SMALL_UNITS: Record<string, number> = { 천: 1e3, 千: 1e3, 백: 1e2, 百: 1e2 };
/** A text that may write a number with its units inside (or yen with sen). */
const UNIT_NUMERAL = new RegExp(`[${[...Object.keys(UNITS), ...Object.keys(SMALL_UNITS)].join("")}銭]`, "u");
/** Korean's units, whose pieces may stand a space apart ("9조 1,834억 원"). */
const SPACED_UNITS = /^[조억만]$/u;

/**
 * Japanese and Chinese write a number with its units inside: "3万4279円92銭" is 34,279.92 (yen and
 * sen), "3兆0857億8300万円" 3.0857783 × 10¹², "227万3000人" 2,273,000. The pieces become one token
 * whose value is in its largest unit, with that unit as its inner scale, so that "21兆9000億円" is the
 * figure 21.9 with scale trillion and "3兆" alone stays 3 × 10¹² with 兆 after it.
 */
function joinUnitNumerals(text: string, tokens: NumberToken[]): NumberToken[] {
  const out: NumberToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    let j = i;
    let end = first.index + first.text.length;
    let total = 0;
    let largest = 0;
    let smallest = Infinity;
    let pending = first.value; // the piece read, not yet multiplied by its unit
    let small = false;
    // "3兆" "0857億" "8300万": each piece glued to a unit smaller than the one before.
    for (;;) {
      const thousands = SMALL_UNITS[text[end] ?? ""];
      if (thousands !== undefined && Number.isInteger(pending) && pending < 10) {
        pending *= thousands;
        end += 1;
        small = true;
        // "1천500억": the hundreds after the thousand belong to the same unit (1,500억).
        const rest = tokens[j + 1];
        if (rest && rest.index === end && Number.isInteger(rest.value) && rest.value < thousands) {
          pending += rest.value;
          j += 1;
          end = rest.index + rest.text.length;
        }
      }
      const unit = UNITS[text[end] ?? ""];
      if (unit === undefined || unit >= smallest) break;
      total += pending * unit;
      pending = 0;
      largest ||= unit;
      smallest = unit;
      const next = tokens[j + 1];
      const gap = SPACED_UNITS.test(text[end] ?? "") && text[end + 1] === " " ? 2 : 1;
      if (!next || next.index !== end + gap) {
        end += 1; // a trailing unit ("8300万") is part of the number
        break;
      }
      j += 1;
      end = next.index + next.text.length;
      pending = next.value;
    }
    total += pending;
    // "…円92銭": sen are hundredths of a yen.
    const yen = /^円(\d{1,2})銭/u.exec(text.slice(end));
    if (yen) {
      total += Number(yen[1]) / 100;
      end += yen[0].length;
    }
    if (j === i && !yen && !small) {
      out.push(first);
      continue;
    }
    const magnitude = largest || 1;
    out.push({
      value: Number((total / magnitude).toPrecision(15)),
      text: text.slice(first.index, end),
      index: first.index,
      ...(magnitude > 1
        ? { scale: { magnitude, ...(magnitude === 1e12 ? { scale: "trillion" as const } : {}), written: "" as const } }
        : {}),
    });
    i = j;
  }
  return out;
}

/** The scale of a number: inside it ("3兆0857億"), or the scale word after it ("589 tỷ", "5,48 Mrd."). */
export function scaleOf(text: string, token: NumberToken, lang: string): WrittenScale | undefined {
  return token.scale ?? scaleAfter(text, token.index + token.text.length, lang);
}

/**
 * The text with the digits of every script as ASCII, and where each of its characters stands in the
 * original (`origin[i]`; one more entry for the end). An article may write "١٥٫٥" although Intl
 * writes ar in Latin digits, or "４．５" in ja; fa writes its own digits. The Arabic separators (٫ ٬)
 * and the full-width point (．) become the locale's; the full-width comma only where it groups
 * thousands ("１，２００"): in Chinese it also separates list items ("15，300，42" is three numbers).
 */
function foldDigits(text: string, c: NumberConventions): { folded: string; origin: number[] } {
  const grouping = new Set<number>();
  for (const run of text.matchAll(/(?<!\p{Nd})\p{Nd}{1,3}(?:\uFF0C\p{Nd}{3})+(?!\p{Nd}|\uFF0C\p{Nd})/gu)) {
    for (let i = run.index; i < run.index + run[0].length; i++) if (text[i] === "\uFF0C") grouping.add(i);
  }
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const out = foldChar(ch, grouping.has(i), c);
    folded += out;
    for (let k = 0; k < out.length; k++) origin.push(i);
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

function foldChar(ch: string, groupsThousands: boolean, c: NumberConventions): string {
  if (ch === "\u066B" || ch === "\uFF0E") return c.decimal;
  if (ch === "\u066C" || (ch === "\uFF0C" && groupsThousands)) return c.group;
  return /\p{Nd}/u.test(ch) ? String(digitValue(ch)) : ch;
}

/** Unicode puts every script's decimal digits 0–9 in a row: a digit is its distance from its zero. */
function digitValue(digit: string): number {
  const code = digit.codePointAt(0)!;
  let value = 0;
  while (value < 9 && /\p{Nd}/u.test(String.fromCodePoint(code - value - 1))) value++;
  return value;
}

interface Reader {
  conventions: NumberConventions;
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

/** Reads text whose digits foldDigits has made ASCII, with the locale's separators and grouping. */
function buildReader(c: NumberConventions): Reader {
  const D = "[0-9]";
  const G = groupClass(c.group, c.decimal);
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
  return {
    conventions: c,
    pattern,
    toNumber: (written) => Number(written.replace(groupChars, "").replace(c.decimal, ".")),
  };
}

/** The characters that count as the group separator in text, which is looser than what Intl writes. */
function groupClass(group: string, decimal: string): string {
  // A locale that groups with a space (fr: U+202F, ru/sv/pl: U+00A0) is often typed with a plain space
  // or another fixed-width space; normalizeText also folds them all to " ". Line breaks never group.
  // Where the decimal mark is a comma, agencies also group with a point ("7.512,36 points" in AFP copy).
  if (/^\s$/u.test(group)) return decimal === "," ? "[ .\\u00A0\\u2007\\u2009\\u202F]" : "[ \\u00A0\\u2007\\u2009\\u202F]";
  // de-CH writes 1'234; typeset text uses the right single quotation mark instead.
  if (group === "'" || group === "\u2019") return "['\\u2019]";
  return `(?:${escapeText(group)})`;
}

// Only syntax characters may be escaped in a "u" pattern (an escaped "-" is a SyntaxError there).
const escapeText = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
