// A direction word right before a figure mark: "Giảm {{ctg_pct}}" with a value of -12.7 prints "Giảm
// -12,7%", a fall said twice, which reads as a rise; "Tăng {{ctg_pct}}" prints a rise of a fall. The
// sign is the figure's: the word must agree with it, and a figure whose label carries its direction
// (direction: label, value the magnitude) prints the magnitude, so "Giảm {{x}}" reads "Giảm 12,7%".
import type { Figure } from "../model/briefing.ts";
import { splitInline } from "../model/inline-marks.ts";
import type { TextField } from "../model/text-fields.ts";
import { formatFigure } from "../format/format-figure.ts";
import { directionInWords, directionOf } from "./read-direction.ts";
import { normalizeText } from "./normalize-text.ts";
import { visibleText } from "./visible-text.ts";

export interface MarkProblem {
  key: string;
  message: string;
  hint: string;
}

export function checkMarkDirections(field: TextField, figures: Figure[], lang: string): MarkProblem[] {
  const parts = splitInline(field.text);
  const problems: MarkProblem[] = [];
  parts.forEach((part, i) => {
    const previous = parts[i - 1];
    if (part.kind !== "figure" || previous?.kind !== "text") return;
    const figure = figures.find((f) => f.id === part.id);
    if (!figure || figure.value === 0) return;
    const before = normalizeText(field.markdown ? visibleText(previous.text) : previous.text).replace(/[*_]+$/, "");
    const probe = `${before}${before.endsWith(" ") || before === "" ? "" : " "}0${figure.unit === "%" ? "%" : ""}`;
    const word = directionOf(probe, { value: 0, text: "0", index: probe.lastIndexOf("0") }, lang);
    if (word !== "fall" && word !== "rise") return;
    const printed = formatFigure(figure, lang);
    const said = `«${before.split(" ").slice(-3).join(" ").trim()} ${part.raw}»`;
    if (figure.direction === "label") {
      const label = directionInWords(figure.label, lang);
      if (label && label.direction !== word) {
        problems.push({
          key: part.raw,
          message: `${said} says a ${word}, but figure "${figure.id}" is a ${label.direction} (its label says «${label.word}»)`,
          hint: "say the direction the figure's label gives",
        });
      }
      return;
    }
    const negative = figure.value < 0;
    if (negative && word === "fall") {
      problems.push({
        key: part.raw,
        message: `${said} prints the fall twice (${printed} after a word for a fall), which reads as a rise`,
        hint: `drop the word: {{${figure.id}}} prints ${printed}; or, to print the magnitude after the word, give figure "${figure.id}" value: ${-figure.value} and direction: label, with the fall said in its label`,
      });
    } else if (negative !== (word === "fall")) {
      problems.push({
        key: part.raw,
        message: `${said} says a ${word}, but figure "${figure.id}" is a ${negative ? "fall" : "rise"} (${printed})`,
        hint: `say the direction the figure gives, or drop the word: {{${figure.id}}} prints ${printed}`,
      });
    }
  });
  return problems;
}
