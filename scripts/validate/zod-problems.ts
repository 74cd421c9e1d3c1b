// zod's issues → problems in the author's terms: the field, what was expected, what was found.
import type { z } from "zod";
import { fieldName, type Problem } from "../errors.ts";
import type { FieldPath, Locate } from "../model/briefing.ts";
import { didYouMean, suggest } from "./did-you-mean.ts";

// zod 4 leaves the input out of its issues unless asked; messages need it to say what was found.
export const PARSE = { reportInput: true } as const;

export interface ProblemContext {
  file: string;
  locate: Locate;
}

export function problemAt(context: ProblemContext, path: FieldPath, message: string, hint: string): Problem {
  const position = context.locate(path);
  return {
    file: context.file,
    line: position?.line,
    column: position?.column,
    field: path.length > 0 ? fieldName(path) : undefined,
    message,
    hint,
  };
}

export function zodProblems(
  context: ProblemContext,
  base: FieldPath,
  error: z.ZodError,
  allowedKeysAt: (path: FieldPath) => string[],
): Problem[] {
  // YAML keys are text and list indexes numbers: a zod path holds no symbol here.
  const pathOf = (issue: z.core.$ZodIssue): FieldPath => [...base, ...issue.path.filter((key) => typeof key !== "symbol")];
  // "pionts:" is one mistake: the unknown key says so, and "points is required" would only repeat it.
  const misspelt = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const path = pathOf(issue);
    for (const key of issue.keys) {
      const meant = suggest(key, allowedKeysAt(path));
      if (meant) misspelt.add(fieldName([...path, meant]));
    }
  }
  return error.issues.flatMap((issue): Problem[] => {
    const path = pathOf(issue);
    if (issue.code === "unrecognized_keys") {
      const allowed = allowedKeysAt(path);
      return issue.keys.map((key) =>
        problemAt(
          context,
          [...path, key],
          `unknown key "${key}"`,
          `${didYouMean(key, allowed)} (unknown keys are not allowed, so that a typo cannot silently vanish)`,
        ),
      );
    }
    if (issue.code === "invalid_type" && issue.input === undefined && misspelt.has(fieldName(path))) return [];
    const key = path.at(-1);
    const message =
      issue.code === "invalid_type" && issue.input === undefined && typeof key === "string"
        ? `${key} ${describe(issue)}` // "by is required (text)": the key is what the author looks for
        : describe(issue);
    return [problemAt(context, path, message, hintFor(issue, key))];
  });
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `is required (${expectedType(issue.expected)})`
        : `expected ${expectedType(issue.expected)}, found ${foundType(issue.input)}`;
    case "invalid_value":
      // "3" and 3 are one value to an author (handout: accepts both).
      return `expected one of: ${[...new Set(issue.values.map(String))].join(", ")}; found "${String(issue.input)}"`;
    case "too_small":
      return issue.origin === "array" ? `needs at least ${issue.minimum} item${issue.minimum === 1 ? "" : "s"}` : issue.message;
    case "too_big":
      return issue.origin === "array" ? `has more than ${issue.maximum} items` : issue.message;
    default:
      return issue.message;
  }
}

function hintFor(issue: z.core.$ZodIssue, key: string | number | undefined): string {
  // A schema's own rule carries its own advice.
  if (issue.code === "custom" && typeof issue.params?.hint === "string") return issue.params.hint;
  if (issue.code === "invalid_type" && issue.input === null && (key === "primary" || key === "accent")) {
    return 'write the colour in quotes: primary: "#0b5cab" (unquoted, the # starts a YAML comment and the value is lost)';
  }
  if (issue.code === "invalid_type" && issue.expected === "string" && typeof issue.input === "number") {
    return "put it in quotes to keep it as written (bare, 3.10 is the number 3.1)";
  }
  if (issue.code === "invalid_value") {
    const found = String(issue.input);
    return didYouMean(found, issue.values.map(String), false) || `use one of: ${issue.values.map(String).join(", ")}`;
  }
  if (issue.code === "too_big" && issue.origin === "array")
    return key === "slides"
      ? "split it into several briefings (a meeting shows twenty or forty slides)"
      : "split the slide in two, or shorten the list";
  if (issue.code === "invalid_type" && issue.expected === "number" && typeof issue.input === "string") {
    return "write the number without quotes, units or thousands separators (e.g. 19341.43)";
  }
  if (issue.code === "invalid_type" && issue.expected === "array" && issue.input !== undefined) {
    return 'write a list one item a line, each starting with "- ", or as [a, b]';
  }
  // Every problem says what to do; these are the shapes left.
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return typeof key === "string"
      ? `add ${key}: with ${expectedType(issue.expected)} (docs/writing-a-briefing.md lists every field)`
      : "add the missing item";
  }
  if (issue.code === "invalid_type") return `write ${expectedType(issue.expected)} here`;
  if (issue.code === "too_small")
    return issue.origin === "array" ? "add the item(s), or remove the key" : "write the text, or remove the key";
  return "see docs/writing-a-briefing.md for what this field takes";
}

/** zod's type names in the author's terms. */
function expectedType(expected: string): string {
  const names: Record<string, string> = {
    string: "text",
    number: "a number",
    boolean: "true or false",
    array: "a list",
    object: "a mapping",
  };
  return names[expected] ?? expected;
}

function foundType(input: unknown): string {
  if (input === null) return "nothing (null)";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a mapping";
  if (typeof input === "string") return `text "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  return `${typeof input} ${String(input)}`;
}
