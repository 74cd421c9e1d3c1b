// Which way the words around a number say it moved: "giảm 17%" is a fall, "rose 2.9%" a rise,
// "xuống còn 19.341,43" a level; in German anywhere in its clause and with separable verbs, in
// Japanese glued to the number ("1.18%安"). The words are each language's (scripts/lang/).
import { SENTENCE_END } from "./sentences.ts";
import type { Direction } from "../lang/language.ts";
import { alternatives, everyLanguage, languageWords } from "../lang/languages.ts";
import { prefixStart } from "./number-context.ts";
import { findNumbers, scaleOf, type NumberToken } from "./read-numbers.ts";
import { dateLike } from "./date-like.ts";
import { functionWords } from "./measure-words.ts";
import { clauseAfter, clauseBefore, clauseTail, directionWords, matchEnding, wordsOf } from "./clause-words.ts";
import { levelEnding, levelParticle, listEnd, moveBeforeFrom, objectVerb, pastAside, sameUnitNext } from "./move-reach.ts";

/** At most this many words after a number are read for a direction that follows it ("a 3% drop"). */
const AFTER = 3;
/** "%", points or a currency written with the number: a measured change, not a count. */
const MEASURE_AFTER = new RegExp(
  `^ ?(?:[%％٪]|(?:${alternatives(everyLanguage((w) => [...w.units.percent, ...w.units.indexPoints, ...w.units.points]))})(?!\\p{Script=Latin})|\\p{Lu}{3}(?![\\p{L}\\p{N}])|\\p{Sc})`,
  "iu",
);

function measured(text: string, token: NumberToken, lang: string): boolean {
  // Past a scale word, read in the language as everywhere else ("589 tỷ USD", "5 Mrd. Euro").
  let end = token.index + token.text.length;
  const scale = scaleOf(text, token, lang);
  if (scale) end += scale.written.length;
  return MEASURE_AFTER.test(text.slice(end)) || /\p{Sc} ?$/u.test(text.slice(Math.max(0, token.index - 3), token.index));
}

/**
 * "fall" or "rise" when the article's words say which way the number moved, "level" when they say it
 * is where something ended or began ("fell to 19,341", "giảm từ 4,5%"), undefined when they say
 * nothing or the language has no word lists. A written sign is read by writtenSign, a written
 * "âm"/"minus" by negativeWord.
 */
