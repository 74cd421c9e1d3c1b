// Dates in the deck's locale: vi "28 tháng 1, 2025", en "January 28, 2025".
export function formatDate(isoDate: string, lang: string): string {
  // Noon UTC keeps the calendar day whatever the machine's time zone.
  return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** "2025-01-28T10:43" → "10:43 28 tháng 1, 2025"; anything else is shown as written. */
export function formatPublished(published: string, lang: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(published);
  if (!match) return published;
  const date = new Date(`${match[1]}T${match[2] ?? "12"}:${match[3] ?? "00"}:00Z`);
  if (Number.isNaN(date.getTime())) return published;
  const options: Intl.DateTimeFormatOptions = match[2]
    ? { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }
    : { dateStyle: "long", timeZone: "UTC" };
  return new Intl.DateTimeFormat(lang, options).format(date);
}
