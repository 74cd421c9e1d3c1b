// Every text a reader of the deck sees, with where it stands in briefing.yaml: the validator checks
// the marks in them, the figure check holds their numbers to the article, and images are looked up
// in the Markdown ones.
import type { Briefing, FieldPath } from "./briefing.ts";

export interface TextField {
  path: FieldPath;
  text: string;
  /** Markdown (rendered with marked) rather than plain text. */
  markdown: boolean;
  /** May hold {{figure}} marks; every field may hold {{own: …}} (a label names a figure, so holds no other). */
  marks: boolean;
}

/** In the order a reader meets them: the deck's title, then slide by slide, then figure labels. */
export function textFields(briefing: Briefing): TextField[] {
  const fields: TextField[] = [];
  const add = (path: FieldPath, text: string | undefined, markdown = false, marks = true) => {
    if (text !== undefined) fields.push({ path, text, markdown, marks });
  };
  add(["title"], briefing.title);
  add(["subtitle"], briefing.subtitle);
  briefing.slides.forEach((slide, i) => {
    const at = (...rest: (string | number)[]): FieldPath => ["slides", i, ...rest];
    switch (slide.layout) {
      case "title":
        add(at("kicker"), slide.kicker);
        break;
      case "points":
        add(at("title"), slide.title);
        slide.points.forEach((p, j) => add(at("points", j), p, true));
        break;
      case "stats":
      case "chart":
        add(at("title"), slide.title);
        add(at("caption"), slide.caption, true);
        break;
      case "compare":
        add(at("title"), slide.title);
        for (const side of ["left", "right"] as const) {
          add(at(side, "heading"), slide[side].heading);
          slide[side].points.forEach((p, j) => add(at(side, "points", j), p, true));
        }
        break;
      case "quote":
        add(at("quote"), slide.quote, true);
        add(at("original"), slide.original, true);
        add(at("by"), slide.by);
        add(at("role"), slide.role);
        add(at("context"), slide.context);
        break;
      case "section":
        add(at("title"), slide.title);
        add(at("subtitle"), slide.subtitle);
        break;
      case "markdown":
        add(at("title"), slide.title);
        add(at("body"), slide.body, true);
        break;
      case "sources":
        add(at("title"), slide.title);
        break;
    }
    add(at("notes"), slide.notes, true);
  });
  for (const figure of briefing.figures) {
    add(["figures", figure.id, "label"], figure.marked?.label ?? figure.label, false, false);
    add(["figures", figure.id, "short"], figure.marked?.short ?? figure.short, false, false);
  }
  return fields;
}

export interface QuoteToCheck {
  /** Where the words checked stand: the quote slide's original, else its quote. */
  path: FieldPath;
  text: string;
  /** The deck is in another language than the article and gave no original. */
  translatedWithoutOriginal: boolean;
}

/** Each quote slide's words as the article must have them. */
export function quotesToCheck(briefing: Briefing): QuoteToCheck[] {
  return briefing.slides.flatMap((slide, i): QuoteToCheck[] => {
    if (slide.layout !== "quote") return [];
    const original = slide.original !== undefined;
    return [
      {
        path: ["slides", i, original ? "original" : "quote"],
        text: slide.original ?? slide.quote,
        translatedWithoutOriginal: !original && sameLanguage(briefing.lang, briefing.source.lang) === false,
      },
    ];
  });
}

const sameLanguage = (a: string, b: string) => new Intl.Locale(a).language === new Intl.Locale(b).language;
