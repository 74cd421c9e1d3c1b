// The date an article writes near its top (its dateline), in its own language's way: "2025-10-30",
// "30/10/2025", "January 28, 2025", "30. Oktober 2025", "29 de octubre de 2025", "le 24 octobre 2025",
// "ngày 28 tháng 10 năm 2025", "2025년 11월 27일", "2025年10月30日". Month names are Intl's for the
// language and English (both the standalone and the day's form: Russian "октября").
import { alternatives } from "../lang/languages.ts";

/**
 * The first date of the text as an ISO date, or undefined. A dateline without its year ("WASHINGTON,
 * June 18 (Reuters)", "MADRID, 12 sep (EFE)", "मुंबई, 6 नवंबर (भाषा)") is of the year `today` is in, or
 * of the year before when that day is still to come.
 */
export function articleDate(text: string, lang: string, today?: string): string | undefined {
  // Arabic-Indic and Persian digits read as the digits they are ("٤ نوفمبر ٢٠٢٥").
  const latin = text.replace(/[٠-٩۰-۹]/g, (d) => String(d.charCodeAt(0) & 0xf));
  return fullDate(latin, lang) ?? (today ? yearless(latin, lang, today) : undefined);
}

function yearless(text: string, lang: string, today: string): string | undefined {
  const names = monthNames(lang);
  const months = alternatives([...names.keys()].sort((a, b) => b.length - a.length));
  // "12 sep", "6 नवंबर", "dinsdag 15 oktober"; "June 18", "Feb 27": a day and a month, no digit after.
  const dayFirst = new RegExp(`(?<![\\p{N}.,/])(\\d{1,2})\\.?\\s+(?:de\\s+)?(${months})(?![\\p{L}\\p{M}])\\.?(?!,?\\s*\\d)`, "iu").exec(
    text,
  );
  const monthFirst = new RegExp(`(?<![\\p{L}\\p{M}])(${months})\\.?\\s+(\\d{1,2})(?![\\p{N}.,:/%])`, "iu").exec(text);
  const found = dayFirst
    ? { month: names.get(dayFirst[2]!.toLocaleLowerCase(lang))!, day: +dayFirst[1]! }
    : monthFirst
      ? { month: names.get(monthFirst[1]!.toLocaleLowerCase(lang))!, day: +monthFirst[2]! }
      : undefined;
  if (!found) return undefined;
  const year = Number(today.slice(0, 4));
  const date = valid(year, found.month, found.day);
  return date && date > today ? valid(year - 1, found.month, found.day) : date;
}

function fullDate(text: string, lang: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return valid(+iso[1]!, +iso[2]!, +iso[3]!);
  const cjk = /(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/u.exec(text);
  if (cjk) return valid(+cjk[1]!, +cjk[2]!, +cjk[3]!);
  const vi = /(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+năm\s+(\d{4})/iu.exec(text);
  if (vi) return valid(+vi[3]!, +vi[2]!, +vi[1]!);
  const dmy = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  if (dmy) return valid(+dmy[3]!, +dmy[2]!, +dmy[1]!);
  const names = monthNames(lang);
  const months = alternatives([...names.keys()].sort((a, b) => b.length - a.length));
  // "30. Oktober 2025", "29 de octubre de 2025", "le 24 octobre 2025", "6 November 2025".
  const dayFirst = new RegExp(`(?<!\\p{N})(\\d{1,2})\\.?\\s+(?:de\\s+)?(${months})\\.?,?\\s+(?:de\\s+)?(\\d{4})`, "iu").exec(text);
  if (dayFirst) return valid(+dayFirst[3]!, names.get(dayFirst[2]!.toLocaleLowerCase(lang))!, +dayFirst[1]!);
  // "January 28, 2025", "Oct. 15, 2025".
  const monthFirst = new RegExp(`(?<!\\p{L})(${months})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})`, "iu").exec(text);
  if (monthFirst) return valid(+monthFirst[3]!, names.get(monthFirst[1]!.toLocaleLowerCase(lang))!, +monthFirst[2]!);
  return undefined;
}

const monthNamesCache = new Map<string, Map<string, number>>();

/** Each month's names, lower-cased, in the language and in English: long and short, alone and in a date. */
export function monthNames(lang: string): Map<string, number> {
  const known = monthNamesCache.get(lang);
  if (known) return known;
  const names = new Map<string, number>();
  monthNamesCache.set(lang, names);
  for (const locale of [lang, "en"]) {
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2025, month - 1, 15));
      for (const style of ["long", "short"] as const) {
        const alone = new Intl.DateTimeFormat(locale, { month: style, timeZone: "UTC" }).format(date);
        const inDate = new Intl.DateTimeFormat(locale, { month: style, day: "numeric", timeZone: "UTC" })
          .formatToParts(date)
          .find((p) => p.type === "month")?.value;
        for (const name of [alone, inDate]) {
          const word = name?.toLocaleLowerCase(lang).replace(/\.$/, "");
          // Only names in letters (and their marks: Hindi "दिसंबर"): a language whose months are numbers ("10月", "tháng 10") has its own pattern.
          if (word && /^[\p{L}\p{M}]+$/u.test(word) && !names.has(word)) names.set(word, month);
        }
      }
    }
  }
  return names;
}

function valid(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}
