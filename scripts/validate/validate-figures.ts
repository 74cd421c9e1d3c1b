// The figures: each checked on its own against the format's schema, then given its validated shape
// (its id, the decimals as written, approx said either way, a label's {{own: …}} words as words).
import { isScalar } from "yaml";
import type { Problem } from "../errors.ts";
import type { LoadedBriefing } from "../load/load-briefing.ts";
import { figureSchema } from "../model/briefing-schema.ts";
import type { FieldPath, Figure } from "../model/briefing.ts";
import { FIGURE_ID, replaceMarks } from "../model/inline-marks.ts";
import { ExpressionError, parseExpression, type Expr } from "../model/derived-expression.ts";
import { keysAt } from "./allowed-keys.ts";
import { PARSE, problemAt, zodProblems, type ProblemContext } from "./zod-problems.ts";

// Intl formats at most 100 fraction digits; no article writes more than a few.
const MAX_DECIMALS = 20;

const SYNTAX = "derived may use + - * /, parentheses, numbers written with a dot (0.5) and figure ids";

/**
 * The figures that validated, in the order written; the others' problems go to `problems`. A derived:
 * formula that is not valid arithmetic goes to `formulas`: the figure stays (without its parse), so the
 * other figures are still checked in the same run.
 */
export function validateFigures(
  raw: unknown,
  context: ProblemContext,
  loaded: LoadedBriefing,
  problems: Problem[],
  formulas: Problem[],
): Figure[] {
  if (raw === undefined || raw === null || typeof raw !== "object" || Array.isArray(raw)) return [];
  return Object.entries(raw).flatMap(([id, value]): Figure[] => {
    const path: FieldPath = ["figures", id];
    if (!FIGURE_ID.test(id)) {
      problems.push(
        problemAt(
          context,
          path,
          `figure id "${id}" is not a valid id`,
          "use letters, digits and _ only, starting with a letter (e.g. nasdaq_pct)",
        ),
      );
    }
    const parsed = figureSchema.safeParse(value, PARSE);
    if (!parsed.success) {
      problems.push(...zodProblems(context, path, parsed.error, keysAt));
      return [];
    }
    const f = parsed.data;
    const decimals = decimalsOf(loaded, [...path, "value"], f.value);
    if (decimals > MAX_DECIMALS) {
      problems.push(
        problemAt(
          context,
          [...path, "value"],
          `value has ${decimals} decimals; at most ${MAX_DECIMALS} can be shown`,
          "round it as the article does",
        ),
      );
      return [];
    }
    if ((f.quote === undefined) === (f.derived === undefined)) {
      problems.push(
        problemAt(
          context,
          path,
          `figure "${id}" needs exactly one of quote and derived`,
          "quote the article's words that hold the number, or derive it from other figures",
        ),
      );
    }
    // A label may mark words as the author's ("Quý {{own: 4}}"): printed as words, checked as marked.
    const marked = (text: string | undefined) =>
      text !== undefined && /\{\{/.test(text) ? { text: ownWordsOnly(text), source: text } : undefined;
    const label = marked(f.label);
    const short = marked(f.short);
    const formula =
      f.derived === undefined
        ? undefined
        : parseFormula(f.derived, (message) =>
            formulas.push(problemAt(context, [...path, "derived"], `figure "${id}": ${message}`, SYNTAX)),
          );
    return [
      {
        id,
        value: f.value,
        decimals,
        unit: f.unit,
        scale: f.scale,
        label: label?.text ?? f.label,
        short: short?.text ?? f.short,
        approx: f.approx ?? false,
        direction: f.direction,
        quote: f.quote,
        derived: f.derived,
        ...(formula ? { formula } : {}),
        ...(label || short ? { marked: { ...(label ? { label: label.source } : {}), ...(short ? { short: short.source } : {}) } } : {}),
      },
    ];
  });
}

/** derived: parsed once, here: the check computes it and the sources slide prints it from this parse. */
function parseFormula(derived: string, report: (message: string) => void): Expr | undefined {
  try {
    return parseExpression(derived);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    report(`derived "${derived}" is not valid arithmetic: ${error.message}`);
    return undefined;
  }
}

/** The text with each {{own: …}} as its words; any other mark stays, for check-marks to report. */
function ownWordsOnly(text: string): string {
  return replaceMarks(
    text,
    (id) => `{{${id}}}`,
    (own) => own,
  );
}

/** Decimals as written ("2.10" has 2), which JSON-ish parsing would lose. */
function decimalsOf(loaded: LoadedBriefing, path: FieldPath, value: number): number {
  const node = loaded.yaml.document.getIn(path, true);
  const written = isScalar(node) && typeof node.source === "string" ? node.source : String(value);
  // "45e-1" is 4.5: one decimal. The exponent moves the point.
  const match = /^[-+]?\d*(?:\.(\d*))?(?:e([-+]?\d+))?$/i.exec(written.trim());
  if (!match) return 0;
  return Math.max(0, (match[1]?.length ?? 0) - Number(match[2] ?? 0));
}
