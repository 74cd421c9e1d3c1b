// The briefing as the rest of the pipeline sees it: validated, typed, every field in its final shape.
// Produced by validate/, read by figures/, render/ and export/. Nothing here touches the disk. The types
// are inferred from the format's schemas (briefing-schema.ts), so the two cannot drift; where the validated
// briefing differs from what is written (defaults filled in, a chart made one of its two kinds, a logo
// measured), the difference is said here, field by field, and validate/ builds it without a cast.
import type { z } from "zod";
import type { Expr } from "./derived-expression.ts";
import type { HandoutKind } from "./handout-kinds.ts";
import type { brandSchema, chartSchema, figureSchema, scaleSchema, slideSchema, sourceSchema, topSchema } from "./briefing-schema.ts";

export type Scale = z.output<typeof scaleSchema>;

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

/** A figure as written under figures: (its id is the key). */
type WrittenFigure = z.output<typeof figureSchema>;

/**
 * A figure, validated: exactly one of quote and derived is set; `short` names it in chart categories
 * ("Nvidia" for "Cổ phiếu Nvidia trong phiên 3/9"), label elsewhere; `direction: "label"` says the label
 * tells which way the number moved ("Nvidia giảm"), so value is the magnitude and the article's
 * "giảm 17%" does not ask for -17.
 */
export type Figure = Omit<WrittenFigure, "approx"> & {
  id: string;
  /** Decimals written in the source (`2.10` has 2), so formatting and rounding keep them. */
  decimals: number;
  approx: boolean;
  /** label and short as written, when they hold {{own: …}} marks (label and short then hold the words). */
  marked?: { label?: string; short?: string };
  /**
   * `derived` as parsed by validation, handed to the check and the sources slide so neither parses it
   * again; absent when it is not valid arithmetic (validation says so).
   */
  formula?: Expr;
};

/** The article; its language defaults to the briefing's lang. */
type Source = Omit<z.output<typeof sourceSchema>, "lang"> & { lang: string };

export type ChartType = z.output<typeof chartSchema>["type"];

/** A chart as written: figures, or labels with series, each optional to the schema. */
type WrittenChart = z.output<typeof chartSchema>;

/**
 * A chart drawn from figures, or from labels with series: exactly one, which the validator makes sure
 * of. `zero: false` lets a line chart's value axis start above zero; bars always start at zero.
 */
export type ChartSpec = Omit<WrittenChart, "figures" | "labels" | "series"> &
  (
    | { figures: NonNullable<WrittenChart["figures"]> }
    | { labels: NonNullable<WrittenChart["labels"]>; series: NonNullable<WrittenChart["series"]> }
  );

/** A slide as written: one of the layouts' schemas, told apart by its layout. */
type WrittenSlide = z.output<typeof slideSchema>;
type ChartSlide = Omit<Extract<WrittenSlide, { layout: "chart" }>, "chart"> & { chart: ChartSpec };
export type Slide = Exclude<WrittenSlide, { layout: "chart" }> | ChartSlide;

export type Layout = Slide["layout"];

/** An organisation's look: its colours (#rrggbb, lower case), logo and footer line, laid over the theme. */
export type Brand = Omit<WrittenBrand, "logo"> & {
  /** An image in the briefing folder (its path relative to the folder, "/" separated), measured. */
  logo?: { file: string; width: number; height: number };
};
/** The brand as written: colours as typed, the logo a path. */
export type WrittenBrand = z.output<typeof brandSchema>;

/** The top level as written; the validator gives it the shape below. */
type WrittenBriefing = z.output<typeof topSchema>;

export type Briefing = Omit<WrittenBriefing, "date" | "theme" | "brand" | "handout" | "source" | "figures" | "slides"> & {
  /** Folder name: the deck's name and the name of its outputs. */
  name: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** The theme's name: "light" unless the briefing names another. */
  theme: string;
  brand?: Brand;
  /** The handout's layout, as the briefing asks (the build's --handout wins); "3" written in quotes is 3. */
  handout?: HandoutKind;
  source: Source;
  /** In the order the briefing lists them. */
  figures: Figure[];
  slides: Slide[];
};
