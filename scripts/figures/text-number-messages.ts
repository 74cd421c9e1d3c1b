// What the text check says when a number of the deck is not the article's: both sides, the article's
// sentence, and a fix that, followed literally, leads to a true deck. A figure is suggested only when
// its unit, scale and sign agree with what the deck's words say of the number.
import { SCALE_FACTORS, type Figure } from "../model/briefing.ts";
import { formatFigure } from "../format/format-figure.ts";
import { sameNumber } from "./compare-numbers.ts";
import type { Contrast } from "./contrast-subjects.ts";
import type { Quantity } from "./read-quantity.ts";
import { sentenceAt } from "./sentences.ts";
import { pointsWritten } from "./number-context.ts";
import { opposedAround, periodAfter, type Context, type MismatchKind } from "./compare-quantity.ts";

interface Message {
  message: string;
  hint: string;
}

const FIGURE_FIX = "make it a figure and write {{figure_id}}";

export function absentProblem(written: string, said: string, deck: Quantity, figures: Figure[], lang: string): Message {
  const figure = figures.find((f) => agrees(f, deck));
  const message = `the number ${written} in «${said}» is not in the article`;
  if (!figure) {
    return {
      message,
      hint: `${FIGURE_FIX} (one with derived: if you worked it out from the article's figures, "rate_new - rate_old"), correct it to the article's number, or, if it is your own and no claim about the story, mark it {{own: ${written}}}`,
    };
  }
  const printed = formatFigure(figure, lang);
  // "giảm 12,7%" with a figure of -12.7: the mark prints the sign, so the word goes with the number.
  const withWord = (deck.direction === "fall" || deck.direction === "rise") && figure.direction !== "label";
  return {
    message,
    hint: withWord
      ? `write {{${figure.id}}} in place of the number and the word that says its direction: figure "${figure.id}" prints ${printed}`
      : `write {{${figure.id}}} to show figure "${figure.id}" (${printed}), so it reads the same everywhere`,
  };
}

/** A figure that shows what the deck's words say: the same magnitude, unit, scale and direction. */
function agrees(figure: Figure, deck: Quantity): boolean {
  const factor = figure.scale ? SCALE_FACTORS[figure.scale] : 1;
  if (!sameNumber(Math.abs(figure.value), deck.value) || factor !== (deck.scale?.magnitude ?? 1)) return false;
  if (deck.percent !== (figure.unit === "%")) return false;
  if (deck.points && figure.unit === "%") return false;
  if (deck.currency && figure.unit !== deck.currency) return false;
  if (deck.direction === "fall") return figure.value < 0 || figure.direction === "label";
  if (deck.direction === "rise") return figure.value > 0;
  return true;
}

/** The deck names its number by what the article measures with other numbers only. */
export function measureProblem(written: string, said: string, word: string, article: Quantity, source: { text: string }): Message {
  return {
    message: `«${said}» says ${written} is the «${word}», but the article writes «${word}» only of other numbers, not where it gives ${article.token.text}: «${sentenceOf(source.text, article)}»`,
    hint: `name what the article says ${article.token.text} measures there, or ${FIGURE_FIX}`,
  };
}

export function contrastProblem(written: string, said: string, contrast: Contrast, article: Quantity, source: { text: string }): Message {
  return {
    message: `«${said}» gives ${written} to what the article names in «${contrast.theirs}», but the article gives ${article.token.text} to «${contrast.mine}»: «${sentenceOf(source.text, article)}»`,
    hint: `name whom the article gives ${article.token.text} to («${contrast.mine}»), or write the number the article gives «${contrast.theirs}»`,
  };
}

