// Numbers in the deck's own words (titles, points, captions, notes, labels) are held to the article
// too: each is a figure written by reference ({{id}}), the author's own marked as such ({{own: …}}),
// or a number the article states with the same meaning: the same value, unit, scale word, direction
// and subject ("Vietcombank giảm 2,1%" is not the article's "Vietcombank tăng 2,1%"; "70.027 triệu" is
// not its "70.027 tỷ"), read with the figure check's readers in each side's language. Numbers written
// as words count too, and a named period ("Q3/2025") must be one the article names in any form.
// A word with digits in it ("R1", "GPT-4") passes when the article has the same word.
import type { Problem } from "../errors.ts";
import { fieldName } from "../errors.ts";
import type { Figure, Locate, LocateIn } from "../model/briefing.ts";
import { splitInline } from "../model/inline-marks.ts";
import type { TextField } from "../model/text-fields.ts";
import { isIdeographic } from "../format/scale-words.ts";
import { keepBreaks, normalizeKeepingBreaks, paragraphBreaks } from "./normalize-text.ts";
import { findNumbers, numberWriting, scaleOf, splitRuns, type NumberToken, type SplitRun } from "./read-numbers.ts";
import { gluedToWord, isCurrencyPrefix, unitForms, writtenAsPoints, writtenWith } from "./number-context.ts";
import { visibleText } from "./visible-text.ts";
import { findNumberWords } from "./number-words.ts";
import { findPeriods, isMonthKey, sameKeys, type Period } from "./periods.ts";
import { readQuantities, type Quantity } from "./read-quantity.ts";
import { remembered } from "../remembered.ts";
import type { ArticleReading } from "./read-article.ts";
import { escapeRegExp, languageWords } from "../lang/languages.ts";
import { compareQuantity } from "./compare-quantity.ts";
import { sameNumber } from "./compare-numbers.ts";
import { unmatchedRanges } from "./check-ranges.ts";
import { mismatchProblem, absentProblem, measureProblem, contrastProblem } from "./text-number-messages.ts";
import { checkMarkDirections } from "./check-mark-direction.ts";

export interface TextCheckInput {
  fields: TextField[];
  /** The deck's language: its text's numbers are read in it. */
  lang: string;
  /** The briefing's date (ISO): "4月21日" or "21/4" in a subtitle is the briefing's own day, no claim of the article. */
  date?: string;
  /** The article, read once (read-article.ts). */
  article: ArticleReading;
  figures: Figure[];
  file: string;
  locate: Locate;
  locateIn?: LocateIn;
}

export function checkTextNumbers(input: TextCheckInput): Problem[] {
  const article = input.article;
  const problems: Problem[] = [];
  for (const field of input.fields) {
    const report = reporter(input, field, problems);
    for (const found of checkMarkDirections(field, input.figures, input.lang)) report(found.key, found.message, found.hint);
    // Marks are the author's statement of where a number comes from; only the rest is read.
    const own = splitInline(field.text)
      .map((p) => (p.kind === "text" ? p.text : "{{…}}"))
      .join("");
    const { text, periods, quantities, breaks, split } = fieldRead(article)(own, field.markdown, input.lang);
    const sameLanguage = new Intl.Locale(input.lang).language === new Intl.Locale(article.lang).language;
    keepBreaks(text, breaks);
    for (const run of split) {
      // The article's own writing, repeated as it stands in the same language, says no more and no
      // less than the article ("3,07" of a vi article is 3.07 there, and no number in an en deck).
      if (sameLanguage && writesRun(article.text, run.text)) continue;
      const pieces = run.pieces.map((p) => p.text);
      const format = (n: number) => new Intl.NumberFormat(input.lang, { maximumFractionDigits: 20, useGrouping: false }).format(n);
      const candidates = [Number(`${pieces[0]}.${pieces.slice(1).join("")}`), Number(pieces.join(""))].map(format);
      report(
        run.text,
        `«${run.text}» in «${excerpt(text, run.start, run.end)}» is no number as ${input.lang} writes numbers (${numberWriting(input.lang)}): it is read as neither ${pieces.join(" nor ")}`,
        `write the number as ${input.lang} does (${[...new Set(candidates)].join(" or ")}, as the article means it), or make it a figure and write {{figure_id}}`,
      );
    }
    // A month is held to the article only when the article names months at all (not "27/1").
    const namesMonths = [...article.periods].some(isMonthKey);
    for (const [i, period] of periods.entries()) {
      // "enero-septiembre", "janvier à septembre": a month range is the article's when its end is.
      const next = periods[i + 1];
      if (
        isMonthKey(period.key) &&
        next &&
        isMonthKey(next.key) &&
        /^\s?[-–—]\s?$|^ (?:a|à|to|bis|đến) $/u.test(text.slice(period.end, next.start)) &&
        article.periods.has(next.key)
      )
        continue;
      // The briefing's own month ("mercredi 16 octobre") is no claim of the article.
      if (isMonthKey(period.key) && (!namesMonths || period.key === `month ${Number(input.date?.slice(5, 7))}`)) continue;
      if (!sameKeys(period.key).some((k) => article.periods.has(k))) {
        const named = periodsOfNumbers(article, quantities);
        report(
          period.text,
          `the period «${period.text}» in «${excerpt(text, period.start, period.end)}» is not one the article names`,
          `name the period the article gives${named.length ? ` (${named.map((w) => `«${w}»`).join(", ")})` : ""}, or mark it as yours: {{own: ${period.text}}}`,
        );
      }
    }
    for (const deck of quantities) {
      const token = deck.token;
      const name = beside(periods, token) ? undefined : nameAround(text, token, input.lang, article);
      if (name !== undefined) {
        if (!hasWord(article, name))
          report(name, `«${name}» is not in the article`, `write the name as the article does, or mark it as yours: {{own: ${name}}}`);
        continue;
      }
      if (ownDate(deck, input.date) || shortYear(text, deck, periods, article)) continue;
      const context = {
        names: article.names,
        owners: article.owners,
        ...(sameLanguage ? { nouns: article.nouns, same: { lang: input.lang, deck: text, article: article.text } } : {}),
      };
      const verdict = compareQuantity(deck, article.quantities, context);
      if (verdict.kind === "stated") continue;
      const written = writtenAs(text, token);
      const said = excerpt(text, token.index, token.index + token.text.length);
      const message =
        verdict.kind === "absent"
          ? absentProblem(written, said, deck, input.figures, input.lang)
          : verdict.kind === "measure"
            ? measureProblem(written, said, verdict.word, verdict.article, article)
            : verdict.kind === "contrast"
              ? contrastProblem(written, said, verdict.contrast, verdict.article, article)
              : mismatchProblem(verdict.kind, written, said, deck, verdict.article, article, context);
      report(written, message.message, message.hint);
    }
    for (const range of unmatchedRanges(text, quantities, article)) {
      const [start, end] = [range.first.token.index, range.last.token.index + range.last.token.text.length];
      const written = text.slice(start, end);
      report(
        written,
        `the range «${written}» in «${excerpt(text, start, end)}» is not a range the article gives${range.near ? `: it gives «${range.near}»` : ""}`,
        range.near
          ? `write the range as the article gives it («${range.near}»)`
          : "write the range the article gives, or its ends as the article gives them",
      );
    }
  }
  return problems;
}

