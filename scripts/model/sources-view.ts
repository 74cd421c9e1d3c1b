// The sources slide: the article, then every figure with where the article says it (or how it is
// calculated), then chart data that is not from the article. Long lists continue on further slides:
// each filled before the next starts (row heights estimated from the text and the column widths),
// and every page with the same columns.
import type { Briefing } from "./briefing.ts";
import type { ArticleRef, SourceColumns, SourceRow } from "./deck.ts";
import { formatFigure, naturalDecimals } from "../format/format-figure.ts";
import { formatPublished } from "../format/format-date.ts";
import type { UiStrings } from "../format/ui-strings.ts";
import { splitInline } from "./inline-marks.ts";
import { textFields } from "./text-fields.ts";
import { formulaText } from "./formula-text.ts";
import { CONTENT_BOTTOM, CONTENT_WIDTH, TOKENS } from "./tokens.ts";
import { textWidth } from "./measure-text.ts";

// The sources slide's geometry (tokens.ts): the table is as wide as the content; its rows stand
// between the title's end and the content's bottom, less a margin for estimates.
const { sources, title: titleType, pad } = TOKENS;
const TABLE_WIDTH = CONTENT_WIDTH;
const TABLE_TOP = pad.top + Math.ceil(titleType.size * titleType.line) + sources.gap;
const TABLE_BOTTOM = CONTENT_BOTTOM - 6;
const ARTICLE_LINE = sources.article * sources.line;
const ROW_LINE = sources.table * sources.line;
const ROW_PADDING = 2 * sources.cellBlock + 1;
const CELL_PADDING = 2 * sources.cellInline;
const LABEL_SHARE = 0.26;

export interface SourcesPage {
  title: string;
  article?: ArticleRef;
  rows: SourceRow[];
  columns: SourceColumns;
}

export function sourcesSlides(briefing: Briefing, title: string, ui: UiStrings): SourcesPage[] {
  const lang = briefing.lang;
  const figures = briefing.figures;
  const byId = new Map(figures.map((f) => [f.id, f]));
  // A formula names the figures as the reader knows them, never by their ids.
  const nameOf = (id: string) => byId.get(id)?.short ?? byId.get(id)?.label ?? id;
  const rows: SourceRow[] = figures.map((f) => ({
    label: f.label,
    items: [formatFigure(f, lang)],
    wide: false,
    origin:
      f.quote !== undefined
        ? `${ui.quotes[0]}${f.quote}${ui.quotes[1]}`
        : `${ui.derivedFrom}: ${f.formula ? formulaText(f.formula, nameOf, lang) : f.derived}`,
    kind: f.quote !== undefined ? "quote" : "derived",
  }));
  for (const slide of briefing.slides) {
    if (slide.layout !== "chart" || !("series" in slide.chart)) continue;
    const chart = slide.chart;
    for (const series of chart.series) {
      const items = chart.labels.map(
        (label, i) =>
          `${label}: ${formatFigure({ value: series.values[i]!, decimals: naturalDecimals(series.values[i]!), unit: chart.unit, scale: chart.scale, approx: false }, lang)}`,
      );
      rows.push({
        label: `${slide.title}${series.name ? ` — ${series.name}` : ""}`,
        items,
        wide: items.length > 1,
        origin: ui.unsourcedNote,
        kind: "unsourced",
      });
    }
  }
  // The author's own words ({{own: …}}) the audience sees on a slide: one row, so the handout says whose
  // they are without a page more. Words only in the speaker notes (a timing cue, a paragraph pointer)
  // are no number of the story: the notes say them where they stand, the audience's slide never does.
  const own = new Map<string, Set<number>>();
  for (const field of textFields(briefing)) {
    if (field.path.at(-1) === "notes") continue;
    const slide = field.path[0] === "slides" ? Number(field.path[1]) + 1 : 1;
    for (const part of splitInline(field.text)) {
      if (part.kind === "own") own.set(part.text, (own.get(part.text) ?? new Set()).add(slide));
    }
  }
  if (own.size > 0) {
    const slides = [...new Set([...own.values()].flatMap((s) => [...s]))].sort((a, b) => a - b);
    rows.push({
      label: ui.own,
      items: [...own.keys()],
      wide: own.size > 1,
      origin: `${ui.ownNote} (${ui.slide} ${slides.join(", ")})`,
      kind: "own",
    });
  }
  const source = briefing.source;
  const article: ArticleRef = {
    label: ui.article.toLocaleUpperCase(lang),
    title: source.title,
    publisher: source.publisher,
    published: source.published ? formatPublished(source.published, lang) : undefined,
    url: source.url,
  };
  const columns = sourceColumns(rows);
  const articleLines = Math.ceil(
    textWidth(
      `${ui.article} ${article.title} — ${article.publisher ?? ""} · ${ui.published} ${article.published ?? ""} · ${article.url ?? ""}`,
      sources.article,
    ) / TABLE_WIDTH,
  );
  const pages = fillPages(rows, columns, [TABLE_BOTTOM - TABLE_TOP - articleLines * ARTICLE_LINE - 18, TABLE_BOTTOM - TABLE_TOP]);
  return pages.map((pageRows, page) => ({
    title: pages.length > 1 ? `${title} (${page + 1}/${pages.length})` : title,
    article: page === 0 ? article : undefined,
    rows: pageRows,
    columns,
  }));
}

/** One width for each column on every page: the value column as wide as its longest unbreakable piece. */
function sourceColumns(rows: SourceRow[]): SourceColumns {
  const longest = Math.max(
    0,
    ...rows.filter((row) => !row.wide).flatMap((row) => row.items.map((item) => textWidth(item, sources.table, "bold"))),
  );
  const value = Math.min(0.34, Math.max(0.14, (longest + CELL_PADDING) / TABLE_WIDTH));
  return [LABEL_SHARE, value, 1 - LABEL_SHARE - value];
}

/** Rows to pages, each page taking rows while their estimated heights fit (the first page has the article). */
function fillPages(rows: SourceRow[], columns: SourceColumns, [first, rest]: [number, number]): SourceRow[][] {
  const pages: SourceRow[][] = [[]];
  let room = first;
  for (const row of rows) {
    const height = rowHeight(row, columns);
    if (height > room && pages.at(-1)!.length > 0) {
      pages.push([]);
      room = rest;
    }
    pages.at(-1)!.push(row);
    room -= height;
  }
  return pages;
}

function rowHeight(row: SourceRow, [label, value, origin]: SourceColumns): number {
  const lines = (text: string, weight: "regular" | "bold", share: number) =>
    Math.max(1, Math.ceil(textWidth(text, sources.table, weight) / (share * TABLE_WIDTH - CELL_PADDING)));
  // The value's pieces never break inside: count the lines they fill (under the note, when wide).
  const valueWidth = (row.wide ? value + origin : value) * TABLE_WIDTH - CELL_PADDING;
  let valueLines = row.wide ? 1 + lines(row.origin, "regular", value + origin) : 1;
  let used = 0;
  for (const item of row.items) {
    const width = textWidth(`${item}; `, sources.table, "bold");
    if (used > 0 && used + width > valueWidth) {
      valueLines++;
      used = 0;
    }
    used += width;
  }
  const originLines = row.wide ? 0 : lines(row.origin, "regular", origin);
  return ROW_PADDING + ROW_LINE * Math.max(lines(row.label, "bold", label), valueLines, originLines);
}
