// What a drafted figure counts, in the article's words: the name the sentence gives it (a bank, an
// index, a company: names.ts, as the figure check reads them) and the measure, the words before the
// number in its own clause once the verbs and prepositions that join them to it are off ("lợi nhuận
// trước thuế", "capital spending", "Einlagensatz"). Not the words that happen to precede the number
// ("với lợi nhuận tăng", "Prozent im Vergleich zum Vormonat auf"). A count's label is what it counts.
import type { NumberToken } from "../figures/read-numbers.ts";
import { namesIn, type Names } from "../figures/names.ts";
import { scopeAt, sentenceAt } from "../figures/sentences.ts";
import { subjectsIn } from "../figures/subjects.ts";
import { languageWords } from "../lang/languages.ts";
import { isIdeographic } from "../format/scale-words.ts";
import { stemmed } from "../figures/clause-words.ts";

/** A word of the text and where it stands. */
interface Word {
  text: string;
  /** Lower case, without the punctuation around it: what word lists are compared with. */
  key: string;
  start: number;
  end: number;
}

/** Marks that end a clause before a number, for its label (brackets are not: "(MB) đạt 7.300 tỷ đồng"). */
// A dash between spaces ends a dateline ("WASHINGTON, June 18 (Reuters) - The Federal Reserve…",
// "MADRID, 12 sep (EFE).- El IPC…"): the label starts after it.
const CLAUSE_MARKS = [
  ". ",
  "; ",
  ", ",
  ": ",
  "! ",
  "? ",
  "“",
  '"',
  "”",
  "。",
  "、",
  "，",
  "；",
  "：",
  "، ",
  "؛ ",
  "؟ ",
  "।",
  "॥",
  " - ",
  " – ",
  " — ",
  ".- ",
];
const MAX_WORDS = 14;

/** A figure found before this one in the paragraph: its label, and where it ends (with its unit). */
export interface Earlier {
  label: string;
  index: number;
  end: number;
}

export interface LabelContext {
  /** The paragraph, normalized. */
  text: string;
  token: NumberToken;
  /** Where the number's unit ends (its end when it has none). */
  unitEnd: number;
  /** The unit when it is a counted noun ("ngân hàng"): the label is then what is counted. */
  counted?: string;
  earlier: Earlier[];
  names: Names;
  lang: string;
}

export interface Labelled {
  label: string;
  /** Where the measure's first word starts in the text: a quote may start there, on a word. */
  measureStart?: number;
}

