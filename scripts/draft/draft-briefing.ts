// An article and its figures → a first briefing.yaml that `check` passes and `build` turns into a
// deck: title from the headline, the date the article gives, key points from the lead, the figures of
// the headline and lead as stats, a chart where figures share a unit, the sources slide; every figure
// quoted; laid out for a person to edit, with a comment where the author must decide.
import transliterate from "@sindresorhus/transliterate";
import { articleDate } from "./article-date.ts";
import type { FoundFigure } from "./find-figures.ts";
import type { Scale } from "../model/briefing.ts";
import { isCurrency } from "../format/format-figure.ts";
import { uiStrings } from "../format/ui-strings.ts";
import { languageWords } from "../lang/languages.ts";
import { isIdeographic } from "../format/scale-words.ts";

export interface DraftInput {
  article: string;
  articleFile: string;
  lang: string;
  /** YYYY-MM-DD when the article gives no date. */
  today: string;
  figures: FoundFigure[];
  /** Figures to leave out (their quote did not pass the check). */
  dropped?: ReadonlySet<string>;
  /** The JSON Schema's path from the briefing's folder, for the editor's first-line comment. */
  jsonSchema?: string;
}

export interface DraftFigure extends FoundFigure {
  key: string;
}

/** Figures with readable, unique keys (ASCII from their labels: "nvidia_giam", "nasdaq_composite", "pribyl_sberbanka"). */
export function keyFigures(figures: FoundFigure[]): DraftFigure[] {
  const used = new Set<string>();
  return figures.map((figure) => {
    // Letters NFD does not take apart ("ł", "ı", "đ") and other scripts ("Чистая прибыль") are spelled in Latin.
    const words = transliterate(figure.label)
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim()
      .split(" ")
      .filter((w) => w.length > 1 && !/^\d+$/.test(w))
      .slice(-3);
    let key = words.join("_") || "figure";
    if (!/^[a-z_]/.test(key)) key = `f_${key}`;
    const stem = key;
    for (let n = 2; used.has(key); n++) key = `${stem}_${n}`;
    used.add(key);
    return { ...figure, key };
  });
}

