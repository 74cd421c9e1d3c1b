// Words that name a number as one of two opposites: a profit or a loss, a surplus or a deficit, net
// buying or net selling. "Intel net loss $16.6 billion" written as "Intel profit $16.6 billion" has the
// article's number, unit and scale, and says the opposite of it. Each language's pairs are its own
// (scripts/lang/); a side counts when it names one word of a pair and not the other.
import { isIdeographic } from "../format/scale-words.ts";
import { languageWords } from "../lang/languages.ts";

export interface Opposed {
  /** The word the deck's side (a bullet's clause, a figure's label) names. */
  mine: string;
  /** Its opposite, which the article's clause names. */
  theirs: string;
  /** `mine` is the pair's first, the one a positive number is (a profit, a surplus): a negative one is its opposite ("영업이익 -1,200억" is a loss). */
  minePositive: boolean;
}

/** Where the two texts name opposite words of one of the language's pairs; undefined when they do not. */
export function opposedWords(mine: string, theirs: string, lang: string): Opposed | undefined {
  const words = languageWords(lang);
  for (const [a, b] of words?.opposites ?? []) {
    const named = (text: string, word: string) => names(text, word, lang, words?.direction.compoundHeads !== undefined);
    const [mineA, mineB, theirA, theirB] = [named(mine, a), named(mine, b), named(theirs, a), named(theirs, b)];
    if (mineA && !mineB && theirB && !theirA) return { mine: a, theirs: b, minePositive: true };
    if (mineB && !mineA && theirA && !theirB) return { mine: b, theirs: a, minePositive: false };
  }
  return undefined;
}

/** The text names the word: inside other words where words run together (Han, kana, Hangul, German compounds), else whole. */
function names(text: string, word: string, lang: string, compounds: boolean): boolean {
  const lower = text.toLocaleLowerCase(lang);
  const wanted = word.toLocaleLowerCase(lang);
  if (compounds || isIdeographic(word) || /\p{Script=Hangul}/u.test(word)) return lower.includes(wanted);
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, "u").test(lower);
}
