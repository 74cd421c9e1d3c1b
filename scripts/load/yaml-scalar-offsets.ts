// Where a character of a text field stands in the file. A scalar's value is not its source: quotes
// and escapes go, a block's indentation goes, and folding turns line breaks into spaces. Folding only
// ever changes white space, so the words of the value (runs of anything else) are the words of the
// source in order; matched word for word, a character inside a word is found exactly. When the words
// do not match (a form read here unlike the library), the answer is the start of the text: a line
// that is too early is better than a wrong one.
import type { Scalar } from "yaml";

/** One character of the value as read from the source, and the file offset it came from. */
interface Read {
  char: string;
  at: number;
}

/**
 * The file offset of `index` (UTF-16, into the parsed string value) of a scalar with a range;
 * undefined when the scalar's value is not a string.
 */
export function sourceOffsetOf(text: string, node: Scalar, index: number): number | undefined {
  if (typeof node.value !== "string" || !node.range) return undefined;
  const [start, end] = node.range;
  const read = readScalar(text, node.type, start, end, node.value);
  const textStart = read.find((r) => !WHITE.test(r.char))?.at ?? read[0]?.at ?? start;
  if (node.value.length === 0) return textStart;
  return align(node.value, read, Math.min(Math.max(0, Math.trunc(index)), node.value.length - 1)) ?? textStart;
}

/** The white space folding may change: what YAML calls white (space, tab) and line breaks. */
const WHITE = /^[ \t\n]$/;

function readScalar(text: string, type: Scalar["type"], start: number, end: number, value: string): Read[] {
  switch (type) {
    case "QUOTE_DOUBLE":
      return readDoubleQuoted(text, start + 1, end - 1);
    case "QUOTE_SINGLE":
      return readRaw(text, start + 1, end - 1, (i) => (text.startsWith("''", i) ? { char: "'", length: 2 } : undefined));
    case "BLOCK_LITERAL":
    case "BLOCK_FOLDED":
      return readBlock(text, start, end, value);
    default:
      return readRaw(text, start, end);
  }
}

/** The source as it stands, a CRLF read as one "\n"; `special` reads what is not (an escape). */
function readRaw(text: string, from: number, to: number, special?: (i: number) => { char: string; length: number } | undefined): Read[] {
  const read: Read[] = [];
  for (let i = from; i < to; ) {
    const found = special?.(i);
    if (found) {
      // A character outside the BMP ("\U0001F600") is two UTF-16 units, both from the one escape.
      for (const unit of found.char.split("")) read.push({ char: unit, at: i });
      i += found.length;
    } else if (text.startsWith("\r\n", i)) {
      read.push({ char: "\n", at: i });
      i += 2;
    } else {
      read.push({ char: text[i]!, at: i });
      i += 1;
    }
  }
  return read;
}

const ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xa0",
  L: "\u2028",
  P: "\u2029",
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

function readDoubleQuoted(text: string, from: number, to: number): Read[] {
  return readRaw(text, from, to, (i) => {
    if (text[i] !== "\\") return undefined;
    const next = text[i + 1] ?? "";
    // A "\" ending a line joins it to the next: the break and the next line's indentation are no text.
    const joined = /^\\(\r\n|\r|\n)[ \t]*/.exec(text.slice(i, to));
    if (joined) return { char: "", length: joined[0].length };
    const digits = HEX_DIGITS[next];
    if (digits !== undefined) {
      const code = Number.parseInt(text.slice(i + 2, i + 2 + digits), 16);
      return { char: Number.isNaN(code) ? "" : String.fromCodePoint(code), length: 2 + digits };
    }
    return { char: ESCAPES[next] ?? next, length: 2 };
  });
}

/**
 * A block scalar ("|", ">-", "|2"): the lines after its header, less the block's indentation. That
 * indentation is the first text line's, less the spaces the value keeps at its start ("|2" keeps
 * what lies deeper than its indicator says), so it is read from the value rather than worked out
 * from the parent's column.
 */
