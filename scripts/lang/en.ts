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
    keyPoints: "Key points",
    keyFigures: "Key figures",
    sideBySide: "The figures side by side",
    fromParagraph: "From paragraph",
    review: "review",
    draftComments: {
      header: "A first draft from {file}, made by `npm run draft`. Every figure below is quoted from the article and checked; labels and keys are guesses from the words around each number: review them.",
      noDate: "the article gives no date: today's; correct it",
      noFigures: "no figure found in the article",
      shorten: "the lead's sentences: shorten them",
      sharedTitle: "from the figures' labels: check it names what they compare, like with like",
      nameTitle: "name what they compare; keep the chart only if it is like with like",
    },
  },
  units: {
    // "3pc": British papers' percent.
    percent: ["per cent", "percent", "pc"],
    points: ["percentage points", "percentage point", "pp", "bps", "basis points", "basis point"],
    basisPoints: ["basis points", "basis point", "bps", "bp"],
    indexPoints: ["points", "point"],
    rangeTo: ["to"],
    rangeAnd: ["and"],
    between: ["between"],
    rangeArticles: [],
    scaleSpellings: { bn: "B", bln: "B", tn: "T", trn: "T", trln: "T", mn: "M", mln: "M" },
    currencies: { USD: ["dollars", "dollar"], EUR: ["euros", "euro"], JPY: ["yen"], CNY: ["yuan"], INR: ["rupees", "Rs", "Rs."] },
  },
  draft: {
    hedges: ["about", "around", "nearly", "almost", "roughly", "approximately", "some", "more than", "over", "under", "less than", "close to"],
    ranks: ["top", "no.", "number", "rank", "ranked", "version", "q", "quarter", "chapter", "page", "section"],
    units: { "percentage points": "percentage points", percent: "%", "per cent": "%", points: "points", point: "points", times: "times" },
    links: ["of", "at", "to", "by", "was", "were", "is", "are", "reached", "totalled", "totaled", "stood", "hit", "with", "for", "a", "an",
      "the", "its", "their", "has", "have", "had", "been", "be", "on", "in", "from", "than", "about", "out", "lose", "loses", "lost"],
    joins: ["while", "and", "as", "after", "but", "whereas", "which", "that", "when", "or", "with"],
    counted: ["banks", "companies", "people", "workers", "jobs", "employees", "customers", "users", "stores", "branches", "shares",
      "vehicles", "cars", "homes", "countries", "firms", "members", "seats", "deaths", "cases"],
    notCounted: ["places", "spots", "positions", "notches", "years", "months", "weeks", "days", "hours", "minutes", "sessions", "decades", "quarters"],
  },
  dateWords: [],
  direction: {
    fall: ["fell", "fall", "falls", "falling", "fallen", "dropped", "drops", "declined", "declines", "slid", "slumped",
      "plunged", "plunges", "tumbled", "sank", "sinks", "decreased", "dipped", "retreated", "crashed", "slipped", "shrank", "contracted",
      // What a rate does ("inflation eased to 3.2%", "growth slowed to 4.6%"); "eased" is a market's small fall too.
      "eased", "eases", "slowed", "slows", "cooled", "cools", "moderated", "decelerated",
      "a fall of", "a drop of", "a decline of", "a decrease of", "a loss of"],
    rise: ["rose", "rises", "rising", "risen", "gained", "gains", "climbed", "climbs", "jumped", "jumps",
      "surged", "surges", "soared", "soars", "increased", "added", "grew", "grows", "grown", "advanced", "rallied", "expanded",
      "a rise of", "an increase of", "a gain of", "growth of", "accelerated", "accelerates", "quickened", "picked up"],
    // Verbs that take an object: a count they cut or raise ("cut 5,000 jobs") may be no fall or rise of it.
    fallWithUnit: ["down", "lost", "loses", "shed", "drop", "decline", "lower", "cut", "cuts", "lowered", "lowers", "slashed", "slashes",
      "trimmed", "trims", "reduced", "reduces", "wiped", "wipes", "erased", "erases", "shaved", "shaves"],
    riseWithUnit: ["up", "rise", "gain", "increase", "jump", "higher", "raised", "raises", "hiked", "hikes", "lifted", "lifts", "boosted",
      "boosts", "adds"],
    fallAfter: ["drop", "decline", "fall", "plunge", "slump", "decrease", "lower", "less", "fewer", "down"],
    riseAfter: ["rise", "gain", "increase", "jump", "surge", "higher", "more", "up"],
    filler: ["by", "nearly", "about", "almost", "around", "roughly", "some", "more", "than", "another", "a", "further",
      "as", "much", "sharply", "slightly", "over", "just", "under", "of", "an", "estimated", "respectively"],
    level: ["to", "at", "from"],
    by: ["by"],
    from: ["from"],
    to: ["to"],
    respectively: ["respectively"],
    // Rates of change: "growth slowed to 4.6%" is a rise of 4.6% of what grew, "inflation eased to 3.2%" one of prices.
    rates: ["growth", "inflation"],
    restate: ["or", "equivalent to", "i.e.", "that is"],
    negative: ["minus", "negative"],
  },
  notOpposites: ["took profits", "taking profits", "take profits"],
  opposites: [["earned", "lost"], ["earns", "loses"], ["profit", "loss"], ["profits", "losses"], ["net income", "net loss"], ["surplus", "deficit"], ["net buying", "net selling"], ["inflows", "outflows"], ["inflow", "outflow"], ["net buyers", "net sellers"]],
  // Fractions a central bank's move is written in ("a quarter of a percentage point", "half a point").
  numberWords: { ...countWords(small, tens), "a quarter of a": 0.25, "a quarter": 0.25, "half a": 0.5, "three quarters of a": 0.75 },
  ordinals: { first: 1, second: 2, third: 3, fourth: 4 },
  bases: { year: ["year on year", "year-on-year", "from a year earlier", "from a year ago", "than a year earlier", "than a year ago", "y/y", "yoy", "on an annual basis", "in the year to", "in the 12 months to", "over the past year"], previous: ["month on month", "month-on-month", "from the previous month", "from a month earlier", "m/m", "mom", "on a monthly basis", "quarter on quarter", "quarter-on-quarter", "from the previous quarter", "from the prior quarter", "q/q", "qoq", "on a quarterly basis"] },
  periods: [
    { pattern: /(?<n>first|second|third|fourth)[- ]quarter/giu, kind: "quarter" },
    { pattern: /(?<![\p{L}\p{N}])FQ(?<n>[1-4])(?![\p{L}\p{N}])/gu, kind: "quarter" },
    { pattern: /(?<n>first|second)[- ]half/giu, kind: "half" },
    { pattern: /first (?<n>\p{L}+|\d{1,2}) months/giu, kind: "months" },
  ],
};
