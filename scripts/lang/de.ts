// German ("Verlust" is an amount, not a move, as "loss" in English): verbs in their real forms (sank, sanken, gesunken), separable verbs (nahm … ab, ging …
// zurück, legte … zu, brach … ein) and comparatives after the number ("4,8 Prozent mehr"). "ein",
// "eine" are left out of the number words: they say "a" as often.
import { countWords, type LanguageWords } from "./language.ts";

const small = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
  "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig"];
const tens = ["dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];

const ordinals = Object.fromEntries(["erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt"]
  .flatMap((stem, i) => ["e", "en", "er", "es", "em"].map((end) => [`${stem}${end}`, i + 1] as const)));

export const de: LanguageWords = {
  // The deck's own words (sources slide, handout), and how this language quotes.
  ui: {
    sources: "Quellen",
    article: "Artikel",
    published: "Veröffentlicht",
    figure: "Zahl",
    quote: "Wo der Artikel es sagt",
    derivedFrom: "Berechnet",
    unsourced: "Nicht aus dem Artikel",
    unsourcedNote: "Diagrammdaten vom Autor, nicht mit dem Artikel abgeglichen",
    own: "Eigene Worte des Autors",
    ownNote: "Nicht aus dem Artikel",
    notes: "Notizen für den Vortrag",
    slide: "Folie",
    noNotes: "Keine Notizen zu dieser Folie.",
    quotes: ["„", "“"],
    keyPoints: "Das Wichtigste",
    keyFigures: "Die wichtigsten Zahlen",
    sideBySide: "Die Zahlen im Vergleich",
    fromParagraph: "Aus Absatz",
    review: "prüfen",
  },
  units: {
    percent: ["prozent"],
    points: ["prozentpunkte", "prozentpunkten", "prozentpunkt", "basispunkte", "Bp", "bp"],
    basisPoints: ["Basispunkte", "Basispunkten", "Bp"],
    indexPoints: ["punkte", "punkten", "zähler"],
    rangeTo: ["bis"],
    rangeAnd: ["und"],
    between: ["zwischen"],
    rangeArticles: [],
    scaleSpellings: {},
    currencies: { EUR: ["euro"], USD: ["dollar"] },
  },
  draft: {
    hedges: ["rund", "etwa", "fast", "knapp", "nahezu", "gut", "über", "mehr als", "ungefähr"],
    ranks: ["platz", "nr.", "nummer", "top", "version", "quartal"],
    units: { Prozentpunkte: "Prozentpunkte", Prozent: "%", Euro: "EUR", Dollar: "USD", Punkte: "Punkte" },
  },
  dateWords: [],
  nounDeterminers: ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "im", "am", "vom",
    "zum", "zur", "beim", "ins", "kein", "keine", "unser", "ihr", "ihre", "seine", "jede", "jeden", "jedem", "jeder", "jedes", "diese",
    "diesen", "diesem", "dieser", "dieses"],
  direction: {
    fall: ["rutschte", "rutschten", "ein rückgang von", "rückgang", "sank", "sanken", "sinkt", "sinken", "fiel", "fielen", "fällt", "fallen", "minus", "einbruch",
      "gab nach", "gaben nach", "schrumpfte", "schrumpften", "schrumpft", "schrumpfen", "verringerte sich", "verringerten sich",
      "reduzierte sich", "verbilligte sich", "verbilligten sich", "ein minus von", "abnahme"],
    rise: ["kletterte", "kletterten", "klettert", "zog an", "anstieg", "stieg", "stiegen", "steigt", "steigen", "zuwachs", "plus", "wuchs", "wuchsen", "wächst", "wachsen",
      "legte zu", "legten zu", "gewann", "gewannen", "erhöhte sich", "erhöhten sich", "verteuerte sich", "verteuerten sich",
      "ein plus von", "zunahme", "wachstum", "steigerung"],
    fallWithUnit: ["verlor", "verloren", "verliert"],
    riseWithUnit: [],
    fallAfter: ["gesunken", "gefallen", "verloren", "eingebrochen", "gesenkt", "zurückgegangen", "geschrumpft", "abgenommen",
      "weniger", "niedriger", "verringert", "nachgegeben"],
    riseAfter: ["gestiegen", "gewachsen", "zugelegt", "erhöht", "zugenommen", "mehr", "höher", "gesteigert"],
    filler: ["um", "von", "rund", "fast", "knapp", "etwa", "mehr", "als", "gut", "über", "nahezu", "zuletzt", "deutlich",
      "leicht", "jeweils", "sich", "ein", "einen", "kräftig", "spürbar", "immerhin", "noch", "zusammen", "insgesamt"],
    level: ["auf", "bei"],
    from: ["von"],
    to: ["auf"],
    respectively: ["beziehungsweise"],
    restate: ["oder", "das entspricht", "entspricht", "also", "was einem", "ein minus von", "ein plus von"],
    negative: ["minus"],
    anywhereInClause: true,
    compoundHeads: ["minus", "plus", "rückgang", "anstieg", "zuwachs", "einbruch"],
    separable: [
      { verbs: ["nahm", "nahmen", "nimmt", "nehmen"], particle: "ab", direction: "fall" },
      { verbs: ["ging", "gingen", "geht", "gehen"], particle: "zurück", direction: "fall" },
      { verbs: ["brach", "brachen", "bricht", "brechen"], particle: "ein", direction: "fall" },
      { verbs: ["gab", "gaben", "gibt", "geben"], particle: "nach", direction: "fall" },
      { verbs: ["sackte", "sackten", "sackt"], particle: "ab", direction: "fall" },
      { verbs: ["legte", "legten", "legt", "legen"], particle: "zu", direction: "rise" },
      { verbs: ["nahm", "nahmen", "nimmt", "nehmen"], particle: "zu", direction: "rise" },
      { verbs: ["zog", "zogen", "zieht"], particle: "an", direction: "rise" },
    ],
  },
  // Ordinals too ("der fünfte Rückgang" is the deck's "5. Rückgang").
  numberWords: { ...countWords(small, tens), ...ordinals },
  ordinals: { erst: 1, zweit: 2, dritt: 3, viert: 4 },
  periods: [
    { pattern: /(?<![\p{L}\p{N}])(?<n>[1-4])\. ?Quartal/gu, kind: "quarter" },
    { pattern: /(?<n>erst|zweit|dritt|viert)\p{L}* Quartal/giu, kind: "quarter" },
    { pattern: /Schlussquartal/giu, kind: "quarter", n: 4 },
    { pattern: /(?<![\p{L}\p{N}])(?<n>[12])\. ?Halbjahr/gu, kind: "half" },
    { pattern: /(?<n>erst|zweit)\p{L}* Halbjahr/giu, kind: "half" },
    { pattern: /ersten (?<n>\p{L}+|\d{1,2}) Monat/giu, kind: "months" },
  ],
};
