// The command line and the pipeline run inside the test's own process: no node to start, no
// Chromium of their own (the run's shared one is lent), the same code from argv to exit status.
// Only what must be a separate process (SIGKILL, npm, the launcher itself) spawns one (cli.ts).
import { buildBriefing, type BuildOptions, type BuildResult, type Reporter } from "../../scripts/pipeline.ts";
import { main } from "../../scripts/cli/main.ts";
import type { BrowserSession } from "../../scripts/export/browser.ts";
import type { CliRun } from "./cli.ts";

/**
 * `main(argv)` with its stdout and stderr caught, as runCli reports a spawned run. The streams are
 * swapped only while it runs; tests of one file run one at a time, so nothing else writes meanwhile.
 */
export async function runMain(argv: string[], browser?: BrowserSession): Promise<CliRun> {
  const caught = { stdout: "", stderr: "" };
  const restore = (["stdout", "stderr"] as const).map((name) => {
    const stream = process[name];
    const write = stream.write;
    stream.write = ((chunk: string | Uint8Array) => {
      caught[name] += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
      return true;
    }) as typeof stream.write;
    return () => (stream.write = write);
  });
  try {
    const status = await main(argv, { browser: browser && (async () => browser) });
    return { status, ...caught };
  } finally {
    for (const undo of restore) undo();
  }
}

interface Collected extends Reporter {
  steps: string[];
  warnings: string[];
}

/** A reporter that keeps what the build says: "step" names and the warnings' messages. */
export function collectingReporter(): Collected {
  const steps: string[] = [];
  const warnings: string[] = [];
  return { steps, warnings, step: (_name, step) => steps.push(step), warn: (_name, message) => warnings.push(message) };
}

/** One briefing through buildBriefing in the shared browser; the PowerPoint only when asked. */
export function buildIn(
  folder: string,
  browser: BrowserSession,
  options: Partial<BuildOptions> & { outDir: string },
): Promise<BuildResult> {
  return buildBriefing(folder, {
    pdf: true,
    png: false,
    pptx: false,
    strict: false,
    reporter: collectingReporter(),
    browser: async () => browser,
    ...options,
  });
}
