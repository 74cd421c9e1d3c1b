// Compiles scripts/briefing.ts and what it imports into node_modules/.cache/briefing/briefing.mjs
// with esbuild (npm packages stay imports). Plain JavaScript, so it runs before anything is compiled.
import { mkdirSync, readdirSync, renameSync, statSync } from "node:fs";
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
  mkdirSync(path.dirname(BUNDLE), { recursive: true });
  // Written aside and renamed: runs started together (the tests) never import a half-written file.
  const aside = `${BUNDLE}.${process.pid}.tmp.mjs`;
  await build({
    entryPoints: [path.join(SOURCES, "briefing.ts")],
    outfile: aside,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Dependencies go in too: one file to read instead of hundreds (resolving and loading modules
    // was a third of a `check`). Puppeteer stays outside: it is loaded only when a PDF is printed;
    // subset-font too: its WebAssembly is found beside its own files, and only East Asian decks load it.
    external: ["puppeteer", "puppeteer-core", "esbuild", "fsevents", "subset-font"],
    // Some bundled CommonJS packages call require(); an ES module has none of its own.
    banner: {
      js: 'import { createRequire as createRequireForBundle } from "node:module"; const require = createRequireForBundle(import.meta.url);',
    },
    logLevel: "error",
  });
  renameSync(aside, BUNDLE);
}
