// Hindi. The word of change follows the number ("11 प्रतिशत बढ़ा", "0.78 प्रतिशत की गिरावट"), and a
// converb before it makes a level reached by that move ("घटकर 1.54 प्रतिशत पर आ गई", fell to 1.54%;
// "11 प्रतिशत बढ़कर 3,764 करोड़": risen by 11%, to 3,764 crore), so the converbs are both level and after
// words, as Korean's participles. Verbs in every gender and number ("घटा", "घटी", "घटे"). Lakh, crore
// and arab are Intl's scale words ("1.96 लाख करोड़" is 10¹²). "एक" is left out of the number words: it says "a" as often.
import { countWords, type LanguageWords } from "./language.ts";

const small = ["शून्य", "", "दो", "तीन", "चार", "पांच", "छह", "सात", "आठ", "नौ", "दस", "ग्यारह", "बारह", "तेरह", "चौदह", "पंद्रह",
  "सोलह", "सत्रह", "अठारह", "उन्नीस", "बीस"];
const tens = ["तीस", "चालीस", "पचास", "साठ", "सत्तर", "अस्सी", "नब्बे"];
/** Each word once, as written (a word's vowel signs are read with it: "घटी", not "घट"). */
const read = (words: string[]) => [...new Set(words)];
/** A verb's perfect in each gender and number: "घट" → घटा, घटी, घटे, and the feminine plural घटीं ("कीमतें घटीं"). */
const forms = (stem: string) => [`${stem}ा`, `${stem}ी`, `${stem}े`, `${stem}ीं`];
/** Converbs ("having fallen"): after a number the move, before one the level it reached. */
const fallConverbs = ["घटकर", "घटाकर", "गिरकर", "टूटकर", "फिसलकर", "लुढ़ककर", "कम होकर", "कमजोर होकर", "सस्ता होकर"];
const riseConverbs = ["बढ़कर", "बढ़ाकर", "चढ़कर", "उछलकर", "मजबूत होकर", "महंगा होकर"];
/** Nouns of change: "0.78 प्रतिशत की गिरावट", "गिरावट 5 प्रतिशत रही". */
const fallNouns = ["गिरावट", "कमी", "कटौती", "संकुचन"];
// "तेजी" (a rally) is no "तेज" (sharp): "1.2 प्रतिशत की तेज गिरावट" is a fall.
const riseNouns = ["वृद्धि", "बढ़ोतरी", "बढ़ोत्तरी", "उछाल", "बढ़त", "इजाफा", "तेजी", "तेज़ी"];

