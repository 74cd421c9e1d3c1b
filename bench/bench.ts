// `npm run bench [-- --runs N]`: how fast a briefing builds, measured in one run against the floor of
// the browser it needs and against the tools people would use instead, as ratios (these machines are
// too noisy for absolute numbers). Every measurement is a median of N runs (default 5) after a
// warm-up. Prints a table and writes dist/bench/results.json. Not part of `npm test`.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { BROWSER_ARGS } from "../scripts/export/browser.ts";
import { findBrowser } from "../scripts/export/find-browser.ts";
import { PROJECT_DIR } from "../scripts/render/paths.ts";
import { renderBriefing } from "../scripts/pipeline.ts";
import { longBriefing, marpDeck, seedCopies } from "./fixtures.ts";
import { editToPage, warmRebuild } from "./in-process.ts";
import { repeat, runProcess, type Command, type Stats } from "./measure.ts";
import { installPeers } from "./peers.ts";
import { evaluateTargets, printReport } from "./report.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`--runs needs a whole number ≥ 1, not ${values.runs}`);

const SEED = path.join(PROJECT_DIR, "content", "deepseek-r1");
/** What `npm run build` runs: the command line itself, for the runs without npm. */
const CLI = path.join(PROJECT_DIR, "scripts", "briefing.mjs");
const chromium = findBrowser();
const work = mkdtempSync(path.join(os.tmpdir(), "briefing-bench-"));
const node = (...args: string[]): Command => ({ command: process.execPath, args });
// As a user types it: `npm run build -- …` (paths absolute, so where npm runs it does not matter).
const npm = (script: string, ...args: string[]): Command => ({
  command: "npm",
  args: ["run", "--silent", script, "--", ...args],
  cwd: PROJECT_DIR,
});
const measure = (command: Command, warmUp?: Command) =>
  repeat(RUNS, (sampleMemory) => runProcess(command, { sampleMemory }), warmUp && (() => runProcess(warmUp)));
