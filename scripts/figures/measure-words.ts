// What a number measures, as the words right before it name it ("revenue", "Umsatz", "الإقراض"): a deck
// that names its number by a word the article writes only before its other numbers, and neither in this
// number's sentence nor in the one before, says it measures another thing ("Endesa gana 5.612 millones"
// where "Endesa" stands only before the next sentence's 1.900). A number whose own words differ from the
// deck's is no proof: the article may use a synonym ("Data center sales" for the deck's "Data center
// revenue"); counted so, a helper's 205 honest restatements were refused 23 times. Capitalised names are
// the subject check's; here only the words any language writes in lower case, less the words that join,
// hedge, move or measure a number (its language file's lists), calendar words and short words.
import { languageWords } from "../lang/languages.ts";
import { isIdeographic, scaleWords } from "../format/scale-words.ts";
import { clauseBefore, wordsOf } from "./clause-words.ts";
import { isCalendarWord, type Names } from "./names.ts";
import { prefixStart } from "./number-context.ts";
import type { NumberToken } from "./read-numbers.ts";
import type { Quantity } from "./read-quantity.ts";

/** Languages whose spaces stand between syllables. */
const SYLLABLES = new Set(["vi"]);

/** Words read back from a number for what it measures. */
const BACK = 3;

const notMeasures = new Map<string, Set<string>>();

/** The language's words that say no thing measured: its moves, links, hedges, units and scale words. */
export function functionWords(lang: string): Set<string> {
  let words = notMeasures.get(lang);
  if (!words) {
    const w = languageWords(lang);
    const d = w?.direction;
    const lists = [
      ...(d ? [d.fall, d.rise, d.fallWithUnit, d.riseWithUnit, d.fallAfter, d.riseAfter, d.filler, d.level, d.from, d.to, d.negative] : []),
      // A rate's name that is a word of change ("tăng trưởng", "growth of") moves; "inflation" names a measure.
      ...(d
        ? [d.restate ?? [], d.respectively ?? [], d.by ?? [], (d.rates ?? []).filter((r) => d.fall.includes(r) || d.rise.includes(r))]
        : []),
      ...(w ? [w.draft.hedges, w.draft.ranks, w.draft.links ?? [], w.draft.joins ?? []] : []),
      // What a change is measured against ("binnen Jahresfrist", "year on year") names no measure.
      ...(w?.bases ? [w.bases.year, w.bases.previous] : []),
      ...(w
        ? [w.units.percent, w.units.points, w.units.indexPoints, ...Object.values(w.units.currencies), w.units.rangeTo, w.units.between]
        : []),
      scaleWords(lang).map((s) => s.word),
    ];
    words = new Set(lists.flat().flatMap((phrase) => phrase.toLocaleLowerCase(lang).split(" ")));
    notMeasures.set(lang, words);
  }
  return words;
}

/**
 * The words right before the number that may name what it measures, lower-cased; none where another
 * number stands closer than the clause's start ("1.470 millones … y 4.590 millones": the words
 * between are the first number's), nor the article's names (the subject check's).
 */
export function measureWords(text: string, token: NumberToken, lang: string, names?: Names): string[] {
  const start = prefixStart(text, token);
  const clause = clauseBefore(text, start);
  // Vietnamese spaces its syllables, not its words ("xuất khẩu", "thu nhập"): a syllable names nothing.
  if (SYLLABLES.has(new Intl.Locale(lang).language)) return [];
  if (isIdeographic(clause) || /\p{Nd}/u.test(text[start - clause.length - 1] ?? "")) return [];
  const skip = functionWords(lang);
  const nouns = languageWords(lang)?.nounDeterminers !== undefined;
  const written = clause.trim().split(/\s+/).slice(-BACK);
  const lowered = written.map((w) => wordsOf(w, lang)[0] ?? "");
  return lowered.filter(
    (word, i) =>
      [...word].length >= 4 &&
      /^[\p{L}\p{M}'’-]+$/u.test(word) &&
      !skip.has(word) &&
      !isCalendarWord(word, lang) &&
      !names?.names.has(written[i]!.replace(/^[^\p{L}]+|[^\p{L}\p{M}]+$/gu, "")) &&
      // A capitalised word not first is a name, the subject check's; not in a language that
      // capitalises its nouns ("stieg der Umsatz um 5").
      !(i > 0 && !nouns && /^\p{Lu}/u.test(written[i] ?? "")),
  );
}

/** The words of a text as measureWords reads them, for "is the word in this sentence". */
function textWords(text: string, lang: string): Set<string> {
  return new Set(wordsOf(text, lang));
}

/**
 * The word by which the deck names its number that the article writes only of its other numbers and
 * not in this one's sentence or the one before; undefined when the deck's words agree or say nothing.
 */
export function measureConflict(
  mine: string[],
  candidate: Quantity,
  all: Quantity[],
  same: { lang: string; article: string },
  names: Names,
): string | undefined {
  const { scope } = candidate;
  // Its sentence and the one before ("The company reported revenue of $10bn. That was 5% more…").
  const sentenceStart = same.article.indexOf(scope.sentence, scope.nearStart);
  const before = sentenceStart > scope.nearStart ? same.article.slice(scope.nearStart, sentenceStart) : "";
  const near = textWords(`${before} ${scope.sentence}`, same.lang);
  const words = articleMeasures(same.article, all, same.lang, names);
  for (const word of mine) {
    const of = all.filter((q) => !q.date && words.get(q)!.includes(word));
    if (of.length === 0 || of.includes(candidate)) continue;
    if (!near.has(word)) return word;
  }
  return undefined;
}

const measuresRead = new WeakMap<Quantity[], Map<Quantity, string[]>>();

/** Each article number's measure words, once per reading. */
function articleMeasures(text: string, all: Quantity[], lang: string, names: Names): Map<Quantity, string[]> {
  let found = measuresRead.get(all);
  if (!found) {
    found = new Map(all.map((q) => [q, measureWords(text, q.token, lang, names)]));
    measuresRead.set(all, found);
  }
  return found;
}
