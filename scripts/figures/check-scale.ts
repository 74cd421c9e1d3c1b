// A quoted number and the scale word the quote writes after it. "589 tỷ USD" is 589 billion, so
// `scale: million`, or no scale at all, would put a number on the slide a thousand times off. A word
// for a magnitude that is none of the format's scales is read as the quantity it makes: "50億ドル" (50 × 10⁸)
// supports `value: 5, scale: billion`. Only the quote is read: a word can look like a scale and not
// be one ("6 tỷ phú" is six billionaires), and ending the quote at the number then says so.
import { SCALE_FACTORS, type Figure, type Scale } from "../model/briefing.ts";
import type { WrittenScale } from "../format/scale-words.ts";
import { showNumber } from "./compare-numbers.ts";
import { isCurrency } from "../format/format-figure.ts";
import type { FigureProblem } from "./figure-problem.ts";
import type { NumberToken } from "./read-numbers.ts";
import { scaleInRange } from "./check-unit.ts";

type Verdict =
  /** The number (with its scale word, if any) is the figure's quantity. */
  | { kind: "supports" }
  /** The number is |value| but the word after it scales it otherwise. */
  | { kind: "wrong-scale"; token: NumberToken; found: WrittenScale }
  /** The number and its scale word make the figure's quantity, written in another scale. */
  | { kind: "restated"; token: NumberToken; found: WrittenScale }
  | { kind: "other" };

/**
 * `matches(n)` says whether a number, in the figure's own scale, is |value| (exactly, or as approx
 * allows). A scale the article spells in no word Intl knows ("bn") is taken on the author's word.
 */
export function judgeNumber(token: NumberToken, figure: Figure, quote: string, lang: string, matches: (n: number) => boolean): Verdict {
  const found = scaleInRange(quote, token, lang);
  const direct = matches(token.value);
  if (!found) return direct ? { kind: "supports" } : { kind: "other" };
  const own = figure.scale ? SCALE_FACTORS[figure.scale] : 1;
  // A word that is one of the format's scales (thousand … trillion) must be the figure's scale, with value as written.
  if (found.scale) {
    if (direct) return found.scale === figure.scale ? { kind: "supports" } : { kind: "wrong-scale", token, found };
    // The same quantity in another scale ("41.000 tỷ" for value 41 with scale: trillion) is not the
    // number as written (the format's rule): say so, and how the article writes it.
    return matches((token.value * found.magnitude) / own) ? { kind: "restated", token, found } : { kind: "other" };
  }
  // Any other (億, 万, lakh, crore) has no scale of its own: the quantity must be the figure's.
  if (matches((token.value * found.magnitude) / own)) return { kind: "supports" };
  return direct ? { kind: "wrong-scale", token, found } : { kind: "other" };
}

export function scaleProblem(figure: Figure, token: NumberToken, found: WrittenScale): FigureProblem {
  return {
    id: figure.id,
    field: "scale",
    message:
      `figure "${figure.id}": the quote writes «${token.text}${found.written}», which is ${found.scale ?? `${showNumber(token.value * found.magnitude)} (${token.text} × 10${superscript(Math.log10(found.magnitude))})`}; ` +
      (figure.scale ? `scale is ${figure.scale}` : "no scale is set"),
    hint:
      (found.scale
        ? (scaleInUnit(figure, found) ??
          `set scale: ${found.scale} and keep value: ${showNumber(token.value)} (the article's «${token.text}»)`)
        : (restated(token.value * found.magnitude) ?? "write value and scale so that value × scale is the quantity the article gives")) +
      // An amount of money ends its quote at its scale word (check-quote-edges.ts): no way out there.
      (figure.unit !== undefined && isCurrency(figure.unit)
        ? ""
        : `; if «${found.written.trim()}» is no scale there, end the quote at the number`),
  };
}

/** A unit that holds the scale word ("tỷ đồng"): the scale goes to scale:, the rest stays the unit. */
function scaleInUnit(figure: Figure, found: WrittenScale): string | undefined {
  const word = found.written.trim();
  const unit = figure.unit;
  if (!unit || !found.scale || !unit.toLocaleLowerCase().startsWith(word.toLocaleLowerCase())) return undefined;
  const rest = unit.slice(word.length).trim();
  return `write scale: ${found.scale}${rest ? ` and unit: ${rest}` : " and no unit"}: the scale word is not part of the unit`;
}

/** The quantity as value and scale ("5000000000" → "value: 5 and scale: billion"). */
function restated(quantity: number): string | undefined {
  const fits = (Object.entries(SCALE_FACTORS) as [Scale, number][]).filter(([, factor]) => factor <= quantity).at(-1);
  if (!fits) return undefined;
  const [scale, factor] = fits;
  return `write it as value: ${showNumber(quantity / factor)} with scale: ${scale}`;
}

const superscript = (n: number) => String(n).replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)]!);

export function restatedProblem(figure: Figure, token: NumberToken, found: WrittenScale): FigureProblem {
  return {
    id: figure.id,
    field: "value",
    message: `figure "${figure.id}": the quote writes «${token.text}${found.written}», the figure's quantity in another scale`,
    hint: `write it as the article does: value: ${showNumber(token.value)} with scale: ${found.scale}`,
  };
}
