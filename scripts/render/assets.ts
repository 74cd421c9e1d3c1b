// The libraries and page runtime that every deck inlines, read once per process and kept warm
// (a rebuild in the dev server reuses them).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { TEMPLATES_DIR } from "./paths.ts";
import { forgetRuntime, runtimeScript } from "./runtime-bundle.ts";

export interface DeckAssets {
  revealCss: string;
  revealJs: string;
  notesJs: string;
  chartJs: string;
  datalabelsJs: string;
  /** Our page runtime (scripts/runtime/deck.ts, bundled): charts, figure fitting, print readiness. */
  runtimeJs: string;
  /** The script of reveal's speaker view, which the notes plugin writes into its popup: never
   * inlined by us, but the popup inherits the deck's policy, so the policy must allow it. */
  speakerViewJs: string;
  handoutCss: string;
  overviewCss: string;
}

const require = createRequire(import.meta.url);
/** A file inside an installed package, by path (packages' "exports" maps hide their dist files). */
export function packageFile(specifier: string): string {
  const [scope, name, ...rest] = specifier.startsWith("@") ? specifier.split("/") : ["", ...specifier.split("/")];
  const pkg = scope ? `${scope}/${name}` : name!;
  for (const dir of require.resolve.paths(pkg) ?? []) {
    if (existsSync(path.join(dir, pkg, "package.json"))) return path.join(dir, pkg, ...rest);
  }
  throw new Error(`the package ${pkg} is not installed: run npm ci`);
}
const read = (file: string) => readFileSync(file, "utf8");

let cached: DeckAssets | undefined;

export function deckAssets(): DeckAssets {
  cached ??= readAssets(read(packageFile("reveal.js/plugin/notes/notes.js")));
  return cached;
}

function readAssets(notes: string): DeckAssets {
  return {
    revealCss: read(packageFile("reveal.js/dist/reveal.css")),
    revealJs: script(read(packageFile("reveal.js/dist/reveal.js"))),
    notesJs: script(notes),
    chartJs: script(read(packageFile("chart.js/dist/chart.umd.min.js"))),
    datalabelsJs: script(read(packageFile("chartjs-plugin-datalabels/dist/chartjs-plugin-datalabels.min.js"))),
    runtimeJs: script(runtimeScript("deck")),
    speakerViewJs: speakerViewScript(notes),
    handoutCss: read(path.join(TEMPLATES_DIR, "handout.css")),
    overviewCss: read(path.join(TEMPLATES_DIR, "overview.css")),
  };
}

/** Forget the cache: the dev server calls this when templates/ changes. */
export function reloadAssets(): void {
  cached = undefined;
  forgetRuntime();
}

/** Data for a <script type="application/json">: every "<" escaped, which keeps it valid JSON ("<\\!--" would not be). */
export function jsonScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/**
 * A script's text made safe to inline in <script>: "</script" inside it would end the element.
 * Line ends are made "\n", as the HTML parser would make them, so that the text hashed for the
 * page's policy is the text the browser runs.
 */
export function script(source: string): string {
  return source
    .replace(/\r\n?/g, "\n")
    .replace(/<\/(script)/gi, "<\\/$1")
    .replace(/<!--/g, "<\\!--");
}

/** The Content-Security-Policy source that lets exactly this inline script run. */
export function scriptHash(text: string): string {
  // The libraries are the same strings on every render and dev rebuild: hash each once (~0.5 MB).
  let hash = hashes.get(text);
  if (hash === undefined) {
    hash = `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
    hashes.set(text, hash);
  }
  return hash;
}

const hashes = new Map<string, string>();

/**
 * The notes plugin opens about:blank and document.write()s its speaker view, a page of HTML held in
 * one string literal of notes.js; that page's one inline <script> runs under the deck's policy.
 */
function speakerViewScript(notesJs: string): string {
  const literal = /\.document\.write\(("(?:[^"\\\n]|\\.)*")\)/.exec(notesJs)?.[1];
  // The match is one double-quoted string literal, so evaluating it only decodes its escapes.
  const html = literal === undefined ? undefined : (runInNewContext(literal) as unknown);
  const scripts = typeof html === "string" ? [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)] : [];
  if (scripts.length !== 1) {
    throw new Error(
      "Internal error: reveal.js's notes plugin no longer writes its speaker view as before; update speakerViewScript in scripts/render/assets.ts",
    );
  }
  return scripts[0]![1]!.replace(/\r\n?/g, "\n");
}
