// Hindi truth corpus: the RBI's repo rate, the Sensex and Nifty, CPI inflation, GDP, trade, GST and
// company results, as Hindi business news (PTI-Bhasha, Hindustan, Amar Ujala, Navbharat Times) writes
// them: "3,764 करोड़ रुपये", "1.96 लाख करोड़ रुपये", "34.38 अरब डॉलर", "50 आधार अंक", "प्रतिशत"/"फीसदी".
// The word of change follows the number ("11 प्रतिशत बढ़ा", "0.78 प्रतिशत की गिरावट"); a converb before
// it makes a level ("घटकर 1.54 प्रतिशत पर आ गई", fell to 1.54%).
import type { LanguageCorpus } from "./corpus-types.ts";

const REPO = "भारतीय रिजर्व बैंक ने रेपो दर को 50 आधार अंक घटाकर 5.5 प्रतिशत कर दिया है।";
const SENSEX = "बीएसई का सेंसेक्स 638.45 अंक यानी 0.78 प्रतिशत की गिरावट के साथ 81,050.00 अंक पर बंद हुआ।";
const NIFTY = "एनएसई का निफ्टी 225.10 अंक चढ़कर 25,795.15 पर पहुंच गया।";
const CPI = "खुदरा महंगाई सितंबर में घटकर 1.54 प्रतिशत पर आ गई, जो अगस्त में 2.07 प्रतिशत थी।";
const GDP = "चालू वित्त वर्ष की पहली तिमाही में देश की जीडीपी वृद्धि दर 7.8 प्रतिशत रही।";
const GDP_2020 = "कोरोना महामारी के कारण 2020-21 की पहली तिमाही में जीडीपी वृद्धि दर माइनस 23.9 प्रतिशत रही थी।";
const TATA = "टाटा मोटर्स का शुद्ध लाभ जुलाई-सितंबर तिमाही में 11 प्रतिशत बढ़कर 3,764 करोड़ रुपये हो गया।";
const VI_LOSS = "वोडाफोन आइडिया का शुद्ध घाटा दूसरी तिमाही में घटकर 7,176 करोड़ रुपये रह गया।";
const TRADE = "अक्टूबर में देश का वस्तु निर्यात 11.8 प्रतिशत घटकर 34.38 अरब डॉलर रह गया, जबकि व्यापार घाटा बढ़कर 41.68 अरब डॉलर पर पहुंच गया।";
const GST = "सकल जीएसटी संग्रह अक्टूबर में 4.6 प्रतिशत बढ़कर 1.96 लाख करोड़ रुपये रहा।";
const RUPEE = "अमेरिकी डॉलर के मुकाबले रुपया 10 पैसे टूटकर 88.79 पर बंद हुआ।";
const FORECAST = "आरबीआई ने चालू वित्त वर्ष के लिए जीडीपी वृद्धि का अनुमान 6.5 प्रतिशत से बढ़ाकर 6.8 प्रतिशत कर दिया।";
const PLANTS = "कंपनी अगले तीन साल में बारह नए संयंत्र लगाएगी।";
const RANGE = "अर्थशास्त्रियों का अनुमान है कि अगले साल महंगाई 3 से 4 प्रतिशत के बीच रहेगी।";
const JOBS = "देश में बेरोजगारी दर सितंबर में 5.2 प्रतिशत रही, जो अगस्त में 5.1 प्रतिशत थी।";
const LAYOFFS = "कंपनी करीब 1,200 कर्मचारियों की छंटनी करेगी।";
const CPI_POINTS = "खुदरा महंगाई दर 0.53 प्रतिशत अंक घटकर 1.54 प्रतिशत रही।";
const HOLD = "आरबीआई ने रेपो दर को 5.5 प्रतिशत पर बरकरार रखा।";
const FISCAL = "चालू वित्त वर्ष के पहले छह महीनों में राजकोषीय घाटा 5.73 लाख करोड़ रुपये रहा।";
const SHARP = "विदेशी निवेशकों की बिकवाली से सेंसेक्स में 1.2 प्रतिशत की तेज गिरावट आई।";
const BETWEEN = "सरकार को उम्मीद है कि निर्यात 2 और 4 प्रतिशत के बीच बढ़ेगा।";
const WORDS = "कंपनी का राजस्व पांच प्रतिशत बढ़ा।";
const REVENUE = "कंपनी का राजस्व 1,250 करोड़ रुपये की वृद्धि के साथ 15,000 करोड़ रुपये रहा।";
const NIFTY_YEAR = "इस साल अब तक निफ्टी में 9 फीसदी की तेजी आई है।";
const JOBLESS = "बेरोजगारी दर 5.1 प्रतिशत से बढ़कर 5.2 प्रतिशत हो गई।";
const PACE = "अर्थव्यवस्था 7.8 प्रतिशत की दर से बढ़ी।";
const DANDA = "कंपनी का शुद्ध लाभ 5 प्रतिशत बढ़ा। हालांकि राजस्व में गिरावट आई।";
const GOLD = "सोना 1,200 रुपये महंगा होकर 1,25,000 रुपये प्रति 10 ग्राम पर पहुंच गया।";

