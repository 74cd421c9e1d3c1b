// Derived figures against the figures they are computed from. Ids stand for real quantities
// (value × scale: 5.48 billion is 5480000000); the result, divided by the figure's own scale and rounded
// to its decimals, must be its value. A derived figure may use another derived figure; it then uses that
// figure's computed value at full precision, so rounding errors do not pile up along a chain.
import { closest, distance } from "fastest-levenshtein";
import { SCALE_FACTORS, type Figure } from "../model/briefing.ts";
import { decimalsText, roundTo, sameNumber, showNumber } from "./compare-numbers.ts";
import { ExpressionError, evaluate, identifiers, type Expr } from "../model/derived-expression.ts";
import type { FigureProblem } from "./figure-problem.ts";

export function checkDerived(figures: readonly Figure[]): FigureProblem[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const ids = [...byId.keys()];
  const problems: FigureProblem[] = [];
  // A figure absent from `computed` has not been reached; `undefined` means it cannot be computed
  // (its own problem is reported once, and figures built on it are then not checked).
  const computed = new Map<string, number | undefined>();
  const visiting: string[] = [];

  const report = (figure: Figure, field: FigureProblem["field"], message: string, hint: string) =>
    problems.push({ id: figure.id, field, message: `figure "${figure.id}": ${message}`, hint });

  function quantity(id: string): number | undefined {
    const figure = byId.get(id) as Figure; // callers pass known ids only
    if (figure.derived === undefined) return figure.value * scaleOf(figure);
    if (visiting.includes(id)) {
      const cycle = [...visiting.slice(visiting.indexOf(id)), id];
      report(
        figure,
        "derived",
        `derived makes it depend on itself: ${cycle.join(" → ")}`,
        "a derived figure must rest on quoted figures: give one figure of the cycle a quote instead of derived",
      );
      return undefined;
    }
    if (!computed.has(id)) {
      visiting.push(id);
      computed.set(id, compute(figure, figure.derived));
      visiting.pop();
    }
    return computed.get(id);
  }

  function compute(figure: Figure, derived: string): number | undefined {
    // Parsed by validation; a formula that did not parse was reported there.
    const expr: Expr | undefined = figure.formula;
    if (expr === undefined) return undefined;
    const used = identifiers(expr);
    for (const id of used.filter((id) => !byId.has(id))) {
      report(figure, "derived", `derived "${derived}" uses "${id}", which is not a figure`, unknownHint(id, ids));
    }
    // Every known id is still followed, so that cycles are reported even beside an unknown id.
    const values = new Map(used.filter((id) => byId.has(id)).map((id) => [id, quantity(id)] as const));
    if (values.size < used.length || [...values.values()].includes(undefined)) return undefined;
    let result: number;
    try {
      result = evaluate(expr, (id) => values.get(id) as number);
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      report(
        figure,
        "derived",
        `derived "${derived}" cannot be computed: ${error.message}`,
        "check the values of the figures the divisor uses",
      );
      return undefined;
    }
    compare(figure, derived, result);
    points(figure, derived, expr);
    return result;
  }

  function compare(figure: Figure, derived: string, result: number) {
    if (!Number.isFinite(result)) {
      report(figure, "derived", `derived "${derived}" is too large to compute`, "check the values and scales of the figures it uses");
      return;
    }
    const scale = scaleOf(figure);
    const inScale = result / scale;
    const rounded = roundTo(inScale, figure.decimals);
    if (Number.isFinite(rounded) && sameNumber(rounded, figure.value)) return;
    const scaled = figure.scale ? ` = ${showNumber(inScale)} ${figure.scale}` : "";
    report(
      figure,
      "value",
      `derived "${derived}" computes ${showNumber(result)}${scaled}, which is ${showNumber(rounded)} ` +
        `at ${decimalsText(figure.decimals)}, but value is ${showNumber(figure.value)}`,
      `set value to ${showNumber(rounded)}, or correct the derived expression or the figures it uses`,
    );
  }

  /** a_pct - b_pct is a gap in percentage points: printed with "%" it would read as a relative change. */
  function points(figure: Figure, derived: string, expr: Expr) {
    if (figure.unit !== "%" || expr.kind !== "binary" || expr.op !== "-") return;
    const percent = (e: Expr): boolean =>
      e.kind === "id" ? byId.get(e.name)?.unit === "%" : e.kind === "negate" ? percent(e.operand) : false;
    if (!percent(expr.left) || !percent(expr.right)) return;
    report(
      figure,
      "unit",
      `derived "${derived}" is the difference of two percentages, which is in percentage points, but unit "%" prints a percentage`,
      'write unit: "pp" (or the points word of the deck\'s language: "điểm phần trăm", "Prozentpunkte", "puntos porcentuales", "points de pourcentage")',
    );
  }

  for (const figure of figures) if (figure.derived !== undefined) quantity(figure.id);
  return problems;
}

const scaleOf = (figure: Figure) => (figure.scale ? SCALE_FACTORS[figure.scale] : 1);

function unknownHint(id: string, ids: string[]): string {
  if (ids.length === 0) return "the briefing has no figures to derive from";
  const best = closest(id, ids);
  // Only a plausible typo is suggested; otherwise the ids that exist are listed.
  if (distance(id, best) <= Math.max(2, Math.floor(id.length / 3))) return `did you mean "${best}"?`;
  return `figure ids are: ${ids.join(", ")}`;
}