const results: Record<string, Stats | null> = {};
const missing: Record<string, string> = {};
const step = (what: string) => process.stdout.write(`… ${what}\n`);
/** A script of bench/ as one file Node runs without tsx (whose start would be timed with it). */
const compileScript = (source: string, outfile: string) =>
  build({
    entryPoints: [path.join(PROJECT_DIR, "bench", source)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "error",
  });

try {
  step("the floor: launch Chromium as the build does, print a blank page, close");
  const floorScript = path.join(PROJECT_DIR, "node_modules", ".cache", "briefing", "bench-floor.mjs");
  await compileScript("floor.ts", floorScript);
  results.floor = await measure(node(floorScript));

  step("Chromium's own part of the seed's full build: its print document loaded and printed, nothing else");
  const printOnlyScript = path.join(PROJECT_DIR, "node_modules", ".cache", "briefing", "bench-print-only.mjs");
  await compileScript("print-only.ts", printOnlyScript);
  const printHtml = path.join(work, "print", "print.html");
  mkdirSync(path.dirname(printHtml));
  const silent = { step() {}, warn() {} };
  writeFileSync(printHtml, (await renderBriefing(SEED, silent)).rendered.printHtml);
  results.print_only = await measure(node(printOnlyScript, printHtml));

  step("ours: the seed's full build (HTML, deck PDF, handout PDF), --no-pdf, check");
  const out = path.join(work, "out");
  results.full = await measure(npm("build", SEED, "--out", out));
  results.no_pdf = await measure(npm("build", SEED, "--out", path.join(work, "out-html"), "--no-pdf"));
  results.check = await measure(npm("check", SEED));
  // The same two as the peers are run below, `node SCRIPT`: npm's own start (about 0.18 s) is then
  // in neither, as it is in both of the `npm run` pairs.
  results.full_node = await measure(node(CLI, "build", SEED, "--out", out));
  results.no_pdf_node = await measure(node(CLI, "build", SEED, "--out", path.join(work, "out-html"), "--no-pdf"));

  step("ours, in process: warm HTML rebuild, edit saved → page updated");
  results.html_rebuild = await warmRebuild(SEED, Math.max(RUNS, 15));
  results.edit_to_page = await editToPage(SEED, work, Math.max(RUNS, 15));

  step("peers: installing (once, into a cache folder) decktape and Marp CLI");
  const peers = installPeers();
  const deckHtml = path.join(out, "deepseek-r1", "index.html");
  if (peers.decktape.script) {
    step(`${peers.decktape.name} printing our index.html with its defaults`);
    const chromeArgs = BROWSER_ARGS.map((arg) => `--chrome-arg=${arg}`);
    results.decktape = await measure(
      node(peers.decktape.script, "--chrome-path", chromium, ...chromeArgs, pathToFileURL(deckHtml).href, path.join(work, "decktape.pdf")),
    );
  } else missing.decktape = peers.decktape.reason!;
  if (peers.marp.script) {
    step(`${peers.marp.name}: the same slides as Markdown, to HTML and to PDF`);
    const marpDir = path.join(work, "marp");
    mkdirSync(marpDir);
    const deck = marpDeck(deckHtml);
    writeFileSync(path.join(marpDir, "deck.md"), deck.markdown);
    const env = { CHROME_PATH: chromium, CHROME_NO_SANDBOX: "1" };
    const marpArgs = {
      html: [path.join(marpDir, "deck.md"), "-o", path.join(marpDir, "deck.html")],
      pdf: [path.join(marpDir, "deck.md"), "--pdf", "--browser-path", chromium, "-o", path.join(marpDir, "deck.pdf")],
    };
    results.marp_html = await measure({ ...node(peers.marp.script!, ...marpArgs.html), env });
    results.marp_pdf = await measure({ ...node(peers.marp.script!, ...marpArgs.pdf), env });
    // As a Marp user's project runs it, and as ours is run above: `npm run` of a script `node marp-cli.js`.
    writeFileSync(
      path.join(marpDir, "package.json"),
      JSON.stringify({ private: true, scripts: { marp: `node ${JSON.stringify(peers.marp.script)}` } }),
    );
    const marpNpm = (args: string[]): Command => ({ command: "npm", args: ["run", "--silent", "marp", "--", ...args], cwd: marpDir, env });
    results.marp_html_npm = await measure(marpNpm(marpArgs.html));
    results.marp_pdf_npm = await measure(marpNpm(marpArgs.pdf));
  } else missing.marp = peers.marp.reason!;

  step("scale: a briefing of 200 slides with 60 charts");
  const long = longBriefing(SEED, path.join(work, "long"), 200, 60);
  results.scale200 = await measure(npm("build", long, "--out", path.join(work, "out-long")));

  step("many: 20 briefings in one build, against 20 separate builds");
  const copies = seedCopies(SEED, path.join(work, "copies"), 20);
  results.batch20 = await measure(npm("build", ...copies, "--out", path.join(work, "out-batch")));
  const separateOut = path.join(work, "out-separate");
  results.separate20 = await repeat(
    RUNS,
    async (sampleMemory) => {
      let ms = 0;
      let peakMb: number | null = null;
      for (const copy of copies) {
        const run = await runProcess(npm("build", copy, "--out", separateOut), { sampleMemory });
        ms += run.ms;
        peakMb = run.peakMb === null ? null : Math.max(peakMb ?? 0, run.peakMb);
      }
      return { ms, peakMb };
    },
    () => runProcess(npm("build", copies[0]!, "--out", separateOut)),
  );

  const chromiumVersion = spawnSync(chromium, ["--version"], { encoding: "utf8" }).stdout.trim();
  const report = evaluateTargets(results, missing);
  const machine = {
    cpus: os.availableParallelism(),
    memory_gb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    chromium: chromiumVersion,
    platform: `${os.platform()} ${os.release()}`,
  };
  printReport(results, report, missing, { runs: RUNS, machine });
  const resultsDir = path.join(PROJECT_DIR, "dist", "bench");
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(
    path.join(resultsDir, "results.json"),
    `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, machine, ...report.summary, targets: report.targets, missing, measurements: results }, null, 2)}\n`,
  );
  console.log(`\nwrote ${path.relative(process.cwd(), path.join(resultsDir, "results.json"))}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