export function directionOf(text: string, token: NumberToken, lang: string): Direction | "level" | undefined {
  const words = directionWords(lang);
  if (!words) return undefined;
  const glued = gluedDirection(text, token, lang);
  if (glued) return glued;
  const unit = measured(text, token, lang);
  const before = wordsOf(clauseBefore(text, prefixStart(text, token)), lang);
  const fall = [...words.fall, ...(unit ? words.fallWithUnit : [])];
  const rise = [...words.rise, ...(unit ? words.riseWithUnit : [])];
  const rest = wordsOf(clauseAfter(text, pastAside(text, token.index + token.text.length, lang)), lang);
  // German puts the participle at the clause's end ("um 4,3 Prozent gegenüber dem Vormonat gesunken").
  const after = words.anywhereInClause ? rest : rest.slice(0, AFTER);
  // "von 2,6 Prozent im Vormonat auf 2,2 Prozent": the "to" may come a few words on.
  const from = before.at(-1) ?? "";
  if (words.from.includes(from) && rest.slice(0, 2 * AFTER).some((w) => words.to.includes(w))) {
    // "de 0,8 % à 1,1 %" is from and to, but "recule de 0,5 % à 7 345 points" by and to: where "from"
    // is also "by", the two numbers must be written in one unit.
    if (!words.by?.includes(from) || sameUnitNext(text, token)) return "level";
  }
  // Walk back from the number over filler words; the first direction or level word decides.
  let by = false;
  let read = before.length;
  for (let i = before.length - 1; i >= 0; i--) {
    const phrase = matchEnding(before, i, [...words.level, ...fall, ...rise]);
    if (phrase !== undefined) {
      // A level word is also a filler inside a longer phrase ("una caída del"); the longest phrase won.
      if (words.level.includes(phrase)) {
        by ||= words.by?.includes(phrase) ?? false;
        // "en 0,25 puntos, hasta el 4,5%": the size of the move, whose word may stand further back.
        if (sizeBeforeLevel(text, token, phrase, lang)) continue;
        // "cortou a Selic em 0,5 ponto": a level word that is also "by", after a verb and its object.
        const verb = words.by?.includes(phrase) ? objectVerb(text, token, lang, before.length - i, fall, rise) : undefined;
        return verb ?? "level";
      }
      return fall.includes(phrase) ? "fall" : "rise";
    }
    by ||= words.by?.includes(before[i]!) ?? false;
    if (!words.filler.includes(before[i]!)) {
      read = before.length - 1 - i;
      break;
    }
  }
  // "cut rates by 50 bp", "trimmed its 2025 forecast by": past the verb's object, a few words back.
  const verb = by || (words.objectBefore && unit) ? objectVerb(text, token, lang, read, fall, rise) : undefined;
  if (verb) return verb;
  // "3.25%로 인하": the particle says where it ended, whatever move follows ("상승률은 1.3%로" is still a rise).
  if (levelEnding(text, token, lang)) return "level";
  // "nahmen … um 1,6 Prozent ab": a separable verb's form before the number, its particle after.
  // The particle ends the clause, past a level if need be ("gingen um 1,3 Prozent auf 112,2 Mrd. zurück").
  const tail = words.separable ? wordsOf(clauseTail(text, token.index + token.text.length), lang) : [];
  for (const verb of words.separable ?? []) {
    if ((after.includes(verb.particle) || tail.at(-1) === verb.particle) && before.some((w) => verb.verbs.includes(w)))
      return verb.direction;
  }
  if (after.some((w) => words.fallAfter.includes(w))) return "fall";
  if (after.some((w) => words.riseAfter.includes(w))) return "rise";
  // "각각 2.1%, 3.4% 상승했다": the word of change after the list's last number is each number's.
  // A comma joins such a list only after "respectively" ("실업률 2.5%, 0.3%p 상승" is a level, then a move).
  const respectively = words.respectively?.some((w) => text.slice(Math.max(0, token.index - 40), token.index).includes(w)) ?? false;
  const last = words.listJoins ? listEnd(text, token.index + token.text.length, words.listJoins, respectively) : undefined;
  if (last !== undefined) {
    const listAfter = wordsOf(clauseAfter(text, pastAside(text, last, lang)), lang).slice(0, AFTER);
    if (listAfter.some((w) => words.fallAfter.includes(w))) return "fall";
    if (listAfter.some((w) => words.riseAfter.includes(w))) return "rise";
  }
  if (words.anywhereInClause) {
    for (let i = before.length - 1; i >= 0; i--) {
      const phrase = matchEnding(before, i, [...fall, ...rise]);
      if (phrase !== undefined) return fall.includes(phrase) ? "fall" : "rise";
    }
  }
  return undefined;
}

/** The word of change a few words after the number ("0.4%p 낮아진", "3% higher", "2.3%上昇した"), if any. */
export function moveAfter(text: string, token: NumberToken, lang: string): Direction | undefined {
  const words = directionWords(lang);
  if (!words) return undefined;
  if (words.gluedFall || words.gluedRise) {
    const after = gluedAfter(text, token);
    const starts = (w: string) => w.length > 1 && after.startsWith(w);
    const [fall, rise] = [
      longestOf([...words.fall, ...(words.gluedFall ?? [])], starts),
      longestOf([...words.rise, ...(words.gluedRise ?? [])], starts),
    ];
    return fall || rise ? (fall >= rise ? "fall" : "rise") : undefined;
  }
  const rest = wordsOf(clauseAfter(text, pastAside(text, token.index + token.text.length, lang)), lang);
  const after = words.anywhereInClause ? rest : rest.slice(0, AFTER);
  if (after.some((w) => words.fallAfter.includes(w))) return "fall";
  if (after.some((w) => words.riseAfter.includes(w))) return "rise";
  return undefined;
}

/** A rate named before a number: the way its name says it moves, and whether a word of change stands between. */
export interface NamedRate {
  direction: Direction;
  /** "Inflation rose 3.2%": a verb moves the rate; "growth of 4.6%", "Tăng trưởng tín dụng đạt 13,4%": none does. */
  moved: boolean;
}

