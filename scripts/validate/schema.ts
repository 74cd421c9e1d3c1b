// The shape of briefing.yaml (the format, docs/writing-a-briefing.md) as zod schemas. Strict objects: an unknown key is an
// error, because a typo must not silently vanish. Cross-field rules live in check-references.ts.
import { z } from "zod";

// A year or a count written bare (`labels: [2023, 2024]`, `title: 2024`) is text the author meant.
// Only whole numbers: "3.10" would come back as "3.1", so a decimal must be quoted.
const text = z.preprocess(
  (value) => (typeof value === "number" && Number.isSafeInteger(value) ? String(value) : value),
  z.string().trim().min(1, "must not be empty"),
);
const markdown = text;
const optionalText = text.optional();

export const scaleSchema = z.enum(["thousand", "million", "billion", "trillion"]);

export const figureSchema = z.strictObject({
  value: z.number(),
  unit: optionalText,
  scale: scaleSchema.optional(),
  label: text,
  short: optionalText,
  approx: z.boolean().optional(),
  direction: z.enum(["label"]).optional(),
  quote: optionalText,
  derived: optionalText,
});

export const sourceSchema = z.strictObject({
  file: text,
  title: text,
  publisher: optionalText,
  published: optionalText,
  url: optionalText,
  lang: optionalText,
});

/** A colour as the brand's style guide writes it. Checked for contrast against the theme elsewhere. */
const colour = z.string().refine((value) => /^#[0-9a-fA-F]{6}$/.test(value.trim()), {
  error: (issue) => `expected a colour written "#rrggbb", found "${String(issue.input)}"`,
  params: { hint: 'six hex digits after a #, in quotes (an unquoted # starts a YAML comment): primary: "#0b5cab"' },
});

/** The longest brand footer line: it shares one line of the slide's footer with the title and the date. */
export const MAX_FOOTER_LENGTH = 80;

export const brandSchema = z.strictObject({
  primary: colour.optional(),
  accent: colour.optional(),
  logo: optionalText,
  footer: text
    .refine((value) => value.length <= MAX_FOOTER_LENGTH, {
      error: (issue) => `the footer line has ${String(issue.input).trim().length} characters; at most ${MAX_FOOTER_LENGTH} fit beside the title and the date`,
      params: { hint: "shorten it (it is printed on every slide and handout page)" },
    })
    .optional(),
});

export const chartTypes = ["bar", "hbar", "line", "pie", "doughnut"] as const;

export const chartSchema = z.strictObject({
  type: z.enum(chartTypes),
  figures: z.array(text).min(1).optional(),
  labels: z.array(text).min(1).optional(),
  series: z
    .array(z.strictObject({ name: text, values: z.array(z.number()).min(1) }))
    .min(1)
    .optional(),
  unit: optionalText,
  /** With labels/series: the scale of their values, formatted like a figure's ("2,8 tỷ USD"). */
  scale: scaleSchema.optional(),
  zero: z.boolean().optional(),
});

export const compareSideSchema = z.strictObject({
  heading: text,
  figure: optionalText,
  points: z.array(markdown).min(1).max(6),
});

const slideCommon = { layout: z.string(), id: optionalText, notes: markdown.optional() };

/** One schema per layout; the layout field picks which one a slide is checked against. */
export const layoutSchemas = {
  title: z.strictObject({ ...slideCommon, kicker: optionalText }),
  points: z.strictObject({
    ...slideCommon,
    title: text,
    points: z.array(markdown).min(1).max(7),
    figure: optionalText,
  }),
  stats: z.strictObject({ ...slideCommon, title: text, stats: z.array(text).min(1).max(6), caption: markdown.optional() }),
  chart: z.strictObject({ ...slideCommon, title: text, chart: chartSchema, caption: markdown.optional() }),
  compare: z.strictObject({ ...slideCommon, title: text, left: compareSideSchema, right: compareSideSchema }),
  quote: z.strictObject({ ...slideCommon, quote: markdown, original: markdown.optional(), by: text, role: optionalText, context: optionalText }),
  section: z.strictObject({ ...slideCommon, title: text, subtitle: optionalText }),
  markdown: z.strictObject({ ...slideCommon, title: text, body: markdown }),
  sources: z.strictObject({ ...slideCommon, title: optionalText }),
} as const;

export type LayoutName = keyof typeof layoutSchemas;
export const layoutNames = Object.keys(layoutSchemas) as LayoutName[];

export const topSchema = z.strictObject({
  title: text,
  subtitle: optionalText,
  date: z.union([z.string(), z.date()]),
  lang: text,
  author: optionalText,
  theme: optionalText,
  brand: brandSchema.optional(),
  source: sourceSchema,
  figures: z.record(z.string(), z.unknown()).nullish(), // "figures:" with nothing under it: none
  slides: z.array(z.unknown()).min(1, "needs at least one slide"),
});

/** Keys each kind of mapping allows, for "did you mean" on an unknown key. */
export function allowedKeys(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}
