// Letters of scripts the deck's own faces do not draw (Inter: Latin, Greek, Cyrillic; the East Asian
// face: Han, kana and Hangul) are drawn by whatever font the machine has. When it has none, Chromium draws
// empty boxes and embeds no font for them: nothing says so, and a scale word among them ("₹75 लाख",
// "23.5 अरब") leaves a number that reads a trillion or a billion times smaller.

/** Scripts the deck's faces draw, or that hold no letters of their own. */
const DRAWN =
  /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{Script=Hangul}]/u;

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

/** The deck's letters, marks and digits that none of its own faces draws. */
export function unfontedCharacters(characters: string, drawnByFaces: RegExp = DRAWN): string[] {
  return [...characters].filter((c) => /[\p{L}\p{M}\p{N}]/u.test(c) && !drawnByFaces.test(c));
}

/** "Hangul and Devanagari": the scripts of the characters, for a message. */
export function scriptsOf(characters: string[]): string {
  const named = NAMED.filter(([, pattern]) => characters.some((c) => pattern.test(c))).map(([name]) => name);
  const other = characters.some((c) => !NAMED.some(([, pattern]) => pattern.test(c)));
  const all = [...named, ...(other ? ["other scripts"] : [])];
  return all.length > 1 ? `${all.slice(0, -1).join(", ")} and ${all.at(-1)}` : (all[0] ?? "");
}
