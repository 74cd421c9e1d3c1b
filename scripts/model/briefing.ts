// The briefing as the rest of the pipeline sees it: validated, typed, every field in its final shape.
// Produced by validate/, read by figures/, render/ and export/. Nothing here touches the disk.

export type Scale = "thousand" | "million" | "billion" | "trillion";

export const SCALE_FACTORS: Record<Scale, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** Where a value stands in briefing.yaml, 1-based. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A path into briefing.yaml, as YAML keys and list indexes: ["figures", "nasdaq_pct", "quote"]. */
export type FieldPath = readonly (string | number)[];

/** Finds the line and column of a field; falls back to the nearest parent that exists. */
export type Locate = (path: FieldPath) => SourcePosition | undefined;

/**
 * The line and column of a character of a field's text: `offset` is a UTF-16 index into the field's
 * parsed string (after YAML's folding), so a check that finds a word in `notes: |` can point at the
 * word's own line. A field that is not one scalar is found as Locate finds it.
 */
export type LocateIn = (path: FieldPath, offset: number) => SourcePosition | undefined;

export interface Figure {
  id: string;
  value: number;
  /** Decimals written in the source (`2.10` has 2), so formatting and rounding keep them. */
  decimals: number;
  unit?: string;
  scale?: Scale;
  label: string;
  /** A short name for chart categories ("Nvidia" for "Cổ phiếu Nvidia trong phiên 3/9"); label elsewhere. */
  short?: string;
  approx: boolean;
  /**
   * "label": the label says which way the number moved ("Nvidia giảm"), so value is the magnitude and
   * the article's "giảm 17%" does not ask for -17.
   */
  direction?: "label";
  /** label and short as written, when they hold {{own: …}} marks (label and short then hold the words). */
  marked?: { label?: string; short?: string };
  /** Exactly one of quote and derived is set. */
  quote?: string;
  derived?: string;
}

export interface Source {
  file: string;
  title: string;
  publisher?: string;
  published?: string;
  url?: string;
  /** The article's language; defaults to the briefing's lang. */
  lang: string;
}

export type ChartType = "bar" | "hbar" | "line" | "pie" | "doughnut";

interface ChartCommon {
  type: ChartType;
  unit?: string;
  /** The scale of series values (figures carry their own). */
  scale?: Scale;
  /**
   * A line chart's value axis includes zero unless this is false; then the axis is drawn with its
   * ticks, so that no level reads as zero. Bars always start at zero.
   */
  zero?: boolean;
}

export type ChartSpec = ChartCommon & ({ figures: string[] } | { labels: string[]; series: { name: string; values: number[] }[] });

export interface CompareSide {
  heading: string;
  figure?: string;
  points: string[];
}

interface SlideBase {
  id?: string;
  notes?: string;
}

export type Slide = SlideBase &
  (
    | { layout: "title"; kicker?: string }
    | { layout: "points"; title: string; points: string[]; figure?: string }
    | { layout: "stats"; title: string; stats: string[]; caption?: string }
    | { layout: "chart"; title: string; chart: ChartSpec; caption?: string }
    | { layout: "compare"; title: string; left: CompareSide; right: CompareSide }
    | { layout: "quote"; quote: string; original?: string; by: string; role?: string; context?: string }
    | { layout: "section"; title: string; subtitle?: string }
    | { layout: "markdown"; title: string; body: string }
    | { layout: "sources"; title?: string }
  );

export type Layout = Slide["layout"];

/** An organisation's look: its colours, logo and footer line, laid over the theme. */
export interface Brand {
  /** #rrggbb, lower case: takes the theme's accent. */
  primary?: string;
  /** #rrggbb, lower case: takes the theme's highlight. */
  accent?: string;
  /** An image in the briefing folder (its path relative to the folder, "/" separated), measured. */
  logo?: { file: string; width: number; height: number };
  /** A line on every slide and handout page ("Internal — not for distribution"). */
  footer?: string;
}

/**
 * What the handout prints: "notes" one slide and its notes a page, 2 or 3 slides a page with their
 * notes, "slides" six a page without notes.
 */
export type HandoutKind = "notes" | 2 | 3 | "slides";
export const HANDOUT_KINDS: readonly HandoutKind[] = ["notes", 2, 3, "slides"];
export type Paper = "a4" | "letter";
export const PAPERS: readonly Paper[] = ["a4", "letter"];

export interface Briefing {
  /** Folder name: the deck's name and the name of its outputs. */
  name: string;
  title: string;
  subtitle?: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  lang: string;
  author?: string;
  theme: string;
  brand?: Brand;
  /** The handout's layout and paper, as the briefing asks (the build's --handout wins). */
  handout?: HandoutKind;
  paper?: Paper;
  source: Source;
  /** In the order the briefing lists them. */
  figures: Figure[];
  slides: Slide[];
}
