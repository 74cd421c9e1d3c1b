// What one language's words say about the numbers near them, read by the figure check, the text check
// and the draft: which way a number moved, where it is a level, which words are numbers, how a period
// is named. One file per language beside this one (vi.ts, en.ts, …); a language with no file gets no
// reading from words (written signs, units and scale words are still read, from Intl).

export type Direction = "fall" | "rise";

export interface DirectionWords {
  /** Written before the number: "fell 3.1%", "giảm gần 17%", "una caída del 2,5%". */
  fall: string[];
  rise: string[];
  /** Like fall and rise, but only for a number written with "%", points or a currency ("down 3%", not "shut down 2 plants"). */
  fallWithUnit: string[];
  riseWithUnit: string[];
  /** Written after the number: "a 3% drop", "um 3 % gesunken", "4,8 Prozent weniger". */
  fallAfter: string[];
  riseAfter: string[];
  /** Words that may stand between a direction word and its number ("by nearly", "gần", "tới"). */
  filler: string[];
  /** Between a direction word and the number, these make it a level, not a change: "fell to 19,341", "giảm từ 4,5%". */
  level: string[];
  /**
   * "from … to": a number after a `from` word and before a `to` word is where a move began, a level
   * ("sank von 2,6 auf 2,2 Prozent", "baisse de 3 % à 2 %"), though "Rückgang von 4 %" is a change.
   */
  from: string[];
  to: string[];
  /** Written after the number and its unit, these make it where a move started: Hindi "7.2 प्रतिशत से घटाकर 6.6". */
  fromAfter?: string[];
  /**
   * Before the level the rate stood at a period earlier, after the level it reached: "rose to 2.0% in
   * October, after 1.6% in September", "auf 2,0 Prozent, nach 1,6 Prozent". The pair's start, as "from".
   */
  previous?: string[];
  /**
   * A level word that is the size of a change when the level reached follows: "subió los tipos en 0,25
   * puntos, hasta el 4,5%", "elevou a Selic em 0,5 ponto, para 14,75%" (alone, "se situó en el 10,45%"
   * is a level). `to`: the words that bring that level, a few words on, past a comma too.
   */
  byThenTo?: { by: string[]; to: string[] };
  /**
   * Verb-second languages put words between the verb and its number ("Die Exporte sanken im August
   * um 1,8 %"): there a fall or rise word anywhere earlier in the clause counts.
   */
  anywhereInClause?: boolean;
  /**
   * Languages whose words take their endings glued on (Korean: "증가했다", "증가한", "하락폭은"): a word
   * that starts with one of these reads as it, the longest first. The lists above hold the stems.
   */
  stems?: string[];
  /**
   * Endings glued after the number and its unit that make it a level: "3.25%로" (to), "1,380원에" (at),
   * "3.5%에서" (from), whatever word of change follows ("3.5%로 인상" raised to 3.5%).
   */
  levelEndings?: string[];
  /** Of the level endings, those that say where a move ended ("3.50%로 인상", raised to 3.50%): the word of change after them is the move that reached it. */
  toEndings?: string[];
  /**
   * Particles that join the numbers of a list whose word of change follows the last ("2.1%와 3.4%
   *올랐다"; a comma joins too: "각각 2.1%, 3.4% 상승"): each number of the list takes it.
   */
  listJoins?: string[];
  /**
   * Before the size of a move whose verb has its object between ("cut rates by 50 bp", "raised its
   * forecast by 0.3 points"): a word of change a few words further back in the clause gives the direction.
   */
  by?: string[];
  /** The object stands between the verb and its size with no word for "by" ("giảm lãi suất điều hành 0,5 điểm phần trăm"): read so for a measured number. */
  objectBefore?: boolean;
  /**
   * Of the fall and rise words, those that name a rate of change ("상승률은 2.0%"): the number is that
   * change, and also a level the rate stands at, which may have moved the other way ("상승률은 2.0%로 낮아졌다").
   */
  rates?: string[];
  /** Compound nouns end in a word of change ("Exportminus", "Umsatzplus"): read as that word. */
  compoundHeads?: string[];
  /** "Respectively": the names before pair with the numbers in order ("Apple and Amazon rose 1.1% and 0.6% respectively"). */
  respectively?: string[];
  /** After a comma, these say the next number restates the one before ("giảm 26,02 điểm, tương đương 2,1%"). */
  restate?: string[];
  /** Straight before the number, these are its minus sign: "tăng trưởng âm 0,5%", "minus 3%". */
  negative: string[];
  /**
   * Separable verbs: a form of the verb before the number and its particle after it, in one clause
   * ("nahmen … um 1,6 Prozent ab", "ging … um 2 % zurück", "legte um 3 % zu").
   */
  separable?: { verbs: string[]; particle: string; direction: Direction }[];
  /**
   * Scripts without spaces: words glued to the number and its unit ("1.18%安", "450円高", "5%減"),
   * read after the number; `signBefore` straight before it are its minus sign ("▲1.2%").
   */
  gluedFall?: string[];
  gluedRise?: string[];
  /** Glued after the number, these make it a level: "0.5%に" (to 0.5%), "2480.61で終えた" (closed at). */
  gluedLevel?: string[];
  signBefore?: string[];
}

