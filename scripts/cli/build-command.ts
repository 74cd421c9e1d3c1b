// `build`: every briefing named (or all of content/), one browser for the whole run, each
// briefing published only when its whole build succeeded. One failure does not stop the others.
import os from "node:os";
import path from "node:path";
import { BriefingError, CliError, EXIT, usageError, type ExitCode } from "../errors.ts";
import { startBrowser, type BrowserSession } from "../export/browser.ts";
import { DEFAULT_OUT_DIR } from "../write/write-outputs.ts";
import { shardOf, type Shard } from "./shard.ts";
import type { HandoutKind } from "../model/handout-kinds.ts";
import { briefingFolders } from "./briefing-folders.ts";
import { consoleReporter, formatProblems, INTERNAL_ERROR_STATUS, reportInternalError } from "./report.ts";
import { environmentFault } from "../environment-faults.ts";

export interface BuildCommandOptions {
  outDir?: string;
  pdf: boolean;
  png: boolean;
  /** The PowerPoint without the PDFs (--pptx with --no-pdf); with the PDFs it is always written. */
  pptx: boolean;
  strict: boolean;
  debug: boolean;
  /** Briefings built at once; default: defaultJobs(). */
  jobs?: number;
  /** --shard I/N: only this machine's share of the briefings (shard.ts). */
  shard?: Shard;
  /** --handout: every briefing's handout in this layout. */
  handout?: HandoutKind;
  /** A browser already running, lent by the caller and left running: none is started then. */
  browser?: () => Promise<BrowserSession>;
}

/**
 * One briefing per core, and no more than memory allows. Measured on 2 cores, 20 copies of the seed
 * in one build, three rounds: --jobs 2 14.2–17.5 s, 3 15.0–15.7 s, 4 16.2–16.8 s, 6 15.4–16.8 s.
 * (Before charts printed as vectors and tabs were reused, more jobs than cores were faster: 12 copies,
 * --jobs 2 20.3–20.8 s, 6 17.8–17.9 s.) A briefing being printed holds one tab: about 100 MB for the
 * seed, 670 MB at the print peak of a 200-slide, 60-chart deck, which is the size allowed for each.
 */
const JOBS_PER_CORE = 1;
const MEMORY_PER_JOB = 700 * 1024 ** 2;

function defaultJobs(): number {
  const byMemory = Math.floor(os.freemem() / MEMORY_PER_JOB);
  return Math.max(1, Math.min(JOBS_PER_CORE * os.availableParallelism(), byMemory));
}

/** Relative to the working directory when inside it, else absolute. */
const shown = (file: string) => (path.relative(process.cwd(), file).startsWith("..") ? file : path.relative(process.cwd(), file));

/**
 * Each briefing gets OUT/NAME of its own, and none is a source folder: two briefings named alike
 * would overwrite each other, and an --out that makes OUT/NAME the briefing would overwrite its files.
 */
function checkOutputPlaces(folders: string[], outDir: string): void {
  const byName = new Map<string, string>();
  for (const folder of folders) {
    const dir = path.resolve(folder);
    const name = path.basename(dir);
    const other = byName.get(name);
    if (other !== undefined && other !== dir) {
      throw usageError(
        `two briefings are named "${name}" (${shown(other)} and ${shown(dir)}): both would be written to ${shown(path.join(outDir, name))}; build them in two runs with different --out`,
      );
    }
    byName.set(name, dir);
    const target = path.join(outDir, name);
    if (target === dir || dir.startsWith(target + path.sep) || target.startsWith(dir + path.sep)) {
      throw usageError(
        `--out ${shown(outDir)} would write ${shown(target)} into the briefing's own folder ${shown(dir)}; choose an --out outside it`,
      );
    }
  }
}

export async function runBuild(paths: string[], options: BuildCommandOptions): Promise<number> {
  const all = briefingFolders(paths);
  const outDir = path.resolve(options.outDir ?? DEFAULT_OUT_DIR);
  // Checked over all of them, not a shard's share: two folders named alike in two shards would
  // write the same NAME/ on two machines.
  checkOutputPlaces(all, outDir);
  const folders = options.shard ? shardOf(all, options.shard) : all;
  if (options.shard) {
    process.stdout.write(`  shard ${options.shard.index}/${options.shard.count}: ${folders.length} of ${all.length} briefings\n`);
    // A shard with nothing to build (more machines than briefings) has done its share.
    if (folders.length === 0) return EXIT.ok;
  }
  const reporter = consoleReporter();
  const jobs = Math.min(options.jobs ?? defaultJobs(), folders.length);
  // The browser starts while the first briefing is loaded and checked: its second of start-up is
  // spent beside ours, not after it, and so is opening a tab for each briefing built at once (each
  // prints from one tab; a tab opened and never used held a renderer of about 100 MB).
  const starting = !options.browser && (options.pdf || options.png) ? startBrowser({ tabs: jobs }) : undefined;
  const browser =
    options.browser ??
    (() => {
      if (!starting) throw new Error("no browser in a --no-pdf build without --png");
      return starting.session();
    });
  // The pipeline is read once Chromium is on its way (a quarter of a second of reading and compiling).
  const pipeline = import("../pipeline.ts");
  pipeline.catch(() => {}); // awaited by each briefing's build, which reports a failure
  let status: ExitCode = EXIT.ok;
  let stopped: CliError | undefined;
  const buildOne = async (folder: string) => {
    try {
      const { buildBriefing } = await pipeline;
      const result = await buildBriefing(folder, {
        outDir,
        pdf: options.pdf,
        png: options.png,
        pptx: options.pdf || options.pptx,
        strict: options.strict,
        handout: options.handout,
        browser,
        reporter,
      });
      for (const file of result.files) process.stdout.write(`  ${result.name.padEnd(18)} wrote     ${shown(file)}\n`);
    } catch (thrown) {
      // A full disk, a killed browser: the machine's, said as such (exit 3), not as our bug.
      const error = environmentFault(thrown) ?? thrown;
      // The environment (no browser) fails every briefing alike: no more are started.
      if (error instanceof CliError && error.exitCode === EXIT.environment) {
        stopped ??= error;
        return;
      }
      // A bug met in one briefing is reported, and the others are still built.
      if (!(error instanceof CliError)) {
        reportInternalError(error, options.debug, path.basename(path.resolve(folder)));
        status = Math.max(status, INTERNAL_ERROR_STATUS) as ExitCode;
        return;
      }
      process.stderr.write(error instanceof BriefingError ? formatProblems(error.problems) : `error: ${error.message}\n`);
      process.stderr.write(`  ${path.basename(path.resolve(folder))}: build failed; previous outputs left as they were.\n`);
      status = Math.max(status, error.exitCode) as ExitCode;
    }
  };
  try {
    // Several briefings at once in the one browser: while one waits on Chromium, another is checked
    // or rendered in Node. Each still publishes on its own, whole or not at all.
    const queue = [...folders];
    const worker = async () => {
      for (let folder = queue.shift(); folder !== undefined && !stopped; folder = queue.shift()) await buildOne(folder);
    };
    await Promise.all(Array.from({ length: jobs }, worker));
    if (stopped) throw stopped;
  } finally {
    await starting?.[Symbol.asyncDispose]();
  }
  return status;
}
