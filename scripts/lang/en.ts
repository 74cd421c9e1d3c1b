// English. "Net loss of $5 billion" is an amount, not a move: "loss" is no fall word.
import { countWords, type LanguageWords } from "./language.ts";

const small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
const tens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

export const en: LanguageWords = {
  // The deck's own words (sources slide, handout), and how this language quotes.
  ui: {
    sources: "Sources",
    article: "Article",
    published: "Published",
    figure: "Figure",
    quote: "Where the article says it",
    derivedFrom: "Calculated",
    unsourced: "Not from the article",
    unsourcedNote: "Chart data supplied by the author, not checked against the article",
    own: "The author's own",
    ownNote: "Not from the article",
    notes: "Speaker notes",
    slide: "Slide",
    noNotes: "No notes for this slide.",
    quotes: ["“", "”"],
  },
  units: {
    percent: ["per cent", "percent"],
    points: ["percentage points", "percentage point", "pp", "bps", "basis points", "basis point"],
    basisPoints: ["basis points", "basis point", "bps", "bp"],
    indexPoints: ["points", "point"],
    rangeTo: ["to"],
    rangeAnd: ["and"],
    between: ["between"],
    rangeArticles: [],
    scaleSpellings: { bn: "B", bln: "B", tn: "T", trn: "T", trln: "T", mn: "M", mln: "M" },
    currencies: { USD: ["dollars", "dollar"], EUR: ["euros", "euro"], JPY: ["yen"], CNY: ["yuan"] },
  },
  draft: {
    hedges: ["about", "around", "nearly", "almost", "roughly", "approximately", "some", "more than", "over", "under", "less than", "close to"],
    ranks: ["top", "no.", "number", "rank", "ranked", "version", "q", "quarter", "chapter", "page", "section"],
    units: { "percentage points": "percentage points", percent: "%", "per cent": "%", points: "points", point: "points" },
  },
  dateWords: [],
  direction: {
    fall: ["fell", "fall", "falls", "falling", "fallen", "dropped", "drops", "declined", "declines", "slid", "slumped",
      "plunged", "plunges", "tumbled", "sank", "sinks", "decreased", "dipped", "retreated", "crashed", "slipped", "shrank", "contracted",
      "a fall of", "a drop of", "a decline of", "a decrease of", "a loss of"],
    rise: ["rose", "rises", "rising", "risen", "gained", "gains", "climbed", "climbs", "jumped", "jumps",
      "surged", "surges", "soared", "soars", "increased", "added", "grew", "grows", "grown", "advanced", "rallied", "expanded",
      "a rise of", "an increase of", "a gain of", "growth of"],
    fallWithUnit: ["down", "lost", "loses", "shed", "drop", "decline", "lower"],
    riseWithUnit: ["up", "rise", "gain", "increase", "jump", "higher"],
    fallAfter: ["drop", "decline", "fall", "plunge", "slump", "decrease", "lower", "less", "fewer", "down"],
    riseAfter: ["rise", "gain", "increase", "jump", "surge", "higher", "more", "up"],
    filler: ["by", "nearly", "about", "almost", "around", "roughly", "some", "more", "than", "another", "a", "further",
      "as", "much", "sharply", "slightly", "over", "just", "under", "of", "an", "estimated", "respectively"],
    level: ["to", "at", "from"],
    from: ["from"],
    to: ["to"],
    respectively: ["respectively"],
    restate: ["or", "equivalent to", "i.e.", "that is"],
    negative: ["minus", "negative"],
  },
  numberWords: countWords(small, tens),
  ordinals: { first: 1, second: 2, third: 3, fourth: 4 },
  periods: [
    { pattern: /(?<n>first|second|third|fourth)[- ]quarter/giu, kind: "quarter" },
    { pattern: /(?<![\p{L}\p{N}])FQ(?<n>[1-4])(?![\p{L}\p{N}])/gu, kind: "quarter" },
    { pattern: /(?<n>first|second)[- ]half/giu, kind: "half" },
    { pattern: /first (?<n>\p{L}+|\d{1,2}) months/giu, kind: "months" },
  ],
};
