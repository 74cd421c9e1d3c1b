// Numbers in the deck's own words (titles, points, captions, notes, labels) are held to the article
// too: each is a figure written by reference ({{id}}), the author's own marked as such ({{own: …}}),
// or a number the article states, compared by value ("3.07%" in an English deck is the article's
// "3,07%"). A word with digits in it ("R1", "GPT-4") passes when the article has the same word.
import type { Problem } from "../errors.ts";
import { fieldName } from "../errors.ts";
import type { Figure, Locate, LocateIn } from "../model/briefing.ts";
import { splitInline } from "../model/inline-marks.ts";
import type { TextField } from "../model/text-fields.ts";
import { formatFigure } from "../format/format-figure.ts";
import { isIdeographic } from "../format/scale-words.ts";
import { sameNumber } from "./compare-numbers.ts";
import { normalizeText } from "./normalize-text.ts";
import { findNumbers, type NumberToken } from "./read-numbers.ts";
import { gluedToWord, unitForms, writtenWith } from "./number-context.ts";
import { inRanges } from "./check-unit.ts";
import { scaleAfter } from "../format/scale-words.ts";
import { visibleText } from "./visible-text.ts";

export interface TextCheckInput {
  fields: TextField[];
  /** The deck's language: its text's numbers are read in it. */
  lang: string;
  /** normalizeText of the article, and the language it writes numbers in. */
  article: { text: string; lang: string };
  figures: Figure[];
  file: string;
  locate: Locate;
  locateIn?: LocateIn;
}

export function checkTextNumbers(input: TextCheckInput): Problem[] {
  const article = input.article;
  const tokens = findNumbers(article.text, article.lang);
  const percents = percentTokens(article.text, tokens, article.lang);
  const stated = tokens.map((t) => ({ value: t.value, quantity: quantityOf(article.text, t, article.lang), percent: percents.has(t) }));
  const problems: Problem[] = [];
  for (const field of input.fields) {
    // Marks are the author's statement of where a number comes from; only the rest is read.
    const own = splitInline(field.text).map((p) => (p.kind === "text" ? p.text : "{{…}}")).join("");
    const text = normalizeText(field.markdown ? visibleText(own) : own);
    const reported = new Set<string>();
    let cursor = 0;
    const report = (key: string, message: string, hint: string) => {
      // The line the number stands on in the author's text (the notes' fifth line, not "notes:").
      const at = field.text.indexOf(key.replace(/^[-\u2212+]?\p{Sc}?/u, "").replace(/[%％٪]$/, ""), cursor);
      if (at >= 0) cursor = at;
      if (!reported.has(key)) problems.push(problem(input, field, message, hint, at >= 0 ? at : undefined));
      reported.add(key);
    };
    const found = findNumbers(text, input.lang);
    const textPercents = percentTokens(text, found, input.lang);
    for (const token of found) {
      const name = nameAround(text, token, article);
      if (name !== undefined) {
        if (!hasWord(article, name)) report(name, `«${name}» is not in the article`, `write the name as the article does, or mark it as yours: {{own: ${name}}}`);
        continue;
      }
      const quantity = quantityOf(text, token, input.lang);
      const percent = textPercents.has(token);
      const same = stated.filter((n) => sameNumber(n.value, token.value) || sameNumber(n.quantity, quantity));
      // "3.07%" must be the article's percentage, not its 3.07 of something else.
      if (same.some((n) => !percent || n.percent)) continue;
      const written = writtenAs(text, token);
      if (same.length > 0) {
        report(written, `the number ${written} in «${excerpt(text, token)}» is a percentage, but the article writes ${token.text} of something else`,
          "write the number as the article gives it, or make it a figure and write {{figure_id}}");
        continue;
      }
      const figure = input.figures.find((f) => sameNumber(Math.abs(f.value), token.value));
      report(written, `the number ${written} in «${excerpt(text, token)}» is not in the article`,
        figure
          ? `write {{${figure.id}}} to show figure "${figure.id}" (${formatFigure(figure, input.lang)}), so it reads the same everywhere`
          : `make it a figure and write {{figure_id}}, correct it to the article's number, or, if it is your own and no claim about the story, mark it {{own: ${written}}}`);
    }
  }
  return problems;
}

/** The numbers written as percentages, both ends of a range included ("5-7%", "3%–3,25%"). */
function percentTokens(text: string, tokens: NumberToken[], lang: string): Set<NumberToken> {
  return new Set(inRanges(text, tokens, tokens.filter((t) => writtenWith(text, t, unitForms("%", lang), lang))));
}

/** The quantity a number and the scale word after it make: "41 nghìn tỷ" and "41.000 tỷ" are both 41 × 10¹². */
function quantityOf(text: string, token: NumberToken, lang: string): number {
  const scale = scaleAfter(text, token.index + token.text.length, lang);
  return scale ? token.value * scale.magnitude : token.value;
}

/** The article has the word, whole ("H20" is not in "H200"). */
function hasWord(article: { text: string; lang: string }, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(article.text);
}

function problem(input: TextCheckInput, field: TextField, message: string, hint: string, offset?: number): Problem {
  const at = (offset !== undefined ? input.locateIn?.(field.path, offset) : undefined) ?? input.locate(field.path);
  return { file: input.file, ...(at ? { line: at.line, column: at.column } : {}), field: fieldName(field.path), message, hint };
}

/**
 * The word a number is part of, when it is a name: letters glued before it ("R1", "H20") or joined by
 * a hyphen ("GPT-4"), or letters after it that the article has as that same word ("5G", "3D"). Other
 * letters after a number are its unit or suffix ("3nm", "5bn", "3x", "3rd"), and a time ("10h30")
 * is two numbers: those are read as numbers.
 */
function nameAround(text: string, token: NumberToken, article?: { text: string; lang: string }): string | undefined {
  const end = token.index + token.text.length;
  const before = text.slice(0, token.index);
  const letterBefore = gluedToWord(text, token);
  const next = text.slice(end, end + 1);
  const letterAfter = /\p{L}/u.test(next) && !isIdeographic(next);
  if (!letterBefore && !letterAfter) return undefined;
  const start = before.search(/[\p{L}\p{N}\-‑_.]*$/u);
  const stop = end + (/^[\p{L}\p{N}\-‑_]*/u.exec(text.slice(end))?.[0].length ?? 0);
  const word = text.slice(start, stop).replace(/^[-‑_.]+|[-‑_.]+$/g, "");
  if (letterBefore) return word;
  return article && hasWord(article, word) ? word : undefined;
}

/** The number with the sign, currency sign and % written on it ("-3,07%", "$600"), for a message and a fix. */
function writtenAs(text: string, token: NumberToken): string {
  const sign = /[-\u2212+]?\p{Sc}?$/u.exec(text.slice(0, token.index))![0];
  const unit = /^[%％٪]/.exec(text.slice(token.index + token.text.length))?.[0] ?? "";
  return `${sign}${token.text}${unit}`;
}

/** The words around the number, at most about 30 characters either side. */
function excerpt(text: string, token: NumberToken): string {
  const from = text.lastIndexOf(" ", Math.max(0, token.index - 30));
  const to = text.indexOf(" ", Math.min(text.length, token.index + token.text.length + 30));
  return `${from > 0 ? "…" : ""}${text.slice(from < 0 ? 0 : from + 1, to < 0 ? text.length : to)}${to < 0 ? "" : "…"}`;
}