function readBlock(text: string, start: number, end: number, value: string): Read[] {
  const headerEnd = text.slice(start, end).search(/\r?\n/);
  if (headerEnd < 0) return [];
  const bodyStart = start + headerEnd + (text[start + headerEnd] === "\r" ? 2 : 1);
  const lines = [...text.slice(bodyStart, end).matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)].filter((m) => m[0] !== "");
  const firstText = lines.find((m) => /[^ \t\r\n]/.test(m[0]));
  const leading = /^[ \t]*/.exec(firstText?.[0] ?? "")![0];
  const kept = /^[ \t\n]*/.exec(value)![0].split("\n").at(-1)!;
  const indent =
    leading.endsWith(kept) && /^ *$/.test(leading.slice(0, leading.length - kept.length))
      ? leading.length - kept.length
      : /^ */.exec(leading)![0].length;
  return lines.flatMap((m) => {
    const lineStart = bodyStart + m.index;
    const skip = Math.min(indent, /^ */.exec(m[0])![0].length);
    return readRaw(text, lineStart + skip, lineStart + m[0].length);
  });
}

/** A run of the value or of the source: a word, or the white space between words. */
interface Run {
  from: number;
  to: number;
  word: boolean;
}

const runsOf = (chars: string[]): Run[] => {
  const runs: Run[] = [];
  chars.forEach((char, i) => {
    const word = !WHITE.test(char);
    const last = runs.at(-1);
    if (last && last.word === word) last.to = i + 1;
    else runs.push({ from: i, to: i + 1, word });
  });
  return runs;
};

/** Words only, with the white space before each word (a gap of length 0 when there is none). */
const wordsOf = (chars: string[]) => {
  const runs = runsOf(chars);
  const words = runs.filter((run) => run.word);
  const gaps = [...words, undefined].map((word, i) => ({ from: words[i - 1]?.to ?? 0, to: word?.from ?? chars.length }));
  return { words, gaps };
};

function align(value: string, read: Read[], index: number): number | undefined {
  const valueChars = value.split("");
  const readChars = read.map((r) => r.char);
  const ours = wordsOf(valueChars);
  const theirs = wordsOf(readChars);
  const same =
    ours.words.length === theirs.words.length &&
    ours.words.every((w, i) => value.slice(w.from, w.to) === readChars.slice(theirs.words[i]!.from, theirs.words[i]!.to).join(""));
  if (!same) return undefined;
  const inWord = ours.words.findIndex((w) => w.from <= index && index < w.to);
  if (inWord >= 0) return read[theirs.words[inWord]!.from + index - ours.words[inWord]!.from]!.at;
  // White space: the gap before the next word, or the last gap.
  const g = ours.gaps.findIndex((gap) => gap.from <= index && index < gap.to);
  const gap = ours.gaps[g]!;
  const source = theirs.gaps[g]!;
  if (source.to === source.from) return read[source.from]?.at ?? read[source.from - 1]?.at;
  const offset = index - gap.from;
  if (gap.to - gap.from === source.to - source.from) return read[source.from + offset]!.at;
  // Folded: a break between words became a space, or one break fewer. A kept "\n" is a break of the
  // source, counted from the next word back (folding drops the first); anything else is where the
  // white space starts, on the line of the word before it.
  if (value[index] !== "\n") return read[source.from]!.at;
  const breaks = readChars.slice(source.from, source.to).flatMap((char, i) => (char === "\n" ? [source.from + i] : []));
  const before = valueChars.slice(gap.from, index).filter((char) => char === "\n").length;
  const after = valueChars.slice(index + 1, gap.to).filter((char) => char === "\n").length;
  const inner = g > 0 && g < ours.words.length;
  const at = inner ? breaks.length - 1 - after : before;
  return read[breaks[Math.min(Math.max(at, 0), breaks.length - 1)] ?? source.from]!.at;
}
