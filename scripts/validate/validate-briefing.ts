// Stage 2, validate: the loaded YAML → a typed Briefing, or every problem at once.
// Shape first (zod, per mapping so messages stay precise), then the rules across fields.
import type { Problem } from "../errors.ts";
import type { LoadedBriefing } from "../load/load-briefing.ts";
import { topSchema } from "../model/briefing-schema.ts";
import { HANDOUT_KINDS } from "../model/handout-kinds.ts";
import type { Briefing, Figure, Locate } from "../model/briefing.ts";
import type { Palette } from "../model/colors.ts";
import type { LoadedImage } from "../model/images.ts";
import { keysAt } from "./allowed-keys.ts";
import { checkReferences, isKnownLanguage } from "./check-references.ts";
import { checkBrand } from "./check-brand.ts";
import { validateFigures } from "./validate-figures.ts";
import { validateSlides } from "./validate-slides.ts";
import { PARSE, problemAt, zodProblems, type ProblemContext } from "./zod-problems.ts";

export interface ValidBriefing {
  briefing: Briefing;
  /** The article's text, BOM stripped. */
  article: string;
  images: Map<string, LoadedImage>;
  /** briefing.yaml as shown to the user. */
  file: string;
  locate: Locate;
}

/** Figures that can be held to the article: each one valid, and the article's language known. */
export interface CheckableFigures {
  figures: Figure[];
  /** BCP 47: the language the article writes its numbers in. */
  articleLang: string;
}

/**
 * What validation found. When the briefing is not valid, `checkable` holds the figures that are, so
 * that the figure check still holds them to the article and one run reports a misspelt slide key and
 * a wrong quote together. Handed on as data, never through an exception.
 */
export interface Validation {
  valid?: ValidBriefing;
  problems: Problem[];
  checkable?: CheckableFigures;
}

export interface ValidateOptions {
  /** The themes templates/ ships, by name, with their colours (a brand is checked against them). */
  themes: ReadonlyMap<string, Palette>;
}

export function validateBriefing(loaded: LoadedBriefing, options: ValidateOptions): Validation {
  const context: ProblemContext = { file: loaded.file, locate: loaded.yaml.locate };
  const data = loaded.yaml.data;
  if (data === null || data === undefined) {
    return {
      problems: [
        problemAt(
          context,
          [],
          "briefing.yaml is empty",
          "start from the example in docs/writing-a-briefing.md: title:, date:, lang:, source:, slides:",
        ),
      ],
    };
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      problems: [
        problemAt(
          context,
          [],
          "briefing.yaml must be a mapping of keys (title:, date:, lang:, source:, slides: …)",
          Array.isArray(data)
            ? 'remove the "- " in front of the top-level keys'
            : "start from the example in docs/writing-a-briefing.md: title:, date:, lang:, source:, slides:",
        ),
      ],
    };
  }
  const problems: Problem[] = [];
  const top = topSchema.safeParse(data, PARSE);
  if (!top.success) problems.push(...zodProblems(context, [], top.error, keysAt));

  const before = problems.length;
  const formulas: Problem[] = [];
  const figures = validateFigures("figures" in data ? data.figures : undefined, context, loaded, problems, formulas);
  // A figure with problems of its own would make derived ones report it as unknown: check none then.
  // A formula that does not parse leaves its figure in place (only its own check is skipped).
  const checkable = problems.length === before ? checkableFigures(figures, loaded) : undefined;
  problems.push(...formulas);
  const slides = "slides" in data && Array.isArray(data.slides) ? validateSlides(data.slides, context, problems) : [];
  if (!top.success || problems.length > 0) return { problems, checkable };

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
  // checkReferences names a missing article; so a briefing without problems has one.
  const article = loaded.article;
  if (problems.length > 0 || article === undefined) return { problems, checkable };
  return {
    valid: { briefing, article: article.text, images: loaded.images, file: loaded.file, locate: loaded.yaml.locate },
    problems,
    checkable: { figures, articleLang: briefing.source.lang },
  };
}

/**
 * The figures and the language the article writes numbers in, when both are usable: the language read
 * as the schema reads it, from the file as written, since the rest of it may not validate.
 */
function checkableFigures(figures: Figure[], loaded: LoadedBriefing): CheckableFigures | undefined {
  const language = (path: string[]) => topSchema.shape.lang.safeParse(loaded.yaml.document.getIn(path)).data;
  const articleLang = language(["source", "lang"]) ?? language(["lang"]);
  if (figures.length === 0 || loaded.article === undefined || articleLang === undefined || !isKnownLanguage(articleLang)) return undefined;
  return { figures, articleLang };
}
