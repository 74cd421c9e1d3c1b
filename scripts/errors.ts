// One error type for everything the CLI reports: a numeric exit status (README, "Commands") and the problems.
// An author's mistake is never shown as a stack trace; our own bugs say "Internal error:".

export const EXIT = { ok: 0, briefing: 1, usage: 2, environment: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** One thing wrong with a briefing, in the author's terms. */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  /** Dotted path of the field: "figures.nasdaq_pct.quote", "slides[3].layout". */
  field?: string;
  message: string;
  /** What to do about it: every problem says, printed as its "fix:" line. */
  hint: string;
  /** The line of the file the problem is on, as it was read (shown under the problem). */
  source?: string;
}

/** The problems with the lines they point at, from the text that was read (no BOM, no CR). */
export function withSourceLines(problems: Problem[], text: string): Problem[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  return problems.map((p) => (p.line !== undefined && p.source === undefined ? { ...p, source: lines[p.line - 1] } : p));
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "CliError";
  }
}

/** The briefing is wrong: exit 1, with every problem found, not only the first. */
export class BriefingError extends CliError {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the briefing`, EXIT.briefing);
    this.name = "BriefingError";
  }
}

export const usageError = (message: string) => new CliError(message, EXIT.usage);
export const environmentError = (message: string, cause?: unknown) => new CliError(message, EXIT.environment, { cause });

/** "figures.nasdaq_pct.quote", "slides[3].points[0]" */
export function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>((name, key) => (typeof key === "number" ? `${name}[${key}]` : name ? `${name}.${key}` : key), "");
}
