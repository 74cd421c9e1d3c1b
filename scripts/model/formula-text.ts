// A derived figure's formula as a reader reads it: the figures' names in place of their ids, the
// operators as written in print (× ÷ −), numbers in the deck's locale, brackets only where needed.
// "(o1_price - r1_price) / o1_price * 100" → "(OpenAI o1 − DeepSeek R1) ÷ OpenAI o1 × 100".
import type { Expr, Operator } from "./derived-expression.ts";
import { formatNumber, naturalDecimals } from "../format/format-figure.ts";

const SYMBOL: Record<Operator, string> = { "+": "+", "-": "\u2212", "*": "×", "/": "÷" };
const PRECEDENCE: Record<Operator, number> = { "+": 1, "-": 1, "*": 2, "/": 2 };

export function formulaText(formula: Expr, nameOf: (id: string) => string, lang: string): string {
  const show = (expr: Expr, parent?: { op: Operator; right: boolean }): string => {
    switch (expr.kind) {
      case "number":
        return formatNumber(expr.value, naturalDecimals(expr.value), lang);
      case "id":
        return nameOf(expr.name);
      case "negate":
        return `\u2212${show(expr.operand, { op: "*", right: true })}`;
      case "binary": {
        const text = `${show(expr.left, { op: expr.op, right: false })} ${SYMBOL[expr.op]} ${show(expr.right, { op: expr.op, right: true })}`;
        // Brackets where the parent binds tighter, or on the right of - and / ("a − (b − c)").
        const needs =
          parent &&
          (PRECEDENCE[parent.op] > PRECEDENCE[expr.op] ||
            (parent.right && PRECEDENCE[parent.op] === PRECEDENCE[expr.op] && (parent.op === "-" || parent.op === "/")));
        return needs ? `(${text})` : text;
      }
    }
  };
  return show(formula);
}
