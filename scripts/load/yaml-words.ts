// How a problem shows the author's YAML: a line cut short, a count of spaces, a text quoted the way
// the fix should be typed, and the problems in the order of the file. Shared by every YAML check.
import type { Problem } from "../errors.ts";

/** A line named in a message: its start, cut at a word. */
export const short = (text: string) =>
  text.length > 28 ? `${text.slice(0, text.lastIndexOf(" ", 27) > 8 ? text.lastIndexOf(" ", 27) : 27)}…` : text;

export const spaces = (n: number) => `${n} space${n === 1 ? "" : "s"}`;

/** The author's text as one YAML scalar: double quotes, or single when it holds " or \. */
export const quoted = (text: string) => (/["\\]/.test(text) ? `'${text.replace(/'/g, "''")}'` : `"${text}"`);

export const inFileOrder = (problems: Problem[]) =>
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
