// Compiles scripts/briefing.ts and what it imports into one script, node_modules/.cache/briefing/briefing.cjs,
// with esbuild; scripts/run-compiled.mjs runs it with V8's code cache. Plain JavaScript, so it runs
// before anything is compiled.
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SOURCES = path.join(PROJECT, "scripts");
export const BUNDLE = path.join(PROJECT, "node_modules", ".cache", "briefing", "briefing.cjs");
/** esbuild's account of the bundle (which module imports which, and how), for the tests. */
export const BUNDLE_META = BUNDLE.replace(/\.cjs$/, ".meta.json");

/** The bundle's path, compiled first when missing or older than a source or the lock file. */
export async function compiledCli() {
  const built = statSync(BUNDLE, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (built < newestSource()) await compile();
  return BUNDLE;
}

function newestSource() {
  const lock = statSync(path.join(PROJECT, "package-lock.json"), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return readdirSync(SOURCES, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs)$/.test(entry.name))
    .reduce((newest, entry) => Math.max(newest, statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs), lock);
}

async function compile() {
  const { build } = await import("esbuild");
  const dir = path.dirname(BUNDLE);
  mkdirSync(dir, { recursive: true });
  // Written aside and moved in: runs started together (the tests) never read a half-written file.
  const aside = mkdtempSync(path.join(dir, `.compiling-${process.pid}-`));
  // The bundle is dated when the compile began: a source saved while esbuild read the others is newer
  // than it, so the next run compiles again (dated when it was written, the bundle hid that save).
  const began = new Date();
  try {
    const { metafile } = await build({
      entryPoints: [path.join(SOURCES, "briefing.ts")],
      outfile: path.join(aside, path.basename(BUNDLE)),
      bundle: true,
      platform: "node",
      // A script, not an ES module: Node 20 keeps no compiled code of a module between runs, while a
      // script's can be kept (V8's code cache, scripts/run-compiled.mjs). Dependencies go in too: one
      // file instead of hundreds (resolving and loading modules was a third of a `check`).
      format: "cjs",
      target: "node20",
      // What a command does not run is compiled but never evaluated: esbuild turns each import() into
      // a module started on first use (`check` never starts the printing code, nor any command
      // `draft`'s language tables). As require(), so no import() is left in the script: a script run
      // from V8's code cache has no way to import.
      supported: { "dynamic-import": false },
      // Puppeteer's connect goes in, so it too is in the code cache (read as its own CommonJS files it
      // took the main thread 60-80 ms while Chromium started); what only its launcher and its other
      // protocol reach stays out, never loaded. subset-font stays out: its WebAssembly is found beside
      // its own files, and only a build whose fonts' cut is not cached yet loads it.
      external: ["puppeteer", "@puppeteer/browsers", "chromium-bidi", "ws", "esbuild", "fsevents", "subset-font"],
      // A script has no import.meta: its URL is the script's own file.
      banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
      define: { "import.meta.url": "importMetaUrl" },
      metafile: true,
      logLevel: "error",
    });
    writeFileSync(path.join(aside, path.basename(BUNDLE_META)), JSON.stringify(metafile));
    renameSync(path.join(aside, path.basename(BUNDLE_META)), BUNDLE_META);
    utimesSync(path.join(aside, path.basename(BUNDLE)), began, began);
    renameSync(path.join(aside, path.basename(BUNDLE)), BUNDLE);
    removeOld(dir);
  } finally {
    rmSync(aside, { recursive: true, force: true });
  }
}

/**
 * What earlier compiles left: folders of compiles stopped midway, and the chunks of the ES-module
 * bundle this one replaced, a day after they were last used (a dev server started on them may run for hours).
 */
const OLD_MS = 24 * 60 * 60 * 1000;

function removeOld(dir) {
  const old = readdirSync(dir).filter((n) => /^(?:chunk-\w+|briefing)\.mjs$/.test(n) || n.startsWith(".compiling-"));
  for (const name of old) {
    const file = path.join(dir, name);
    const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (modified !== undefined && Date.now() - modified > OLD_MS) rmSync(file, { recursive: true, force: true });
  }
}