export function mismatchProblem(
  kind: MismatchKind,
  written: string,
  said: string,
  deck: Quantity,
  article: Quantity,
  source: { text: string },
  context: Context,
): Message {
  const sentence = `«${sentenceOf(source.text, article)}»`;
  const theirs = writtenIn(source.text, article);
  switch (kind) {
    case "unit":
      if (deck.percent && article.points) {
        return {
          message: `${written} in «${said}» is a percentage, but the article gives ${theirs} in percentage points: ${sentence}`,
          hint: `write it in points as the article does: «${pointsAsWritten(source.text, article)}»`,
        };
      }
      if (deck.points && article.points && deck.basis !== article.basis) {
        const [yours, its] = deck.basis ? ["basis points", "percentage points"] : ["percentage points", "basis points"];
        return {
          message: `${written} in «${said}» is in ${yours}, but the article gives ${theirs} in ${its}, ${article.basis ? "a hundredth" : "a hundred times"} of yours: ${sentence}`,
          hint: `write it in ${its} as the article does, or convert it (${article.basis ? "100 basis points are 1 percentage point" : "1 percentage point is 100 basis points"})`,
        };
      }
      if (deck.points) {
        return {
          message: `${written} in «${said}» is in percentage points, but the article's ${theirs} is not: ${sentence}`,
          hint: "write the number with the unit the article gives it",
        };
      }
      if (deck.indexPoints && article.percent) {
        return {
          message: `${written} in «${said}» is in points, but the article gives ${theirs} as a percentage: ${sentence}`,
          hint: "write it as the percentage the article gives",
        };
      }
      if (deck.currency && article.currency && deck.currency !== article.currency) {
        return {
          message: `${written} in «${said}» is in ${deck.currency}, but the article gives ${theirs} in ${article.currency}: ${sentence}`,
          hint: `write the currency the article gives (${article.currency}), or ${FIGURE_FIX}`,
        };
      }
      if (!deck.percent && deck.noun) {
        return {
          message: `«${said}» counts ${deck.noun} with ${written}, but the article's ${theirs} is ${article.percent ? "a percentage" : article.noun ? `a count of ${article.noun}` : "another quantity"}: ${sentence}`,
          hint: `write the number with what the article counts, or ${FIGURE_FIX}`,
        };
      }
      return {
        message: `the number ${written} in «${said}» is a percentage, but the article writes ${article.token.text} of something else: ${sentence}`,
        hint: `write the number as the article gives it, or ${FIGURE_FIX}`,
      };
    case "scale":
      return {
        message: `«${said}» says ${writtenIn(said, deck, true)}, but the article writes ${theirs}, ${magnitude(article)}: ${sentence}`,
        hint: `write the scale the article gives (${theirs}), or ${FIGURE_FIX}`,
      };
    case "sign":
      return {
        message: `«${said}» says ${written} is ${moveText(deck)}, but the article says ${moveText(article)}: ${sentence}`,
        hint: `say the direction the article gives, or ${FIGURE_FIX}: a figure prints its own sign`,
      };
    case "opposite": {
      const opposed = opposedAround(deck, article, context)!;
      return {
        message: `«${said}» calls ${written} «${opposed.mine}», but the article calls it «${opposed.theirs}», its opposite: ${sentence}`,
        hint: `name it as the article does («${opposed.theirs}»), or ${FIGURE_FIX}`,
      };
    }
    case "level": {
      const started = article.stood ? periodAfter(source.text, article, context.names.lang) : [];
      if (started.length > 0) {
        return {
          message: `«${said}» says ${written} is a ${deck.direction}, but in the article it is where the rate stood before its last move, in «${started[0]!.text}»: ${sentence}`,
          hint: `say it of «${started[0]!.text}», or write the level the rate moved to`,
        };
      }
      return {
        message: `«${said}» says ${written} is a ${deck.direction}, but in the article it is a level, where something ended or stood: ${sentence}`,
        hint: "write it as the level it is, in the article's words, or give the change the article states",
      };
    }
    case "endpoint":
      return {
        message: `«${said}» says ${written} is where the move ${deck.endpoint === "from" ? "started" : "ended"}, but in the article it is where it ${article.endpoint === "from" ? "started" : "ended"}: ${sentence}`,
        hint: `write the move from the number the article starts from to the one it ends at, or ${FIGURE_FIX}`,
      };
    case "basis": {
      const against = (q: Quantity) => (q.against === "year" ? "against a year earlier" : "against the period before");
      return {
        message: `«${said}» says ${written} is a change ${against(deck)}, but the article gives ${theirs} ${against(article)}: ${sentence}`,
        hint: `say what the article measures ${theirs} against (${article.against === "year" ? "a year earlier" : "the month or quarter before"}), or write the number the article gives ${against(deck)}`,
      };
    }
    case "subject":
      return {
        message: `«${said}» gives ${written} to ${(deck.respectively ?? deck.subjects).join(", ")}, but the article gives it to ${(article.respectively ?? article.subjects).join(", ")}: ${sentence}`,
        hint: `name whom the article gives the number to, or write the number the article gives ${(deck.respectively ?? deck.subjects)[0]}`,
      };
  }
}

/** The article's number with its points as it writes them: "0,25 điểm phần trăm", "0.25%포인트". */
function pointsAsWritten(text: string, q: Quantity): string {
  const end = q.token.index + q.token.text.length;
  const word = pointsWritten(text, q.token) ?? "";
  return `${q.token.text}${text[end] === " " ? " " : ""}${word}`;
}

/** "a fall", "a rise", "a level reached by a fall". */
function moveText(q: Quantity): string {
  return q.direction === "level" ? `a level reached by a ${q.via ?? "move"}` : `a ${q.direction}`;
}

/** The number as written with its scale word and "%": "70.027 tỷ", "4,2%". */
function writtenIn(text: string, q: Quantity, inDeck = false): string {
  const start = inDeck ? text.indexOf(q.token.text) : q.token.index;
  const end = Math.max(start, 0) + q.token.text.length + (q.scale?.written.length ?? 0);
  const shown = start < 0 ? q.token.text + (q.scale?.written ?? "") : text.slice(start, end);
  const tail = text.slice(end, end + 1);
  const number = /[%％٪]/.test(tail) ? shown + tail : shown;
  return inDeck ? `${number}, ${magnitude(q)}` : `«${number}»`;
}

function magnitude(q: Quantity): string {
  if (!q.scale) return "no scale word";
  return `× 10${String(Math.round(Math.log10(q.scale.magnitude))).replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)]!)}`;
}

/** The article's sentence that holds the number, cut to about 160 characters around it. */
function sentenceOf(text: string, q: Quantity): string {
  const { start, end } = sentenceAt(text, q.token.index);
  const sentence = text.slice(start, end).trim();
  if (sentence.length <= 160) return sentence;
  const at = q.token.index - start;
  // Japanese and Chinese have no spaces to cut at: about 70 characters either side.
  if (!sentence.includes(" "))
    return `${at > 70 ? "…" : ""}${sentence.slice(Math.max(0, at - 70), at + 80)}${at + 80 < sentence.length ? "…" : ""}`;
  const from = Math.max(0, sentence.lastIndexOf(" ", Math.max(0, at - 70)));
  const to = sentence.indexOf(" ", Math.min(sentence.length, at + 80));
  return `${from > 0 ? "…" : ""}${sentence.slice(from, to < 0 ? undefined : to).trim()}${to < 0 ? "" : "…"}`;
}