/** A named period: the third quarter, the first half, the first nine months of a year. */
export type PeriodKind = "quarter" | "half" | "months" | "month";

export interface PeriodForm {
  /** A global pattern with a group `n` (digits, a Roman numeral or an ordinal word). */
  pattern: RegExp;
  kind: PeriodKind;
  /** For a form that names one period and has no `n` group ("nửa đầu năm", 上期). */
  n?: number;
}

/** Words about a number's unit and range, read in any text whatever its language (a deck may quote another). */
export interface UnitWords {
  /** "phần trăm", "per cent", "Prozent": a percentage (Intl's own word is read too). */
  percent: string[];
  /** Written before the number, in this language only: Turkish "yüzde 47,1" and "%47,1" (the sign glued on). */
  percentBefore?: string[];
  /** Percentage points ("điểm phần trăm", "Prozentpunkte", "pp"): never a percentage. */
  points: string[];
  /** Basis points: a hundredth of a percentage point ("30 điểm cơ bản" is "0,3 điểm phần trăm"); also in `points`. */
  basisPoints: string[];
  /** Index points and the like ("điểm", "Punkte"): the number is measured, not counted. */
  indexPoints: string[];
  /** "2 to 3%", "5 đến 7%": the unit on one end of a range is on both. */
  rangeTo: string[];
  /** "between 2 and 3%": "and" makes a range only after "between". */
  rangeAnd: string[];
  between: string[];
  /** Articles that may stand before a range's number ("entre el 2 y el 3 %"). */
  rangeArticles: string[];
  /** Spellings of scale words that Intl does not write, with the Intl word they stand for ("bn" for "B"). */
  scaleSpellings: Record<string, string>;
  /** Names of currencies articles write and Intl does not write alone, by ISO code ("đồng", "円"). */
  currencies: Record<string, string[]>;
}

/** Numbers 0–20 and the tens as a word list: "zero", "one", … "twenty", then "thirty" … "ninety". */
export function countWords(small: string[], tens: string[]): Record<string, number> {
  return Object.fromEntries([...small.map((w, i) => [w, i] as const).filter(([w]) => w !== ""), ...tens.map((w, i) => [w, 30 + 10 * i] as const)]);
}

/** What the draft reads around a number. */
export interface DraftWords {
  /** Words that make a number approximate ("gần", "about", "rund"). */
  hedges: string[];
  /** Words before a number that make it a rank or a name, not an amount ("thứ", "top", "Platz"). */
  ranks: string[];
  /** Unit words after a number, with the unit a figure takes for them ("Prozent" → "%", "đồng" → VND). */
  units: Record<string, string>;
  /**
   * Words that join what is counted to its number, trimmed from a label's ends: verbs of being and
   * reaching, prepositions, articles ("đạt", "của", "reached", "of", "the", "auf", "de", "la").
   */
  links?: string[];
  /**
   * Particles glued to a word's end that join it to the number (Korean "수출은", "달러로"): a label's
   * words are read and written without them.
   */
  particles?: string[];
  /** Words that start another clause inside a sentence: a label starts after the last one ("khi", "while", "tandis que"). */
  joins?: string[];
  /** Nouns a number counts, kept as its unit ("27 ngân hàng", "26 lần", "3,1 millions de salariés"). */
  counted?: string[];
  /** Glued after a number and its unit, these make it a band, no figure ("1%대", in the one-percent range; "1000원대"). */
  bandAfter?: string[];
  /** Nouns after a number that make it no figure: a span of time or places moved ("5 năm", "2 bậc", "three years"). */
  notCounted?: string[];
}

