// A chart label's number format: the label rebuilt from the point's value by the viewer, so a value a
// colleague edits in the chart's data relabels itself ("4,8 %" → "9,6 %", its sign included). The
// words around the number are literal text of the format. The format names the deck's locale
// ("[$-42A]", Vietnamese): LibreOffice then writes the deck's separators ("0,635"); PowerPoint writes
// the viewer's system separators whatever the format says (README, "Editing the PowerPoint").
import lcid from "lcid";
import type { LabelPattern } from "../../format/format-figure.ts";

/** "[$-42A]" for vi: the Windows locale id of the language in its likeliest region; "" if Windows has none. */
export function localeTag(lang: string): string {
  const locale = new Intl.Locale(lang).maximize();
  const id = lcid.to(`${locale.language}_${locale.region}`);
  return id ? `[$-${id.toString(16).toUpperCase()}]` : "";
}

const literal = (text: string) => (text ? `"${text.replace(/"/g, "")}"` : "");

/** Two sections, a rise (and zero) and a fall, each with its own words: the sign is the fall's text. */
export function labelFormat(pattern: LabelPattern, lang: string): string {
  const digits = pattern.decimals > 0 ? `#,##0.${"0".repeat(pattern.decimals)}` : "#,##0";
  const tag = localeTag(lang);
  const section = ([before, after]: [string, string]) => `${tag}${literal(before)}${digits}${literal(after)}`;
  return `${section(pattern.positive)};${section(pattern.negative)}`;
}

/** The text itself for any value: where the label is not the number with words around it, it cannot follow an edit. */
export function fixedFormat(text: string): string {
  const quoted = literal(text) || '""';
  return `${quoted};${quoted};${quoted}`;
}
