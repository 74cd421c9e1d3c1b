// Problems as the author reads them, in the terminal and in the dev server's page: the place, the
// message, the line as it was read with a caret under the column, and the fix.
import type { Problem } from "./errors.ts";

export function formatProblems(problems: Problem[]): string {
  const lines: string[] = [];
  for (const problem of problems) {
    const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(":");
    lines.push(`${where}${problem.field ? `  ${problem.field}` : ""}`);
    lines.push(`  error: ${problem.message}`);
    // The line as it was read with the briefing, not the file now: in the dev server it may be newer.
    const excerpt = problem.line !== undefined ? problem.source : undefined;
    if (excerpt !== undefined) {
      const gutter = String(problem.line);
      const { text, column } = window(excerpt, problem.column);
      lines.push(`  ${gutter} | ${text}`);
      if (column !== undefined) lines.push(`  ${" ".repeat(gutter.length)} | ${" ".repeat(Math.max(0, column - 1))}^`);
    }
    if (problem.hint) lines.push(`  fix: ${problem.hint}`);
    lines.push("");
  }
  // Control characters (an escape sequence pasted into the file) are shown, not sent to the terminal.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it replaces
  return lines.join("\n").replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, "\uFFFD");
}

/** A line too long for a terminal (a megabyte title) shown as the 120 characters around its column. */
function window(line: string, column: number | undefined): { text: string; column: number | undefined } {
  const width = 120;
  if (line.length <= width) return { text: line, column };
  const start = Math.max(0, Math.min(line.length - width, (column ?? 1) - 1 - width / 2));
  const text = `${start > 0 ? "…" : ""}${line.slice(start, start + width)}${start + width < line.length ? "…" : ""}`;
  return { text, column: column === undefined ? undefined : column - start + (start > 0 ? 1 : 0) };
}
