// The HTML writer's view of each slide: the model's fields, with its runs and blocks rendered to
// HTML and the partial that draws its layout. Templates show this and decide nothing.
import type { DeckModel, FigureView, SlideView } from "../model/deck.ts";
import { chartView, type ChartView } from "./chart-config.ts";
import { blocksHtml, inlineHtml } from "./html-text.ts";

/** A slide of the model and what the templates show of it as HTML. */
export type SlideHtml = SlideView & {
  /** The Handlebars partial that draws the layout. */
  partial: string;
  /** A dark slide: reveal's slide number turns light on it. */
  dark: boolean;
  notesHtml?: string;
  captionHtml?: string;
  pointsHtml?: string[];
  sidesHtml?: { heading: string; figure?: FigureView; pointsHtml: string[] }[];
  quoteHtml?: string;
  bodyHtml?: string;
  /** stats: how many figures (the grid's columns follow). */
  count?: number;
  /** sources: the table's column widths, in percent. */
  widths?: string[];
};

export function slidesHtml(deck: DeckModel): { slides: SlideHtml[]; charts: Record<string, ChartView> } {
  const charts: Record<string, ChartView> = {};
  const blocks = (b: Parameters<typeof blocksHtml>[0]) => blocksHtml(b, deck.images);
  const slides = deck.slides.map((slide): SlideHtml => {
    const common = {
      partial: `layout-${slide.layout}`,
      dark: slide.layout === "section",
      notesHtml: slide.notes.length > 0 ? blocks(slide.notes) : undefined,
    };
    switch (slide.layout) {
      case "title":
      case "section":
        return { ...slide, ...common };
      case "stats":
        return { ...slide, ...common, count: slide.stats.length, captionHtml: slide.caption ? inlineHtml(slide.caption) : undefined };
      case "points":
        return { ...slide, ...common, pointsHtml: slide.points.map(inlineHtml) };
      case "chart":
        charts[slide.chartId] = chartView(slide.plot, deck.theme, deck.lang);
        return { ...slide, ...common, captionHtml: slide.caption ? inlineHtml(slide.caption) : undefined };
      case "compare":
        return {
          ...slide,
          ...common,
          sidesHtml: slide.sides.map((side) => ({ heading: side.heading, figure: side.figure, pointsHtml: side.points.map(inlineHtml) })),
        };
      case "quote":
        return { ...slide, ...common, quoteHtml: blocks(slide.quote) };
      case "markdown":
        return { ...slide, ...common, bodyHtml: blocks(slide.body) };
      case "sources":
        return { ...slide, ...common, widths: slide.columns.map((share) => `${(share * 100).toFixed(2)}%`) };
    }
  });
  return { slides, charts };
}
