// subset-font ships no types: the part of its API this project calls.
declare module "subset-font" {
  interface SubsetOptions {
    targetFormat?: "sfnt" | "woff" | "woff2" | "truetype";
    /** Axis values to pin: a variable font comes out static at these. */
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    /** The OpenType features (four-letter tags) whose glyphs and rules are kept; all when not given. */
    keepFeatures?: string[];
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
