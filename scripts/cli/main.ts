// The command line (README, "Commands"): build, check, draft, dev. Exit 0 ok, 1 a briefing is wrong, 2 the
// command line is wrong, 3 the environment is missing something. No stack trace unless --debug.
import { parseArgs } from "node:util";
import { BriefingError, CliError, EXIT, usageError } from "../errors.ts";
import { formatProblems, INTERNAL_ERROR_STATUS, reportInternalError, writeStack } from "./report.ts";
import { environmentFault } from "../environment-faults.ts";
import { runBuild } from "./build-command.ts";
import { shardOption } from "./shard.ts";
import { HANDOUT_KINDS, type HandoutKind } from "../model/handout-kinds.ts";
import { isCommand, parserOptions, strayOptions, USAGE } from "./options.ts";
import type { BrowserSession } from "../export/browser.ts";

export interface CliContext {
  /** A browser already running (the tests' shared one), instead of one started for this run. */
  browser?: () => Promise<BrowserSession>;
}

export async function main(argv: string[], context: CliContext = {}): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    // --debug may stand anywhere, before the command too.
    const [command, ...rest] = argv.filter((arg) => arg !== "--debug");
    if (command === "--help" || command === "-h" || command === "help" || rest.includes("--help")) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const { values, positionals } = parseCommandLine(rest);
    refuseOptionsOf(command, values);
    // Which option takes a value is the table's to say: read each as the type it is.
    const text = (name: string) => (typeof values[name] === "string" ? values[name] : undefined);
    const flag = (name: string) => values[name] === true;
    switch (command) {
      case "build":
        if (values.out === "") throw usageError("--out needs a folder: --out DIR");
        return await runBuild(positionals, {
          outDir: text("out"),
          pdf: !flag("no-pdf"),
          png: flag("png"),
          pptx: flag("pptx"),
          strict: flag("strict"),
          debug,
          jobs: jobsOption(text("jobs")),
          shard: shardOption(text("shard")),
          handout: handoutOption(text("handout")),
          browser: context.browser,
        });
      case "check": {
        const { runCheck } = await import("./check-command.ts");
        return await runCheck(positionals, debug);
      }
      case "draft": {
        const { runDraft } = await import("./draft-command.ts");
        return await runDraft(positionals, { name: text("name"), lang: text("lang"), outDir: text("out") });
      }
      case "dev": {
        const { runDev } = await import("./dev-command.ts");
        return await runDev(positionals, text("port"));
      }
      default:
        throw usageError(command ? `unknown command "${command}"` : "no command given");
    }
  } catch (error) {
    return reportFailure(error, debug);
  }
}

/** An option another command takes would otherwise be ignored without a word. */
function refuseOptionsOf(command: string | undefined, values: Record<string, unknown>): void {
  if (!isCommand(command)) return;
  const stray = strayOptions(command, Object.keys(values));
  if (stray.length > 0) throw usageError(`${command} does not take --${stray.join(", --")}`);
  if (values.strict && values["no-pdf"]) {
    throw usageError("--strict holds the printed slides to their frame, so it needs the PDF step: drop --no-pdf or --strict");
  }
  if (values.handout !== undefined && values["no-pdf"]) {
    throw usageError("--handout lays out the handout PDF, which --no-pdf does not print: drop one of them");
  }
}

function parseCommandLine(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, options: parserOptions() });
  } catch (error) {
    throw usageError((error as Error).message);
  }
}

/** --handout KIND: the handout's layout for this build, over what the briefings ask. */
function handoutOption(value: string | undefined): HandoutKind | undefined {
  if (value === undefined) return undefined;
  const kind = HANDOUT_KINDS.find((k) => String(k) === value);
  if (kind === undefined) throw usageError(`--handout takes ${HANDOUT_KINDS.join(", ")}, not "${value}"`);
  return kind;
}

/** --jobs N: how many briefings are built at once (default: see defaultJobs). */
function jobsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,2}$/.test(value)) throw usageError(`--jobs needs a whole number from 1 to 999, not "${value}"`);
  return Number(value);
}

function reportFailure(thrown: unknown, debug: boolean): number {
  const error = environmentFault(thrown) ?? thrown;
  if (error instanceof BriefingError) {
    process.stderr.write(formatProblems(error.problems));
    process.stderr.write(`${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}; nothing was written.\n`);
  } else if (error instanceof CliError) {
    process.stderr.write(`error: ${error.message}\n`);
    if (error.exitCode === EXIT.usage) process.stderr.write(`${USAGE}\n`);
  } else {
    reportInternalError(error, debug);
    return INTERNAL_ERROR_STATUS;
  }
  if (debug) writeStack(error);
  return error.exitCode;
}