/**
 * The periods the article names in the sentences of the text's numbers ("…5,6 miljard euro een kwartaal
 * eerder" names none; "in the third quarter" does), or, where those name none, every period it names:
 * a fix that lists the article's other periods led an author to name the wrong one, and it passed.
 */
function periodsOfNumbers(article: ArticleReading, quantities: Quantity[]): string[] {
  const sentences = new Set(
    article.quantities.filter((a) => quantities.some((q) => sameNumber(q.value, a.value))).map((a) => a.scope.sentence),
  );
  const near = [...new Set([...sentences].flatMap((sentence) => findPeriods(sentence, article.lang).map((p) => p.text)))];
  return near.length > 0 ? near : article.periodWords;
}

/** A text field as the check reads it: its visible text, the periods it names and its numbers. */
interface FieldReading {
  text: string;
  /** Where its line breaks were (normalizeKeepingBreaks): sentences in it are found by them. */
  breaks: ReadonlySet<number>;
  periods: Period[];
  quantities: Quantity[];
  /** Numbers written as the deck's language does not ("4,2" in en), whose pieces state nothing. */
  split: SplitRun[];
}

/** Whether the text writes the run whole ("4,2", not inside "14,25"). */
function writesRun(text: string, run: string): boolean {
  const escaped = escapeRegExp(run);
  return new RegExp(`(?<![\\p{Nd}]|\\p{Nd}[,.'’])${escaped}(?![\\p{Nd}]|[,.'’]\\p{Nd})`, "u").test(text);
}

/** Fields read against each article reading, remembered (remembered.ts): most fields are as they were at the last save. */
const fieldReadings = new WeakMap<ArticleReading, (own: string, markdown: boolean, lang: string) => FieldReading>();

function fieldRead(article: ArticleReading): (own: string, markdown: boolean, lang: string) => FieldReading {
  let read = fieldReadings.get(article);
  if (!read) {
    read = remembered(
      1000,
      (own: string, markdown: boolean, lang: string) => `${lang}\0${markdown}\0${own}`,
      (own: string, markdown: boolean, lang: string): FieldReading => {
        const text = normalizeKeepingBreaks(markdown ? visibleText(own) : own);
        // Periods are held to the article only where its language's period words are known (scripts/lang/).
        const periods = languageWords(article.lang) ? findPeriods(text, lang) : [];
        const read = deckNumbers(text, lang, article.nouns).filter((t) => !periods.some((p) => t.index >= p.start && t.index < p.end));
        const tokens = read.filter((t) => !t.split);
        return {
          text,
          breaks: paragraphBreaks(text),
          periods,
          quantities: readQuantities(text, tokens, lang, article.names, true),
          split: splitRuns(text, read),
        };
      },
    );
    fieldReadings.set(article, read);
  }
  return read;
}

/**
 * Digits, and number words where they state a quantity: with "%", a scale word or a currency ("tres
 * por ciento"), or before a word the article counts with a number ("năm bậc" where it writes "3 bậc").
 */
