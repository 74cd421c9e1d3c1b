// The article read once for the checks of a briefing: its numbers with what they say (read-quantity.ts),
// its names, the periods it names, the words it counts with, and whose numbers are whose.
import { findNumberWords } from "./number-words.ts";
import { findPeriods, sameKeys } from "./periods.ts";
import { findNumbers } from "./read-numbers.ts";
import { kindOf, readQuantities, type Quantity } from "./read-quantity.ts";
import { articleNames, type Names } from "./names.ts";
import { subjectsIn, type Owned } from "./subjects.ts";

export interface ArticleReading {
  /** normalizeText of the article (with its line breaks remembered: normalizeKeepingBreaks). */
  text: string;
  lang: string;
  names: Names;
  quantities: Quantity[];
  /** The period keys it names ("Q3", "H1", "month 9"). */
  periods: Set<string>;
  /** How the article first writes each period it names ("third quarter", "septiembre"), for a fix. */
  periodWords: string[];
  /** The words the article writes after a number ("bậc", "lần", "Monaten"). */
  nouns: Set<string>;
  /** For each name, the numbers the article gives it in their own clause. */
  owners: Map<string, Owned[]>;
}

export function readArticle(article: { text: string; lang: string }): ArticleReading {
  const names = articleNames(article.text, article.lang);
  // The pieces of a number written as the language does not ("4,2" in en) are no numbers it states.
  const digits = findNumbers(article.text, article.lang).filter((t) => !t.split);
  const tokens = [...digits, ...findNumberWords(article.text, article.lang)].sort((a, b) => a.index - b.index);
  const named = findPeriods(article.text, article.lang);
  const periods = new Set(named.flatMap((p) => sameKeys(p.key)));
  // Each period once, as first written, and not a bare ordinal ("second" of "in the first quarter, … the second").
  const firstWritten = new Map<string, string>();
  for (const p of named) if (!p.elided && !firstWritten.has(p.key)) firstWritten.set(p.key, p.text);
  const periodWords = [...firstWritten.values()];
  const quantities = readQuantities(article.text, tokens, article.lang, names);
  const nouns = new Set(quantities.flatMap((q) => (q.noun ? [q.noun] : [])));
  const owners = new Map<string, Owned[]>();
  // Words only at a sentence's start count here ("Vingroup cũng tăng 3,2%."): an owner is denied another name.
  // Amounts only: a count in words ("trois derniers mois") or a date gives no one a rival number.
  for (const q of quantities.filter((q) => !q.token.word && !q.date)) {
    const owned = { value: q.value, kind: kindOf(q), index: q.token.index };
    for (const name of subjectsIn(q.scope, names, false, () => true)) {
      // The number of a name ("CAC 40", "IBEX 35") is no number the article gives it; a measure right
      // after a name is ("terwijl de AMX 0,3 procent verloor", "steeg Heineken 3,1 procent").
      const measured = q.percent || q.points || q.indexPoints || q.scale !== undefined || q.currency !== undefined;
      if (!measured && article.text.slice(q.token.index - name.length - 1, q.token.index) === `${name} `) continue;
      owners.set(name, [...(owners.get(name) ?? []), owned]);
    }
  }
  return { ...article, names, quantities, periods, periodWords, nouns, owners };
}
