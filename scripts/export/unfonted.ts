// Letters of scripts the deck's own faces do not draw (Inter: Latin, Greek, Cyrillic; the East Asian
// face: Han, kana and Hangul) are drawn by whatever font the machine has. When it has none, Chromium draws
// empty boxes and embeds no font for them: nothing says so, and a scale word among them ("₹75 लाख",
// "23.5 अरब") leaves a number that reads a trillion or a billion times smaller.

/**
 * Scripts the theme's face draws, or that hold no letters of their own. The deck's East Asian letters
 * are not among the theme's characters at all (shownCharacters sets them apart for their own face).
 */
const DRAWN = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]/u;

/** Scripts named in the message, by what a reader calls them. */
const NAMED: [string, RegExp][] = [
  ["Hangul", /\p{Script=Hangul}/u],
  ["Devanagari", /\p{Script=Devanagari}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Thai", /\p{Script=Thai}/u],
  ["Bengali", /\p{Script=Bengali}/u],
  ["Tamil", /\p{Script=Tamil}/u],
  ["Georgian", /\p{Script=Georgian}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Ethiopic", /\p{Script=Ethiopic}/u],
];

/** Of the theme's characters (DeckTheme.characters), the letters, marks and digits its face does not draw. */
export function unfontedCharacters(themeCharacters: string): string[] {
  return [...themeCharacters].filter((c) => /[\p{L}\p{M}\p{N}]/u.test(c) && !DRAWN.test(c));
}

/** "Hangul and Devanagari": the scripts of the characters, for a message. */
export function scriptsOf(characters: string[]): string {
  const named = NAMED.filter(([, pattern]) => characters.some((c) => pattern.test(c))).map(([name]) => name);
  const other = characters.some((c) => !NAMED.some(([, pattern]) => pattern.test(c)));
  const all = [...named, ...(other ? ["other scripts"] : [])];
  return all.length > 1 ? `${all.slice(0, -1).join(", ")} and ${all.at(-1)}` : (all[0] ?? "");
}
