// The theme's face, Inter, as @font-face rules cut to the characters the deck shows: five whole faces
// were 765 KB of every deck's 1.3 MB, and Chromium read them on every load. A face cut to a deck's
// ~200 characters is ~18 KB. The cut keeps every glyph the kept features reach (a contextual
// alternate, a tabular figure), so the text draws, kerns and prints exactly as with the whole face.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { packageFile } from "./assets.ts";
import { TEMPLATES_DIR } from "./paths.ts";
import { cutFaces } from "./cut-faces-cache.ts";

/** Static faces: Chromium embeds them in the PDF as real fonts named Inter-*, where a variable font
 * would be flattened into anonymous Type 3 glyphs. */
const INTER_FACES = [
  { file: "Inter-Regular.woff2", weight: 400, style: "normal" },
  { file: "Inter-Italic.woff2", weight: 400, style: "italic" },
  { file: "Inter-SemiBold.woff2", weight: 600, style: "normal" },
  { file: "Inter-Bold.woff2", weight: 700, style: "normal" },
  { file: "Inter-ExtraBold.woff2", weight: 800, style: "normal" },
];

/**
 * The OpenType features the page can ask for: those Chromium turns on by itself, and the two the
 * slides' CSS asks for (tnum, cv11). Inter's other forty (small caps, fractions, stylistic sets)
 * would keep a thousand glyphs the deck never shows.
 */
export const KEPT_FEATURES = ["kern", "liga", "clig", "calt", "rlig", "ccmp", "locl", "mark", "mkmk", "tnum", "cv11"];

/**
 * Inter's @font-face rules for a deck that shows `characters` in `lang`. The page writes some text
 * itself: a chart's axis numbers (Chart.js, with the deck's locale), reveal's slide numbers and
 * the templates' own signs; their characters are added.
 */
export async function interFaceCss(characters: string, lang: string): Promise<string> {
  const kept = [...new Set([...PRINTABLE_ASCII, ...characters, ...templateCharacters(), ...numberCharacters(lang)])]
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
    .join("");
  const faces = await cutFaces("inter-ui", JSON.stringify([INTER_FACES, KEPT_FEATURES, kept]), async () => {
    // Loaded here, not at the top: `check`, and a build whose cut is cached, never need it.
    const { default: subsetFont } = await import("subset-font");
    const fontDir = path.join(path.dirname(packageFile("inter-ui/package.json")), "web");
    const cut: string[] = [];
    for (const { file } of INTER_FACES) {
      // WOFF (zlib) halves the cut for ~2 ms a face; WOFF2 (brotli) would take 150 ms a face.
      const font = await subsetFont(readFileSync(path.join(fontDir, file)), kept, { targetFormat: "woff", keepFeatures: KEPT_FEATURES });
      cut.push(font.toString("base64"));
    }
    return cut;
  });
  return INTER_FACES.map(
    ({ weight, style }, i) =>
      `@font-face { font-family: "Inter"; font-style: ${style}; font-weight: ${weight}; font-display: block; ` +
      `src: url(data:font/woff;base64,${faces[i]}) format("woff"); }`,
  ).join("\n");
}

const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

/**
 * What Chart.js can write on a value axis in this locale: Intl's digits, separators, signs and
 * exponent (its axis switches to scientific notation for very wide ranges).
 */
function numberCharacters(lang: string): string {
  const samples = [-1234567.891, 0.5, 1e21];
  return (["standard", "scientific"] as const)
    .flatMap((notation) => samples.map((n) => new Intl.NumberFormat(lang, { notation }).format(n)))
    .join("");
}

let templates: string | undefined;

/** Every character of templates/ (the signs its layouts and styles write), read once a process. */
function templateCharacters(): string {
  templates ??= [...new Set(readTree(TEMPLATES_DIR))].join("");
  return templates;
}

function readTree(dir: string): string {
  return readdirSync(dir)
    .map((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? readTree(file) : readFileSync(file, "utf8");
    })
    .join("");
}

/** Forget the templates' characters: the dev server calls this when templates/ changes. */
export function forgetTemplateCharacters(): void {
  templates = undefined;
}
