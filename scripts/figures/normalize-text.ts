// Text as the figure check compares it: the author's quote and the article may differ in how they were
// typed (NFD from a Mac, NBSP from a CMS, a BOM, line breaks inside a sentence) but not in what they say.

/** NFC, no BOM, every run of white space (NBSP, narrow NBSP, tabs, line breaks) one ASCII space, trimmed. */
export function normalizeText(s: string): string {
  return (
    s
      .normalize("NFC")
      // U+FEFF is invisible anywhere (a BOM at the start, a stray "zero-width no-break space" elsewhere);
      // it is removed before folding so it cannot turn into a space in the middle of a word.
      .replace(/\uFEFF/g, "")
      // JavaScript's \s is Unicode-aware: it covers NBSP (U+00A0), narrow NBSP (U+202F), thin space,
      // the line and paragraph separators, as well as \r\n and \t.
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * normalizeText, remembering where a line break was folded: a headline without a full stop, a table's
 * cells and a list's items end there, so the subject check does not read across them (paragraphBreaks).
 */
export function normalizeKeepingBreaks(s: string): string {
  const text = normalizeText(s);
  const breaks = new Set<number>();
  let at = 0;
  // normalizeText folds each run of white space to one space: walk the same runs to find those with a newline.
  const clean = s
    .normalize("NFC")
    .replace(/\uFEFF/g, "")
    .replace(/^\s+/, "");
  for (const m of clean.matchAll(/\S+|\s+/gu)) {
    if (/^\s/u.test(m[0])) {
      if (/[\n\r\u2028\u2029]/u.test(m[0]) && at < text.length) breaks.add(at);
      at += 1;
    } else {
      at += m[0].length;
    }
  }
  keepBreaks(text, breaks);
  return text;
}

/**
 * Where `text` (a normalizeKeepingBreaks result) had its line breaks, known again: a reading
 * remembered from an earlier build (remembered.ts) brings its breaks back, as normalizing again would.
 */
export function keepBreaks(text: string, breaks: ReadonlySet<number>): void {
  // Kept even when there are none: a field whose line break was edited out normalizes to the same
  // text, and must not find the old break.
  known.delete(text);
  if (known.size > 500) known.delete(known.keys().next().value!);
  known.set(text, breaks);
}

const known = new Map<string, ReadonlySet<number>>();

/** The positions (spaces) of normalizeKeepingBreaks' text where a line break was. */
export const paragraphBreaks = (text: string): ReadonlySet<number> => known.get(text) ?? NONE;
const NONE: ReadonlySet<number> = new Set();

/**
 * Quote marks (double or single, any style) as one mark and dashes as "-", one character for one, so
 * positions stay put: an author types "-" where the article has "–" ("5-6%"), «…» for '…', " for „ “.
 */
const foldQuotes = (s: string) => s.replace(/[“”„‟″〃«»「」『』‘’‚‛′`'‹›]/g, '"').replace(/[‐‑‒–—−]/g, "-");

/**
 * Where the quote stands in the text (both normalized), or -1. Typed quotes and dashes may differ
 * from the article's (“ ” ″ « » 「 」, ' ’ and – —), and a quote may start a sentence the article had in mid-flow
 * ("Mô hình" for "mô hình"). The match has the quote's length, so positions map one to one.
 */
export function findPassage(text: string, quote: string): number {
  if (quote === "") return -1;
  const folded = foldQuotes(text);
  const wanted = foldQuotes(quote);
  const first = wanted[0]!;
  const other = first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase();
  for (const form of other.length === 1 && other !== first ? [wanted, other + wanted.slice(1)] : [wanted]) {
    for (let at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + 1)) {
      if (wholeNumbers(folded, at, form.length)) return at;
    }
  }
  return -1;
}

/**
 * A quote that starts or ends with a digit must not cut a number of the article in two: "2 tỷ USD"
 * is not in "12 tỷ USD", nor "tăng 11,2" in "tăng 11,25%", nor "3兆" in "3兆0857億".
 */
function wholeNumbers(text: string, at: number, length: number): boolean {
  const before = text.slice(Math.max(0, at - 2), at);
  const after = text.slice(at + length, at + length + 2);
  const startsWithDigit = /^\p{Nd}/u.test(text.slice(at, at + 1));
  const endsWithDigit = /\p{Nd}$/u.test(text.slice(at + length - 1, at + length));
  if (startsWithDigit && (/\p{Nd}$/u.test(before) || /\p{Nd}[.,]$/u.test(before))) return false;
  if (endsWithDigit && (/^\p{Nd}/u.test(after) || /^[.,]\p{Nd}/u.test(after))) return false;
  // "売買代金は3兆" is not the article's "3兆0857億8300万円": the number goes on past the unit.
  if (/\p{Nd}[万萬億亿兆]$/u.test(text.slice(at + length - 2, at + length)) && /^\p{Nd}/u.test(after)) return false;
  return true;
}
