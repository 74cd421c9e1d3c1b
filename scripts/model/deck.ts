// The deck model: what every writer (HTML, PDFs, pictures, PowerPoint) draws. Built once from a
// validated briefing (build-deck.ts); numbers are formatted, Markdown is read into runs and blocks,
// charts are data. No writer parses anything again, and no writer imports another writer.
import type { ChartType } from "./briefing.ts";
import type { HandoutKind, Paper } from "./handout-kinds.ts";
import type { UiStrings } from "../format/ui-strings.ts";
import type { ComplexScriptFace } from "./complex-script-face.ts";
import type { EastAsianFace } from "./east-asian-face.ts";
import type { ThemeColors } from "./colors.ts";
import type { LabelPattern } from "../format/format-figure.ts";

/** A piece of inline text with the emphasis the Markdown gave it. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  sup?: boolean;
  sub?: boolean;
  /** An http(s) or mailto address: nothing else is ever a link. */
  link?: string;
  /** A figure printed by `{{id}}`: its text is the figure's, whole (the sign rule keeps it together). */
  figure?: string;
  /** A line break inside a paragraph (its text is ""). */
  lineBreak?: boolean;
}

/** One line of inline text: a bullet, a caption. */
export type Inline = Run[];

export interface ListItem {
  runs: Inline;
  /** Lists nested in the item. */
  lists: Extract<Block, { kind: "list" }>[];
}

/** A block of Markdown, as read once: the HTML writer renders it, the PowerPoint writer maps it. */
export type Block =
  | { kind: "paragraph"; runs: Inline }
  | { kind: "heading"; level: number; runs: Inline }
  | { kind: "quote"; blocks: Block[] }
  | { kind: "code"; text: string }
  | { kind: "list"; ordered: boolean; start: number; items: ListItem[] }
  | { kind: "table"; align: ("left" | "center" | "right" | null)[]; header: Inline[]; rows: Inline[][] }
  /** An image of the briefing's folder, by its key in DeckModel.images (its bytes are in the model once). */
  | { kind: "image"; image: string; alt: string; title?: string }
  | { kind: "rule" };

export interface DeckImage {
  mime: string;
  bytes: Buffer;
  /** Pixels, when the file says. */
  width?: number;
  height?: number;
}

export interface FigureView {
  text: string;
  label: string;
  tone: "negative" | "positive";
}

/** A chart as data: every writer draws these categories, values, colours and label texts. */
export interface Plot {
  type: ChartType;
  /** Category names as the deck shows them (a pie's carry their values: "Samsung: 32%"). */
  categories: string[];
  /** The categories' names alone (a pie's without their values), for a writer whose labels follow edited data. */
  names: string[];
  series: {
    name: string;
    values: number[];
    /** The series' own colour; `colors` holds each point's (a fall's is the theme's negative colour). */
    color: string;
    colors: string[];
    labels: string[];
    labelColors: string[];
    /** How each label is built around its value (undefined where it is not), for a viewer that formats the number itself. */
    patterns: (LabelPattern | undefined)[];
  }[];
  /** The value axis includes zero (bars always; lines unless `zero: false`). */
  fromZero: boolean;
  /** Categories run right to left, horizontal bars grow leftwards. */
  rtl: boolean;
  legend: boolean;
  /** Plain-text description for screen readers and the PDF's text layer: the full names and values. */
  summary: string;
}

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

/** The columns' shares of the sources table's width: label, value, origin. */
export type SourceColumns = [number, number, number];

export interface ArticleRef {
  /** "ARTICLE": the word for it, in capitals (set by the model, so every writer shows the same letters). */
  label: string;
  title: string;
  publisher?: string;
  published?: string;
  url?: string;
}

interface SlideCommon {
  /** 1-based position in the deck. */
  number: number;
  anchor?: string;
  /** Plain text naming the slide: PDF bookmarks, handout headings, the page's data-title. */
  outlineTitle: string;
  notes: Block[];
  /** Slides other than the title carry the deck's footer. */
  footer: boolean;
}

export interface CompareSide {
  heading: string;
  figure?: FigureView;
  points: Inline[];
}

/** One variant a layout: a writer's switch on `layout` sees exactly that layout's fields. */
export type SlideView = SlideCommon &
  (
    | { layout: "title"; kicker?: string; title: string; subtitle?: string; author?: string; dateText: string }
    | { layout: "section"; title: string; subtitle?: string }
    | { layout: "points"; title: string; points: Inline[]; figure?: FigureView }
    | { layout: "stats"; title: string; stats: FigureView[]; caption?: Inline }
    | { layout: "chart"; title: string; chartId: string; plot: Plot; caption?: Inline }
    | { layout: "compare"; title: string; sides: [CompareSide, CompareSide] }
    | { layout: "quote"; quote: Block[]; by: string; role?: string; context?: string }
    | { layout: "markdown"; title: string; body: Block[] }
    | { layout: "sources"; title: string; article?: ArticleRef; rows: SourceRow[]; columns: SourceColumns }
  );

export type SlideOf<L extends SlideView["layout"]> = Extract<SlideView, { layout: L }>;

export interface DeckTheme {
  name: string;
  font: string;
  /**
   * Every character the deck's text shows that the theme's face draws (all but the East Asian ones),
   * once each, in code point order: the face is cut to them (and to what the page writes itself).
   */
  characters: string;
  /** The face for the deck's Japanese or Chinese text, when it has any. */
  eastAsian?: EastAsianFace;
  /** The face for the deck's Arabic or Devanagari text, when it has any. */
  complexScript?: ComplexScriptFace;
  colors: ThemeColors;
  series: string[];
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
  /** How the handout is laid out: its kind, its paper, and for "slides" the slides of each sheet. */
  handout: { kind: HandoutKind; paper: Paper; sheets: SlideView[][] };
  /** The theme with the brand's colours laid over it: every writer draws with these. */
  theme: DeckTheme;
  /** Images the slides show, each once, by their path in the briefing's folder. */
  images: ReadonlyMap<string, DeckImage>;
  /** The organisation's logo (its key in images, with its size in pixels) and footer line. */
  brand: { logo?: { image: string; width: number; height: number }; footer?: string };
}