export const hi: LanguageWords = {
  // The deck's own words (sources slide, handout), and how this language quotes.
  ui: {
    sources: "स्रोत",
    article: "लेख",
    published: "प्रकाशित",
    figure: "आंकड़ा",
    quote: "लेख में कहां लिखा है",
    derivedFrom: "गणना",
    unsourced: "लेख से नहीं",
    unsourcedNote: "चार्ट के आंकड़े लेखक के दिए हुए हैं, लेख से मिलाए नहीं गए",
    own: "लेखक के अपने शब्द",
    ownNote: "लेख से नहीं",
    notes: "वक्ता के नोट्स",
    slide: "स्लाइड",
    noNotes: "इस स्लाइड के लिए कोई नोट नहीं।",
    quotes: ["“", "”"],
    currencyWords: { INR: "रुपये", USD: "डॉलर", EUR: "यूरो" },
    approx: "करीब ",
    keyPoints: "मुख्य बातें",
    keyFigures: "प्रमुख आंकड़े",
    sideBySide: "आंकड़ों की तुलना",
    fromParagraph: "अनुच्छेद",
    review: "जांचें",
    draftComments: {
      header:
        "{file} से `npm run draft` द्वारा बना पहला मसौदा। नीचे का हर आंकड़ा लेख से उद्धृत और जांचा गया है; लेबल और कुंजियां हर संख्या के आसपास के शब्दों से अनुमानित हैं: इन्हें जांचें।",
      noDate: "लेख में कोई तारीख नहीं है: आज की तारीख डाली गई है; इसे ठीक करें",
      noFigures: "लेख में कोई आंकड़ा नहीं मिला",
      shorten: "लेख की शुरुआती पंक्तियां: इन्हें छोटा करें",
      sharedTitle: "आंकड़ों के लेबल से बना शीर्षक: जांचें कि यह बताता है कि किसकी तुलना है, और तुलना बराबर की चीजों में है",
      nameTitle: "बताएं कि किसकी तुलना हो रही है; चार्ट तभी रखें जब तुलना बराबर की चीजों में हो",
    },
  },
  units: {
    percent: ["प्रतिशत", "फीसदी", "फ़ीसदी", "फीसद", "परसेंट"],
    points: ["प्रतिशत अंक", "फीसदी अंक", "आधार अंक", "बेसिस पॉइंट", "बेसिस प्वाइंट"],
    basisPoints: ["आधार अंक", "बेसिस पॉइंट", "बेसिस प्वाइंट"],
    indexPoints: ["अंक", "अंकों", "पॉइंट", "प्वाइंट"],
    // "3 से 4 प्रतिशत के बीच": "between" follows the range, so "और" makes none.
    rangeTo: ["से"],
    rangeAnd: [],
    between: [],
    rangeArticles: [],
    scaleSpellings: { हजार: "हज़ार", बिलियन: "अरब" },
    currencies: { INR: ["रुपये", "रुपए", "रुपया", "रुपयों", "रु."], USD: ["डॉलर", "डालर"], EUR: ["यूरो"], GBP: ["पाउंड"], JPY: ["येन"], CNY: ["युआन"] },
  },
  draft: {
    hedges: ["करीब", "क़रीब", "लगभग", "तकरीबन", "अनुमानित"],
    ranks: ["नंबर", "नं."],
    units: { प्रतिशत: "%", फीसदी: "%", "प्रतिशत अंक": "प्रतिशत अंक", "आधार अंक": "आधार अंक", रुपये: "INR", रुपए: "INR", डॉलर: "USD", यूरो: "EUR", अंक: "अंक", पैसे: "पैसे" },
    links: ["का", "की", "के", "में", "से", "पर", "को", "ने", "तक", "है", "हैं", "था", "थी", "थे", "रहा", "रही", "रहे", "हो", "गया", "गई", "कर", "लिए"],
    joins: ["जबकि", "और", "लेकिन", "वहीं", "जो", "हालांकि", "तथा", "एवं", "क्योंकि"],
    counted: ["कर्मचारी", "कर्मचारियों", "कंपनियों", "कंपनियां", "बैंकों", "शेयरों", "लोगों", "संयंत्र", "स्टोर", "वाहन", "वाहनों", "नौकरियां"],
    notCounted: ["साल", "वर्ष", "वर्षों", "महीने", "महीनों", "दिन", "दिनों", "सप्ताह", "हफ्ते", "घंटे", "तिमाही", "बार", "स्थान"],
  },
  dateWords: [],
  direction: {
    // Before the number: a noun of change, or a rate of growth ("जीडीपी वृद्धि दर 7.8 प्रतिशत रही").
    fall: read(fallNouns),
    rise: read(["वृद्धि दर", "विकास दर", ...riseNouns]),
    fallWithUnit: [],
    riseWithUnit: [],
    fallAfter: read([...["घट", "गिर", "टूट", "फिसल", "लुढ़क", "सिकुड़"].flatMap(forms), "घटाई", "घटाए", "घटाया", "सस्ता", "सस्ती",
      "कमजोर", ...fallConverbs, ...fallNouns]),
    riseAfter: read([...["बढ़", "चढ़", "उछल"].flatMap(forms), "बढ़ाई", "बढ़ाए", "बढ़ाया", "महंगा", "महंगी", "मजबूत", ...riseConverbs,
      ...riseNouns]),
    filler: read(["की", "का", "के", "करीब", "लगभग", "तकरीबन", "महज", "सिर्फ", "केवल", "यानी"]),
    // "गिरकर 81,050 पर", "की गिरावट के साथ 81,050 अंक पर": the level a move reached.
    level: read([...fallConverbs, ...riseConverbs, "के साथ"]),
    // After the number and its unit, a word of its own: "5.5 प्रतिशत पर बरकरार" (held at 5.5%), "81,050 अंक पर बंद".
    levelEndings: ["पर"],
    from: [],
    // "7.2 प्रतिशत से घटाकर 6.6 प्रतिशत": from 7.2, cut to 6.6 (the converb before the second makes it the end).
    fromAfter: ["से"],
    to: [],
    rates: read(["वृद्धि दर", "विकास दर", "महंगाई दर", "मुद्रास्फीति दर", "महंगाई", "मुद्रास्फीति"]),
    respectively: read(["क्रमशः"]),
    restate: read(["यानी", "या", "अर्थात"]),
    negative: read(["माइनस", "ऋणात्मक"]),
  },
  opposites: [["लाभ", "घाटा"], ["लाभ", "घाटे"], ["मुनाफा", "घाटा"], ["मुनाफे", "घाटे"], ["लाभ", "नुकसान"], ["मुनाफा", "नुकसान"],
    ["अधिशेष", "घाटा"], ["शुद्ध खरीदारी", "शुद्ध बिकवाली"]],
  numberWords: countWords(small, tens),
  // Feminine, as तिमाही and छमाही are: "पहले" is also "earlier" ("एक साल पहले").
  ordinals: { पहली: 1, दूसरी: 2, तीसरी: 3, चौथी: 4 },
  bases: { year: ["सालाना आधार पर", "वार्षिक आधार पर"], previous: ["मासिक आधार पर", "तिमाही आधार पर"] },
  periods: [
    { pattern: /(?<n>पहली|दूसरी|तीसरी|चौथी) तिमाही/gu, kind: "quarter" },
    { pattern: /(?<n>पहली|दूसरी) छमाही/gu, kind: "half" },
    { pattern: /पहले (?<n>[\p{L}\p{M}]+|\d{1,2}) महीन/gu, kind: "months" },
    // Spellings Intl does not write ("अक्टूबर", "फ़रवरी", "सितंबर" are its).
    { pattern: /अक्तूबर/gu, kind: "month", n: 10 },
    { pattern: /फरवरी/gu, kind: "month", n: 2 },
    { pattern: /सितम्बर/gu, kind: "month", n: 9 },
    { pattern: /नवम्बर/gu, kind: "month", n: 11 },
    { pattern: /दिसम्बर/gu, kind: "month", n: 12 },
  ],
};
