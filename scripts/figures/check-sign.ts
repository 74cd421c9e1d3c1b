// The sign of a figure's value against the article's: a sign written on the number ("-3,07%", "âm
// 0,5%") first, else the direction its words give ("giảm 17%", "fell 3.1%"); with direction: label,
// the label's own direction word must agree instead.
import type { Figure } from "../model/briefing.ts";
import { around, directionInWords } from "./read-direction.ts";
import { directionSaid } from "./direction-said.ts";
import { showNumber } from "./compare-numbers.ts";
import type { Article } from "./check-quote.ts";
import type { FigureProblem } from "./figure-problem.ts";
import { endpoints } from "./endpoints.ts";
import { remembered } from "../remembered.ts";
import { findNumbers, type NumberToken } from "./read-numbers.ts";

/** The sign of value against the article's: a written sign first, else the words around the number. */
export function checkSign(figure: Figure, article: Article, candidates: NumberToken[], labelLang: string): FigureProblem[] {
  if (figure.value === 0) return [];
  if (figure.direction === "label") {
    if (figure.value > 0) return labelAgrees(figure, article, candidates, labelLang);
    return [
      {
        id: figure.id,
        field: "value",
        message: `figure "${figure.id}": direction: label says the label carries the direction, but value is negative (${showNumber(figure.value)})`,
        hint: `write value: ${showNumber(-figure.value)} and let the label say which way, or remove direction: label`,
      },
    ];
  }
  const said = candidates.map((t) => ({ token: t, sign: signSaid(article, t) }));
  const negative = figure.value < 0;
  if (said.some((s) => s.sign === undefined || (s.sign.kind === "-") === negative)) return [];
  const { token, sign } = said[0]!;
  const words = around(article.text, token);
  const what = sign!.kind === "-" ? "a fall" : "a rise";
  return [
    {
      id: figure.id,
      field: "value",
      message: `figure "${figure.id}": the article writes «${words}», ${sign!.how === "sign" ? `a number with a ${sign!.kind === "-" ? "minus" : "plus"} sign` : what}, but value is ${showNumber(figure.value)}`,
      hint:
        `write value: ${showNumber(-figure.value)}` +
        (negative ? "" : `; or, to keep ${showNumber(figure.value)}, say the direction in the label and add direction: label`),
    },
  ];
}

/** With direction: label, the label's own direction word must be the article's ("Tesla tăng" for "lao dốc 12%" is not). */
function labelAgrees(figure: Figure, article: Article, candidates: NumberToken[], labelLang: string): FigureProblem[] {
  const label = directionInWords(figure.label, labelLang);
  if (!label) return [];
  const said = candidates.map((t) => ({ token: t, sign: signSaid(article, t) })).filter((s) => s.sign !== undefined);
  const agrees = (kind: "-" | "+") => (kind === "-") === (label.direction === "fall");
  if (said.length === 0 || said.some((s) => agrees(s.sign!.kind))) return [];
  return [
    {
      id: figure.id,
      field: "label",
      message: `figure "${figure.id}": the label says «${label.word}», ${label.direction === "fall" ? "a fall" : "a rise"}, but the article writes «${around(article.text, said[0]!.token)}», ${said[0]!.sign!.kind === "-" ? "a fall" : "a rise"}`,
      hint: "say in the label the direction the article gives",
    },
  ];
}

function signSaid(article: Article, token: NumberToken): { kind: "-" | "+"; how: "sign" | "words" } | undefined {
  const said = directionSaid(article.text, token, article.lang);
  if (!said || said.direction === "level") return undefined;
  // A move's start or end is a level whatever its verb ("अनुमान 7.2 प्रतिशत से घटाकर 6.6 प्रतिशत", "from
  // 7.2% to 6.6%"): its fix, "write value: -7.2", printed a forecast of −7.2%.
  if (said.how === "words" && isEndpoint(article, token)) return undefined;
  return { kind: said.direction === "fall" ? "-" : "+", how: said.how };
}

function isEndpoint(article: Article, token: NumberToken): boolean {
  return endsOf(article.text, article.lang).has(token.index);
}

/** Where the article's move ends stand, once per article (a check asks for each figure's candidates). */
const endsOf = remembered(
  20,
  (text: string, lang: string) => `${lang}\u0000${text}`,
  (text: string, lang: string) => {
    const tokens = findNumbers(text, lang).filter((t) => !t.split);
    return new Set([...endpoints(text, tokens, lang).keys()].map((t) => t.index));
  },
);
