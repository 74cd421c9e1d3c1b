// Stage 2, validate: the loaded YAML → a typed Briefing, or every problem at once.
// Shape first (zod, per mapping so messages stay precise), then the rules across fields.
import { isScalar } from "yaml";
import { z } from "zod";
import type { Problem } from "../errors.ts";
import type { LoadedBriefing, LoadedImage } from "../load/load-briefing.ts";
import { HANDOUT_KINDS, type Briefing, type FieldPath, type Figure, type Locate, type Slide } from "../model/briefing.ts";
import type { Palette } from "../model/colors.ts";
import { suggest } from "./did-you-mean.ts";
import { checkReferences, isKnownLanguage } from "./check-references.ts";
import { checkBrand } from "./check-brand.ts";
import type { FigureCheckInput } from "../figures/check-figures.ts";
import { quotesToCheck, textFields } from "../model/text-fields.ts";
import { FIGURE_ID, replaceMarks } from "../model/inline-marks.ts";
import {
  brandSchema, chartSchema, compareSideSchema, figureSchema, layoutNames, layoutSchemas, sourceSchema, topSchema,
  allowedKeys, type LayoutName,
} from "./schema.ts";
import { problemAt, zodProblems, type ProblemContext } from "./zod-problems.ts";

export interface ValidBriefing {
  briefing: Briefing;
  /** The article's text, BOM stripped. */
  article: string;
  images: Map<string, LoadedImage>;
  /** briefing.yaml as shown to the user. */
  file: string;
  locate: Locate;
}

/**
 * What validation found, and what the figure check is to hold to the article: the whole deck when
 * the briefing is valid, else the figures that validated, so that one run reports a misspelt slide
 * key and a wrong quote together. Handed on as data, never through an exception.
 */
export interface Validation {
  valid?: ValidBriefing;
  problems: Problem[];
  checkInput?: FigureCheckInput;
}

export interface ValidateOptions {
  /** The themes templates/ ships, by name, with their colours (a brand is checked against them). */
  themes: ReadonlyMap<string, Palette>;
}

// Intl formats at most 100 fraction digits; no article writes more than a few.
const MAX_DECIMALS = 20;
// zod 4 leaves the input out of its issues unless asked; messages need it to say what was found.
const PARSE = { reportInput: true } as const;

export function validateBriefing(loaded: LoadedBriefing, options: ValidateOptions): Validation {
  const context: ProblemContext = { file: loaded.file, locate: loaded.yaml.locate };
  const data = loaded.yaml.data;
  if (data === null || data === undefined) {
    return { problems: [problemAt(context, [], "briefing.yaml is empty", "start from the example in docs/writing-a-briefing.md: title:, date:, lang:, source:, slides:")] };
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    return { problems: [problemAt(context, [], "briefing.yaml must be a mapping of keys (title:, date:, lang:, source:, slides: …)",
      Array.isArray(data) ? "remove the \"- \" in front of the top-level keys" : "start from the example in docs/writing-a-briefing.md: title:, date:, lang:, source:, slides:")] };
  }
  const problems: Problem[] = [];
  const top = topSchema.safeParse(data, PARSE);
  if (!top.success) problems.push(...zodProblems(context, [], top.error, keysAt));

  const raw = data as Record<string, unknown>;
  const before = problems.length;
  const figures = validateFigures(raw.figures, context, loaded, problems);
  // A figure with problems of its own would make derived ones report it as unknown: check none then.
  const checkable = problems.length === before ? figuresToCheck(figures, raw, loaded, context) : undefined;
  const slides = Array.isArray(raw.slides) ? validateSlides(raw.slides, context, problems) : [];
  if (!top.success || problems.length > 0) return { problems, checkInput: checkable };

  const t = top.data;
  const theme = t.theme ?? "light";
  const brand = t.brand && checkBrand(t.brand, theme, options.themes.get(theme), loaded, context);
  const briefing: Briefing = {
    name: loaded.name,
    title: t.title,
    subtitle: t.subtitle,
    date: t.date instanceof Date ? t.date.toISOString().slice(0, 10) : t.date,
    lang: t.lang,
    author: t.author,
    theme,
    brand: brand?.brand,
    handout: HANDOUT_KINDS.find((k) => String(k) === String(t.handout)),
    paper: t.paper,
    source: { ...t.source, lang: t.source.lang ?? t.lang },
    figures,
    slides,
  };
  problems.push(...checkReferences(briefing, loaded, context, options.themes), ...(brand?.problems ?? []));
  if (problems.length > 0) return { problems, checkInput: checkable };
  const article = loaded.article!;
  return {
    valid: { briefing, article: article.text, images: loaded.images, file: loaded.file, locate: loaded.yaml.locate },
    problems,
    checkInput: {
      figures,
      article: article.text,
      articleFile: article.file,
      articleLang: briefing.source.lang,
      file: loaded.file,
      locate: loaded.yaml.locate,
      locateIn: loaded.yaml.locateIn,
      deck: { lang: briefing.lang, date: briefing.date, fields: textFields(briefing), quotes: quotesToCheck(briefing) },
    },
  };
}

