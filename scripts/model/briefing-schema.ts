// The shape of briefing.yaml (the format, docs/writing-a-briefing.md) as zod schemas: the one source of the
// briefing's types (briefing.ts infers them from here), of the validator's checks and of the editors' JSON
// Schema. Strict objects: an unknown key is an error, because a typo must not silently vanish. Rules across
// fields live in validate/check-references.ts.
import * as z from "zod";
import { FIGURE_ID } from "./inline-marks.ts";
import { HANDOUT_KINDS, PAPERS } from "./handout-kinds.ts";

// A year or a count written bare (`labels: [2023, 2024]`, `title: 2024`) is text the author meant.
// Only whole numbers: "3.10" would come back as "3.1", so a decimal must be quoted.
// A control character (NUL, a carriage return, a form feed…; tab and line feed are text) is no word of
// a briefing: pasted from a PDF or a terminal, it would end up in the deck's <title> or break the
// handout's page rules. Refused where it stands.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;
/**
 * Limits far above any real briefing, checked before any slow step: a field of a megabyte or a list
 * nested two thousand deep is a pasted accident or an attack, and reading it took minutes and all the
 * memory there was. A line: 1,000 characters (a long headline is 150); Markdown: 20,000 (long notes are
 * 3,000), lists and quotes nested at most 8 deep (a deck shows 3).
 */
export const LIMITS = { line: 1000, markdown: 20_000, nesting: 8, slides: 500, figures: 1000 } as const;

const textOf = (max: number, checkNesting: boolean) =>
  z.preprocess(
    (value) => (typeof value === "number" && Number.isSafeInteger(value) ? String(value) : value),
    z
      .string()
      .trim()
      .min(1, "must not be empty")
      .superRefine((value, context) => {
        // Length first: nothing else reads a value too long to be one.
        if (value.length > max) {
          context.addIssue({
            code: "custom",
            message: `is ${value.length} characters long, more than the ${max} a slide can take: shorten it`,
          });
          return;
        }
        const found = CONTROL.exec(value);
        if (found)
          context.addIssue({
            code: "custom",
            message: `holds a control character (U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}) at character ${found.index + 1}: delete it`,
          });
        const depth = checkNesting ? nestingDepth(value) : 0;
        if (depth > LIMITS.nesting)
          context.addIssue({
            code: "custom",
            message: `nests lists or quotes ${depth} levels deep, more than the ${LIMITS.nesting} a slide can show: flatten it`,
          });
      }),
  );

/** How deep Markdown lists and block quotes nest, read from each line's indentation and its ">" marks. */
function nestingDepth(markdown: string): number {
  let deepest = 0;
  for (const line of markdown.split("\n")) {
    const quotes = /^(?:\s*>)+/.exec(line)?.[0].replace(/[^>]/g, "").length ?? 0;
    const item = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s/.exec(line);
    // Four spaces a level (two-space lists count half as deep): only a list far beyond a slide's is refused.
    const lists = item ? Math.floor(item[1]!.replace(/\t/g, "    ").length / 4) + 1 : 0;
    deepest = Math.max(deepest, quotes, lists);
  }
  return deepest;
}

const text = textOf(LIMITS.line, false);
const markdown = textOf(LIMITS.markdown, true);
const optionalText = text.optional();

/** A field's description and examples, for editors (docs/briefing.schema.json is generated from these). */
function doc<T extends z.ZodType>(schema: T, description: string, ...examples: unknown[]): T {
  return schema.meta(examples.length > 0 ? { description, examples } : { description });
}

export const scaleSchema = z.enum(["thousand", "million", "billion", "trillion"]);

export const figureSchema = z
  .strictObject({
    value: doc(
      z.number(),
      "The number as the article states it (a fall is negative unless `direction: label`). Decimals as written are kept: 2.10 shows two.",
      -3.07,
      589,
    ),
    unit: doc(optionalText, 'What the number counts: "%", a currency code (USD, VND, EUR) or a short word.', "%", "USD", "điểm"),
    scale: doc(
      scaleSchema.optional(),
      "The scale word the article writes after the number (589 billion): the value is 589 with scale billion.",
      "billion",
    ),
    label: doc(
      text,
      "What the number is, in the deck's language: shown beside it on slides, charts and the sources slide.",
      "Nasdaq Composite",
    ),
    short: doc(optionalText, "A shorter name for chart categories; label is used elsewhere.", "Nvidia"),
    approx: doc(z.boolean().optional(), 'true: the article gives it as approximate; shown with the locale\'s "about" mark (≈).'),
    direction: doc(
      z.enum(["label"]).optional(),
      '"label": the label says which way it moved ("Nvidia giảm"), so value is the magnitude.',
      "label",
    ),
    quote: doc(
      optionalText,
      "The article's words that hold the number, copied verbatim. Exactly one of quote and derived.",
      "giảm 612,47 điểm (-3,07%)",
    ),
    derived: doc(
      optionalText,
      "Instead of quote: arithmetic on other figure ids with + - * / and parentheses.",
      "(o1_price - r1_price) / o1_price * 100",
    ),
  })
  .meta({ description: "A number the deck shows, with where the article says it." });