/** The rate the words a few words before the number name ("상승률은 2.0%", "Tăng trưởng tín dụng … đạt 13,4%"), if any. */
export function namedRate(text: string, token: NumberToken, lang: string): NamedRate | undefined {
  const words = directionWords(lang);
  if (!words?.rates) return undefined;
  const clause = rateClauseBefore(text, prefixStart(text, token), lang);
  const ofRate = (rate: string) => (words.fall.includes(rate) || words.fallAfter.includes(rate) ? "fall" : "rise");
  const moves = [...words.fall, ...words.rise, ...words.fallWithUnit, ...words.riseWithUnit];
  if (words.gluedFall || words.gluedRise) {
    // No spaces: the longest rate named in the clause's last characters ("実質GDP成長率は", "经济增速放缓至").
    // Not past a clause's or a sentence's mark, nor a joining word ("经济增速放缓，失业率上升至5.3%").
    const joins = languageWords(lang)?.draft.joins ?? [];
    const marks = Math.max(...[...clause.matchAll(/[。！？，、；,;]/gu)].map((m) => m.index + 1), 0);
    const cut = Math.max(marks, ...joins.filter((j) => clause.includes(j)).map((j) => clause.lastIndexOf(j) + j.length));
    const tail = clause.slice(Math.max(cut, clause.length - RATE_CHARS));
    const named = words.rates.filter((rate) => tail.includes(rate)).sort((a, b) => b.length - a.length)[0];
    if (named === undefined) return undefined;
    const between = tail.slice(tail.lastIndexOf(named) + named.length);
    return { direction: ofRate(named), moved: moves.some((w) => w.length > 1 && between.includes(w)) };
  }
  const before = wordsOf(asideSkipped(text, prefixStart(text, token) - clause.length, clause, lang), lang);
  // A join that is also a level word joins nothing here ("chậm lại còn 4,6%": slowed down to).
  const joins = (languageWords(lang)?.draft.joins ?? []).filter((w) => !words.level.includes(w) && !(words.to ?? []).includes(w));
  // A few words back: "Tăng trưởng tín dụng toàn hệ thống đạt 13,4%", "성장률 목표를 3~4%로"; not past
  // a joining word that ends a clause of the rate's own ("growth slowed and unemployment rose to 4.5%"),
  // though past one inside its name ("inflation as measured by the CPI slowed to 3.2%").
  const moveAt = (k: number) => matchEnding(before, k, moves) !== undefined;
  for (let i = before.length - 1; i >= Math.max(0, before.length - RATE_WORDS); i--) {
    const rate = matchEnding(before, i, words.rates);
    if (rate === undefined) continue;
    for (let j = i + 1; j < before.length; j++) {
      if (matchEnding(before, j, joins) === undefined) continue;
      for (let k = i + 1; k < j; k++) if (moveAt(k)) return undefined;
    }
    const between = before.slice(i + 1);
    return { direction: ofRate(rate), moved: between.some((_, k) => matchEnding(between, k, moves) !== undefined) };
  }
  return undefined;
}

/**
 * A clause of moves only ("slowed to") after an aside between commas names its rate before the aside:
 * "Core inflation, which excludes energy and food, slowed to 4.2%", "Growth in regular pay, excluding
 * bonuses, slowed to 4.9%". The aside starts with a joining word or is a few words with no number; a
 * clause that names its own thing ("…, unemployment fell to 3.9%") is read alone.
 */
function asideSkipped(text: string, start: number, clause: string, lang: string): string {
  const skip = functionWords(lang);
  const own = wordsOf(clause, lang);
  if (own.length === 0 || !own.every((w) => skip.has(w)) || !/,\s*$/u.test(text.slice(Math.max(0, start - 3), start))) return clause;
  const asideEnd = text.lastIndexOf(",", start - 1);
  const asideStart = text.lastIndexOf(",", asideEnd - 1);
  if (asideStart < 0 || SENTENCE_END.test(text.slice(asideStart, asideEnd))) return clause;
  const aside = wordsOf(text.slice(asideStart + 1, asideEnd), lang);
  const joins = languageWords(lang)?.draft.joins ?? [];
  const isAside = joins.includes(aside[0] ?? "") || (aside.length <= 6 && !/\p{Nd}/u.test(text.slice(asideStart, asideEnd)));
  if (!isAside) return clause;
  const subject = clauseBefore(text, asideStart);
  return `${subject} ${clause}`;
}

