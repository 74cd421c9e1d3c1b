// The libraries, font and runtime that every deck inlines, read once per process and kept warm
// (a rebuild in the dev server reuses them).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { TEMPLATES_DIR } from "./paths.ts";

export interface DeckAssets {
  revealCss: string;
  revealJs: string;
  notesJs: string;
  chartJs: string;
  datalabelsJs: string;
  chartLabelsJs: string;
  runtimeJs: string;
  fontCss: string;
  handoutCss: string;
}

const require = createRequire(import.meta.url);
/** A file inside an installed package, by path (packages' "exports" maps hide their dist files). */
function packageFile(specifier: string): string {
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
  cached ??= {
    revealCss: read(packageFile("reveal.js/dist/reveal.css")),
    revealJs: script(read(packageFile("reveal.js/dist/reveal.js"))),
    notesJs: script(read(packageFile("reveal.js/plugin/notes/notes.js"))),
    chartJs: script(read(packageFile("chart.js/dist/chart.umd.min.js"))),
    datalabelsJs: script(read(packageFile("chartjs-plugin-datalabels/dist/chartjs-plugin-datalabels.min.js"))),
    chartLabelsJs: script(read(path.join(TEMPLATES_DIR, "runtime", "chart-labels.js"))),
    runtimeJs: script(read(path.join(TEMPLATES_DIR, "runtime", "deck.js"))),
    fontCss: interFontFace(),
    handoutCss: read(path.join(TEMPLATES_DIR, "handout.css")),
  };
  return cached;
}

/** Forget the cache: the dev server calls this when templates/ changes. */
export function reloadAssets(): void {
  cached = undefined;
}

/** Static Inter faces: Chromium embeds them in the PDF as real fonts named Inter-*, where a
 * variable font would be flattened into anonymous Type 3 glyphs. */
const INTER_FACES = [
  { file: "Inter-Regular.woff2", weight: 400, style: "normal" },
  { file: "Inter-Italic.woff2", weight: 400, style: "italic" },
  { file: "Inter-SemiBold.woff2", weight: 600, style: "normal" },
  { file: "Inter-Bold.woff2", weight: 700, style: "normal" },
  { file: "Inter-ExtraBold.woff2", weight: 800, style: "normal" },
];

/**
 * Inter covers Vietnamese fully and the signs the deck prints (− ≈ % ₫ €), so the PDF embeds one
 * family and never falls back to a system font.
 */
function interFontFace(): string {
  const fontDir = path.dirname(packageFile("inter-ui/package.json"));
  return INTER_FACES.map(({ file, weight, style }) => {
    const data = readFileSync(path.join(fontDir, "web", file)).toString("base64");
    return `@font-face { font-family: "Inter"; font-style: ${style}; font-weight: ${weight}; font-display: block; src: url(data:font/woff2;base64,${data}) format("woff2"); }`;
  }).join("\n");
}

/** Data for a <script type="application/json">: every "<" escaped, which keeps it valid JSON ("<\\!--" would not be). */
export function jsonScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** A script's text made safe to inline in <script>: "</script" inside it would end the element. */
export function script(source: string): string {
  return source.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}
