// Numbers in the deck's own words (titles, points, captions, notes, labels) are held to the article
// too: each is a figure written by reference ({{id}}), the author's own marked as such ({{own: …}}),
// or a number the article states, compared by value ("3.07%" in an English deck is the article's
// "3,07%"). A word with digits in it ("R1", "GPT-4") passes when the article has the same word.
import type { Problem } from "../errors.ts";
import { fieldName } from "../errors.ts";
import type { Figure, Locate } from "../model/briefing.ts";
import { splitInline } from "../model/inline-marks.ts";
import type { TextField } from "../model/text-fields.ts";
import { formatFigure } from "../format/format-figure.ts";
import { isIdeographic } from "../format/scale-words.ts";
import { sameNumber } from "./compare-numbers.ts";
import { normalizeText } from "./normalize-text.ts";
import { findNumbers, type NumberToken } from "./read-numbers.ts";
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
}

export function checkTextNumbers(input: TextCheckInput): Problem[] {
  const stated = findNumbers(input.article.text, input.article.lang).map((t) => t.value);
  const articleWords = input.article.text.toLocaleLowerCase(input.article.lang);
  const problems: Problem[] = [];
  for (const field of input.fields) {
    // Marks are the author's statement of where a number comes from; only the rest is read.
    const own = splitInline(field.text).map((p) => (p.kind === "text" ? p.text : "{{…}}")).join("");
    const text = normalizeText(field.markdown ? visibleText(own) : own);
    for (const token of findNumbers(text, input.lang)) {
      const name = nameAround(text, token);
      if (name !== undefined) {
        if (!articleWords.includes(name.toLocaleLowerCase(input.article.lang))) {
          problems.push(problem(input, field, `«${name}» is not in the article`, `write the name as the article does, or mark it as yours: {{own: ${name}}}`));
        }
        continue;
      }
      if (stated.some((n) => sameNumber(n, token.value))) continue;
      const figure = input.figures.find((f) => sameNumber(Math.abs(f.value), token.value));
      const written = writtenAs(text, token);
      problems.push(problem(input, field,
        `the number ${written} in «${excerpt(text, token)}» is not in the article`,
        figure
          ? `write {{${figure.id}}} to show figure "${figure.id}" (${formatFigure(figure, input.lang)}), so it reads the same everywhere`
          : `make it a figure and write {{figure_id}}, correct it to the article's number, or, if it is your own and no claim about the story, mark it {{own: ${written}}}`));
    }
  }
  return problems;
}

function problem(input: TextCheckInput, field: TextField, message: string, hint: string): Problem {
  const at = input.locate(field.path);
  return { file: input.file, ...(at ? { line: at.line, column: at.column } : {}), field: fieldName(field.path), message, hint };
}

/**
 * The word a number is part of, when it is one: letters glued to it ("R1", "5G") or joined by a
 * hyphen ("GPT-4"). A unit written straight after a number in scripts without spaces ("12,500人")
 * leaves it a number.
 */
function nameAround(text: string, token: NumberToken): string | undefined {
  const end = token.index + token.text.length;
  const letterBefore = /\p{L}[-‑]?$/u.test(text.slice(0, token.index));
  const next = text.slice(end, end + 1);
  const letterAfter = /\p{L}/u.test(next) && !isIdeographic(next);
  if (!letterBefore && !letterAfter) return undefined;
  const start = text.slice(0, token.index).search(/[\p{L}\p{N}\-‑_.]*$/u);
  const stop = end + (/^[\p{L}\p{N}\-‑_]*/u.exec(text.slice(end))?.[0].length ?? 0);
  return text.slice(start, stop).replace(/^[-‑_.]+|[-‑_.]+$/g, "");
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
