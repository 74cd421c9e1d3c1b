// The one rule for a number's sign in text a reader sees: a minus (hyphen-minus or U+2212) that
// starts a number, before a digit or a currency sign, belongs to it. Each writer holds it there in its
// own way: the HTML sets it in a span of its own (Inter's tabular hyphen is as wide as a digit, and
// "-612,47" read "- 612,47"); the PowerPoint follows it with a word joiner (LibreOffice breaks a line
// after a hyphen-minus even before a digit). The character stays the one the locale uses.

export interface TextPart {
  text: string;
  /** A number's minus sign. */
  sign: boolean;
}

const SIGN = /[-\u2212](?=[\p{Nd}\p{Sc}])/gu;

export function numberParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(SIGN)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), sign: false });
    parts.push({ text: match[0], sign: true });
    last = match.index + 1;
  }
  if (last < text.length) parts.push({ text: text.slice(last), sign: false });
  return parts;
}
