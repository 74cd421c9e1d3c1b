// The figure check (docs/writing-a-briefing.md, "The check"): every quoted figure is traced to its article, every derived
// figure is recomputed. Pure: the caller loads the article and knows where fields stand in briefing.yaml.
import { fieldName, type Problem } from "../errors.ts";
import type { Figure, Locate, LocateIn } from "../model/briefing.ts";
import { checkDerived } from "./check-derived.ts";
import { checkQuote } from "./check-quote.ts";
import { checkLabelSubject } from "./check-label-subject.ts";
import { readArticle } from "./read-article.ts";
import { remembered } from "../remembered.ts";
import type { FigureProblem } from "./figure-problem.ts";
import { keepBreaks, normalizeKeepingBreaks, normalizeText, paragraphBreaks } from "./normalize-text.ts";
import { visibleText } from "./visible-text.ts";
import { checkTextNumbers } from "./check-text-numbers.ts";
import { checkQuoteSlides } from "./check-quote-slides.ts";
import { languagesWithWords, languageWords } from "../lang/languages.ts";
import type { QuoteToCheck, TextField } from "../model/text-fields.ts";

/** What the check holds to the article: built by the pipeline from the validated briefing and the loaded article. */
export interface FigureCheckInput {
  /** The validated figures, in order. */
  figures: Figure[];
  /** The raw article text (any line endings, maybe a BOM). */
  article: string;
  /** Its file name: a Markdown article (.md) is compared as a reader sees it, without its markup. */
  articleFile: string;
  /** BCP 47: the language the article writes its numbers in. */
  articleLang: string;
  /** Path of briefing.yaml as shown to the user. */
  file: string;
  locate: Locate;
  /** Where a character of a field's text stands, for a problem inside a long text (a line of the notes). */
  locateIn?: LocateIn;
  /** The deck's own words; absent when its slides did not validate (then only figures are checked). */
  deck?: {
    lang: string;
    /** The briefing's own date (ISO): its day, month and year may stand in the text. */
    date?: string;
    fields: TextField[];
    quotes: QuoteToCheck[];
  };
}

/** The article as the checks read it: the same article read again gives the same reading (remembered.ts). */
const articleRead = remembered(
  8,
  (raw: string, markdown: boolean, lang: string) => `${lang}\0${markdown}\0${raw}`,
  (raw: string, markdown: boolean, lang: string) => {
    const reading = readArticle({ text: normalizeKeepingBreaks(markdown ? visibleText(raw) : raw), lang });
    // Its line breaks go with it: the sentences read from it later are found by them.
    return { reading, breaks: paragraphBreaks(reading.text) };
  },
);

/** Every problem with every figure, in the order the briefing lists the figures; [] when all hold. */
export function checkFigures(input: FigureCheckInput): Problem[] {
  const { reading, breaks } = articleRead(input.article, /\.(?:md|markdown)$/i.test(input.articleFile), input.articleLang);
  keepBreaks(reading.text, breaks);
  const article = { text: reading.text, lang: reading.lang };
  const found: FigureProblem[] = [];
  for (const figure of input.figures) {
    if (figure.quote === undefined) continue;
    const quote = normalizeText(figure.quote);
    const problems = checkQuote(figure, quote, article, input.deck?.lang);
    // Another subject's number: a fix of its value or sign would lock the wrong label in, so only this is said.
    const subject = checkLabelSubject(figure, quote, reading);
    found.push(...(subject ? [subject, ...problems.filter((p) => p.field === "quote")] : problems));
  }
  found.push(...checkDerived(input.figures));
  // Derived figures are checked in dependency order; the author reads problems in briefing order.
  const order = new Map(input.figures.map((f, i) => [f.id, i]));
  const sorted = found
    .map((problem, i) => ({ problem, i }))
    .sort((a, b) => (order.get(a.problem.id) ?? 0) - (order.get(b.problem.id) ?? 0) || a.i - b.i);
  const problems = sorted.map(({ problem }) => place(problem, input));
  if (input.deck) {
    const { lang, date, fields, quotes } = input.deck;
    problems.push(
      ...checkTextNumbers({
        fields,
        lang,
        ...(date ? { date } : {}),
        article: reading,
        figures: input.figures,
        file: input.file,
        locate: input.locate,
        locateIn: input.locateIn,
      }),
    );
    problems.push(...checkQuoteSlides(quotes, article.text, input.file, input.locate));
  }
  return problems;
}

/** What the check could not do for this article, said once per build: no sign words in its language. */
export function figureCheckNotes(articleLang: string): string[] {
  if (languageWords(articleLang)) return [];
  return [
    `no words for a rise or a fall in "${articleLang}" (there are lists for ${languagesWithWords.join(", ")}): ` +
      'a figure\'s sign is checked only where the article writes it (-3%), not against words like "fell"',
  ];
}

function place(problem: FigureProblem, input: FigureCheckInput): Problem {
  const path = ["figures", problem.id, problem.field];
  const at = input.locate(path);
  return {
    file: input.file,
    ...(at ? { line: at.line, column: at.column } : {}),
    field: fieldName(path),
    message: problem.message,
    hint: problem.hint,
  };
}
