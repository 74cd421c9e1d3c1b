// Italian. "Un", "una", "uno" are left out of the number words: they say "a" as often.
import { countWords, type LanguageWords } from "./language.ts";

const small = ["zero", "", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici", "tredici",
  "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove", "venti"];
const tens = ["trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"];

export const it: LanguageWords = {
  // The deck's own words (sources slide, handout), and how this language quotes.
  ui: {
    sources: "Fonti",
    article: "Articolo",
    published: "Pubblicato",
    figure: "Dato",
    quote: "Dove lo dice l’articolo",
    derivedFrom: "Calcolato",
    unsourced: "Non dall’articolo",
    unsourcedNote: "Dati del grafico forniti dall’autore, non verificati sull’articolo",
    own: "Parole dell’autore",
    ownNote: "Non dall’articolo",
    notes: "Note del relatore",
    slide: "Diapositiva",
    noNotes: "Nessuna nota per questa diapositiva.",
    quotes: ["«", "»"],
    keyPoints: "L’essenziale",
    keyFigures: "I numeri chiave",
    sideBySide: "I numeri a confronto",
    fromParagraph: "Dal paragrafo",
    review: "da rivedere",
    draftComments: {
      header: "Una prima bozza da {file}, fatta con `npm run draft`. Ogni cifra qui sotto è citata dall'articolo e verificata; etichette e chiavi sono ipotesi dalle parole attorno a ogni numero: da rivedere.",
      noDate: "l'articolo non dà una data: quella di oggi; correggerla",
      noFigures: "nessuna cifra trovata nell'articolo",
      shorten: "le frasi dell'attacco: accorciarle",
      sharedTitle: "dalle etichette delle cifre: verificare che nomini ciò che si confronta, omogeneo",
      nameTitle: "nominare ciò che si confronta; tenere il grafico solo se confronta cose omogenee",
    },
  },
  units: {
    percent: ["per cento"],
    points: ["punti percentuali", "punto percentuale", "punti base", "punto base", "pb", "bp"],
    basisPoints: ["punti base", "punto base", "pb", "bp"],
    indexPoints: ["punti", "punto"],
    rangeTo: ["a"],
    rangeAnd: ["e"],
    between: ["tra", "fra"],
    rangeArticles: ["il", "lo"],
    scaleSpellings: { mld: "Mrd", mln: "Mln" },
    currencies: { EUR: ["euro"], USD: ["dollari", "dollaro"] },
  },
  draft: { hedges: ["circa", "quasi", "oltre", "più di"], ranks: ["top", "numero", "versione", "trimestre"], units: { "per cento": "%", punti: "punti", euro: "EUR" } },
  dateWords: [],
  direction: {
    fall: ["calato", "calata", "cala", "sceso", "scesa", "scende", "arretrato", "arretra", "diminuito", "perso", "in calo del", "in calo dello",
      "in calo dell'", "in calo di", "in ribasso del", "in ribasso dello", "in flessione del", "calo del", "calo dello", "ribasso del", "flessione del", "contrazione del"],
    rise: ["salito", "salita", "sale", "cresciuto", "cresciuta", "cresce", "aumentato", "guadagnato", "guadagna", "avanzato", "avanza", "in rialzo del",
      "in rialzo dello", "in rialzo dell'", "in crescita del", "in aumento del", "rialzo del", "crescita del", "aumento del", "progresso del"],
    // "ceduto il 5% del capitale" is a sale: with an index's points or a percentage of change only, as French "cédé".
    fallWithUnit: ["perde", "lascia", "ceduto", "cede"],
    riseWithUnit: [],
    fallAfter: ["in meno"],
    riseAfter: ["in più"],
    filler: ["del", "dello", "dell'", "di", "circa", "quasi", "oltre", "un", "rispettivamente", "lo", "il", "la", "l'", "ha", "è"],
    level: ["a", "al", "allo", "all'", "fino"],
    from: [],
    to: ["a", "al"],
    respectively: ["rispettivamente"],
    restate: ["ovvero", "pari a", "cioè"],
    negative: ["meno"],
  },
  numberWords: countWords(small, tens),
  ordinals: { primo: 1, secondo: 2, terzo: 3, quarto: 4 },
  periods: [
    { pattern: /(?<n>primo|secondo|terzo|quarto) trimestre/giu, kind: "quarter" },
    { pattern: /(?<n>primo|secondo) semestre/giu, kind: "half" },
    { pattern: /primi (?<n>\p{L}+|\d{1,2}) mesi/giu, kind: "months" },
  ],
};
