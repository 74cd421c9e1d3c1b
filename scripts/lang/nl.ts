// Dutch. Verb-second, as German: the subject or an adverb may stand between the verb and its number
// ("In augustus daalde de uitvoer met 2,3 procent"), the participle closes the clause ("is met 12
// procent gestegen"), and separable verbs split around the number ("liep met 2,3 procent terug",
// "nam met 9.000 toe"). "met" is "by", "naar"/"tot"/"op" give a level, "van … naar" from and to.
// Compounds end in their word of change ("omzetdaling", "winststijging"). "Verlies" is an amount,
// not a move; "een" is left out of the number words: it says "a" as often.
import { countWords, type LanguageWords } from "./language.ts";

const small = ["nul", "", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf",
  "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"];
const tens = ["dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"];
/** A verb's past singular and plural, its present and infinitive, and its participle: "daalde", "daalden", "daalt", "dalen", "gedaald". */
const fallVerbs = ["daalde", "daalden", "daalt", "dalen", "gedaald", "zakte", "zakten", "zakt", "gezakt", "kromp", "krompen", "krimpt",
  "gekrompen", "slonk", "slonken", "geslonken", "kelderde", "kelderden", "gekelderd", "verlaagde", "verlaagden", "verlaagt", "verlagen",
  "verlaagd", "verminderde", "verminderden", "verminderd", "verzwakte", "verzwakten", "verzwakt", "vertraagde", "vertraagden", "vertraagd", "afgenomen", "teruggelopen",
  "teruggevallen", "ingeleverd", "inleverde", "inleverden"];
const riseVerbs = ["steeg", "stegen", "stijgt", "stijgen", "gestegen", "groeide", "groeiden", "groeit", "groeien", "gegroeid", "klom",
  "klommen", "klimt", "geklommen", "verhoogde", "verhoogden", "verhoogt", "verhogen", "verhoogd", "versterkte", "versterkten",
  "versterkt", "versnelde", "versnelden", "versneld", "toegenomen", "opgelopen"];
