// A validated briefing → the finished model the templates show: every number formatted, every
// Markdown field rendered and sanitized, every chart configured. Templates add no logic to it.
import type { Briefing, Figure, HandoutKind, Paper, Slide } from "../model/briefing.ts";
import { formatFigure } from "../format/format-figure.ts";
import { textDirection } from "../format/text-direction.ts";
import { formatDate } from "../format/format-date.ts";
import { uiStrings, type UiStrings } from "../format/ui-strings.ts";
import { markdownRenderer, type ImageMap } from "./markdown.ts";
import { chartView, type ChartView } from "./chart-config.ts";
import { sourcesSlides } from "./sources-model.ts";
import { replaceMarks } from "../model/inline-marks.ts";
import type { Theme } from "./theme.ts";

export interface FigureView {
  text: string;
  label: string;
  tone: "negative" | "positive";
}

export interface SlideFields {
  layout: string;
  /** Handlebars partial that draws this layout. */
  partial: string;
  anchor?: string;
  /** Plain text naming the slide: PDF bookmarks, handout headings, the page's data-title. */
  outlineTitle: string;
  notesHtml?: string;
  [field: string]: unknown;
}

export interface SlideView extends SlideFields {
  /** 1-based position in the deck. */
  number: number;
}

export interface DeckModel {
  name: string;
  lang: string;
  /** Writing direction of lang: the page, reveal's navigation and the charts follow it. */
  dir: "ltr" | "rtl";
  title: string;
  subtitle?: string;
  author?: string;
  dateText: string;
  /** The briefing's ISO date: stamped into the PDFs so rebuilds give the same bytes. */
  isoDate: string;
  /** Document metadata for the PDFs. */
  subject: string;
  ui: UiStrings;
  slides: SlideView[];
  /** Chart id → configuration, for the page's runtime. */
  charts: Record<string, ChartView>;
  /** How the handout is laid out: its kind, its paper, and for "slides" the slides of each sheet. */
  handout: { kind: HandoutKind; paper: Paper; sheets: SlideView[][] };
  /** The theme with the brand's colours laid over it: every writer draws with these. */
  theme: { name: string; font: string; colors: Theme["colors"]; series: string[] };
  /** The organisation's logo (a data: URL, with its size in pixels) and footer line, when it has them. */
  brand: { logo?: { src: string; width: number; height: number }; footer?: string };
}

export function deckModel(briefing: Briefing, images: ImageMap, theme: Theme): DeckModel {
  const lang = briefing.lang;
  const ui = uiStrings(lang);
  const figures = new Map(briefing.figures.map((f) => [f.id, f]));
  const figure = (id: string): FigureView => figureView(figures.get(id)!, lang);
  const renderer = markdownRenderer(images);
  // {{id}} prints the figure as every other slide does; {{own: …}} prints the author's words as written.
  const figureText = (id: string) => formatFigure(figures.get(id)!, lang);
  const text = <T extends string | undefined>(s: T): T => (s === undefined ? s : replaceMarks(s, figureText, (own) => own)) as T;
  const inMarkdown = (s: string) => replaceMarks(s, (id) => escapeMarkdown(figureText(id)), (own) => own);
  const md = (s: string) => renderer.block(inMarkdown(s));
  const inline = (s: string) => renderer.inline(inMarkdown(s));
  const charts: Record<string, ChartView> = {};
  const dateText = formatDate(briefing.date, lang);

  const views = briefing.slides.flatMap((slide, index): SlideFields[] => {
    const common = {
      layout: slide.layout,
      partial: `layout-${slide.layout}`,
      anchor: slide.id,
      footer: slide.layout !== "title",
      /** A dark slide: reveal's slide number turns light on it. */
      dark: slide.layout === "section",
      notesHtml: slide.notes ? md(slide.notes) : undefined,
    };
    switch (slide.layout) {
      case "title":
        return [{ ...common, outlineTitle: text(briefing.title), kicker: text(slide.kicker), title: text(briefing.title), subtitle: text(briefing.subtitle), author: briefing.author, dateText }];
      case "points":
        return [{ ...common, outlineTitle: text(slide.title), title: text(slide.title), points: slide.points.map(inline), figure: slide.figure ? figure(slide.figure) : undefined }];
      case "stats":
        return [{ ...common, outlineTitle: text(slide.title), title: text(slide.title), stats: slide.stats.map(figure), count: slide.stats.length, captionHtml: slide.caption ? inline(slide.caption) : undefined }];
      case "chart": {
        const chartId = `chart-${index + 1}`;
        charts[chartId] = chartView(slide.chart, figures, theme, lang);
        return [{ ...common, outlineTitle: text(slide.title), title: text(slide.title), chartId, summary: charts[chartId].summary, captionHtml: slide.caption ? inline(slide.caption) : undefined }];
      }
      case "compare": {
        const side = (s: typeof slide.left) => ({ heading: text(s.heading), figure: s.figure ? figure(s.figure) : undefined, points: s.points.map(inline) });
        return [{ ...common, outlineTitle: text(slide.title), title: text(slide.title), sides: [side(slide.left), side(slide.right)] }];
      }
      case "quote":
        return [{ ...common, outlineTitle: text(slide.by), quoteHtml: md(slide.quote), by: text(slide.by), role: text(slide.role), context: text(slide.context) }];
      case "section":
        return [{ ...common, outlineTitle: text(slide.title), title: text(slide.title), subtitle: text(slide.subtitle) }];
      case "markdown":
        return [{ ...common, outlineTitle: text(slide.title), title: text(slide.title), bodyHtml: md(slide.body) }];
      case "sources":
        return sourcesSlides(briefing, text(slide.title) ?? ui.sources, ui).map((page) => ({ ...common, ...page, outlineTitle: page.title }));
    }
  });
  const slides = views.map((view, i): SlideView => ({ ...view, number: i + 1 }));
  const handout = briefing.handout ?? "notes";
  return {
    name: briefing.name,
    lang,
    dir: textDirection(lang),
    title: text(briefing.title),
    subtitle: text(briefing.subtitle),
    author: briefing.author,
    dateText,
    isoDate: briefing.date,
    subject: text(briefing.subtitle) ?? `${ui.sources}: ${briefing.source.title}`,
    ui,
    slides,
    handout: { kind: handout, paper: briefing.paper ?? "a4", sheets: handout === "slides" ? chunk(slides, SLIDES_A_SHEET) : [] },
    charts,
    theme: { name: theme.name, font: theme.font, colors: theme.colors, series: theme.series },
    brand: brandView(briefing, images),
  };
}

/** The "slides" handout's sheet: two columns of three, as Office prints six slides a page. */
const SLIDES_A_SHEET = 6;

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

function brandView(briefing: Briefing, images: ImageMap): DeckModel["brand"] {
  const logo = briefing.brand?.logo;
  const image = logo && images.get(logo.file);
  return {
    footer: briefing.brand?.footer,
    logo: logo && image ? { src: `data:${image.mime};base64,${image.bytes.toString("base64")}`, width: logo.width, height: logo.height } : undefined,
  };
}

/** Every ASCII punctuation mark escaped, so a figure's text ("2025.", "-3%") is never Markdown syntax. */
const escapeMarkdown = (s: string) => s.replace(/[!-/:-@[-`{-~]/g, "\\$&");

export function figureView(figure: Figure, lang: string): FigureView {
  return { text: formatFigure(figure, lang), label: figure.label, tone: figure.value < 0 ? "negative" : "positive" };
}

export type { Slide };
