// The sources slide: the article, then every figure with where the article says it (or how it is
// calculated), then chart data that is not from the article. Long lists continue on further slides.
import type { Briefing } from "../model/briefing.ts";
import { formatFigure, naturalDecimals } from "../format/format-figure.ts";
import { formatPublished } from "../format/format-date.ts";
import type { UiStrings } from "../format/ui-strings.ts";
import { splitInline } from "../model/inline-marks.ts";
import { textFields } from "../model/text-fields.ts";
import { formulaText } from "./formula-text.ts";

export interface SourceRow {
  label: string;
  text: string;
  /** The article's words, or the calculation for a derived figure. */
  origin: string;
  kind: "quote" | "derived" | "unsourced" | "own";
}

const ROWS_PER_SLIDE = 7;

export function sourcesSlides(briefing: Briefing, title: string, ui: UiStrings) {
  const lang = briefing.lang;
  const figures = briefing.figures;
  const byId = new Map(figures.map((f) => [f.id, f]));
  // A formula names the figures as the reader knows them, never by their ids.
  const nameOf = (id: string) => byId.get(id)?.short ?? byId.get(id)?.label ?? id;
  const rows: SourceRow[] = figures.map((f) => ({
    label: f.label,
    text: formatFigure(f, lang),
    origin: f.quote !== undefined ? `“${f.quote}”` : `${ui.derivedFrom}: ${formulaText(f.derived!, nameOf, lang)}`,
    kind: f.quote !== undefined ? "quote" : "derived",
  }));
  for (const slide of briefing.slides) {
    if (slide.layout !== "chart" || !("series" in slide.chart)) continue;
    const chart = slide.chart;
    for (const series of chart.series) {
      rows.push({
        label: `${slide.title}${series.name ? ` — ${series.name}` : ""}`,
        text: chart.labels.map((label, i) => `${label}: ${formatFigure({ value: series.values[i]!, decimals: naturalDecimals(series.values[i]!), unit: chart.unit, scale: chart.scale, approx: false }, lang)}`).join("; "),
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
    rows.push({ label: ui.own, text: [...own.keys()].join("; "), origin: `${ui.ownNote} (${ui.slide} ${slides.join(", ")})`, kind: "own" });
  }
  const source = briefing.source;
  const article = {
    title: source.title,
    publisher: source.publisher,
    published: source.published ? formatPublished(source.published, lang) : undefined,
    url: source.url,
  };
  const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_SLIDE));
  return Array.from({ length: pages }, (_, page) => ({
    title: pages > 1 ? `${title} (${page + 1}/${pages})` : title,
    article: page === 0 ? article : undefined,
    rows: rows.slice(page * ROWS_PER_SLIDE, (page + 1) * ROWS_PER_SLIDE),
  }));
}

