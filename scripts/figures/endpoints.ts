// Where a move started and where it ended: "from 4.2% to 4.5%", "rise to 4.5% from 4.2%", "von 5 auf 2
// Prozent", "del 2,8% al 2,1%". Only a pair says so, two numbers side by side in one sentence, one after
// a "from" word and the other after a "to" word: a lone "to" is a level ("expected to reach 5%") and a
// lone "from" a comparison. A deck that swaps the two ("fall from 4.5% to 4.2%" for "rise to 4.5% from
// 4.2%") names a start the article names an end, whatever verb it writes.
import { clauseBefore, directionWords, wordsOf } from "./clause-words.ts";
import { prefixStart } from "./number-context.ts";
import type { NumberToken } from "./read-numbers.ts";

export type Endpoint = "from" | "to";

/** Words read back from a number for its "from" or "to" ("from the current 4.2%"). */
const BACK = 3;

/** Each token of a from-and-to pair with its end; the others have none. */
export function endpoints(text: string, tokens: NumberToken[], lang: string): Map<NumberToken, Endpoint> {
  const found = new Map<NumberToken, Endpoint>();
  const words = directionWords(lang);
  if (!words?.from.length || !words.to.length) return found;
  const roles = tokens.map((token) => role(text, token, words.from, words.to, lang));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [roles[i], roles[i + 1]];
    if (!a || !b || a === b) continue;
    const gap = text.slice(tokens[i]!.index + tokens[i]!.text.length, tokens[i + 1]!.index);
    // Side by side in one sentence: "to 4.5% from the current 4.2%", not across a full stop.
    if (gap.length > 80 || /[.;!?。](?:\s|$)/u.test(gap)) continue;
    found.set(tokens[i]!, a);
    found.set(tokens[i + 1]!, b);
  }
  return found;
}

/** The nearest "from" or "to" word among the few before the number, in its clause. */
function role(text: string, token: NumberToken, from: string[], to: string[], lang: string): Endpoint | undefined {
  const before = wordsOf(clauseBefore(text, prefixStart(text, token)), lang).slice(-BACK);
  for (let i = before.length - 1; i >= 0; i--) {
    if (from.includes(before[i]!)) return "from";
    if (to.includes(before[i]!)) return "to";
  }
  return undefined;
}
