// Dates in the deck's locale: Intl's long date (en "January 28, 2025", ja "2025年1月28日"), or the
// form the language's press writes where Intl's differs (vi "ngày 28 tháng 1 năm 2025", from its file).
import { languageWords } from "../lang/languages.ts";

export function formatDate(isoDate: string, lang: string): string {
  // Noon UTC keeps the calendar day whatever the machine's time zone.
  return longDate(new Date(`${isoDate}T12:00:00Z`), lang);
}

/** "2025-01-28T10:43" → "10:43 ngày 28 tháng 1 năm 2025", "January 28, 2025 at 10:43"; anything else is shown as written. */
export function formatPublished(published: string, lang: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(published);
  if (!match) return published;
  const date = new Date(`${match[1]}T${match[2] ?? "12"}:${match[3] ?? "00"}:00Z`);
  if (Number.isNaN(date.getTime())) return published;
  if (!match[2]) return longDate(date, lang);
  const template = languageWords(lang)?.ui.longDate;
  if (template) return `${new Intl.DateTimeFormat(lang, { timeStyle: "short", timeZone: "UTC" }).format(date)} ${fill(template, date)}`;
  return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(date);
}

function longDate(date: Date, lang: string): string {
  const template = languageWords(lang)?.ui.longDate;
  return template ? fill(template, date) : new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(date);
}

function fill(template: string, date: Date): string {
  return template
    .replace("{day}", String(date.getUTCDate()))
    .replace("{month}", String(date.getUTCMonth() + 1))
    .replace("{year}", String(date.getUTCFullYear()));
}
