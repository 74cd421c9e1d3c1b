// The theme's face, Inter, as @font-face rules cut to the characters the deck shows: five whole faces
// were 765 KB of every deck's 1.3 MB, and Chromium read them on every load. A face cut to a deck's
// ~200 characters is ~25 KB. The cut keeps every glyph the kept features reach (a contextual
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
 * How each face is cut. WOFF (zlib) halves the cut for ~2 ms a face; WOFF2 (brotli) would take
 * 150 ms a face. The features are those Chromium applies by itself and the two the slides' CSS asks
 * for (tnum, cv11); Inter's other forty (small caps, stylistic sets) would keep a thousand glyphs
 * the deck never shows.
 */
const CUT = {
  targetFormat: "woff",
  keepFeatures: ["kern", "liga", "clig", "calt", "rlig", "ccmp", "locl", "mark", "mkmk", "tnum", "cv11"],
} as const;
/** HarfBuzz makes fractions around a fraction slash ("1⁄2"): 17 KB of numerators and denominators, kept only then. */
const FRACTION_SLASH = "\u2044";
const FRACTIONS = ["frac", "numr", "dnom"];

/**
 * Signs the page may write where no text of the deck has them: the ellipsis of a cut chart name
 * or footer title (`text-overflow: ellipsis`), and the spaces, apostrophe, minus and times sign a
 * browser's Intl puts in a chart axis's numbers besides ASCII (fr, sv, de-CH, scientific notation).
 */
const PAGE_SIGNS = "\u00a0\u00d7\u2009\u2010\u2019\u2026\u202f\u2212";

/** Inter's @font-face rules for a deck that shows `characters` in `lang`. */
export async function interFaceCss(characters: string, lang: string): Promise<string> {
  const kept = [...new Set([...PRINTABLE_ASCII, ...PAGE_SIGNS, ...formsOf(characters, lang), ...templateCharacters()])]
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
    .join("");
  const cut = { ...CUT, keepFeatures: [...CUT.keepFeatures, ...(kept.includes(FRACTION_SLASH) ? FRACTIONS : [])] };
  const faces = await cutFaces("Inter", JSON.stringify({ faces: INTER_FACES, cut, kept }), INTER_FACES.length, async () => {
    // Loaded here, not at the top: `check`, and a build whose cut is kept, never need it.
    const { default: subsetFont } = await import("subset-font");
    const fontDir = path.join(path.dirname(packageFile("inter-ui/package.json")), "web");
    const cuts: string[] = [];
    for (const { file } of INTER_FACES) cuts.push((await subsetFont(readFileSync(path.join(fontDir, file)), kept, cut)).toString("base64"));
    return cuts;
  });
  return INTER_FACES.map(
    ({ weight, style }, i) =>
      `@font-face { font-family: "Inter"; font-style: ${style}; font-weight: ${weight}; font-display: block; ` +
      `src: url(data:font/woff;base64,${faces[i]}) format("woff"); }`,
  ).join("\n");
}

/**
 * The characters (the composed ones among them: shownCharacters), in capitals too (Chromium makes
 * small capitals of them; reveal's paper print sets them on h4), and each as its letter and marks
 * and every step between: a letter typed decomposed ("a", "\u0302", "\u0301", as some Vietnamese
 * keyboards write) is drawn as the composed glyph only if the face has each step ("â", then "ấ");
 * HarfBuzz composes one mark at a time.
 */
function formsOf(characters: string, lang: string): string {
  const cases = new Set(characters + characters.toLocaleUpperCase(lang));
  const steps: string[] = [];
  for (const character of cases) {
    const parts = [...character.normalize("NFD")];
    for (let marks = 1; marks <= parts.length; marks++) steps.push(parts.slice(0, marks).join("").normalize("NFC"));
  }
  return [...cases].join("") + steps.join("");
}

const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

let templates: string | undefined;

/** Every character of the templates' text files (the signs their layouts and styles write), read once a process. */
function templateCharacters(): string {
  templates ??= [...new Set(readTree(TEMPLATES_DIR))].join("");
  return templates;
}

function readTree(dir: string): string {
  return readdirSync(dir)
    .map((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return readTree(file);
      return /\.(hbs|css|json)$/.test(name) ? readFileSync(file, "utf8") : "";
    })
    .join("");
}

/** Forget the templates' characters: the dev server calls this when templates/ changes. */
export function forgetTemplateCharacters(): void {
  templates = undefined;
}