export const sourceSchema = z
  .strictObject({
    file: doc(text, "The article's file, relative to the briefing folder (Markdown or plain text, UTF-8).", "article.md"),
    title: doc(text, "The article's headline, as published.", "Startup Trung Quốc kín tiếng đứng sau DeepSeek R1"),
    publisher: doc(optionalText, "Who published it.", "VnExpress"),
    published: doc(optionalText, "When it was published, as text.", "2025-01-28T10:43"),
    url: doc(optionalText, "Where it was published (http or https): shown as a link, never fetched.", "https://example.com/article"),
    lang: doc(optionalText, "The article's language (BCP 47), when it is not the deck's: its numbers are read in it.", "vi", "en"),
  })
  .meta({ description: "The article the briefing is drawn from; every figure is checked against it." });

/** A colour as the brand's style guide writes it. Checked for contrast against the theme elsewhere. */
const colour = z
  .string()
  .refine((value) => /^#[0-9a-fA-F]{6}$/.test(value.trim()), {
    error: (issue) => `expected a colour written "#rrggbb", found "${String(issue.input)}"`,
    params: { hint: 'six hex digits after a #, in quotes (an unquoted # starts a YAML comment): primary: "#0b5cab"' },
  })
  .meta({ pattern: "^#[0-9a-fA-F]{6}$" });

/** The longest brand footer line: it shares one line of the slide's footer with the title and the date. */
const MAX_FOOTER_LENGTH = 80;

export const brandSchema = z
  .strictObject({
    primary: doc(
      colour.optional(),
      'Takes the theme\'s accent (figures, bars, links, section slides). "#rrggbb" in quotes; refused when it does not read on the theme.',
      "#0b5cab",
    ),
    accent: doc(colour.optional(), 'Takes the theme\'s highlight (kicker, second series). "#rrggbb" in quotes.', "#965b00"),
    logo: doc(optionalText, "An image in the briefing folder: on the title slide and in every footer.", "logo.png"),
    footer: doc(
      text
        .refine((value) => value.length <= MAX_FOOTER_LENGTH, {
          error: (issue) =>
            `the footer line has ${String(issue.input).trim().length} characters; at most ${MAX_FOOTER_LENGTH} fit beside the title and the date`,
          params: { hint: "shorten it (it is printed on every slide and handout page)" },
        })
        .meta({ maxLength: MAX_FOOTER_LENGTH })
        .optional(),
      `A line on every slide and handout page, at most ${MAX_FOOTER_LENGTH} characters.`,
      "Internal — not for distribution",
    ),
  })
  .meta({ description: "An organisation's look laid over the theme." });

const chartTypes = ["bar", "hbar", "line", "pie", "doughnut"] as const;

export const seriesSchema = z.strictObject({
  name: doc(text, "The series' name, shown in the legend.", "Doanh thu"),
  values: doc(z.array(z.number()).min(1), "One number per label; shown as unsourced on the sources slide.", [1.2, 3.4]),
});

export const chartSchema = z
  .strictObject({
    type: doc(z.enum(chartTypes), "bar, hbar (horizontal bars), line, pie or doughnut.", "bar"),
    figures: doc(z.array(text).min(1).optional(), "One series from figure ids: labels and values come from the figures.", [
      "nvidia_pct",
      "tesla_pct",
    ]),
    labels: doc(z.array(text).min(1).optional(), "Instead of figures: the categories, with series.", ["Q1", "Q2"]),
    series: doc(z.array(seriesSchema).min(1).optional(), "With labels: one or more series of values."),
    unit: doc(optionalText, "The values' unit (taken from the figures when they agree).", "%", "USD"),
    scale: doc(
      scaleSchema.optional(),
      'With labels/series: the scale of their values, formatted like a figure\'s ("2,8 tỷ USD").',
      "billion",
    ),
    zero: doc(
      z.boolean().optional(),
      "Line charts: false lets the value axis start above zero (it is then drawn with ticks). Bars always start at zero.",
    ),
  })
  .meta({ description: "A chart: figures, or labels with series." });

export const compareSideSchema = z.strictObject({
  heading: doc(text, "The side's heading.", "DeepSeek R1"),
  figure: doc(optionalText, "A figure id shown large under the heading.", "r1_price"),
  points: doc(z.array(markdown).min(1).max(6), "1–6 points, each Markdown."),
});

const slideCommon = {
  id: doc(optionalText, "A stable anchor for the slide (#/id in the deck's address).", "market"),
  notes: doc(markdown.optional(), "Speaker notes, Markdown: in the speaker view and the handout, never on the slide."),
};
const title = doc(text, "The slide's title.", "Phản ứng của thị trường");
const caption = doc(markdown.optional(), "A line under the slide's content, Markdown.");

/**
 * A slide of one layout: its layout: says which, so the slide's type is told apart by it. The
 * description goes on layout:, which is what an editor shows when it completes a layout's name.
 */
function slide<L extends string, S extends z.core.$ZodLooseShape>(layout: L, description: string, shape: S) {
  return z.strictObject({ layout: doc(z.literal(layout), description), ...slideCommon, ...shape });
}

