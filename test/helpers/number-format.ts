// Excel's number format codes, the part a chart's value label uses, applied to a value as LibreOffice
// applies them under the format's own locale: sections (rise; fall; zero), "quoted" literal text, a
// digit run such as #,##0.00, a [$-LCID] locale tag. The test's own reading of the standard (ECMA-376
// §18.8.31), so a label is checked against what a viewer would print, not against the writer's code.

/** The code's sections, split at semicolons outside quotes. */
function sections(code: string): string[] {
  const found: string[] = [""];
  let quoted = false;
  for (const char of code) {
    if (char === '"') quoted = !quoted;
    if (char === ";" && !quoted) found.push("");
    else found[found.length - 1] += char;
  }
  return found;
}

/** The number in the locale's digits and marks; grouped by thousands from 1,000 on when the code has a comma (Excel groups every number so). */
function digits(value: number, decimals: number, grouped: boolean, lang: string): string {
  const plain = new Intl.NumberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
  const parts = plain.formatToParts(value);
  const group = new Intl.NumberFormat(lang).formatToParts(1234567).find((p) => p.type === "group")?.value ?? ",";
  return parts.map((p) => (p.type === "integer" && grouped ? p.value.replace(/\B(?=(\d{3})+$)/g, group) : p.value)).join("");
}

/** The text a viewer prints for this value, its digits in the locale's separators. */
export function applyNumberFormat(code: string, value: number, lang: string): string {
  const all = sections(code);
  const own = value < 0 && all.length > 1;
  const section = own ? all[1]! : value === 0 && all.length > 2 ? all[2]! : all[0]!;
  // A fall's own section prints the value without its sign: the section's text carries it.
  const shown = own ? Math.abs(value) : value;
  let text = "";
  for (const token of section.matchAll(/\[\$-[0-9A-Fa-f]+\]|"[^"]*"|\\.|[#0,.]+|./g)) {
    const part = token[0];
    if (part.startsWith("[$-")) continue;
    if (part.startsWith('"')) text += part.slice(1, -1);
    else if (part.startsWith("\\")) text += part.slice(1);
    else if (/^[#0,.]+$/.test(part) && /[#0]/.test(part)) {
      const decimals = (part.split(".")[1] ?? "").replace(/[^0]/g, "").length;
      text += digits(shown, decimals, part.includes(","), lang);
    } else text += part;
  }
  return text;
}
