// Arabic and Devanagari have no glyphs in the theme's Latin face (Inter), and many machines have no
// font for them (this one none for Devanagari: the print refused with empty boxes). As for East Asian
// text, the deck names one designed face for them, cut to the characters it shows, and every writer
// uses it: the page's font stack, the PDFs, and the PowerPoint's complex-script slot (a:cs).

export type ComplexScriptFamily = "Noto Sans Arabic" | "Noto Sans Devanagari";

export interface ComplexScriptFace {
  family: ComplexScriptFamily;
  /** Every character of the face's script the deck shows, once each, in code point order. */
  characters: string;
}

/**
 * By script extensions, so that the punctuation and digits the script shares are drawn by its face too
 * ("،" the Arabic comma, "।" the danda, "٣٫٥٪"), which Inter does not draw either.
 */
export const COMPLEX_SCRIPTS: [ComplexScriptFamily, RegExp][] = [
  ["Noto Sans Arabic", /^\p{Script_Extensions=Arabic}$/u],
  ["Noto Sans Devanagari", /^\p{Script_Extensions=Devanagari}$/u],
];

/**
 * The face for the script the deck shows most characters of, or none. A deck that mixes Arabic and
 * Devanagari draws the other from the machine's fonts (the build says so when it has none).
 */
export function complexScriptFace(byScript: Map<ComplexScriptFamily, string>): ComplexScriptFace | undefined {
  const [family, characters] = [...byScript].sort((a, b) => [...b[1]].length - [...a[1]].length)[0] ?? [];
  return family && characters ? { family, characters } : undefined;
}