export function labelFor(context: LabelContext): Labelled {
  const { text, token, earlier } = context;
  if (context.counted) return { label: countLabel(context) };
  const previous = earlier.at(-1);
  // A number in brackets restates the one before them: "giảm 612,47 điểm (-3,07%)".
  const bracket = /\(\s?[-−+]?\s?$/.exec(text.slice(0, token.index));
  if (bracket && previous && text.slice(previous.end, bracket.index).trim() === "") return { label: previous.label };
  const { words, linked, own } = measureWords(context);
  const measure =
    words.length > 0
      ? withoutParticle(
          text.slice(words[0]!.start, words.at(-1)!.end).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{M}\p{N}%)]+$/gu, ""),
          context.lang,
        )
      : "";
  const subject = subjectOf(context, measure);
  if (measure) {
    const label = subject ? `${subject}${isIdeographic(subject) ? "：" : ": "}${measure}` : measure;
    return { label, measureStart: words[0]!.start };
  }
  // No words of its own: a range's or a restatement's end takes the label of the amount it joins
  // ("$60 billion to $65 billion"), else the sentence's subject, else what the sentence measured before.
  if (linked) return { label: linked.label };
  // A line that names its number before a colon ("Umsatz: 19,8 Milliarden Euro (Vorjahr: 18,9 …)"): that
  // name, not the bracket after it, which labelled this year's revenue "Vorjahr".
  const named = /(?:^|[\n(;,.]\s*)([^\n(;:,.!?]{2,60}):\s*[-−+]?\p{Sc}?\s?$/u.exec(text.slice(0, token.index))?.[1]?.trim();
  if (named && /\p{L}/u.test(named)) return { label: named };
  // What follows it, when that says something ("so với cùng kỳ năm trước", "de l'emploi salarié").
  const after = afterWords(text, context.unitEnd);
  const saying = after.split(" ").length >= 2 ? after : "";
  if (subject) return { label: saying ? `${subject}${isIdeographic(subject) ? "：" : ": "}${saying}` : subject };
  if (saying) return { label: saying };
  // Only a direction of its own ("値上がりは138"): that, not another figure's words.
  if (own.length > 0) return { label: text.slice(own[0]!.start, own.at(-1)!.end) };
  const sentence = sentenceAt(text, token.index);
  const before = earlier.filter((e) => e.index >= sentence.start).at(-1);
  return { label: before?.label ?? (after || token.text) };
}

/** The measure: the clause's words before the number, from its last join, without joining words at either end. */
function measureWords(context: LabelContext): { words: Word[]; linked?: Earlier; own: Word[] } {
  const { text, lang, token } = context;
  const end = token.index;
  const draft = languageWords(lang)?.draft;
  let start = Math.max(
    0,
    ...CLAUSE_MARKS.map((mark) => (text.lastIndexOf(mark, end - 1) < 0 ? 0 : text.lastIndexOf(mark, end - 1) + mark.length)),
  );
  // After an amount a link joins to this one ("dropped 3.1% to close at 19,341.83", "um 0,25 Prozentpunkte auf 3,5 Prozent").
  // Only the amount just before it, and only the few words after that amount are read: a paragraph
  // of hundreds of numbers stays linear.
  const last = context.earlier.at(-1);
  const between = last ? wordsOf(text.slice(last.end, Math.min(end, last.end + 40)), lang) : [];
  // Nothing but a particle between them ("3.50%에서 3.25%로"): the two are one measure's.
  const joined = between.length === 0 && !!languageWords(lang)?.draft.particles;
  const linked = last && last.end > start && last.end <= end && (joined || startsWith(between, trimmed(lang))) ? last : undefined;
  if (linked) start = linked.end;
  let words = wordsOf(text.slice(start, end), lang).map((w) => ({ ...w, start: w.start + start, end: w.end + start }));
  const joins = phrases(draft?.joins ?? [], lang);
  for (let i = words.length - 1; i >= 0; i--) {
    const join = joins.find((phrase) => matchesAt(words, i, phrase));
    if (join) {
      words = words.slice(i + join.length);
      break;
    }
  }
  const own = trim(words, heads(lang));
  words = trim(words, trimmed(lang), heads(lang));
  words = words.slice(-MAX_WORDS);
  words = trim(words, trimmed(lang), heads(lang));
  return { words, linked, own };
}

/** The name the figure's sentence gives it, when its measure does not already say it. */
function subjectOf(context: LabelContext, measure: string): string | undefined {
  const { text, token, names } = context;
  const subjects = subjectsIn(scopeAt(text, token.index), names);
  if (subjects.length === 0 || subjects.some((name) => measure.includes(name))) return undefined;
  if (namesIn(measure, names).length > 0) return undefined;
  // A name written after the number is another's ("Broadcom slid 17.4% and Oracle declined 13.8%");
  // of those before it, the first, the sentence's subject ("DeepSeek … GPT-4 … used 2.788 million").
  const before = text.slice(0, token.index);
  const sentenceStart = sentenceAt(text, token.index).start;
  const ranked = subjects
    .map((name) => ({ name, at: before.indexOf(name, sentenceStart) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at || b.name.length - a.name.length);
  return ranked[0]?.name;
}

/** A count says what it counts: its noun and the words that qualify it ("ngân hàng niêm yết"). */
function countLabel(context: LabelContext): string {
  const { text, unitEnd, lang } = context;
  // Japanese says what it counts before the number ("売買高は25億2893万株"): its measure, as any figure's.
  if (isIdeographic(context.counted ?? "")) {
    const { words } = measureWords(context);
    if (words.length > 0) return text.slice(words[0]!.start, words.at(-1)!.end);
  }
  const draft = languageWords(lang)?.draft;
  const stops = phrases([...(draft?.links ?? []), ...(draft?.joins ?? [])], lang);
  const after = wordsOf(text.slice(unitEnd).split(/[.;,:!?。、，；：]/)[0]!, lang);
  const kept: Word[] = [];
  for (const [i] of after.entries()) {
    if (kept.length >= 3 || stops.some((phrase) => matchesAt(after, i, phrase)) || /\p{N}/u.test(after[i]!.text)) break;
    kept.push(after[i]!);
  }
  const qualifier = kept.length > 0 ? text.slice(unitEnd + kept[0]!.start, unitEnd + kept.at(-1)!.end) : "";
  return `${context.counted}${qualifier ? (isIdeographic(qualifier) ? "" : " ") + qualifier : ""}`;
}

/** Nothing before the number in its clause ("3,4 Prozent mehr als im Vorjahr"): the words after it (not in a script without spaces). */
function afterWords(text: string, from: number): string {
  if (isIdeographic(text.slice(from, from + 1))) return "";
  const after = text
    .slice(from)
    .split(/[.;,:。、，；：]/)[0]!
    .trim()
    .split(" ")
    .slice(0, 6)
    .join(" ");
  return after.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, "");
}

const trimmedCache = new Map<string, string[][]>();

/** The words that join a measure to its number, trimmed from a label's ends (read once a language). */
function trimmed(lang: string): string[][] {
  let lists = trimmedCache.get(lang);
  if (!lists) {
    lists = trimmedWords(lang);
    trimmedCache.set(lang, lists);
  }
  return lists;
}

function trimmedWords(lang: string): string[][] {
  const words = languageWords(lang);
  if (!words) return [];
  const { direction: d, draft } = words;
  return phrases(
    [
      ...d.fall,
      ...d.rise,
      ...d.fallWithUnit,
      ...d.riseWithUnit,
      ...d.filler,
      // A level word is a verb or a preposition ("đạt", "auf"), but Japanese's is a noun ("終値"): a measure.
      ...d.level.filter((word) => !isIdeographic(word)),
      ...(d.restate ?? []),
      ...(d.negative ?? []),
      ...draft.hedges,
      ...(draft.links ?? []),
    ],
    lang,
  );
}

/** Word lists as sequences of keys, the longest first. */
function phrases(list: string[], lang: string): string[][] {
  return list
    .map((phrase) => wordsOf(phrase, lang).map((w) => w.key))
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length);
}

/** What a label may not start with: links and hedges ("the", "của", "rund"); a direction may ("tăng trưởng GDP", "値下がり銘柄数"). */
const headsCache = new Map<string, string[][]>();
function heads(lang: string): string[][] {
  let lists = headsCache.get(lang);
  if (!lists) {
    const draft = languageWords(lang)?.draft;
    lists = phrases([...(draft?.hedges ?? []), ...(draft?.links ?? [])], lang);
    headsCache.set(lang, lists);
  }
  return lists;
}

function trim(words: Word[], lists: string[][], headLists = lists): Word[] {
  let out = words;
  for (let changed = true; changed; ) {
    changed = false;
    const tail = lists.find((phrase) => phrase.length <= out.length && matchesAt(out, out.length - phrase.length, phrase));
    if (tail) {
      out = out.slice(0, out.length - tail.length);
      changed = true;
    }
    const head = headLists.find((phrase) => phrase.length <= out.length && matchesAt(out, 0, phrase));
    if (head) {
      out = out.slice(head.length);
      changed = true;
    }
  }
  return out;
}

const startsWith = (words: Word[], lists: string[][]) => lists.some((phrase) => matchesAt(words, 0, phrase));

function matchesAt(words: Word[], at: number, phrase: string[]): boolean {
  return at >= 0 && at + phrase.length <= words.length && phrase.every((key, k) => words[at + k]!.key === key);
}

/** "수출은" → "수출": the word without the particle glued to its end, if at least two letters stay. */
function withoutParticle(word: string, lang: string): string {
  const particles = languageWords(lang)?.draft.particles ?? [];
  const particle = particles.filter((p) => word.endsWith(p) && word.length - p.length >= 2).sort((a, b) => b.length - a.length)[0];
  return particle ? word.slice(0, -particle.length) : word;
}

/** The words of a text: by spaces, or by Intl's dictionary for a language written without them. */
function wordsOf(text: string, lang: string): Word[] {
  const particles = languageWords(lang)?.draft.particles;
  const bare = (w: string) => w.toLocaleLowerCase(lang).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{M}\p{N}'’]+$/gu, "");
  // A particle alone ("로" after "587억 달러") joins, and says nothing of what is measured.
  const key = particles ? (w: string) => (particles.includes(bare(w)) ? "" : stemmed(withoutParticle(bare(w), lang), lang)) : bare;
  if (isIdeographic(text)) {
    const segmenter = new Intl.Segmenter(lang, { granularity: "word" });
    return [...segmenter.segment(text)]
      .filter((s) => s.isWordLike)
      .map((s) => ({ text: s.segment, key: key(s.segment), start: s.index, end: s.index + s.segment.length }));
  }
  return [...text.matchAll(/\S+/g)]
    .map((m) => ({ text: m[0], key: key(m[0]), start: m.index, end: m.index + m[0].length }))
    .filter((w) => w.key !== "");
}
