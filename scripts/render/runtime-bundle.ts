// The page runtime (scripts/runtime/*.ts) bundled for the browser by esbuild: deck.ts for every deck
// and handout, live.ts for the dev server's page only (so no built deck carries it). Bundled once per
// process, and kept in node_modules/.cache/briefing/runtime/ until a runtime source or the lock file
// is newer (as scripts/compile-cli.mjs keeps the CLI), so a build normally only reads two small files.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PROJECT_DIR } from "./paths.ts";

export type RuntimeEntry = "deck" | "live";

export const RUNTIME_SOURCES = path.join(PROJECT_DIR, "scripts", "runtime");
const CACHE = path.join(PROJECT_DIR, "node_modules", ".cache", "briefing", "runtime");
const bundles = new Map<RuntimeEntry, string>();

/** The entry's bundle, as one classic script's text (an IIFE: the page's policy allows it by hash). */
export function runtimeScript(entry: RuntimeEntry): string {
  let text = bundles.get(entry);
  if (text === undefined) {
    text = cachedOrBundled(entry);
    bundles.set(entry, text);
  }
  return text;
}

/** Forget this process's bundles: the dev server calls this when templates/ changes. */
export function forgetRuntime(): void {
  bundles.clear();
}

function cachedOrBundled(entry: RuntimeEntry): string {
  const file = path.join(CACHE, `${entry}.js`);
  const built = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (built >= newestSource()) return readFileSync(file, "utf8");
  const text = bundle(entry);
  try {
    mkdirSync(CACHE, { recursive: true });
    // Written aside and renamed: processes started together (the tests) never read a half-written file.
    const aside = `${file}.${process.pid}.tmp`;
    writeFileSync(aside, text);
    renameSync(aside, file);
  } catch {
    // A read-only node_modules only costs the next process a bundling (some 20 ms).
  }
  return text;
}

function newestSource(): number {
  const lock = statSync(path.join(PROJECT_DIR, "package-lock.json"), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return readdirSync(RUNTIME_SOURCES)
    .filter((name) => name.endsWith(".ts"))
    .reduce((newest, name) => Math.max(newest, statSync(path.join(RUNTIME_SOURCES, name)).mtimeMs), lock);
}

function bundle(entry: RuntimeEntry): string {
  // Loaded only when a bundle is out of date: most runs never start esbuild.
  const { buildSync } = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
  const result = buildSync({
    entryPoints: [path.join(RUNTIME_SOURCES, `${entry}.ts`)],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    // The browsers the README names, as of their releases since 2021.
    target: ["chrome100", "firefox100", "safari15"],
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}