/** Separable verbs: their forms before the number, the particle after it ("liep … terug", "nam … toe"). */
const walk = ["liep", "liepen", "loopt", "lopen"];
const take = ["nam", "namen", "neemt", "nemen"];
/** "steeg in september naar 3,3 procent": the month stands between the verb and its number. */
// Written out, not asked of Intl: every language file loads with every run, and Intl's Dutch took 10 ms to load.
const inMonth = ["in", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

export const nl: LanguageWords = {
  // The deck's own words (sources slide, handout), and how this language quotes.
  ui: {
    sources: "Bronnen",
    article: "Artikel",
    published: "Gepubliceerd",
    figure: "Cijfer",
    quote: "Waar het artikel het zegt",
    derivedFrom: "Berekend",
    unsourced: "Niet uit het artikel",
    unsourcedNote: "Grafiekgegevens van de auteur, niet gecontroleerd aan de hand van het artikel",
    own: "Eigen woorden van de auteur",
    ownNote: "Niet uit het artikel",
    notes: "Sprekersnotities",
    slide: "Dia",
    noNotes: "Geen notities bij deze dia.",
    quotes: ["‘", "’"],
    keyPoints: "De hoofdpunten",
    keyFigures: "De belangrijkste cijfers",
    sideBySide: "De cijfers naast elkaar",
    fromParagraph: "Uit alinea",
    review: "controleren",
    draftComments: {
      header: "Een eerste opzet uit {file}, gemaakt met `npm run draft`. Elk cijfer hieronder is uit het artikel geciteerd en gecontroleerd; labels en sleutels zijn afgeleid uit de woorden rond elk getal: controleer ze.",
      noDate: "het artikel noemt geen datum: die van vandaag; corrigeer die",
      noFigures: "geen cijfer gevonden in het artikel",
      shorten: "de zinnen van de intro: kort ze in",
      sharedTitle: "uit de labels van de cijfers: controleer of de titel noemt wat ze vergelijken, gelijk met gelijk",
      nameTitle: "noem wat ze vergelijken; houd de grafiek alleen als die gelijk met gelijk vergelijkt",
    },
  },
  units: {
    // "pct": ANP's and the FD's abbreviation.
    percent: ["procent", "pct"],
    points: ["procentpunten", "procentpunt", "basispunten", "basispunt"],
    basisPoints: ["basispunten", "basispunt"],
    indexPoints: ["punten", "punt"],
    // "1 à 1,5 procent" (à is French's too), "1 tot 1,5 procent", "tussen de 1 en 1,5 procent".
    rangeTo: ["tot"],
    rangeAnd: ["en"],
    between: ["tussen", "tussen de"],
    rangeArticles: [],
    // The FD writes "mrd" where Intl writes "mld.".
    scaleSpellings: { mrd: "mld" },
    currencies: { EUR: ["euro"], USD: ["dollar"], GBP: ["Britse pond"], CHF: ["Zwitserse frank"] },
  },
  draft: {
    hedges: ["ruim", "bijna", "circa", "ongeveer", "zo'n", "rond", "ca.", "krap", "nagenoeg", "meer dan", "minder dan", "dik"],
    ranks: ["nummer", "nr.", "plaats", "top", "versie", "kwartaal"],
    units: { procentpunt: "procentpunt", procentpunten: "procentpunt", basispunten: "basispunten", procent: "%", euro: "EUR", dollar: "USD",
      punten: "punten", keer: "keer" },
    links: ["met", "tot", "naar", "op", "van", "was", "waren", "is", "zijn", "werd", "bedroeg", "bedroegen", "bereikte", "kwam", "uit",
      "de", "het", "een", "in", "voor", "aan", "bij", "heeft", "hebben", "door", "dan", "nog", "ten", "nam", "namen", "liep", "liepen",
      "sloot", "steeg", "stegen", "daalde", "daalden", "groeide", "kromp", "verloor", "won", "werd", "werden", "boekte", "leed"],
    joins: ["en", "terwijl", "na", "nadat", "maar", "waarmee", "waardoor", "omdat", "dat", "die", "toen", "zodat", "hoewel"],
    counted: ["mensen", "werknemers", "banen", "bedrijven", "banken", "aandelen", "winkels", "kantoren", "filialen", "auto's", "woningen",
      "huizen", "klanten", "landen", "zetels", "werklozen", "faillissementen", "vestigingen", "medewerkers", "gevallen"],
    notCounted: ["plaatsen", "jaar", "jaren", "maanden", "weken", "dagen", "uur", "minuten", "decennia", "kwartalen", "handelsdagen"],
  },
  dateWords: [],
  direction: {
    fall: [...fallVerbs, "daling", "afname", "krimp", "verlaging", "teruggang", "liep terug", "liepen terug", "loopt terug", "viel terug",
      "vielen terug", "valt terug", "nam af", "namen af", "neemt af", "ging omlaag", "gingen omlaag", "dook", "doken"],
    rise: [...riseVerbs, "stijging", "toename", "groei", "verhoging", "plus", "liep op", "liepen op", "loopt op", "nam toe", "namen toe",
      "neemt toe", "ging omhoog", "gingen omhoog", "schoot omhoog", "sprong"],
    fallWithUnit: ["verloor", "verloren", "verliest", "leverde in", "leverden in", "omlaag"],
    riseWithUnit: ["won", "wonnen", "wint", "omhoog"],
    // Market reports' adverbs: "sloot 1,2 procent lager", "9,8 procent duurder dan een jaar eerder".
    // "eindigde 0,5 procent in de min": in the red.
    fallAfter: [...fallVerbs, "lager", "minder", "goedkoper", "zwakker", "omlaag", "verloren", "min"],
    // "dat 1,7 procent won": the verb of gaining after its number.
    riseAfter: [...riseVerbs, "hoger", "meer", "duurder", "sterker", "omhoog", "gewonnen", "won", "wonnen", "wint", "plus"],
    filler: ["met", "van", "ruim", "bijna", "circa", "ongeveer", "zo'n", "maar", "liefst", "nog", "slechts", "licht", "fors", "flink",
      "sterk", "opnieuw", "ook", "een", "dan", "meer", "respectievelijk", "eveneens", "krap", "dik", "zelfs", ...inMonth],
    level: ["naar", "tot", "op"],
    from: ["van", "vanaf"],
    previous: ["na"],
    to: ["naar", "tot"],
    by: ["met"],
    respectively: ["respectievelijk"],
    restate: ["ofwel", "oftewel", "of", "dat is"],
    negative: ["min", "minus"],
    anywhereInClause: true,
    // "De groei vertraagde tot 0,3 procent": a growth of 0,3 percent, whose rate fell.
    rates: ["groei", "inflatie"],
    compoundHeads: ["daling", "stijging", "groei", "krimp", "toename", "afname", "verlaging", "verhoging"],
    separable: [
      { verbs: walk, particle: "terug", direction: "fall" },
      { verbs: ["viel", "vielen", "valt", "vallen", "ging", "gingen", "gaat", "zakte", "zakten"], particle: "terug", direction: "fall" },
      { verbs: take, particle: "af", direction: "fall" },
      { verbs: ["zwakte", "zwakten", "koelde", "koelden"], particle: "af", direction: "fall" },
      { verbs: ["leverde", "leverden", "levert"], particle: "in", direction: "fall" },
      { verbs: ["ging", "gingen", "gaat", "dook", "doken", "zakte", "zakten"], particle: "omlaag", direction: "fall" },
      { verbs: take, particle: "toe", direction: "rise" },
      { verbs: walk, particle: "op", direction: "rise" },
      { verbs: ["trok", "trokken", "trekt"], particle: "aan", direction: "rise" },
      { verbs: ["ging", "gingen", "gaat", "schoot", "schoten", "sprong", "sprongen", "vloog"], particle: "omhoog", direction: "rise" },
    ],
  },
  opposites: [["winst", "verlies"], ["winsten", "verliezen"], ["overschot", "tekort"], ["instroom", "uitstroom"]],
  // Fractions a central bank's move is written in ("met een kwart procentpunt", "een half procentpunt").
  numberWords: { ...countWords(small, tens), één: 1, "een kwart": 0.25, "een half": 0.5, "een halve": 0.5 },
  ordinals: { eerste: 1, tweede: 2, derde: 3, vierde: 4 },
  bases: { year: ["op jaarbasis", "ten opzichte van een jaar eerder", "vergeleken met een jaar eerder"], previous: ["ten opzichte van de vorige maand", "op maandbasis", "ten opzichte van het vorige kwartaal", "op kwartaalbasis", "vergeleken met het vorige kwartaal"] },
  periods: [
    { pattern: /(?<n>eerste|tweede|derde|vierde) kwartaal/giu, kind: "quarter" },
    { pattern: /(?<![\p{L}\p{N}])(?<n>[1-4])(?:e|de|ste)? kwartaal/giu, kind: "quarter" },
    { pattern: /slotkwartaal/giu, kind: "quarter", n: 4 },
    { pattern: /(?<n>eerste|tweede) (?:half ?jaar|helft|jaarhelft)/giu, kind: "half" },
    { pattern: /(?<n>eerste|tweede) halfjaar/giu, kind: "half" },
    { pattern: /eerste (?<n>\p{L}+|\d{1,2}) maanden/giu, kind: "months" },
  ],
};
