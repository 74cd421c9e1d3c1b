// A validated briefing → the deck model every writer draws: every number formatted, every Markdown
// field read into runs and blocks, every chart as data, the sources pages laid out. Writers add no
// logic to it.
import type { Briefing, Figure } from "./briefing.ts";
import type { Block, CompareSide, DeckImage, DeckModel, DeckTheme, FigureView, Inline, SlideView } from "./deck.ts";
import { formatFigure } from "../format/format-figure.ts";
import { textDirection } from "../format/text-direction.ts";
import { formatDate } from "../format/format-date.ts";
import { uiStrings } from "../format/ui-strings.ts";
import { markdownReader } from "./markdown-blocks.ts";
import { textWidth } from "./measure-text.ts";
import { plotOf } from "./plot.ts";
import { CONTENT_WIDTH, TOKENS } from "./tokens.ts";
import { sourcesSlides } from "./sources-view.ts";
import { replaceMarks } from "./inline-marks.ts";
import { eastAsianFace, shownCharacters } from "./east-asian-face.ts";

/** An image of the briefing's folder as load read it. */
export interface FolderImage {
  mime: string;
  bytes: Buffer;
}

/** Distributes SlideView's union over its variants, so each layout's fields are checked as its own. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type SlideFields = DistributiveOmit<SlideView, "number">;

export function buildDeck(
  briefing: Briefing,
  folderImages: ReadonlyMap<string, FolderImage>,
  theme: Omit<DeckTheme, "characters" | "eastAsian" | "complexScript">,
): DeckModel {
  const lang = briefing.lang;
  const ui = uiStrings(lang);
  const figures = new Map(briefing.figures.map((f) => [f.id, f]));
  const figure = (id: string): FigureView => figureView(figures.get(id)!, lang);
  const figureText = (id: string) => formatFigure(figures.get(id)!, lang);
  const reader = markdownReader({ hasImage: (path) => folderImages.has(path), figureText });
  // {{id}} prints the figure as every other slide does; {{own: …}} prints the author's words as written.
  const text = <T extends string | undefined>(s: T): T => (s === undefined ? s : replaceMarks(s, figureText, (own) => own)) as T;
  const blocks = (s: string | undefined): Block[] => (s ? reader.blocks(s) : []);
  const inline = (s: string): Inline => reader.inline(s);
  const dateText = formatDate(briefing.date, lang);

  const views = briefing.slides.flatMap((slide, index): SlideFields[] => {
    const common = { anchor: slide.id, footer: slide.layout !== "title", notes: blocks(slide.notes) };
    switch (slide.layout) {
      case "title":
        // Set in capitals by the model, so every writer shows the same letters (Turkish i, German ß).
        return [
          {
            ...common,
            layout: "title",
            outlineTitle: text(briefing.title),
            kicker: text(slide.kicker)?.toLocaleUpperCase(lang),
            title: text(briefing.title),
            subtitle: text(briefing.subtitle),
            author: briefing.author,
            dateText,
          },
        ];
      case "points":
        return [
          {
            ...common,
            layout: "points",
            outlineTitle: text(slide.title),
            title: text(slide.title),
            points: slide.points.map(inline),
            figure: slide.figure ? figure(slide.figure) : undefined,
          },
        ];
      case "stats":
        return [
          {
            ...common,
            layout: "stats",
            outlineTitle: text(slide.title),
            title: text(slide.title),
            stats: slide.stats.map(figure),
            caption: slide.caption ? inline(slide.caption) : undefined,
          },
        ];
      case "chart":
        return [
          {
            ...common,
            layout: "chart",
            outlineTitle: text(slide.title),
            title: text(slide.title),
            chartId: `chart-${index + 1}`,
            plot: plotOf(slide.chart, figures, theme, lang),
            caption: slide.caption ? inline(slide.caption) : undefined,
          },
        ];
      case "compare": {
        const side = (s: typeof slide.left): CompareSide => ({
          heading: text(s.heading),
          figure: s.figure ? figure(s.figure) : undefined,
          points: s.points.map(inline),
        });
        return [
          {
            ...common,
            layout: "compare",
            outlineTitle: text(slide.title),
            title: text(slide.title),
            sides: [side(slide.left), side(slide.right)],
          },
        ];
      }
      case "quote":
        return [
          {
            ...common,
            layout: "quote",
            outlineTitle: text(slide.by),
            quote: blocks(slide.quote),
            by: text(slide.by),
            role: text(slide.role),
            context: text(slide.context),
          },
        ];
      case "section":
        return [
          { ...common, layout: "section", outlineTitle: text(slide.title), title: text(slide.title), subtitle: text(slide.subtitle) },
        ];
      case "markdown":
        return [{ ...common, layout: "markdown", outlineTitle: text(slide.title), title: text(slide.title), body: blocks(slide.body) }];
      case "sources":
        return sourcesSlides(briefing, text(slide.title) ?? ui.sources, ui).map((page) => ({
          ...common,
          layout: "sources",
          ...page,
          outlineTitle: page.title,
        }));
    }
  });
  const slides = views.map((view, i): SlideView => ({ ...view, number: i + 1 }));
  const handout = briefing.handout ?? "notes";
  const images = usedImages(slides, briefing, folderImages);
  const model: DeckModel = {
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
    theme: { name: theme.name, font: theme.font, characters: "", colors: theme.colors, series: theme.series },
    images,
    brand: {
      footer: briefing.brand?.footer,
      logo:
        briefing.brand?.logo && images.has(briefing.brand.logo.file)
          ? { image: briefing.brand.logo.file, width: briefing.brand.logo.width, height: briefing.brand.logo.height }
          : undefined,
    },
  };
  // Every word the deck shows is in the model (its images are a Map, which JSON leaves out).
  const shown = shownCharacters(JSON.stringify(model));
  const faces = { characters: shown.theme, eastAsian: eastAsianFace(lang, shown.eastAsian) };
  return { ...model, theme: { ...model.theme, ...faces, ...(shown.complexScript ? { complexScript: shown.complexScript } : {}) } };
}

/** The "slides" handout's sheet: two columns of three, as Office prints six slides a page. */
const SLIDES_A_SHEET = 6;

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** The images the deck shows (the logo and every image block), each once, with its size when the file says. */
function usedImages(slides: SlideView[], briefing: Briefing, folder: ReadonlyMap<string, FolderImage>): Map<string, DeckImage> {
  const keys = new Set<string>();
  const visit = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.kind === "image") keys.add(block.image);
      else if (block.kind === "quote") visit(block.blocks);
    }
  };
  for (const slide of slides) {
    visit(slide.notes);
    if (slide.layout === "markdown") visit(slide.body);
    if (slide.layout === "quote") visit(slide.quote);
  }
  if (briefing.brand?.logo) keys.add(briefing.brand.logo.file);
  const images = new Map<string, DeckImage>();
  for (const key of keys) {
    const image = folder.get(key);
    if (image) images.set(key, image);
  }
  return images;
}

/** The narrowest card a figure is printed on: a stats slide's third, less its padding. */
const NARROWEST_CARD = (CONTENT_WIDTH - 2 * TOKENS.stats.gap) / 3 - TOKENS.figure.inset;

/**
 * A figure on a card: its number, scale word and unit joined by no-break spaces where the whole fits
 * the narrowest card (shrunk at most a fifth), so no line breaks between them ("70.027 tỷ / đồng"
 * reads as two things) in the deck, the PDFs or a PowerPoint opened in another font. A longer one
 * ("1,250,000 containerloads") keeps its spaces: breaking it beats running off the card.
 */
function figureView(figure: Figure, lang: string): FigureView {
  const written = formatFigure(figure, lang);
  const joined = written.replace(/ /g, "\u00a0");
  const text = textWidth(joined, TOKENS.figure.valueThree * 0.8, "bold") <= NARROWEST_CARD ? joined : written;
  return { text, label: figure.label, tone: figure.value < 0 ? "negative" : "positive" };
}