export function draftBriefing(input: DraftInput): string {
  // The draft's own words, from the language's file (scripts/lang/); English for a language without one.
  const w = uiStrings(input.lang);
  const lines = input.article.split(/\r?\n/).map((line) => line.trim());
  const headlineAt = lines.findIndex((line) => line !== "");
  const headline = (lines[headlineAt] ?? "").replace(/^#+\s*/, "").replace(/\s+/g, " ");
  const written = articleDate(lines.slice(0, 6).join("\n"), input.lang, input.today);
  const date = written ?? input.today;
  const figures = keyFigures(input.figures).filter((f) => !input.dropped?.has(f.key));
  // The lead: the first two paragraphs of running text after the headline (a dateline is not one;
  // a paragraph repeated word for word counts once).
  const lead = lines
    .map((line, i) => ({ line, paragraph: i + 1 }))
    .filter(({ line }, i) => i > headlineAt && line.length >= 80 && lines.indexOf(line) === i)
    .slice(0, 2);
  const points = lead
    .flatMap(({ line }) => sentences(line))
    .filter((s) => s.length <= 240)
    .slice(0, 5);
  const leadParagraphs = new Set([headlineAt + 1, ...lead.map((p) => p.paragraph)]);
  const leadFigures = figures.filter((f) => leadParagraphs.has(f.paragraph));
  const stats = (leadFigures.length > 0 ? leadFigures : figures).slice(0, 6);
  const charts = chartGroups(figures);
  // What a reader calls paragraph N: the Nth line with text (blank lines part paragraphs, they are none).
  const nth = lines.map(
    (
      (count) => (line: string) =>
        line === "" ? count : ++count
    )(0),
  );
  const paragraphOf = (line: number) => nth[line - 1] ?? line;
  const paragraphsOf = (lineNumbers: number[]) => [...new Set(lineNumbers.map(paragraphOf))].join(", ");

  const out: string[] = [];
  if (input.jsonSchema !== undefined) out.push(`# yaml-language-server: $schema=${input.jsonSchema}`);
  const say = w.draftComments;
  out.push(
    ...commentLines(say.header.replace("{file}", () => input.articleFile)),
    `title: ${str(headline || input.articleFile)}`,
    `date: ${date}${written === undefined ? `   # ${say.noDate}` : ""}`,
    `lang: ${input.lang}`,
    "source:",
    `  file: ${str(input.articleFile)}`,
    `  title: ${str(headline || input.articleFile)}`,
    "",
    "figures:",
  );
  if (figures.length === 0) out.push(`  {}   # ${say.noFigures}`);
  for (const f of figures) {
    out.push(`  ${f.key}:   # ${w.review}: ${w.fromParagraph.toLowerCase()} ${paragraphOf(f.paragraph)}`);
    out.push(`    value: ${number(f.value, f.decimals)}`);
    if (f.unit) out.push(`    unit: ${str(f.unit)}`);
    if (f.scale) out.push(`    scale: ${f.scale}`);
    out.push(`    label: ${str(f.label)}`);
    if (f.approx) out.push("    approx: true");
    out.push(`    quote: ${str(f.quote)}`);
  }
  out.push("", "slides:", "  - layout: title", `    notes: ${str(`${w.fromParagraph} {{own: ${paragraphOf(headlineAt + 1)}}}.`)}`);
  if (points.length > 0) {
    out.push("  - layout: points", `    title: ${str(w.keyPoints)}`, `    points:   # ${say.shorten}`);
    for (const point of points) out.push(`      - ${str(escapeMarkdown(point))}`);
    out.push(`    notes: ${str(`${w.fromParagraph} {{own: ${paragraphsOf(lead.map((p) => p.paragraph))}}}.`)}`);
  }
  if (stats.length > 0) {
    out.push("  - layout: stats", `    title: ${str(w.keyFigures)}`, `    stats: [${stats.map((f) => f.key).join(", ")}]`);
    out.push(`    notes: ${str(`${w.fromParagraph} {{own: ${paragraphsOf(stats.map((f) => f.paragraph))}}}.`)}`);
  }
  for (const chart of charts) {
    // What the labels share; else the labels themselves when they are short ("OpenAI o1, DeepSeek R1").
    const labels = chart.map((f) => f.label);
    const names = labels.every((label) => /^\p{Lu}/u.test(label) && label.split(" ").length <= 3) && labels.join(", ").length <= 50;
    const title = sharedWords(labels, input.lang) ?? (names ? labels.join(", ") : undefined);
    out.push(
      "  - layout: chart",
      title ? `    title: ${str(title)}   # ${say.sharedTitle}` : `    title: ${str(w.sideBySide)}   # ${say.nameTitle}`,
    );
    out.push(
      "    chart:",
      `      type: ${chart.some((f) => f.label.length > 18) ? "hbar" : "bar"}`,
      `      figures: [${chart.map((f) => f.key).join(", ")}]`,
    );
    out.push(`    notes: ${str(`${w.fromParagraph} {{own: ${paragraphOf(chart[0]!.paragraph)}}}.`)}`);
  }
  out.push("  - layout: sources", "");
  return out.join("\n");
}

/**
 * Figures that compare like with like: the same unit and scale (the format's rule) in the same
 * paragraph (several changes of one session, two prices), two to eight of them; at most two charts,
 * the larger groups first, money before other units of the same size.
 */
function chartGroups(figures: DraftFigure[]): DraftFigure[][] {
  const groups = new Map<string, DraftFigure[]>();
  for (const f of figures) {
    const kind = `${f.unit ?? ""}|${f.scale ?? ""}|${f.paragraph}`;
    groups.set(kind, [...(groups.get(kind) ?? []), f]);
  }
  return [...groups.entries()]
    .filter(([, group]) => group.length >= 2)
    .sort(([, ga], [, gb]) => gb.length - ga.length || Number(isCurrency(gb[0]!.unit ?? "")) - Number(isCurrency(ga[0]!.unit ?? "")))
    .slice(0, 2)
    .map(([, group]) => group.slice(0, 8));
}

/**
 * What a chart's labels have in common, as a title: the longest run of words that two thirds of
 * them write ("lợi nhuận trước thuế" of "Vietcombank: lợi nhuận trước thuế", "VPBank: lợi nhuận trước
 * thuế"), as the first of them writes it; none when they share only joining words.
 */
export function sharedWords(labels: string[], lang: string): string | undefined {
  const links = new Set((languageWords(lang)?.draft.links ?? []).map((l) => l.toLocaleLowerCase(lang)));
  const segmenter = new Intl.Segmenter(lang, { granularity: "word" });
  // A label's first words only: a title is short, and the work grows with the square of its words.
  const wordsOf = (label: string) =>
    [...segmenter.segment(label)]
      .filter((s) => s.isWordLike)
      .slice(0, 24)
      .map((s) => ({ key: s.segment.toLocaleLowerCase(lang), start: s.index, end: s.index + s.segment.length }));
  const all = labels.map(wordsOf);
  // Every run of words each label writes, once.
  const runs = all.map(
    (words) => new Set(words.flatMap((_, from) => words.slice(from).map((__, n) => runKey(words.slice(from, from + n + 1))))),
  );
  const needed = Math.max(2, Math.ceil((labels.length * 2) / 3));
  let best: { text: string; length: number } | undefined;
  for (const [i, words] of all.entries()) {
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 1; to <= words.length; to++) {
        const run = words.slice(from, to);
        const key = runKey(run);
        if (runs.filter((held) => held.has(key)).length < needed) break;
        if (run.every((w) => links.has(w.key) || /^\p{N}+$/u.test(w.key))) continue;
        if (!best || run.length > best.length) best = { text: labels[i]!.slice(run[0]!.start, run.at(-1)!.end), length: run.length };
      }
    }
  }
  return best && `${best.text[0]!.toLocaleUpperCase(lang)}${best.text.slice(1)}`;
}

const runKey = (run: { key: string }[]) => run.map((w) => w.key).join("\u0000");

/** Sentences of a paragraph: split after . ! ? followed by a space and a capital or a quote. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+(?=[\p{Lu}“"‘'])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A comment for the top of the YAML, in lines of about 100 characters (by words; by characters where there are no spaces). */
function commentLines(text: string): string[] {
  // Japanese and Chinese are wider a character and break anywhere: 50 characters a line.
  const spaced = !isIdeographic(text);
  const width = spaced ? 100 : 50;
  const lines: string[] = [];
  let line = "";
  for (const piece of spaced ? text.split(" ") : [...text]) {
    const joined = line === "" ? piece : spaced ? `${line} ${piece}` : line + piece;
    if (joined.length > width && line !== "") {
      lines.push(line);
      line = piece;
    } else line = joined;
  }
  if (line) lines.push(line);
  return lines.map((l) => `# ${l}`);
}

/** YAML double-quoted scalar: JSON's string syntax is YAML's. */
const str = (s: string) => JSON.stringify(s);

/** The value with the decimals the article writes ("2.10" stays 2.10). */
function number(value: number, decimals: number): string {
  return value.toFixed(decimals);
}

/** A sentence as Markdown text: what would start a list or a heading, or mark emphasis, escaped. */
function escapeMarkdown(s: string): string {
  return s
    .replace(/([*_`[\]<>\\])/g, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2")
    .replace(/^([#>+-])/, "\\$1");
}

export type { Scale };