/**
 * The clause before a number, read back past dates: "Lạm phát tháng 3 giảm xuống 3,2%", "inflation in
 * 2024 slowed to 3.2%" name their rate before the month or the year. Another number of any other kind
 * still ends it ("growth of 5% and unemployment rose to 4%").
 */
function rateClauseBefore(text: string, end: number, lang: string): string {
  let start = end - clauseBefore(text, end).length;
  for (;;) {
    const date = start > 0 ? findNumbers(text.slice(Math.max(0, start - 12), start), lang).at(-1) : undefined;
    const at = date && Math.max(0, start - 12) + date.index;
    if (!date || at === undefined || at + date.text.length !== start || !dateLike(text, { ...date, index: at }, lang)) break;
    start = at - clauseBefore(text, at).length;
  }
  return text.slice(start, end);
}

/** Words read back for the name of a rate, past its subject's words. */
const RATE_WORDS = 10;
/** The same in a script without spaces, in characters. */
const RATE_CHARS = 16;

/**
 * The move that led to a level: "giảm xuống còn 19.341" is a level reached by a fall, "tăng 1,2%, lên
 * 19.341" by a rise when the level word has a direction word before it.
 */
export function levelVia(text: string, token: NumberToken, lang: string): Direction | undefined {
  const words = directionWords(lang);
  if (!words) return undefined;
  if (words.gluedFall || words.gluedRise) return gluedVia(text, token, lang);
  // "3.50%로 0.25%포인트 인상했다": the word of change after a "to" particle, past other numbers, in its sentence.
  const to = levelParticle(text, token, lang, words.toEndings);
  if (to !== undefined) {
    const sentence = wordsOf(text.slice(to, to + 120).split(SENTENCE_END)[0]!, lang).slice(0, LEVEL_AHEAD);
    const move = sentence.find((w) => words.fallAfter.includes(w) || words.riseAfter.includes(w));
    if (move) return words.fallAfter.includes(move) ? "fall" : "rise";
  }
  const clause = clauseBefore(text, prefixStart(text, token));
  const before = wordsOf(clause, lang);
  // The verbs that take an object before the level, less the names of rates the object may hold
  // ("rebajó su previsión de crecimiento al 3,0%": the growth is the forecast's, the move a cut).
  const rates = words.rates ?? [];
  const verbs = (list: string[]) => list.filter((w) => !rates.includes(w));
  const objectFall = verbs([...words.fall, ...words.fallWithUnit]);
  const objectRise = verbs([...words.rise, ...words.riseWithUnit]);
  let level = false;
  let whole = true;
  for (let i = before.length - 1; i >= 0; i--) {
    const found = matchEnding(before, i, [...words.level, ...words.fall, ...words.rise]);
    const phrase = level && found !== undefined && rates.includes(found) ? undefined : found;
    // "4.6% 늘어난 587억 달러": where a word of change is the level word, it is also the move.
    if (phrase !== undefined && words.level.includes(phrase)) {
      if (words.fallAfter.includes(phrase)) return "fall";
      if (words.riseAfter.includes(phrase)) return "rise";
    }
    if (phrase !== undefined && words.level.includes(phrase)) {
      level = true;
      i -= phrase.split(" ").length - 1;
      continue;
    }
    if (phrase !== undefined) return level ? (words.fall.includes(phrase) ? "fall" : "rise") : undefined;
    // A separable verb whose particle stands between it and the level ("liep in oktober op tot 3,9 procent").
    const split = level
      ? words.separable?.find((v) => v.verbs.includes(before[i]!) && before.slice(i + 1).includes(v.particle))
      : undefined;
    if (split) return split.direction;
    if (!words.filler.includes(before[i]!) && !/^[%％]$/u.test(before[i]!)) {
      whole = false;
      // Verb-second and verb-first languages put words between the move and its level word ("liep in
      // oktober op tot 3,9 procent", "تباطأ معدل التضخم … إلى 11.7%"): the nearest word of change in the clause.
      if (level && words.anywhereInClause) continue;
      // A verb with its object before the level: "cut its 2025 growth forecast to 3.0%", "rebajó su
      // previsión de crecimiento al 3,0%".
      if (level) {
        const verb = objectVerb(text, token, lang, before.length - 1 - i, objectFall, objectRise, LEVEL_OBJECT_WORDS, rates);
        if (verb) return verb;
      }
      break;
    }
  }
  // "giảm từ 1,62% xuống còn 1,38%", "fell from 4.3% to 4.1%": the move before the number it started from.
  if (level && whole) {
    const move = moveBeforeFrom(text, prefixStart(text, token) - clause.length, lang);
    if (move) return move;
    // Past a year the clause stopped at: "senkte ihre Wachstumsprognose für 2024 auf 0,2 Prozent".
    const verb = objectVerb(text, token, lang, before.length, objectFall, objectRise, LEVEL_OBJECT_WORDS, rates);
    if (verb) return verb;
  }
  // "hob ihre Prognose auf 0,2 Prozent an": a separable verb before the level, its particle after it.
  if (level) {
    const tail = wordsOf(clauseTail(text, token.index + token.text.length), lang);
    const split = words.separable?.find((v) => tail.at(-1) === v.particle && before.some((w) => v.verbs.includes(w)));
    if (split) return split.direction;
  }
  // "auf 88,4 Punkte gesunken": German says the move at the clause's end.
  if (level && words.anywhereInClause) {
    const after = wordsOf(clauseAfter(text, token.index + token.text.length), lang);
    if (after.some((w) => words.fallAfter.includes(w))) return "fall";
    if (after.some((w) => words.riseAfter.includes(w))) return "rise";
  }
  return undefined;
}

