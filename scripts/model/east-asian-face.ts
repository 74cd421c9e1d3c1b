// Japanese and Chinese have no glyphs in the theme's Latin face (Inter): without a face of their own
// Chromium draws them in whatever the machine has (Droid Sans Fallback here, with synthetic bold) and
// the PowerPoint names Inter for them. The deck names one designed face for its East Asian text, by
// its language: every writer uses it (the page's font stack, the PDFs, the PowerPoint's East Asian slot).
import { COMPLEX_SCRIPTS, type ComplexScriptFace, type ComplexScriptFamily, complexScriptFace } from "./complex-script-face.ts";

export interface EastAsianFace {
  /** The face's family, as the page and the PowerPoint name it. */
  family: "Noto Sans JP" | "Noto Sans SC" | "Noto Sans KR";
  /** Every East Asian character the deck shows, once each, in code point order: what the face is cut to. */
  characters: string;
}

// Han, kana, bopomofo, Hangul, the CJK punctuation block and full-width forms: what the face draws and Inter does not.
const EAST_ASIAN_CHARACTER =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{Script=Hangul}\u3000-\u303f\u30fb\u30fc\uff00-\uffef]$/u;

/**
 * Every character of the text, once each, in code point order: East Asian ones apart (their own face
 * draws them), and those of the complex script the deck shows most of (see complex-script-face.ts). A
 * letter typed decomposed (letter, then marks) is drawn as the composed one where the face has it, so
 * the composed characters count too: read here, where marks still follow their letter.
 */
export function shownCharacters(text: string): { theme: string; eastAsian: string; complexScript?: ComplexScriptFace } {
  const theme: string[] = [];
  const eastAsian: string[] = [];
  const complex = new Map<ComplexScriptFamily, string[]>();
  for (const character of new Set(text + text.normalize("NFC"))) {
    if (EAST_ASIAN_CHARACTER.test(character)) eastAsian.push(character);
    else {
      const family = COMPLEX_SCRIPTS.find(([, pattern]) => pattern.test(character))?.[0];
      if (family) complex.set(family, [...(complex.get(family) ?? []), character]);
      else theme.push(character);
    }
  }
  const inOrder = (characters: string[]) => characters.sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join("");
  const complexScript = complexScriptFace(new Map([...complex].map(([family, characters]) => [family, inOrder(characters)])));
  // The scripts without the face stay with the theme's characters: the build names them if no font draws them.
  for (const [family, characters] of complex) if (family !== complexScript?.family) theme.push(...characters);
  return { theme: inOrder(theme), eastAsian: inOrder(eastAsian), ...(complexScript ? { complexScript } : {}) };
}

/**
 * The face for the deck's East Asian characters, or none when it has none. Chinese decks take the
 * simplified Chinese face; Korean decks, and any deck with Hangul, the Korean one (which draws Hangul
 * and the Han characters Korean writes); every other deck (Japanese, or a quoted name in another
 * language) the Japanese one, which draws kana and the common Han characters.
 */
export function eastAsianFace(lang: string, characters: string): EastAsianFace | undefined {
  if (characters === "") return undefined;
  const primary = lang.toLowerCase().split("-")[0];
  if (primary === "zh") return { family: "Noto Sans SC", characters };
  return { family: primary === "ko" || /\p{Script=Hangul}/u.test(characters) ? "Noto Sans KR" : "Noto Sans JP", characters };
}

/** The deck's font families in CSS, the theme's first: East Asian and complex-script text falls through to its face. */
export function fontStack(theme: { font: string; eastAsian?: EastAsianFace; complexScript?: ComplexScriptFace }): string {
  return [theme.font, theme.eastAsian?.family, theme.complexScript?.family]
    .filter((family) => family !== undefined)
    .map((family) => `"${family}"`)
    .join(", ");
}
