// The names the deck's page and the programs that drive it share: the page runtime (scripts/runtime/)
// sets and reads them in the browser; the exporter (scripts/export/), the dev server and the tests
// read and set them from Node. One spelling here, so a rename on one side cannot silently leave the
// other waiting for a signal that never comes. Plain constants only: this module runs on both sides.
// (The Handlebars templates write some of the same attributes: they are named in the comments.)

/** Attributes of <html>. */
export const ROOT = {
  /** "deck" or "overview" (written by the templates). */
  mode: "data-mode",
  /**
   * In the print document only: which part prints ("deck" or "handout", set by the exporter), or
   * "both" while it loads (written by the template), so that both are laid out and measured.
   */
  print: "data-print",
  /** Set by the page once it can be printed ("print") or cannot ("error"): the exporter waits for it. */
  ready: "data-ready",
  /** What went wrong, with data-ready="error". */
  error: "data-error",
  /** The dev server's build number shown (written by the template and by the live client). */
  version: "data-version",
} as const;

export const MODE = { deck: "deck", overview: "overview" } as const;
export const PRINTED = { both: "both", deck: "deck", handout: "handout" } as const;
export const READY = { print: "print", error: "error" } as const;

/** Selectors waited for: the page has said something (ready or failed), or said it is ready to print. */
export const SAID_READY = `html[${ROOT.ready}]`;
export const READY_TO_PRINT = `html[${ROOT.ready}="${READY.print}"]`;

/** The query string that opens reveal's print view (one page per slide). */
export const PRINT_QUERY = "?print-pdf";
export const PRINT_QUERY_PATTERN = /(?:^|[?&])print-pdf(?:&|$)/i;

/**
 * Elements found by data-briefing, never by id: slide ids are the briefing's, and one named "deck-data"
 * must not take the page's data.
 */
export const PART = {
  /** <script type="application/json">: the page's data (PageData). */
  data: 'script[data-briefing="deck-data"]',
  /** <style>: the theme's variables and CSS, rewritten on a live edit. */
  theme: 'style[data-briefing="theme"]',
  /** The handout's pages, in the print document (partials/handout-body.hbs). */
  handout: '[data-briefing="handout"]',
  /** The dev server's list of problems: the problems page's <pre>, or the overlay over a deck. */
  problems: '[data-briefing="problems"]',
} as const;
export const PROBLEMS_ATTRIBUTE = { name: "data-briefing", value: "problems" } as const;

/** A chart's canvas (the template writes data-chart="<id in PageData.charts>"). */
export const CHART = {
  selector: "canvas[data-chart]",
  id: "data-chart",
  /** "true" once the chart is drawn and its labels are laid out. */
  drawn: "data-drawn",
  /** JSON string[]: what is still wrong with its labels, in the author's words (read as warnings). */
  problems: "data-label-problems",
  /** On the SVG a printed chart is drawn as (charts.ts), and its handout copies: the chart's id. */
  printed: "data-chart-printed",
} as const;
export const DRAWN_CHART = `${CHART.selector}[${CHART.drawn}="true"]`;

/** Slides as the templates write them: reveal's <section data-title> around the slide's frame. */
export const SLIDE = {
  section: "section[data-title]",
  title: "data-title",
  frame: ".slide",
  footer: ".slide-footer",
  bar: "slide-bar",
  /** A figure's number, fitted to its card by the page (figure-fit.ts). */
  figureValue: ".figure-value",
  /** The slides' container, replaced as a whole on a live edit. */
  container: ".reveal .slides",
} as const;

/** A page of reveal's print view, and the overview sheet's pictures (written by overview.hbs). */
export const PRINT_PAGE = ".pdf-page";
export const OVERVIEW_PICTURE = "img[data-slide]";

/**
 * Dispatched on document by the live client after it swapped in new slides and data: the deck forgets
 * its charts and draws the ones on screen from the new data. (Dev only in practice; the deck merely
 * listens, so the live reload code itself stays out of built decks.)
 */
export const SLIDES_REPLACED = "briefing:slides-replaced";

/** The dev server's event stream: its path and its events. */
export const EVENTS_PATH = "/events";
export const EVENT = { update: "update", reload: "reload", problems: "problems" } as const;

/** What an "update" event carries: the parts of a rebuilt deck a live page swaps in. */
export interface LiveUpdate {
  slidesHtml: string;
  data: PageData;
  themeCss: string;
  version: number;
}
export interface LiveProblems {
  text: string;
  version: number;
}

/** The page's data (PART.data), as the runtime reads it. */
export interface PageData {
  /** The deck's font families as CSS lists them (the theme's, then its East Asian and complex-script faces), for the charts' text. */
  font: string;
  /**
   * The charts' line height, in ems: Chart.js keeps this much room for a line of a label. Arabic and
   * Devanagari faces stand taller than Latin ones (Noto Sans Arabic's line is 1.4 em): at Chart.js's
   * 1.2, an axis label's line ran past its chart's edge.
   */
  lineHeight: number;
  ink: string;
  charts: Record<string, PageChart>;
}

/** What the runtime reads of a chart: its Chart.js configuration (JSON) and the text of each value label. */
export interface PageChart {
  config: { type: string; data: { labels: unknown[]; datasets: { data: unknown[] }[] }; options: Record<string, unknown> };
  /** valueLabels[dataset][index]: the text printed on each bar, point or slice. */
  valueLabels: string[][];
}