/** The few words the deck itself writes (sources slide, handout), and the language's quotation marks. */
export interface UiWords {
  sources: string;
  article: string;
  published: string;
  figure: string;
  quote: string;
  derivedFrom: string;
  unsourced: string;
  unsourcedNote: string;
  /** Words the author marked as their own ({{own: …}}). */
  own: string;
  ownNote: string;
  notes: string;
  slide: string;
  noNotes: string;
  /** Opening and closing marks around the article's words ("„…“" in German, "«\u00a0…\u00a0»" in French). */
  quotes: [open: string, close: string];
  /** A currency as this language's press writes it after a number, where Intl writes a sign ("đồng", not "₫"; "円", not "￥"). */
  currencyWords?: Record<string, string>;
  /**
   * The long date as this language's press writes it, where Intl's differs: "{day}", "{month}" and
   * "{year}" in numbers ("ngày {day} tháng {month} năm {year}", not Intl's "28 tháng 1, 2025").
   */
  longDate?: string;
  /** The word before a figure the article hedges, where the press writes one ("約3兆円"; else "≈ "). */
  approx?: string;
  /**
   * The press writes a scaled amount in every myriad unit it spans ("4兆2150億円", "25億2893万"), not
   * as a decimal of the largest (Intl's "4.215兆").
   */
  myriads?: boolean;
  /** The draft's slide titles, its pointer to where a figure stands, and its mark on what to check. */
  keyPoints: string;
  keyFigures: string;
  sideBySide: string;
  fromParagraph: string;
  review: string;
  /** The draft's comments to its author, in the YAML it writes ("{file}" is the article's file). */
  draftComments: {
    header: string;
    noDate: string;
    noFigures: string;
    /** Beside the key points taken from the lead. */
    shorten: string;
    /** Beside a chart title taken from the figures' labels, and beside the generic one. */
    sharedTitle: string;
    nameTitle: string;
  };
}

export interface LanguageWords {
  ui: UiWords;
  units: UnitWords;
  draft: DraftWords;
  /** Words before a number that make it part of a date ("ngày 27/1", "tháng 10"); ja/zh 月 日 年 are read everywhere. */
  dateWords: string[];
  /** Languages that capitalise every noun (de): the words that stand before a noun, so that it is no name ("die Exporte"). */
  nounDeterminers?: string[];
  direction: DirectionWords;
  /**
   * Numbers written as words, 0–20 and the tens, as the article may write them ("ba bậc", "fünf
   * Monate"). Words that are also an article ("un", "ein", "một") are left out: they say "a" as often.
   */
  numberWords: Record<string, number>;
  /**
   * Pairs of words that name a number as one of two opposites ("profit"/"loss", "lãi"/"lỗ", "흑자"/"적자"),
   * the one a positive number is first: a deck naming one where the article names the other says the
   * opposite of its number, unless it names the first with a negative number. Every form
   * the press writes (plurals too), since they are matched whole, except in Han, kana, Hangul and
   * languages that compound nouns (matched inside words: "Nettoverlust", "영업손실").
   */
  opposites?: [string, string][];
  /** Phrases in which a word of a pair means something else ("prises de bénéfices", profit-taking): read as no word of it. */
  notOpposites?: string[];
  /** Ordinal words for periods ("third", "dritte", "tercer"), read in a period's `n` group. */
  ordinals: Record<string, number>;
  periods: PeriodForm[];
  /**
   * What a change is measured against: the same period a year earlier ("year on year", "so với cùng
   * kỳ", "同比") or the period before ("month on month", "gegenüber dem Vormonat", "环比"). A deck that
   * calls a month's rise a year's says another number.
   */
  bases?: { year: string[]; previous: string[] };
}