/** The figures, the article and the language it writes numbers in, when all three are usable. */
function figuresToCheck(figures: Figure[], raw: Record<string, unknown>, loaded: LoadedBriefing, context: ProblemContext): FigureCheckInput | undefined {
  const source = raw.source as Record<string, unknown> | undefined;
  const articleLang = (typeof source === "object" && source !== null ? source.lang : undefined) ?? raw.lang;
  if (figures.length === 0 || loaded.article === undefined || typeof articleLang !== "string" || !isKnownLanguage(articleLang)) return undefined;
  return { figures, article: loaded.article.text, articleFile: loaded.article.file, articleLang, file: context.file, locate: context.locate };
}

function validateFigures(raw: unknown, context: ProblemContext, loaded: LoadedBriefing, problems: Problem[]): Figure[] {
  if (raw === undefined || raw === null || typeof raw !== "object" || Array.isArray(raw)) return [];
  return Object.entries(raw).flatMap(([id, value]): Figure[] => {
    const path: FieldPath = ["figures", id];
    if (!FIGURE_ID.test(id)) {
      problems.push(problemAt(context, path, `figure id "${id}" is not a valid id`, "use letters, digits and _ only, starting with a letter (e.g. nasdaq_pct)"));
    }
    const parsed = figureSchema.safeParse(value, PARSE);
    if (!parsed.success) {
      problems.push(...zodProblems(context, path, parsed.error, keysAt));
      return [];
    }
    const f = parsed.data;
    const decimals = decimalsOf(loaded, [...path, "value"], f.value);
    if (decimals > MAX_DECIMALS) {
      problems.push(problemAt(context, [...path, "value"], `value has ${decimals} decimals; at most ${MAX_DECIMALS} can be shown`, "round it as the article does"));
      return [];
    }
    if ((f.quote === undefined) === (f.derived === undefined)) {
      problems.push(problemAt(context, path, `figure "${id}" needs exactly one of quote and derived`,
        "quote the article's words that hold the number, or derive it from other figures"));
    }
    // A label may mark words as the author's ("Quý {{own: 4}}"): printed as words, checked as marked.
    const marked = (text: string | undefined) => (text !== undefined && /\{\{/.test(text) ? { text: ownWordsOnly(text), source: text } : undefined);
    const label = marked(f.label);
    const short = marked(f.short);
    return [{ id, value: f.value, decimals, unit: f.unit, scale: f.scale,
      label: label?.text ?? f.label, short: short?.text ?? f.short, approx: f.approx ?? false, direction: f.direction, quote: f.quote, derived: f.derived,
      ...(label || short ? { marked: { ...(label ? { label: label.source } : {}), ...(short ? { short: short.source } : {}) } } : {}) }];
  });
}

/** The text with each {{own: …}} as its words; any other mark stays, for check-marks to report. */
function ownWordsOnly(text: string): string {
  return replaceMarks(text, (id) => `{{${id}}}`, (own) => own);
}

function validateSlides(raw: unknown[], context: ProblemContext, problems: Problem[]): Slide[] {
  return raw.flatMap((slide, index): Slide[] => {
    const path: FieldPath = ["slides", index];
    if (slide === null || typeof slide !== "object" || Array.isArray(slide)) {
      problems.push(problemAt(context, path, "each slide must be a mapping with a layout:", "start the item with `- layout: points`"));
      return [];
    }
    const layout = (slide as Record<string, unknown>).layout;
    if (typeof layout !== "string" || !Object.hasOwn(layoutSchemas, layout)) {
      const close = typeof layout === "string" ? suggest(layout, layoutNames) : undefined;
      problems.push(problemAt(context, [...path, "layout"],
        layout === undefined ? "layout is required" : `unknown layout "${String(layout)}"`,
        close ? `did you mean "${close}"?` : `use one of: ${layoutNames.join(", ")}`));
      return [];
    }
    const schema = layoutSchemas[layout as LayoutName];
    const parsed = schema.safeParse(slide, PARSE);
    if (!parsed.success) {
      const keys = (p: FieldPath) => (p.length === 2 ? allowedKeys(schema as z.ZodObject) : keysAt(p));
      problems.push(...zodProblems(context, path, parsed.error, keys));
      return [];
    }
    return [parsed.data as Slide];
  });
}

/** The keys allowed where an unknown key was found, from the path's shape. */
function keysAt(path: FieldPath): string[] {
  const [head, , third, fourth] = path;
  if (path.length === 0) return allowedKeys(topSchema);
  if (head === "source") return allowedKeys(sourceSchema);
  if (head === "brand") return allowedKeys(brandSchema);
  if (head === "figures") return allowedKeys(figureSchema);
  if (head === "slides" && third === "chart") return fourth === "series" ? ["name", "values"] : allowedKeys(chartSchema);
  if (head === "slides" && (third === "left" || third === "right")) return allowedKeys(compareSideSchema);
  return [];
}

/** Decimals as written ("2.10" has 2), which JSON-ish parsing would lose. */
function decimalsOf(loaded: LoadedBriefing, path: FieldPath, value: number): number {
  const node = loaded.yaml.document.getIn(path, true);
  const written = isScalar(node) && typeof node.source === "string" ? node.source : String(value);
  // "45e-1" is 4.5: one decimal. The exponent moves the point.
  const match = /^[-+]?\d*(?:\.(\d*))?(?:e([-+]?\d+))?$/i.exec(written.trim());
  if (!match) return 0;
  return Math.max(0, (match[1]?.length ?? 0) - Number(match[2] ?? 0));
}
