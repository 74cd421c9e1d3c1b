// A named period reads the same in its common forms: "Q3/2025" = "quý 3/2025" = "quý III/2025" =
// "third quarter of 2025" = "3. Quartal 2025"; "9T2025" = "9 tháng đầu năm 2025" = "9M"; "H1" = "first
// half" = "6 tháng đầu năm"; "September" = "tháng 9" = "9月". Each is read to a key (Q3, H1, M9, month 9);
// the year beside it is a number as any other.
import { alternatives, escapeRegExp, languageWords } from "../lang/languages.ts";
import type { PeriodForm } from "../lang/language.ts";
import { isCalendarWord } from "./names.ts";

export interface Period {
  start: number;
  end: number;
  /** "Q3", "H1", "M9". */
  key: string;
  text: string;
  /** Named by its ordinal alone after a named one ("in the second"): no words to name it by in a fix. */
  elided?: true;
}

/** Forms every language writes: Q3, 3Q, H1, 9M (a year may follow: "Q3/2025", "9M2025", "Q3-25"). */
// Bounded by Latin letters only: Chinese and Japanese write them glued ("较Q2回落", "25Q4", "9M25累计").
const COMMON: PeriodForm[] = [
  { pattern: /(?<![\p{Script=Latin}\p{N}])Q(?<n>[1-4])(?!\p{Script=Latin})/gu, kind: "quarter" },
  { pattern: /(?<![\p{Script=Latin}\p{N}])(?:\d{2}|\d{4})Q(?<n>[1-4])(?![\p{Script=Latin}\p{N}])/gu, kind: "quarter" },
  { pattern: /(?<![\p{Script=Latin}\p{N}])(?<n>[1-4])Q(?!\p{Script=Latin})/gu, kind: "quarter" },
  { pattern: /(?<![\p{Script=Latin}\p{N}])H(?<n>[12])(?!\p{Script=Latin})/gu, kind: "half" },
  { pattern: /(?<![\p{Script=Latin}\p{N}])(?<n>[1-9]|1[0-2])M(?!\p{Script=Latin})/gu, kind: "months" },
];

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

export function findPeriods(text: string, lang: string): Period[] {
  const words = languageWords(lang);
  const periods: Period[] = [];
  for (const form of [...(words?.periods ?? []), ...COMMON, ...monthForms(lang)]) {
    for (const m of text.matchAll(form.pattern)) {
      const n = form.n ?? countOf(m.groups?.n ?? "", lang);
      if (n === undefined) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      if (periods.some((p) => p.start < span.end && span.start < p.end)) continue;
      periods.push({ ...span, key: keyOf(form.kind, n), text: m[0] });
    }
  }
  return [...periods, ...elided(text, periods, lang)].sort((a, b) => a.start - b.start);
}

/**
 * "$1.91 billion in the first quarter, $2.05 billion in the second and $2.4 billion in the third":
 * later in the sentence of a named quarter or half, an ordinal alone (before a comma, the sentence's
 * end or "and") names another of the same kind.
 */
function elided(text: string, found: Period[], lang: string): Period[] {
  const words = languageWords(lang);
  const ordinals = Object.keys(words?.ordinals ?? {});
  if (ordinals.length === 0) return [];
  const and = alternatives(words?.units.rangeAnd ?? []);
  const alone = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives(ordinals)})(?=\\s*(?:[,;:)]|[.!?](?:\\s|$)|$)${and ? `|\\s+(?:${and})(?![\\p{L}\\p{N}]))` : ")"}`,
    "giu",
  );
  const more: Period[] = [];
  for (const period of found) {
    const kind = period.key[0] === "Q" ? "quarter" : period.key[0] === "H" ? "half" : undefined;
    if (!kind) continue;
    const rest = text.slice(period.end);
    const sentence = rest.slice(0, rest.search(/[.!?؟।](?:\s|$)|[。！？।]|$/u));
    for (const m of sentence.matchAll(alone)) {
      // Right after an amount, a few words between and no punctuation nor month ("$2.05 billion in the
      // second"; not "في أكتوبر تشرين الأول", October, nor "…बढ़ा, एक साल पहले", a year earlier).
      const between = /\p{Nd}[^\p{Nd}]*$/u.exec(sentence.slice(0, m.index))?.[0].slice(1);
      const words = between?.trim().split(/\s+/).filter(Boolean) ?? [];
      if (between === undefined || /[,;:()،؛]/u.test(between) || words.length > 4 || words.some((w) => isCalendarWord(w, lang))) continue;
      const n = countOf(m[0], lang);
      const start = period.end + m.index;
      const span = { start, end: start + m[0].length };
      if (n === undefined || [...found, ...more].some((p) => p.start < span.end && span.start < p.end)) continue;
      more.push({ ...span, key: keyOf(kind, n), text: m[0], elided: true });
    }
  }
  return more;
}

/** The keys a period also goes by: the first half is the first six months. */
export function sameKeys(key: string): string[] {
  if (key === "H1" || key === "M6") return ["H1", "M6"];
  if (key === "M12") return ["M12", "FY"];
  return [key];
}

function keyOf(kind: PeriodForm["kind"], n: number): string {
  return `${{ quarter: "Q", half: "H", months: "M", month: "month " }[kind]}${n}`;
}

/** A month is named by the period keys "month 1" … "month 12". */
export const isMonthKey = (key: string) => key.startsWith("month ");

const months = new Map<string, PeriodForm[]>();

/** The language's month names, as Intl writes them ("September", "tháng 9", "9月"), each one period. */
function monthForms(lang: string): PeriodForm[] {
  let forms = months.get(lang);
  if (!forms) {
    const format = new Intl.DateTimeFormat(lang, { month: "long", timeZone: "UTC" });
    forms = Array.from({ length: 12 }, (_, m) => {
      const name = escapeRegExp(format.format(Date.UTC(2025, m, 15)));
      // Not "tháng 7" of "9 tháng 7,85%": a month's number has no decimals.
      return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}]|[.,]\\p{N})`, "giu"), kind: "month" as const, n: m + 1 };
    });
    months.set(lang, forms);
  }
  return forms;
}

function countOf(written: string, lang: string): number | undefined {
  const folded = written.normalize("NFKC").toLocaleLowerCase(lang);
  if (/^\d+$/.test(folded)) return Number(folded);
  if (ROMAN[folded] !== undefined) return ROMAN[folded];
  const words = languageWords(lang);
  const ordinal = words?.ordinals[folded];
  if (ordinal !== undefined) return ordinal;
  const entry = Object.entries(words?.numberWords ?? {}).find(([w]) => w.toLocaleLowerCase(lang) === folded);
  return entry?.[1];
}
