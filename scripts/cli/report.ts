// How the CLI talks: a line per step with its time, warnings, and internal errors. Problems are
// written by problem-text.ts (re-exported here for the commands).
import type { Reporter } from "../pipeline.ts";

export { formatProblems } from "../problem-text.ts";

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

const formatMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
