// Runs a corpus pair through the real check, as a build would: a text pair as a bullet of a deck in
// the corpus's language, a figure pair as the one figure of a briefing (its label shown on a slide).
import { checkFigures } from "../../scripts/figures/check-figures.ts";
import type { Problem } from "../../scripts/errors.ts";
import type { Figure } from "../../scripts/model/briefing.ts";
import type { FigurePair, TextPair } from "./corpus-types.ts";

export function textProblems(pair: TextPair, lang: string): Problem[] {
  return checkFigures({
    figures: [],
    article: pair.article,
    articleFile: "article.txt",
    articleLang: lang,
    file: "briefing.yaml",
    locate: () => undefined,
    deck: { lang, fields: [{ path: ["slides", 0, "points", 0], text: pair.deck, markdown: true, marks: true }], quotes: [] },
  });
}

export function figureProblems(pair: FigurePair, lang: string): Problem[] {
  const { value, unit, scale, label, quote, approx, direction } = pair.figure;
  const decimals = /\.(\d+)/.exec(String(value))?.[1]?.length ?? 0;
  const figure: Figure = {
    id: "fig",
    value,
    decimals,
    label,
    quote,
    approx: approx ?? false,
    ...(unit !== undefined ? { unit } : {}),
    ...(scale ? { scale } : {}),
    ...(direction ? { direction } : {}),
  };
  return checkFigures({
    figures: [figure],
    article: pair.article,
    articleFile: "article.txt",
    articleLang: lang,
    file: "briefing.yaml",
    locate: () => undefined,
    deck: { lang, fields: [{ path: ["figures", "fig", "label"], text: label, markdown: false, marks: false }], quotes: [] },
  });
}