export const CORPUS: LanguageCorpus = {
  lang: "hi",
  honest: {
    text: [
      {
        article: "टाटा मोटर्स का मुनाफा 12 प्रतिशत बढ़ा, जबकि महिंद्रा का मुनाफा 5 प्रतिशत घटा।",
        deck: "टाटा मोटर्स का मुनाफा 12% बढ़ा",
      },
      {
        article: "खुदरा महंगाई दर अक्टूबर में घटकर 6.2 प्रतिशत पर आ गई।",
        deck: "अक्टूबर में कीमतें 6.2 प्रतिशत बढ़ीं",
        note: "an inflation rate's level is a rise of prices",
      },
      {
        article: "चीन की आर्थिक वृद्धि दर तीसरी तिमाही में घटकर 4.6 प्रतिशत रह गई।",
        deck: "चीन की अर्थव्यवस्था तीसरी तिमाही में 4.6 प्रतिशत बढ़ी",
        note: "a growth rate's level is a rise of the economy",
      },
      {
        article: "कंपनी का शुद्ध लाभ 5 प्रतिशत बढ़ा। हालांकि राजस्व में गिरावट आई।",
        deck: "शुद्ध लाभ 5 प्रतिशत बढ़ा",
        note: "the danda ends the sentence: the next one's गिरावट is not the 5's",
      },
      { article: REPO, deck: "आरबीआई ने रेपो दर 50 आधार अंक घटाई" },
      { article: REPO, deck: "रेपो दर 0.5 प्रतिशत अंक घटकर 5.5 प्रतिशत", note: "50 basis points as 0.5 percentage points" },
      { article: REPO, deck: "रेपो दर: 5.5% (−50 आधार अंक)", note: "a level, its move with a minus sign" },
      { article: SENSEX, deck: "सेंसेक्स 0.78% गिरकर 81,050 पर बंद", note: "«गिरकर» after the size is a fall, before the close a level" },
      { article: SENSEX, deck: "सेंसेक्स 638.45 अंक टूटा" },
      { article: NIFTY, deck: "निफ्टी 225.10 अंकों की तेजी के साथ 25,795.15 पर" },
      { article: CPI, deck: "खुदरा महंगाई घटकर 1.54 फीसदी पर", note: "a level reached by a fall; फीसदी for प्रतिशत" },
      { article: CPI, deck: "महंगाई: अगस्त में 2.07%, सितंबर में 1.54%", note: "two levels" },
      { article: GDP, deck: "पहली तिमाही में जीडीपी 7.8 प्रतिशत बढ़ी", note: "a growth rate is a rise" },
      { article: GDP_2020, deck: "2020-21 की पहली तिमाही में जीडीपी में 23.9% की गिरावट", note: "negative growth in words: माइनस" },
      { article: GDP_2020, deck: "जीडीपी वृद्धि दर: −23.9%" },
      { article: TATA, deck: "टाटा मोटर्स का मुनाफा 11% बढ़कर ₹3,764 करोड़", note: "₹ before, करोड़ after" },
      { article: TATA, deck: "टाटा मोटर्स: शुद्ध लाभ 37.64 अरब रुपये", note: "3,764 करोड़ as 37.64 अरब" },
      { article: VI_LOSS, deck: "वोडाफोन आइडिया का घाटा घटकर 7,176 करोड़ रुपये", note: "an amount of a loss, reached by a fall" },
      { article: VI_LOSS, deck: "वोडाफोन आइडिया का शुद्ध लाभ -7,176 करोड़ रुपये", note: "a negative profit is the article's loss" },
      { article: TRADE, deck: "अक्टूबर में निर्यात: 34.38 अरब डॉलर (−11.8%)", note: "telegraphic, the fall as a minus sign" },
      { article: TRADE, deck: "निर्यात 11.8 फीसदी घटकर 34.38 बिलियन डॉलर", note: "बिलियन for अरब" },
      { article: TRADE, deck: "व्यापार घाटा बढ़कर 41.68 अरब डॉलर", note: "a rise to a level" },
      { article: GST, deck: "जीएसटी संग्रह 4.6% बढ़कर ₹1.96 लाख करोड़", note: "लाख करोड़ is 10¹²" },
      { article: RUPEE, deck: "रुपया 10 पैसे कमजोर होकर 88.79 प्रति डॉलर पर" },
      { article: FORECAST, deck: "आरबीआई ने वृद्धि अनुमान बढ़ाकर 6.8 प्रतिशत किया" },
      { article: PLANTS, deck: "कंपनी 12 नए संयंत्र लगाएगी", note: "बारह as 12" },
      { article: RANGE, deck: "अगले साल महंगाई 3–4% रहने का अनुमान", note: "«3 से 4 प्रतिशत» is a range" },
      { article: JOBS, deck: "सितंबर में बेरोजगारी दर 5.2%" },
      { article: LAYOFFS, deck: "लगभग 1,200 कर्मचारियों की छंटनी" },
      { article: HOLD, deck: "रेपो दर 5.5% पर स्थिर" },
      { article: FISCAL, deck: "पहली छमाही में राजकोषीय घाटा ₹5.73 लाख करोड़", note: "the first six months are the first half" },
      { article: SHARP, deck: "सेंसेक्स 1.2% गिरा", note: "«तेज गिरावट», a sharp fall: not तेजी, a rally" },
      {
        article: BETWEEN,
        deck: "निर्यात में 2–4% वृद्धि की उम्मीद",
        note: "«2 और 4 प्रतिशत के बीच» is a range",
        known:
          "«between» is read only before a range («between 2 and 3»); Hindi writes it after («2 और 4 प्रतिशत के बीच»), so «और» joins no range and the 2 has no %",
      },
      { article: WORDS, deck: "राजस्व 5% बढ़ा", note: "पांच प्रतिशत as 5%" },
      { article: REVENUE, deck: "राजस्व 1,250 करोड़ रुपये बढ़कर 15,000 करोड़ रुपये", note: "the level after «की वृद्धि के साथ»" },
      { article: NIFTY_YEAR, deck: "निफ्टी इस साल 9% चढ़ा", note: "तेजी, a rally, is not read (see the slip)" },
      { article: JOBLESS, deck: "बेरोजगारी दर बढ़कर 5.2%" },
      { article: PACE, deck: "अर्थव्यवस्था 7.8% बढ़ी" },
      { article: DANDA, deck: "शुद्ध लाभ 5% बढ़ा", note: "the next sentence's fall, past a danda, is not this number's" },
      { article: GOLD, deck: "सोना 1,200 रुपये महंगा होकर ₹1.25 लाख प्रति 10 ग्राम", note: "1,25,000 in Indian grouping as 1.25 लाख" },
    ],
    figures: [
      {
        article: "आरबीआई ने जीडीपी वृद्धि का अनुमान 7.2 प्रतिशत से घटाकर 6.6 प्रतिशत कर दिया।",
        figure: { value: 7.2, unit: "%", label: "जीडीपी वृद्धि अनुमान (पहले)", quote: "अनुमान 7.2 प्रतिशत" },
        note: "the forecast a cut started from: a level, no fall (its fix printed a forecast of −7.2%)",
      },
      { article: SENSEX, figure: { value: -0.78, unit: "%", label: "सेंसेक्स", quote: "0.78 प्रतिशत की गिरावट" } },
      { article: CPI, figure: { value: 1.54, unit: "%", label: "खुदरा महंगाई (सितंबर)", quote: "घटकर 1.54 प्रतिशत" } },
      { article: REPO, figure: { value: 5.5, unit: "%", label: "रेपो दर", quote: "5.5 प्रतिशत" } },
      { article: REPO, figure: { value: -50, unit: "आधार अंक", label: "रेपो दर में कटौती", quote: "50 आधार अंक घटाकर" } },
      { article: TATA, figure: { value: 37.64, unit: "INR", scale: "billion", label: "टाटा मोटर्स का शुद्ध लाभ", quote: "3,764 करोड़ रुपये" } },
      { article: TRADE, figure: { value: -11.8, unit: "%", label: "वस्तु निर्यात", quote: "11.8 प्रतिशत घटकर" } },
      { article: GST, figure: { value: 1.96, unit: "INR", scale: "trillion", label: "सकल जीएसटी संग्रह", quote: "1.96 लाख करोड़ रुपये" } },
    ],
  },
  slips: {
    text: [
      {
        kind: "subject",
        article: "टाटा मोटर्स का मुनाफा 12 प्रतिशत बढ़ा, जबकि महिंद्रा का मुनाफा 5 प्रतिशत घटा।",
        deck: "महिंद्रा का मुनाफा 12 प्रतिशत बढ़ा",
        note: "Tata's 12% given to Mahindra",
      },
      {
        kind: "subject",
        article: "टाटा मोटर्स का मुनाफा 12 प्रतिशत बढ़ा, जबकि महिंद्रा का मुनाफा 5 प्रतिशत घटा।",
        deck: "टाटा मोटर्स का मुनाफा 5 प्रतिशत घटा",
        note: "Mahindra's fall given to Tata",
      },
      {
        kind: "sign",
        article: "खुदरा महंगाई दर अक्टूबर में घटकर 6.2 प्रतिशत पर आ गई।",
        deck: "अक्टूबर में कीमतें 6.2 प्रतिशत घटीं",
        note: "prices rose, at the rate the article gives",
      },
      {
        kind: "sign",
        article: "चीन की आर्थिक वृद्धि दर तीसरी तिमाही में घटकर 4.6 प्रतिशत रह गई।",
        deck: "चीन की अर्थव्यवस्था तीसरी तिमाही में 4.6 प्रतिशत सिकुड़ी",
        note: "the economy grew",
      },
      {
        kind: "sign",
        article: "आरबीआई ने जीडीपी वृद्धि का अनुमान 7.2 प्रतिशत से घटाकर 6.6 प्रतिशत कर दिया।",
        deck: "जीडीपी वृद्धि अनुमान 6.6% से बढ़ाकर 7.2%",
        note: "start and end swapped",
      },
      {
        kind: "sign",
        article: "टीसीएस का शुद्ध लाभ 12,075 करोड़ रुपये रहा।",
        deck: "टीसीएस का शुद्ध घाटा 12,075 करोड़ रुपये",
        note: "a profit said as a loss, the scale and the currency between",
      },
      {
        kind: "sign",
        article: "जीडीपी वृद्धि दर घटकर 5.4 प्रतिशत रह गई।",
        deck: "जीडीपी वृद्धि दर बढ़कर 5.4 प्रतिशत हुई",
        note: "a rate's level reached by a fall, said as reached by a rise",
      },
      { kind: "sign", article: REPO, deck: "आरबीआई ने रेपो दर 50 आधार अंक बढ़ाई" },
      { kind: "unit", article: REPO, deck: "रेपो दर 50 प्रतिशत अंक घटी", note: "basis points as percentage points" },
      { kind: "unit", article: REPO, deck: "रेपो दर में 0.5 प्रतिशत की कटौती", note: "percentage points as percent" },
      { kind: "sign", article: SENSEX, deck: "सेंसेक्स 0.78% चढ़ा" },
      {
        kind: "sign",
        article: SENSEX,
        deck: "सेंसेक्स 638.45 अंक चढ़ा",
        known:
          "«638.45 अंक यानी 0.78 प्रतिशत की गिरावट»: the move is said after the restated number, and restated() joins two numbers only across «(» or «, यानी»; with no comma the points' move is unread (its gap's unit is also cut at a vowel sign: [\\p{L}$€¥£]+ in direction-said.ts)",
      },
      { kind: "sign", article: NIFTY, deck: "निफ्टी 225.10 अंक लुढ़का" },
      {
        kind: "sign",
        article: CPI,
        deck: "खुदरा महंगाई बढ़कर 1.54 प्रतिशत पर पहुंची",
        note: "a level reached by a fall, said as reached by a rise",
      },
      { kind: "sign", article: CPI, deck: "सितंबर में खुदरा महंगाई 1.54 प्रतिशत घटी", note: "the level, said as the size of the fall" },
      { kind: "period", article: CPI, deck: "अक्टूबर में खुदरा महंगाई 1.54 प्रतिशत" },
      { kind: "period", article: GDP, deck: "दूसरी तिमाही में जीडीपी वृद्धि 7.8%" },
      { kind: "sign", article: GDP_2020, deck: "2020-21 की पहली तिमाही में जीडीपी 23.9% बढ़ी", note: "माइनस is the minus sign" },
      { kind: "sign", article: TATA, deck: "टाटा मोटर्स का शुद्ध लाभ 11 प्रतिशत घटा" },
      { kind: "scale", article: TATA, deck: "टाटा मोटर्स का शुद्ध लाभ 3,764 लाख रुपये", note: "लाख for करोड़: 100×" },
      { kind: "unit", article: TATA, deck: "टाटा मोटर्स का शुद्ध लाभ 3,764 करोड़ डॉलर", note: "dollars for rupees" },
      { kind: "sign", article: VI_LOSS, deck: "वोडाफोन आइडिया का शुद्ध लाभ 7,176 करोड़ रुपये", note: "a loss called a profit" },
      { kind: "sign", article: TRADE, deck: "अक्टूबर में निर्यात 11.8 प्रतिशत बढ़ा" },
      { kind: "scale", article: TRADE, deck: "निर्यात 34.38 करोड़ डॉलर", note: "करोड़ for अरब: 100×" },
      { kind: "unit", article: TRADE, deck: "व्यापार घाटा 41.68 अरब रुपये" },
      { kind: "scale", article: GST, deck: "जीएसटी संग्रह 1.96 करोड़ रुपये", note: "करोड़ for लाख करोड़" },
      { kind: "sign", article: RUPEE, deck: "रुपया 10 पैसे मजबूत होकर 88.79 पर" },
      {
        kind: "sign",
        article: FORECAST,
        deck: "जीडीपी वृद्धि अनुमान 6.5 प्रतिशत बढ़ा",
        note: "the level it was raised from, as the size of the rise",
        known:
          "Hindi writes «from» after its number («6.5 प्रतिशत से बढ़ाकर 6.8 प्रतिशत»), and `from` is read only straight before one: the 6.5 takes the converb after it as its move; a list of words after the number and its unit that make it a level (से, पर, तक) is needed",
      },
      { kind: "number-words", article: PLANTS, deck: "कंपनी बीस नए संयंत्र लगाएगी" },
      { kind: "value", article: JOBS, deck: "सितंबर में बेरोजगारी दर 5.3%" },
      {
        kind: "subject",
        article: TRADE,
        deck: "अक्टूबर में आयात 34.38 अरब डॉलर",
        note: "imports for exports",
        known: "names are found by their capital letters, and Devanagari has none: no Hindi word is read as a subject",
      },
      {
        kind: "sign",
        article: HOLD,
        deck: "आरबीआई ने रेपो दर 5.5% घटाई",
        note: "a rate held at 5.5%, said as cut by it",
      },
      { kind: "number-words", article: WORDS, deck: "राजस्व 15% बढ़ा" },
      {
        kind: "sign",
        article: NIFTY_YEAR,
        deck: "निफ्टी इस साल 9% गिरा",
      },
      {
        kind: "sign",
        article: PACE,
        deck: "अर्थव्यवस्था 7.8% सिकुड़ी",
        known:
          "the word of change is read at most three words after the number, and «करोड़ रुपये की» or «प्रतिशत की दर से» fill them: Hindi puts the scale, the currency and a postposition between (Korean glues them on)",
      },
      {
        kind: "sign",
        article: REVENUE,
        deck: "राजस्व 1,250 करोड़ रुपये घटा",
        known:
          "the word of change is read at most three words after the number, and «करोड़ रुपये की» or «प्रतिशत की दर से» fill them: Hindi puts the scale, the currency and a postposition between (Korean glues them on)",
      },
      { kind: "sign", article: GOLD, deck: "सोना 1,200 रुपये सस्ता हुआ" },
      { kind: "scale", article: LAYOFFS, deck: "कंपनी करीब 1,200 लाख कर्मचारियों की छंटनी करेगी" },
      { kind: "unit", article: CPI_POINTS, deck: "महंगाई दर 0.53 प्रतिशत घटी", note: "percentage points as percent" },
      {
        kind: "sign",
        article: JOBLESS,
        deck: "बेरोजगारी दर 5.1 प्रतिशत घटी",
        note: "the level it rose from, as the size of a fall (caught, but read as a rise of 5.1)",
      },
      { kind: "period", article: FISCAL, deck: "पहले नौ महीनों में राजकोषीय घाटा 5.73 लाख करोड़ रुपये" },
    ],
    figures: [
      {
        kind: "scale",
        article: GST,
        figure: { value: 1.96, unit: "INR", scale: "billion", label: "सकल जीएसटी संग्रह", quote: "1.96 लाख करोड़ रुपये" },
      },
      { kind: "sign", article: SENSEX, figure: { value: 0.78, unit: "%", label: "सेंसेक्स", quote: "0.78 प्रतिशत की गिरावट" } },
      { kind: "sign", article: TRADE, figure: { value: 11.8, unit: "%", label: "वस्तु निर्यात", quote: "11.8 प्रतिशत घटकर" } },
      {
        kind: "scale",
        article: TATA,
        figure: { value: 3764, unit: "INR", scale: "billion", label: "टाटा मोटर्स का शुद्ध लाभ", quote: "3,764 करोड़ रुपये" },
      },
      {
        kind: "unit",
        article: GST,
        figure: { value: 1.96, unit: "USD", scale: "trillion", label: "सकल जीएसटी संग्रह", quote: "1.96 लाख करोड़ रुपये" },
      },
      { kind: "unit", article: REPO, figure: { value: -50, unit: "%", label: "रेपो दर में कटौती", quote: "50 आधार अंक घटाकर" } },
      {
        kind: "value",
        article: TRADE,
        figure: { value: 41.86, unit: "USD", scale: "billion", label: "व्यापार घाटा", quote: "41.68 अरब डॉलर" },
      },
    ],
  },
};
