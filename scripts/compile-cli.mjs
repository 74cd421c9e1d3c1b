// Compiles scripts/briefing.ts and what it imports into node_modules/.cache/briefing/briefing.mjs and
// the chunks it reads when a command needs them, with esbuild. Plain JavaScript, so it runs before anything is compiled.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SOURCES = path.join(PROJECT, "scripts");
export const BUNDLE = path.join(PROJECT, "node_modules", ".cache", "briefing", "briefing.mjs");

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
  // Written aside and moved in, the entry last: runs started together (the tests) never import a
  // half-written file. The chunks' names are their contents' hashes, so moving one in never changes a
  // file another run is reading.
  const aside = mkdtempSync(path.join(dir, `.compiling-${process.pid}-`));
  try {
    await build({
      entryPoints: [path.join(SOURCES, "briefing.ts")],
      outdir: aside,
      outExtension: { ".js": ".mjs" },
      // What a command does not run, it does not read: `build` starts Chromium before it reads the
      // pipeline, and reads the PDF and PowerPoint libraries while Chromium loads the page; `check`
      // reads neither; `draft`'s language tables and `dev`'s watcher are read by those commands only.
      // (One 5.8 MB file took a quarter of a second to read and compile before any command began.)
      splitting: true,
      chunkNames: "chunk-[hash]",
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      // Dependencies go in too: a few files to read instead of hundreds (resolving and loading modules
      // was a third of a `check`). Puppeteer stays outside: it is loaded only when a PDF is printed;
      // subset-font too: its WebAssembly is found beside its own files, and only a build whose fonts'
      // cut is not cached yet loads it.
      external: ["puppeteer", "puppeteer-core", "esbuild", "fsevents", "subset-font"],
      // Some bundled CommonJS packages call require(); an ES module has none of its own.
      banner: {
        js: 'import { createRequire as createRequireForBundle } from "node:module"; const require = createRequireForBundle(import.meta.url);',
      },
      logLevel: "error",
    });
    const entry = path.basename(BUNDLE);
    const chunks = readdirSync(aside).filter((name) => name !== entry);
    for (const chunk of chunks) renameSync(path.join(aside, chunk), path.join(dir, chunk));
    // The chunks of the entry being replaced are dated now: a run started on it reads them until it ends.
    const now = new Date();
    for (const chunk of chunksOf(BUNDLE)) touch(path.join(dir, chunk), now);
    renameSync(path.join(aside, entry), BUNDLE);
    removeOld(dir, new Set(chunks));
  } finally {
    rmSync(aside, { recursive: true, force: true });
  }
}

/** The chunks an entry reads, statically or when a command asks for them (none when it is missing). */
function chunksOf(entry) {
  const found = new Set();
  const visit = (file) => {
    const code = readIfThere(file);
    for (const [, name] of code.matchAll(/["']\.\/(chunk-\w+\.mjs)["']/g)) {
      const chunk = path.join(path.dirname(entry), name);
      if (found.has(name)) continue;
      found.add(name);
      visit(chunk);
    }
  };
  visit(entry);
  return found;
}

/** (Another compile may be removing old files meanwhile: one gone is no error.) */
function readIfThere(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function touch(file, time) {
  try {
    utimesSync(file, time, time);
  } catch {
    // gone already
  }
}

/**
 * A run still going reads its chunks when it needs them (a dev server runs for hours): chunks no
 * longer the current entry's, and folders of compiles stopped midway, go a day after they were last
 * the current ones. (Each compile of a changed source adds about 6 MB of chunks.)
 */
const OLD_MS = 24 * 60 * 60 * 1000;

function removeOld(dir, current) {
  const old = readdirSync(dir).filter((n) => (/^chunk-\w+\.mjs$/.test(n) && !current.has(n)) || n.startsWith(".compiling-"));
  for (const name of old) {
    const file = path.join(dir, name);
    const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (modified !== undefined && Date.now() - modified > OLD_MS) rmSync(file, { recursive: true, force: true });
  }
}
