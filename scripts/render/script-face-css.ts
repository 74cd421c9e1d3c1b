// A face for a script Inter does not draw (East Asian, Arabic, Devanagari) as @font-face rules, cut to
// the characters the deck shows. The faces are @fontsource-variable's Noto Sans JP, SC, KR, Arabic and
// Devanagari, which come as files for one unicode-range each (~120 for JP). Each file that holds some of the deck's characters is cut to them and pinned to a
// static weight (400 and 700): Chromium prints a variable font as anonymous Type 3 glyphs but a static
// one as a real embedded font, and two real weights mean no synthetic bold (600 and 800 take 700).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ComplexScriptFace } from "../model/complex-script-face.ts";
import type { EastAsianFace } from "../model/east-asian-face.ts";
import { packageFile } from "./assets.ts";
import { cutFaces } from "./cut-faces-cache.ts";
import { remembered } from "../remembered.ts";

type ScriptFace = EastAsianFace | ComplexScriptFace;

const PACKAGES: Record<ScriptFace["family"], string> = {
  "Noto Sans JP": "@fontsource-variable/noto-sans-jp",
  "Noto Sans SC": "@fontsource-variable/noto-sans-sc",
  "Noto Sans KR": "@fontsource-variable/noto-sans-kr",
  "Noto Sans Arabic": "@fontsource-variable/noto-sans-arabic",
  "Noto Sans Devanagari": "@fontsource-variable/noto-sans-devanagari",
};
const WEIGHTS = [400, 700];
/**
 * How a part is cut: a TrueType file, not WOFF2 (compressing it again costs four times the cut, for a
 * few KB), pinned to a static weight.
 */
const optionsFor = (weight: number) => ({ targetFormat: "truetype" as const, variationAxes: { wght: weight } });

interface RangeFile {
  file: string;
  ranges: [number, number][];
}

const rangeFiles = new Map<string, RangeFile[]>();
/**
 * This process's cuts by file, weight and characters (a deck's worth, ~40 parts, twice over): a dev
 * rebuild whose edit brings a new character cuts only its file again.
 */
const cutPart = remembered(
  100,
  (file: string, characters: string, weight: number) => `${file}\u0000${weight}\u0000${characters}`,
  async (file: string, characters: string, weight: number) => {
    // Loaded here, not at the top: a build whose cut is cached never needs its WebAssembly.
    const { default: subsetFont } = await import("subset-font");
    return (await subsetFont(readFileSync(file), characters, optionsFor(weight))).toString("base64");
  },
);

export async function scriptFaceCss(face: ScriptFace | undefined): Promise<string> {
  if (!face) return "";
  const parts = filesOf(face.family)
    .map(({ file, ranges }) => ({ file, characters: [...face.characters].filter((c) => inRanges(c.codePointAt(0)!, ranges)).join("") }))
    .filter(({ characters }) => characters !== "");
  const cuts = parts.flatMap(({ file, characters }) => WEIGHTS.map((weight) => ({ file, characters, weight })));
  const recipe = JSON.stringify(cuts.map(({ file, characters, weight }) => [path.basename(file), characters, optionsFor(weight)]));
  const faces = await cutFaces(face.family, recipe, cuts.length, () =>
    Promise.all(cuts.map(({ file, characters, weight }) => cutPart(file, characters, weight))),
  );
  return cuts
    .map(
      ({ characters, weight }, i) =>
        `@font-face { font-family: "${face.family}"; font-style: normal; font-weight: ${weight}; font-display: block; ` +
        `src: url(data:font/ttf;base64,${faces[i]}) format("truetype"); unicode-range: ${unicodeRange(characters)}; }`,
    )
    .join("\n");
}

/** The package's files and the code points each holds, read from its stylesheet once. */
function filesOf(family: ScriptFace["family"]): RangeFile[] {
  let files = rangeFiles.get(family);
  if (!files) {
    const dir = path.dirname(packageFile(`${PACKAGES[family]}/package.json`));
    const css = readFileSync(path.join(dir, "wght.css"), "utf8");
    files = [...css.matchAll(/url\(\.\/(files\/[^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)].map((m) => ({
      file: path.join(dir, m[1]!),
      ranges: m[2]!.split(",").map((range): [number, number] => {
        const [from, to] = range.trim().replace(/^U\+/i, "").split("-");
        return [Number.parseInt(from!, 16), Number.parseInt(to ?? from!, 16)];
      }),
    }));
    if (files.length === 0) throw new Error(`Internal error: no unicode ranges read from ${PACKAGES[family]}'s wght.css`);
    rangeFiles.set(family, files);
  }
  return files;
}

const inRanges = (point: number, ranges: [number, number][]) => ranges.some(([from, to]) => point >= from && point <= to);

/** The characters as a unicode-range: the page asks this face for these and nothing else. */
function unicodeRange(characters: string): string {
  return [...characters].map((c) => `U+${c.codePointAt(0)!.toString(16)}`).join(",");
}
