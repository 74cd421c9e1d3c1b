// A figure belongs to its subject: the names its label gives ("SHB", "China") must include one that the
// article gives the quoted number to, when it names anyone (subjects.ts, givesTo). A sentence that lists
// several ("Vietcombank, BIDV và MB lần lượt tăng 5%, 7% và 9%") names them all; a sentence with a
// pronoun ("Its profit rose 5%") names no one and passes; a label with no name passes. The short name
// (charts) is held to it the same way.
import type { Figure } from "../model/briefing.ts";
import type { ArticleReading } from "./read-article.ts";
import { isCurrency } from "../format/format-figure.ts";
import type { FigureProblem } from "./figure-problem.ts";
import { findPassage } from "./normalize-text.ts";
import { findNumbers } from "./read-numbers.ts";
import { foreignNames, namesIn } from "./names.ts";
import { scopeAt, sentenceAt } from "./sentences.ts";
import { givesTo, subjectsIn } from "./subjects.ts";

export function checkLabelSubject(figure: Figure, quote: string, article: ArticleReading): FigureProblem | undefined {
  const at = findPassage(article.text, quote);
  if (at < 0) return undefined;
  // Each of the two on its own: a stats card prints the label, a chart the short name, and "label:
  // BBVA" beside "short: Santander" showed one slide the wrong bank.
  for (const field of ["label", "short"] as const) {
    const words = figure[field];
    const problem = words ? fieldProblem(figure, field, words, quote, at, article) : undefined;
    if (problem) return problem;
  }
  return undefined;
}

function fieldProblem(
  figure: Figure,
  field: "label" | "short",
  words: string,
  quote: string,
  at: number,
  article: ArticleReading,
): FigureProblem | undefined {
  const names = article.names;
  const label = namesIn(words, names, () => true);
  const foreign = label.length === 0 ? foreignNames(words, names) : [];
  if (label.length === 0 && foreign.length === 0) return undefined;
  const number = findNumbers(quote, article.lang).find((t) => !t.split);
  const scope = scopeAt(article.text, at + (number?.index ?? 0));
  if (
    givesTo(scope, label, names, foreign, {
      owners: article.owners,
      value: number?.value ?? Math.abs(figure.value),
      kind: figure.unit === "%" ? "%" : (figure.unit && isCurrency(figure.unit)) || figure.scale ? "amount" : "",
    })
  )
    return undefined;
  const subjects = subjectsIn(scope, names, false, (word) => label.includes(word));
  const named = [...label, ...foreign];
  const { start, end } = sentenceAt(article.text, at);
  return {
    id: figure.id,
    field,
    message: `figure "${figure.id}": the ${field === "short" ? "short name" : "label"} names ${named.join(", ")}${foreign.length ? " (which the article never names)" : ""}, but the article gives the quoted number to ${subjects.join(", ")}: «${article.text.slice(start, end).trim()}»`,
    hint: `quote the sentence where the article gives ${named[0]}'s number, or name ${subjects[0]} in the ${field === "short" ? "short name" : "label"}`,
  };
}
