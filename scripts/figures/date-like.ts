// Whether a number is a date: a day, a month or a year ("27/1", "27 January", "tháng 10", "2025"),
// which belongs to no one and names no rate's clause. Read by read-quantity.ts and read-direction.ts.
import { alternatives, languageWords } from "../lang/languages.ts";
import { isCalendarWord } from "./names.ts";
import type { NumberToken } from "./read-numbers.ts";

/** A year written in four digits, 1900–2100. */
export const isYear = (token: NumberToken) => /^\d{4}$/u.test(token.text) && token.value >= 1900 && token.value <= 2100;

/** A day, month or year: "27/1", "27 January", "tháng 10", "2025" with no unit. */
export function dateLike(text: string, token: NumberToken, lang: string): boolean {
  const end = token.index + token.text.length;
  // "Inflasi Oktober 0,08%": a month's percentage, no day of it.
  if (/^\s?[%％٪]/u.test(text.slice(end))) return false;
  // "im Dezember 2,6 Prozent": a month's percentage in words.
  const word = /^\s?(\p{L}+)/u.exec(text.slice(end))?.[1]?.toLocaleLowerCase(lang);
  if (word !== undefined && (languageWords(lang)?.units.percent ?? []).some((p) => p.toLocaleLowerCase(lang).split(" ")[0] === word))
    return false;
  // "4,7-5,5%": a range of percentages, no day and month.
  if (/^[-–]\d[\d.,]*\s?[%％٪]/u.test(text.slice(end))) return false;
  if (/^[/.-]\d/u.test(text.slice(end)) || /\d[/.-]$/u.test(text.slice(0, token.index))) return true;
  if (isYear(token)) return true;
  const next = /^ ?(\p{L}[\p{L}\p{M}]*)/u.exec(text.slice(end))?.[1];
  const previous = /(\p{L}[\p{L}\p{M}]*) ?$/u.exec(text.slice(0, token.index))?.[1];
  return (
    [next, previous].some((w) => w !== undefined && isCalendarWord(w, lang)) ||
    /[月日年]$/u.test(text.slice(0, token.index)) ||
    dateWordBefore(lang).test(text.slice(Math.max(0, token.index - 12), token.index)) ||
    /^[月日年]/u.test(text.slice(end))
  );
}

const dateWordPatterns = new Map<string, RegExp>();

/** "ngày ", "tháng " straight before a number: the language's date words. */
function dateWordBefore(lang: string): RegExp {
  let pattern = dateWordPatterns.get(lang);
  if (!pattern) {
    const words = languageWords(lang)?.dateWords ?? [];
    pattern = words.length ? new RegExp(`(?<!\\p{L})(?:${alternatives(words)})\\s?$`, "iu") : /(?!)/u;
    dateWordPatterns.set(lang, pattern);
  }
  return pattern;
}