/**
 * The move that reached a level in a script without spaces: the word of change before its "to"
 * ("增速放缓至4.6%") or after its particle ("2.3%に鈍化した").
 */
function gluedVia(text: string, token: NumberToken, lang: string): Direction | undefined {
  const words = directionWords(lang)!;
  const fall = [...words.fall, ...(words.gluedFall ?? [])];
  const rise = [...words.rise, ...(words.gluedRise ?? [])];
  let before = clauseBefore(text, prefixStart(text, token)).trimEnd();
  const level = [...words.level].sort((a, b) => b.length - a.length).find((w) => before.endsWith(w));
  if (level) {
    // Right before "to" a single character is a verb too: "降至", "升至".
    before = before.slice(0, -level.length);
    const ends = (w: string) => before.endsWith(w);
    const [f, r] = [longestOf(fall, ends), longestOf(rise, ends)];
    if (f || r) return f >= r ? "fall" : "rise";
  }
  const after = gluedAfter(text, token);
  const particle = (words.gluedLevel ?? []).find((w) => after.startsWith(w));
  if (!particle) return undefined;
  const verb = after.slice(particle.length);
  const starts = (w: string) => w.length > 1 && verb.startsWith(w);
  const [f, r] = [longestOf(fall, starts), longestOf(rise, starts)];
  return f || r ? (f >= r ? "fall" : "rise") : undefined;
}

/** The text after a number and its glued unit, in a script without spaces ("1.18%安" → "安"). */
function gluedAfter(text: string, token: NumberToken): string {
  const rest = text.slice(token.index + token.text.length);
  return rest.slice(GLUED_UNIT.exec(rest)![0].length);
}

/** The length of the longest word of the list the test accepts, or 0. */
const longestOf = (list: string[], test: (word: string) => boolean) => Math.max(0, ...list.filter(test).map((w) => w.length));

/** What follows a number and its unit in a script without spaces: "%", "円", "ドル", a scale word, a bracket ("108円（3.91%）安"). */
const GLUED_UNIT = /^(?:[%％]|円(?:\d+銭)?|銭|ドル|ユーロ|ポイント|pt|bp|[万億兆亿萬]|[)）]|[（(][^）)]{0,20}[）)])*/u;

/**
 * Scripts without spaces: the direction glued after the number and its unit ("1.18%安", "450円高",
 * "5%減"), or the direction noun before it with its particles ("下落率は1.18%").
 */