function deckNumbers(text: string, lang: string, nouns: Set<string>): NumberToken[] {
  const counts = (t: NumberToken) =>
    nouns.has(/^ (\p{L}[\p{L}\p{M}]*)/u.exec(text.slice(t.index + t.text.length))?.[1]?.toLocaleLowerCase(lang) ?? "");
  const words = findNumberWords(text, lang).filter(
    (t) =>
      counts(t) ||
      writtenWith(text, t, [...unitForms("%", lang), ...unitForms("USD", lang), ...unitForms("EUR", lang)], lang) ||
      /^ (?:\p{L}+ )?(?:million|billion|trillion|triệu|tỷ|millones|millions|milliards|Millionen|Milliarden)/u.test(
        text.slice(t.index + t.text.length),
      ),
  );
  return [...findNumbers(text, lang), ...words].sort((a, b) => a.index - b.index);
}

/** A day, month or year of the briefing's own date, written as a date. */
function ownDate(deck: Quantity, date: string | undefined): boolean {
  if (!date || !deck.date) return false;
  const [year, month, day] = date.split("-").map(Number);
  return [year, month, day].some((part) => part === deck.value);
}

/** A year in two digits beside a period or before 年 ("3T24", "Q3/25", "25年3月期") that the article writes in four. */
function shortYear(text: string, deck: Quantity, periods: Period[], article: ArticleReading): boolean {
  const { token } = deck;
  if (!/^\d{2}$/u.test(token.text)) return false;
  const year = /^年/u.test(text.slice(token.index + 2)) || beside(periods, token) || periods.some((p) => p.end + 1 === token.index);
  return year && article.quantities.some((q) => q.value === 2000 + token.value || q.value === 1900 + token.value);
}

/** A number glued to a named period ("2025" in "Q3/2025", "9T2025"): a year, read as a number. */
function beside(periods: Period[], token: NumberToken): boolean {
  return periods.some((p) => p.end === token.index || p.end + 1 === token.index || token.index + token.text.length === p.start);
}

function reporter(input: TextCheckInput, field: TextField, problems: Problem[]) {
  const reported = new Set<string>();
  let cursor = 0;
  return (key: string, message: string, hint: string) => {
    // The line the number stands on in the author's text (the notes' fifth line, not "notes:").
    const at = field.text.indexOf(key.replace(/^[-\u2212+]?\p{Sc}?/u, "").replace(/[%％٪]$/, ""), cursor);
    if (at >= 0) cursor = at;
    if (!reported.has(key)) problems.push(problem(input, field, message, hint, at >= 0 ? at : undefined));
    reported.add(key);
  };
}

/** The article has the word, whole ("H20" is not in "H200"). */
function hasWord(article: { text: string; lang: string }, word: string): boolean {
  let pattern = wordPatterns.get(word);
  if (!pattern) {
    const escaped = escapeRegExp(word);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu");
    if (wordPatterns.size > 2000) wordPatterns.clear();
    wordPatterns.set(word, pattern);
  }
  return pattern.test(article.text);
}
const wordPatterns = new Map<string, RegExp>();

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
function nameAround(text: string, token: NumberToken, lang: string, article?: { text: string; lang: string }): string | undefined {
  if (token.word) return undefined;
  const letterBefore = gluedToWord(text, token);
  // "$5bn", "50bp", "3pc", "Exports 22.3 billion": a scale, points or a percent after the number make
  // it a measure, read as one, though the article has the same words (as a name it passed whatever
  // scale or sign the deck gave it).
  const measured = () =>
    scaleOf(text, token, lang) || writtenAsPoints(text, token) || writtenWith(text, token, unitForms("%", lang), lang, "after");
  // "CAC 40", "IBEX 35", "S&P 500": a name and its number, when the article writes them together.
  const named = /(\p{Lu}[\p{L}&.-]*) $/u.exec(text.slice(Math.max(0, token.index - 20), token.index))?.[1];
  if (named && !isCurrencyPrefix(named) && article && hasWord(article, `${named} ${token.text}`) && !measured())
    return `${named} ${token.text}`;
  const end = token.index + token.text.length;
  const before = text.slice(0, token.index);
  const next = text.slice(end, end + 1);
  const letterAfter = /\p{L}/u.test(next) && !isIdeographic(next);
  if (!letterBefore && !letterAfter) return undefined;
  if (!letterBefore && measured()) return undefined;
  // A name in Latin letters ends where Han or kana begin ("M2同比" is "M2").
  const start = before.search(/[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\-‑_.]*$/u);
  const stop = end + (/^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\-‑_]*/u.exec(text.slice(end))?.[0].length ?? 0);
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

/** The words around a span, at most about 30 characters either side. */
function excerpt(text: string, start: number, end: number): string {
  const from = text.lastIndexOf(" ", Math.max(0, start - 30));
  const to = text.indexOf(" ", Math.min(text.length, end + 30));
  return `${from > 0 ? "…" : ""}${text.slice(from < 0 ? 0 : from + 1, to < 0 ? text.length : to)}${to < 0 ? "" : "…"}`;
}
