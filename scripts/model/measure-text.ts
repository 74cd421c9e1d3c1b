// The one estimate of how wide text sets in the theme's font (Inter) where no browser measures it:
// the PowerPoint's boxes and the sources slide's pagination. Generous on purpose: a viewer's
// substitute font may run wider than Inter, and lines break early at spaces.

/** Mean advance of a character, in ems: regular and bold Inter in Latin and Vietnamese text, with room. */
const ADVANCE = { regular: 0.56, bold: 0.61 } as const;

export type Weight = keyof typeof ADVANCE;

/** Han, kana, Hangul and full-width forms: a whole em each, nearly twice a Latin letter. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/u;

/** Pixels a text takes on one line. */
export function textWidth(text: string, px: number, weight: Weight = "regular"): number {
  // A Korean sources table estimated at Latin widths ran past the slide's foot.
  return [...text].reduce((width, c) => width + (WIDE.test(c) ? 1 : ADVANCE[weight]), 0) * px;
}

/** Lines a text takes in a box of `width` pixels (each "\n" starts a line). */
export function textLines(text: string, px: number, width: number, weight: Weight = "regular"): number {
  return text.split("\n").reduce((lines, line) => lines + Math.max(1, Math.ceil(textWidth(line, px, weight) / width)), 0);
}

/** The longest start of a text that fits `width` on one line, cut with "…" when it does not all fit. */
export function fitOneLine(text: string, px: number, width: number, weight: Weight = "regular"): string {
  if (textWidth(text, px, weight) <= width) return text;
  const chars = [...text];
  let room = chars.length;
  while (room > 1 && textWidth(`${chars.slice(0, room).join("")}…`, px, weight) > width) room--;
  return `${chars.slice(0, room).join("").trimEnd()}…`;
}