function gluedDirection(text: string, token: NumberToken, lang: string): Direction | "level" | undefined {
  const words = directionWords(lang);
  if (!words?.gluedFall && !words?.gluedRise) return undefined;
  const after = gluedAfter(text, token);
  const starts = (w: string) => after.startsWith(w);
  const fall = longestOf(words.gluedFall ?? [], starts);
  const rise = longestOf(words.gluedRise ?? [], starts);
  if (fall > 0 || rise > 0) return fall >= rise ? "fall" : "rise";
  const level = longestOf(words.gluedLevel ?? [], starts) > 0;
  let before = clauseBefore(text, prefixStart(text, token)).trimEnd();
  for (let changed = true; changed; ) {
    changed = false;
    for (const filler of words.filler) {
      if (filler !== "" && before.endsWith(filler)) {
        before = before.slice(0, -filler.length).trimEnd();
        changed = true;
      }
    }
  }
  const ends = (list: string[]) => list.some((w) => before.endsWith(w));
  if (ends(words.level)) return "level";
  // "下げ幅は683円に達した": the noun before says what the number is, whatever it reached.
  if (ends(words.fall)) return "fall";
  if (ends(words.rise)) return "rise";
  return level ? "level" : undefined;
}

/** The direction a label's own words give ("Nasdaq giảm" is a fall), and the word, if any. */
export function directionInWords(text: string, lang: string): { direction: Direction; word: string } | undefined {
  const words = directionWords(lang);
  if (!words) return undefined;
  if (words.gluedFall || words.gluedRise) {
    // No spaces: the first word of either list that the text holds ("TOPIXの上昇率").
    const found = [...words.fall, ...(words.gluedFall ?? [])].find((w) => text.includes(w));
    const rise = [...words.rise, ...(words.gluedRise ?? [])].find((w) => text.includes(w) && w.length > 1);
    if (found && found.length > 1) return { direction: "fall", word: found };
    if (rise) return { direction: "rise", word: rise };
    return undefined;
  }
  const all = wordsOf(text, lang);
  for (let i = all.length - 1; i >= 0; i--) {
    const fall = matchEnding(all, i, [...words.fall, ...words.fallWithUnit, ...words.fallAfter]);
    if (fall) return { direction: "fall", word: fall };
    const rise = matchEnding(all, i, [...words.rise, ...words.riseWithUnit, ...words.riseAfter]);
    if (rise) return { direction: "rise", word: rise };
  }
  return undefined;
}

/** "tăng trưởng âm 0,5%", "minus 3%": a word straight before the number that is its minus sign. */
export function negativeWord(text: string, token: NumberToken, lang: string): string | undefined {
  const words = directionWords(lang);
  const glued = words?.signBefore?.find((sign) => text.slice(0, prefixStart(text, token)).trimEnd().endsWith(sign));
  if (glued) return glued;
  const last = wordsOf(clauseBefore(text, prefixStart(text, token)), lang).at(-1);
  return last !== undefined && words?.negative.includes(last) ? last : undefined;
}

/** Words read back for the verb before a level's object ("ha tagliato la stima di crescita per il 2025 allo"; Vietnamese spaces its syllables: "nâng dự báo tăng trưởng GDP năm 2025 của Việt Nam lên"). */
const LEVEL_OBJECT_WORDS = 12;

/** Words read past the number, across commas, for the level that a move's size comes before. */
const LEVEL_AHEAD = 6;

/** Whether `word`, before the number, says its size, a level word bringing the level reached a few words on. */
function sizeBeforeLevel(text: string, token: NumberToken, word: string, lang: string): boolean {
  const rule = directionWords(lang)?.byThenTo;
  if (!rule?.by.includes(word)) return false;
  const end = token.index + token.text.length;
  const sentence = text.slice(end, end + 200).split(SENTENCE_END)[0] ?? "";
  return wordsOf(sentence, lang)
    .slice(0, LEVEL_AHEAD)
    .some((w) => rule.to.includes(w));
}

/** The clause around the number, at most a few words either side: «Tesla lao dốc 12%», «a 3% drop». */
export function around(text: string, token: NumberToken): string {
  const end = token.index + token.text.length;
  // A clause starts after punctuation that ends one ("3.1" is no end) or after an opening bracket.
  const past = (mark: string) => {
    const i = text.lastIndexOf(mark, token.index);
    return i < 0 ? 0 : i + mark.length;
  };
  const start = Math.max(...[". ", "; ", ", ", "! ", "? ", "("].map(past));
  const before = text.slice(start, token.index).split(" ").slice(-4).join(" ").trimStart();
  const after = /^[^\s,.;:!?()]*(?: [^\s,.;:!?()]+)?/.exec(text.slice(end))![0];
  return before + token.text + after;
}
