// The sources slide: the article, then every figure with where the article says it (or how it is
// calculated), then chart data that is not from the article. Long lists continue on further slides:
// each filled before the next starts (row heights estimated from the text and the column widths),
// and every page with the same columns.
import type { Briefing } from "../model/briefing.ts";
import { formatFigure, naturalDecimals } from "../format/format-figure.ts";
import { formatPublished } from "../format/format-date.ts";
import type { UiStrings } from "../format/ui-strings.ts";
import { splitInline } from "../model/inline-marks.ts";
import { textFields } from "../model/text-fields.ts";
import { formulaText } from "./formula-text.ts";

export interface SourceRow {
  label: string;
  /** The value as the pieces a line may break between ("Q1: 1,2 tỷ USD", "Q2: …"); a figure is one. */
  items: string[];
  /** Several pieces: they flow across the value and origin columns, under the origin's note. */
  wide: boolean;
  /** The article's words, or the calculation for a derived figure. */
  origin: string;
  kind: "quote" | "derived" | "unsourced" | "own";
}

/** The columns' shares of the table's width: label, value, origin. */
export type SourceColumns = [number, number, number];

// The sources slide's geometry (templates/slides.css, in the 1280×720 slide's pixels): the table is
// 1120 wide; its rows stand between the title's end and the footer's top, less a margin for estimates.
const TABLE_WIDTH = 1120;
const TABLE_TOP = 125;
const TABLE_BOTTOM = 630;
const ARTICLE_LINE = 24.7;
const ARTICLE_CHAR = 9.6;
const ROW_LINE = 22.1;
const ROW_PADDING = 19;
const CELL_PADDING = 24;
// Inter's mean advance at 17 px, with room for wide letters and for lines that break early at a space.
const BOLD_CHAR = 10.4;
const REGULAR_CHAR = 9.8;
const LABEL_SHARE = 0.26;

export function sourcesSlides(briefing: Briefing, title: string, ui: UiStrings) {
  const lang = briefing.lang;
  const figures = briefing.figures;
  const byId = new Map(figures.map((f) => [f.id, f]));
  // A formula names the figures as the reader knows them, never by their ids.
  const nameOf = (id: string) => byId.get(id)?.short ?? byId.get(id)?.label ?? id;
  const rows: SourceRow[] = figures.map((f) => ({
    label: f.label,
    items: [formatFigure(f, lang)],
    wide: false,
    origin: f.quote !== undefined ? `“${f.quote}”` : `${ui.derivedFrom}: ${formulaText(f.derived!, nameOf, lang)}`,
    kind: f.quote !== undefined ? "quote" : "derived",
  }));
  for (const slide of briefing.slides) {
    if (slide.layout !== "chart" || !("series" in slide.chart)) continue;
    const chart = slide.chart;
    for (const series of chart.series) {
      const items = chart.labels.map((label, i) => `${label}: ${formatFigure({ value: series.values[i]!, decimals: naturalDecimals(series.values[i]!), unit: chart.unit, scale: chart.scale, approx: false }, lang)}`);
      rows.push({
        label: `${slide.title}${series.name ? ` — ${series.name}` : ""}`,
        items,
        wide: items.length > 1,
        origin: ui.unsourcedNote,
        kind: "unsourced",
      });
    }
  }
  // The author's own words ({{own: …}}): one row, so the handout says whose they are without a page more.
  const own = new Map<string, Set<number>>();
  for (const field of textFields(briefing)) {
    const slide = field.path[0] === "slides" ? Number(field.path[1]) + 1 : 1;
    for (const part of splitInline(field.text)) {
      if (part.kind === "own") own.set(part.text, (own.get(part.text) ?? new Set()).add(slide));
    }
  }
  if (own.size > 0) {
    const slides = [...new Set([...own.values()].flatMap((s) => [...s]))].sort((a, b) => a - b);
    rows.push({ label: ui.own, items: [...own.keys()], wide: own.size > 1, origin: `${ui.ownNote} (${ui.slide} ${slides.join(", ")})`, kind: "own" });
  }
  const source = briefing.source;
  const article = {
    title: source.title,
    publisher: source.publisher,
    published: source.published ? formatPublished(source.published, lang) : undefined,
    url: source.url,
  };
  const columns = sourceColumns(rows);
  const articleLines = Math.ceil((`${ui.article} ${article.title} — ${article.publisher ?? ""} · ${ui.published} ${article.published ?? ""} · ${article.url ?? ""}`.length * ARTICLE_CHAR) / TABLE_WIDTH);
  const pages = fillPages(rows, columns, [TABLE_BOTTOM - TABLE_TOP - articleLines * ARTICLE_LINE - 18, TABLE_BOTTOM - TABLE_TOP]);
  return pages.map((pageRows, page) => ({
    title: pages.length > 1 ? `${title} (${page + 1}/${pages.length})` : title,
    article: page === 0 ? article : undefined,
    rows: pageRows,
    columns,
    // The template's column widths, in percent of the table.
    widths: columns.map((share) => `${(share * 100).toFixed(2)}%`),
  }));
}

/** One width for each column on every page: the value column as wide as its longest unbreakable piece. */
function sourceColumns(rows: SourceRow[]): SourceColumns {
  const longest = Math.max(0, ...rows.filter((row) => !row.wide).flatMap((row) => row.items.map((item) => item.length)));
  const value = Math.min(0.34, Math.max(0.14, (longest * BOLD_CHAR + CELL_PADDING) / TABLE_WIDTH));
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
  const lines = (chars: number, perChar: number, share: number) => Math.max(1, Math.ceil((chars * perChar) / (share * TABLE_WIDTH - CELL_PADDING)));
  // The value's pieces never break inside: count the lines they fill (under the note, when wide).
  const valueWidth = (row.wide ? value + origin : value) * TABLE_WIDTH - CELL_PADDING;
  let valueLines = row.wide ? 1 + lines(row.origin.length, REGULAR_CHAR, value + origin) : 1;
  let used = 0;
  for (const item of row.items) {
    const width = (item.length + 2) * BOLD_CHAR;
    if (used > 0 && used + width > valueWidth) {
      valueLines++;
      used = 0;
    }
    used += width;
  }
  const originLines = row.wide ? 0 : lines(row.origin.length, REGULAR_CHAR, origin);
  return ROW_PADDING + ROW_LINE * Math.max(lines(row.label.length, BOLD_CHAR, label), valueLines, originLines);
}
