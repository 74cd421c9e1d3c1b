// Sentences and clauses of normalized text: where a number's sentence and clause begin and end, with
// the line breaks normalizeKeepingBreaks remembered (a headline, a table's cell, a list's item end there).
import { remembered } from "../remembered.ts";
import { paragraphBreaks } from "./normalize-text.ts";

/** A period that ends a sentence (not "Mrd." or "z.B."): the next word starts a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{L}|Mrd|Mio|Bio|Nr|bzw|ca|etc|St|Mr|Mrs|Ms|Dr|Prof|Inc|Co|Corp|Ltd|vs|Tsd|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dez|Dec|Abs|Art|Mill|mill|Mds|Md|Sr|Sra|No|tr|ng|tỷ)\.$/u;

/** The sentence that holds the character at `index`. */
export function sentenceAt(text: string, index: number): { start: number; end: number } {
  const sentences = sentencesOf(text);
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sentences[mid]!.next <= index) low = mid + 1;
    else high = mid;
  }
  const found = sentences[low]!;
  return { start: found.start, end: found.end };
}

/** Every sentence of the text, in order, worked out once per text (a check asks for each of its numbers). */
const sentencesOf = remembered(
  200,
  // By its line breaks too: the same text without them is other sentences.
  (text: string) => `${[...paragraphBreaks(text)].join(",")}\u0000${text}`,
  (text: string): { start: number; end: number; next: number }[] => {
    const sentences: { start: number; end: number; next: number }[] = [];
    let start = 0;
    const breaks = paragraphBreaks(text);
    for (const m of text.matchAll(/[.!?。！？؟۔]["”»’)]?\s+(?=["“«„(]?[\p{Lu}\p{N}\p{Lo}])|[。！？।॥]| /gu)) {
      // A space ends a sentence only where a line broke (a headline, a table's cell, a list's item).
      if (m[0] === " " && !breaks.has(m.index)) continue;
      if (m[0][0] === "." && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
      const next = m.index + m[0].length;
      sentences.push({ start, end: m[0] === " " ? m.index : m.index + 1, next });
      start = next;
    }
    sentences.push({ start, end: text.length, next: Infinity });
    return sentences;
  },
);

/** The clause that holds the character at `index`: between commas, semicolons, colons and dashes of its sentence. */
function clauseAt(text: string, index: number, colon = true): { start: number; end: number } {
  const sentence = sentenceAt(text, index);
  let start = sentence.start;
  let end = sentence.end;
  const bounds = colon ? /[,;:、，；：،؛]\s|\s[–—]\s|\s-\s/gu : /[,;、，；،؛]\s|\s[–—]\s|\s-\s/gu;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(bounds)) {
    const at = sentence.start + m.index;
    if (at < index) start = at + m[0].length;
    else if (at >= index) {
      end = at;
      break;
    }
  }
  return { start, end };
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
  return {
    clause: text.slice(clause.start, clause.end),
    sentence: text.slice(sentence.start, sentence.end),
    lead: text.slice(sentence.start, clause.start),
    near: text.slice(from, to),
    nearStart: before,
    nearEnd: after,
  };
}

/** A sentence's end in any script: its stop and a space or the text's end, or a mark that needs none (Devanagari's danda). */
export const SENTENCE_END = /[.;!?؟۔](?:\s|$)|[。！？।॥]/u;

/** Where one clause of a sentence ends and the next begins. */
export const CLAUSE_BOUNDS = /[,;:、，；：،؛]\s|\s[–—]\s|\s-\s/u;