/** One schema per layout; the layout field picks which one a slide is checked against. */
export const slideSchema = z.discriminatedUnion("layout", [
  slide("title", "The title slide: title, subtitle, date and author come from the top level.", {
    kicker: doc(optionalText, "A short line above the title.", "Bản tin sáng"),
  }),
  slide("points", "A title and 1–7 points.", {
    title,
    points: doc(z.array(markdown).min(1).max(7), "1–7 points, each Markdown; {{figure_id}} prints a figure."),
    figure: doc(optionalText, "A figure id shown large beside the points.", "nasdaq_pct"),
  }),
  slide("stats", "Big numbers: 1–6 figures.", {
    title,
    stats: doc(z.array(text).min(1).max(6), "1–6 figure ids, shown as big numbers with their labels.", ["nasdaq_pct", "nvidia_cap"]),
    caption,
  }),
  slide("chart", "A chart of figures or series.", { title, chart: chartSchema, caption }),
  slide("compare", "Two sides side by side.", {
    title,
    left: compareSideSchema.meta({ description: "The left side: heading, optional figure, points." }),
    right: compareSideSchema.meta({ description: "The right side: heading, optional figure, points." }),
  }),
  slide("quote", "A quotation.", {
    quote: doc(markdown, "The words quoted, in the deck's language, Markdown."),
    original: doc(markdown.optional(), "The words as said, when quote is a translation."),
    by: doc(text, "Who said it.", "Marc Andreessen"),
    role: doc(optionalText, "Who they are.", "nhà đầu tư"),
    context: doc(optionalText, "Where or when it was said.", "trên X, 26/1"),
  }),
  slide("section", "A section divider.", { title, subtitle: doc(optionalText, "A line under the section's title.") }),
  slide("markdown", "Free Markdown content.", {
    title,
    body: doc(markdown, "Free content in Markdown: text, lists, tables, code, images in the folder."),
  }),
  slide("sources", "The article and every figure with its quote, automatically.", {
    title: doc(optionalText, "The slide's title (default: the locale's word for sources)."),
  }),
]);

type SlideSchema = (typeof slideSchema.options)[number];
export type LayoutName = SlideSchema["shape"]["layout"]["value"];
export const layoutNames: LayoutName[] = slideSchema.options.map((schema) => schema.shape.layout.value);
/** Each layout's schema by its name: a slide is checked against the one its layout: names. */
export const layoutSchemas: ReadonlyMap<string, SlideSchema> = new Map(
  slideSchema.options.map((schema) => [schema.shape.layout.value, schema]),
);

export const topSchema = z
  .strictObject({
    title: doc(text, "The deck's title: title slide, every footer, the PDFs' metadata.", "DeepSeek R1 — “quả bom” AI giá rẻ"),
    subtitle: doc(optionalText, "A line under the title on the title slide."),
    date: doc(z.union([z.string(), z.date()]), "The briefing's date, YYYY-MM-DD; shown in the deck's locale.", "2025-01-28"),
    lang: doc(text, "The deck's language (BCP 47): numbers, dates and the deck's own words follow it.", "vi", "en", "de"),
    author: doc(optionalText, "Who prepared the briefing: on the title slide.", "Ban Phân tích"),
    theme: doc(optionalText, "light (default) or dark.", "light", "dark"),
    brand: brandSchema.optional(),
    // "3" quoted is the 3 a YAML author means (validate-briefing reads it as the number).
    handout: doc(
      z.literal([...HANDOUT_KINDS, ...HANDOUT_KINDS.filter((k) => typeof k === "number").map(String)]).optional(),
      "The handout PDF: notes (default: a slide and its notes a page), 2 or 3 (slides a page, notes beside or below), slides (six a page, no notes).",
      "notes",
      2,
      3,
      "slides",
    ),
    paper: doc(z.enum(PAPERS).optional(), "The handout's paper: a4 (default) or letter (US Letter).", "a4", "letter"),
    source: sourceSchema,
    // "figures:" with nothing under it: none. Each figure is checked on its own (validate-figures.ts).
    figures: doc(
      z
        .record(z.string(), z.unknown())
        .nullish()
        .refine((figures) => !figures || Object.keys(figures).length <= LIMITS.figures, {
          message: `has more than the ${LIMITS.figures} figures a briefing can take`,
          params: { hint: "split it into several briefings" },
        }),
      "Every number the deck shows, by id (letters, digits and _).",
    ),
    slides: doc(z.array(z.unknown()).min(1, "needs at least one slide").max(LIMITS.slides), "The slides, in order; each has a layout."),
  })
  .meta({ description: "A briefing: a deck built from one article (docs/writing-a-briefing.md)." });

/**
 * The whole file as one schema, for editors: the same parts the validator checks piece by piece,
 * with figures keyed by id and each slide picked by its layout.
 */
export function briefingFileSchema() {
  return topSchema.extend({
    figures: doc(z.record(z.string().regex(FIGURE_ID), figureSchema).nullish(), topSchema.shape.figures.description ?? ""),
    slides: doc(z.array(slideSchema).min(1).max(LIMITS.slides), topSchema.shape.slides.description ?? ""),
  });
}
