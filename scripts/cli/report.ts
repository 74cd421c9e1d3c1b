// How the CLI talks: a line per step with its time, warnings, and problems shown with the
// offending line of the file, the field, and what to do.
import type { Problem } from "../errors.ts";
import type { Reporter } from "../pipeline.ts";

export function consoleReporter(out: NodeJS.WritableStream = process.stdout): Reporter {
  return {
    step(name, step, ms, detail) {
      out.write(`  ${name.padEnd(18)} ${step.padEnd(9)} ${formatMs(ms).padStart(8)}${detail ? `  ${detail}` : ""}\n`);
    },
    warn(name, message) {
      out.write(`  ${name.padEnd(18)} warning   ${message}\n`);
    },
  };
}

/** A bug of ours, not the author's mistake: said as such, with the stack only under --debug. */
export function reportInternalError(error: unknown, debug: boolean, name?: string): void {
  process.stderr.write(`Internal error${name ? ` (${name})` : ""}: ${(error as Error)?.message ?? String(error)}\n`);
  if (debug) writeStack(error);
  else process.stderr.write("Run again with --debug for the stack trace, and report it.\n");
}

/** The stack of an error and of its cause, for --debug. */
export function writeStack(error: unknown): void {
  if (!(error instanceof Error)) return;
  process.stderr.write(`${error.stack}\n${error.cause instanceof Error ? `cause: ${error.cause.stack}\n` : ""}`);
}

export const INTERNAL_ERROR_STATUS = 70; // EX_SOFTWARE: none of the command line's documented statuses (README), on purpose

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
      lines.push(`  ${gutter} | ${excerpt}`);
      if (problem.column !== undefined) lines.push(`  ${" ".repeat(gutter.length)} | ${" ".repeat(Math.max(0, problem.column - 1))}^`);
    }
    if (problem.hint) lines.push(`  fix: ${problem.hint}`);
    lines.push("");
  }
  // Control characters (an escape sequence pasted into the file) are shown, not sent to the terminal.
  return lines.join("\n").replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, "\uFFFD");
}

const formatMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
