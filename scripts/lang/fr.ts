// French. "Cédé 5 % du capital" is a sale: "céder" counts only with an index's points or a
// percentage of change, so it is left out; "un", "une" are left out of the number words.
import type { LanguageWords } from "./language.ts";

const small = ["zéro", "", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
  "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt"];
const tens: [string, number][] = [["trente", 30], ["quarante", 40], ["cinquante", 50], ["soixante", 60], ["soixante-dix", 70],
  ["quatre-vingts", 80], ["quatre-vingt", 80], ["quatre-vingt-dix", 90]];

export const fr: LanguageWords = {
  // The deck's own words (sources slide, handout), and how this language quotes.
  ui: {
    sources: "Sources",
    article: "Article",
    published: "Publié",
    figure: "Chiffre",
    quote: "Ce que dit l’article",
    derivedFrom: "Calculé",
    unsourced: "Hors article",
    unsourcedNote: "Données du graphique fournies par l’auteur, non vérifiées dans l’article",
    own: "Propos de l’auteur",
    ownNote: "Hors article",
    notes: "Notes de l’orateur",
    slide: "Diapositive",
    noNotes: "Pas de notes pour cette diapositive.",
    quotes: ["« ", " »"],
    keyPoints: "L’essentiel",
    keyFigures: "Les chiffres clés",
    sideBySide: "Les chiffres côte à côte",
    fromParagraph: "Du paragraphe",
    review: "à relire",
    draftComments: {
      header: "Un premier brouillon tiré de {file}, fait par `npm run draft`. Chaque chiffre ci-dessous est cité de l'article et vérifié ; libellés et clés sont devinés d'après les mots autour de chaque nombre : à relire.",
      noDate: "l'article ne donne pas de date : celle d'aujourd'hui ; à corriger",
      noFigures: "aucun chiffre trouvé dans l'article",
      shorten: "les phrases du chapeau : à raccourcir",
      sharedTitle: "tiré des libellés des chiffres : vérifier qu'il nomme ce qui est comparé, à l'identique",
      nameTitle: "nommer ce qui est comparé ; ne garder le graphique que s'il compare des choses comparables",
    },
  },
  units: {
    percent: ["pour cent"],
    points: ["points de pourcentage", "point de pourcentage", "points de base", "pb", "pbs"],
    basisPoints: ["points de base", "point de base", "pb", "pbs"],
    indexPoints: ["points", "point"],
    rangeTo: ["à"],
    rangeAnd: ["et"],
    between: ["entre"],
    rangeArticles: ["le", "la"],
    scaleSpellings: { Mds: "Md", Mrd: "Md", Mrds: "Md" },
    currencies: { EUR: ["euros", "euro"], USD: ["dollars", "dollar"] },
  },
  draft: {
    hedges: ["environ", "près de", "presque", "plus de", "quelque"],
    ranks: ["top", "n°", "numéro", "version", "trimestre"],
    units: { "pour cent": "%", euros: "EUR", "d'euros": "EUR", "d’euros": "EUR", points: "points", fois: "fois" },
    links: ["de", "d'", "d’", "à", "au", "aux", "a", "ont", "est", "sont", "été", "atteint", "affiche", "sur", "une", "un", "le", "la", "les",
      "l'", "l’", "des", "du", "par", "pour", "avec", "en", "désormais"],
    joins: ["tandis que", "et", "soit", "dont", "mais", "alors que", "qui", "après", "avec"],
    counted: ["salariés", "emplois", "entreprises", "personnes", "banques", "actions", "véhicules", "logements", "clients", "pays",
      "sièges", "habitants", "agences", "magasins", "cas"],
    notCounted: ["places", "rangs", "ans", "années", "mois", "semaines", "jours", "heures", "minutes", "séances", "décennies", "trimestres"],
  },
  dateWords: [],
  direction: {
    fall: ["baisser", "reculer", "chuter", "diminuer", "baisse", "baissé", "recul", "reculé", "recule", "reculent", "chute", "chuté", "diminué", "diminution", "repli",
      "replié", "dégringolé", "plongé", "fléchi", "en baisse", "contracté", "contractée", "contraction", "s'est contracté", "s’est contracté", "s'est contractée", "s’est contractée",
      "abandonné", "abandonne", "lâché", "lâche", "perdu", "perd",
      // The present tense, as news writes it ("la production diminue de 1,2 %").
      "diminue", "diminuent", "chutent", "plonge", "plongent", "fléchit", "dégringole", "se replie", "se contracte", "baissent", "perdent",
      "ralenti", "ralentit", "ralentissent", "décéléré", "reflué"],
    rise: ["progresser", "augmenter", "grimper", "bondir", "s'apprécier", "hausse", "augmenté", "augmentation", "progressé", "progression", "progresse", "progressent", "gagné", "gagne",
      "grimpé", "grimpe", "bondi", "bondit", "croissance", "en hausse", "accru", "avancé", "avance", "s'est apprécié", "s’est apprécié",
      "augmente", "augmentent", "grimpent", "bondissent", "s'accroît", "s’accroît",
      "accéléré", "accélère", "accélèrent"],
    fallWithUnit: ["perdait", "cédé", "cède", "abaissé", "abaisse", "abaissent", "réduit", "réduisent", "rabaissé"],
    riseWithUnit: ["relevé", "relève", "relèvent", "rehaussé", "rehausse", "rehaussent"],
    fallAfter: ["de moins"],
    riseAfter: ["de plus"],
    filler: ["de", "d'environ", "d’environ", "environ", "près", "presque", "plus", "encore", "un", "peu", "moins", "respectivement",
      "quelque", "légèrement", "nettement", "fortement", "a", "ont"],
    // "devrait atteindre 5,4 % du PIB", "s'est établi à": where it stands, not a move.
    level: ["à", "au", "jusqu'à", "jusqu’à", "atteindre", "atteint", "atteignent", "atteindra", "atteignait"],
    by: ["de"],
    // "de" is also "by" ("a reculé de 0,8 % à 7 895 points"): it is "from" only before a number in the
    // same unit ("a relevé sa prévision de 0,8 % à 1,1 %", "le Smic de 11,65 euros à 11,88 euros").
    from: ["de"],
    previous: ["après", "contre"],
    to: ["à", "au"],
    // Rates of change: "l'inflation a ralenti à 1,2 %" is a rise of 1,2 % of the prices.
    rates: ["croissance", "inflation", "l'inflation", "d'inflation", "l’inflation", "d’inflation"],
    respectively: ["respectivement"],
    restate: ["soit", "ou", "c'est-à-dire"],
    negative: ["moins"],
  },
  notOpposites: ["prises de bénéfices", "prise de bénéfices", "prises de bénéfice"],
  opposites: [["a gagné", "a perdu"], ["gagne", "perd"], ["bénéfice", "perte"], ["bénéfices", "pertes"], ["excédent", "déficit"], ["achats nets", "ventes nettes"], ["acheteurs nets", "vendeurs nets"]],
  numberWords: Object.fromEntries([...small.map((w, i) => [w, i] as const).filter(([w]) => w !== ""), ...tens]),
  ordinals: { premier: 1, "première": 1, "deuxième": 2, second: 2, seconde: 2, "troisième": 3, "quatrième": 4 },
  bases: { year: ["sur un an", "en glissement annuel", "sur douze mois", "sur 12 mois", "par rapport à l'an dernier", "en rythme annuel"], previous: ["sur un mois", "en glissement mensuel", "par rapport au mois précédent", "sur un trimestre", "par rapport au trimestre précédent", "en rythme trimestriel"] },
  periods: [
    { pattern: /(?<n>premier|deuxième|second|troisième|quatrième) trimestre/giu, kind: "quarter" },
    { pattern: /(?<![\p{L}\p{N}])T(?<n>[1-4])(?![\p{L}\p{N}])/gu, kind: "quarter" },
    { pattern: /(?<n>premier|second|deuxième) semestre/giu, kind: "half" },
    { pattern: /(?<![\p{L}\p{N}])S(?<n>[12])(?![\p{L}\p{N}])/gu, kind: "half" },
    { pattern: /(?<n>\p{L}+|\d{1,2}) premiers mois/giu, kind: "months" },
  ],
};
