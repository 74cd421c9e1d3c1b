// Turkish puts the word of change after the number, with its endings glued on ("yüzde 3,2 arttı",
// "yüzde 1,24 düşüşle", "yüzde 6,1 artarak"): the lists hold stems, and a word that starts with one reads
// as it. A case ending glued to the number with an apostrophe makes it a level ("yüzde 47,5'e indirdi"
// cut to 47.5%, "yüzde 50'den" from 50%, "9.512,36 puandan kapattı"), and so does a word of change
// before it ("yüzde 6,1 artışla 22,6 milyar dolara": 22,6 is where exports ended). The percent word
// stands before the number ("yüzde 47,1", "%47,1"); "puan" is index points and percentage points alike.
import { countWords, type LanguageWords } from "./language.ts";

const small = ["sıfır", "", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on", "on bir", "on iki", "on üç",
  "on dört", "on beş", "on altı", "on yedi", "on sekiz", "on dokuz", "yirmi"];
const tens = ["otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"];
/** Stems of the verbs and nouns of change, which take their endings ("geriledi", "gerilemesi", "düştü", "düşüş"). */
const fallStems = ["düş", "geriled", "gerileme", "azal", "indi", "daral", "küçül", "kaybet", "kayıp", "kaybı", "ucuzla", "yavaşla",
  "eridi", "çakıldı"];
const riseStems = ["artt", "artır", "artış", "artmış", "artma", "artıyor", "yüksel", "büyüd", "büyüme", "büyümüş", "çıktı", "çıkar", "tırman", "pahalan",
  "kazandı", "sıçra", "hızlan", "genişle", "fırla"];
/** Converbs and participles: before another number they make it the level the move reached ("yüzde 6,1 artışla 22,6 milyar dolar"). */
const fallLinks = ["düşerek", "düşüşle", "gerileyerek", "azalarak", "azalışla", "indirerek", "inerek", "daralarak", "küçülerek",
  "kaybederek", "kayıpla", "ucuzlayarak", "yavaşlayarak"];
const riseLinks = ["artarak", "artırarak", "artışla", "yükselerek", "yükselişle", "büyüyerek", "çıkarak", "tırmanarak", "kazanarak", "sıçrayarak",
  "hızlanarak", "genişleyerek"];

const MONTHS = ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"];

export const tr: LanguageWords = {
  // The deck's own words (sources slide, handout), and how this language quotes.
  ui: {
    sources: "Kaynaklar",
    article: "Haber",
    published: "Yayın tarihi",
    figure: "Veri",
    quote: "Haberdeki ifade",
    derivedFrom: "Hesaplanan",
    unsourced: "Haberde yok",
    unsourcedNote: "Grafik verileri yazar tarafından sağlandı, haberle karşılaştırılmadı",
    own: "Yazarın ifadesi",
    ownNote: "Haberde yok",
    notes: "Konuşmacı notları",
    slide: "Slayt",
    noNotes: "Bu slayt için not yok.",
    quotes: ["“", "”"],
    // The press writes "2,4 milyar TL", "22,6 milyar dolar", "1,2 milyar avro" where Intl writes a sign.
    currencyWords: { TRY: "TL", USD: "dolar", EUR: "avro" },
    approx: "yaklaşık ",
    keyPoints: "Öne çıkanlar",
    keyFigures: "Önemli rakamlar",
    sideBySide: "Rakamlar yan yana",
    fromParagraph: "Paragraf",
    review: "kontrol edin",
    draftComments: {
      header:
        "{file} dosyasından `npm run draft` ile hazırlanan ilk taslak. Aşağıdaki her rakam haberden alıntılandı ve doğrulandı; etiketler ve anahtarlar rakamların çevresindeki sözcüklerden tahmin edildi: kontrol edin.",
      noDate: "haberde tarih yok: bugünün tarihi yazıldı; düzeltin",
      noFigures: "haberde rakam bulunamadı",
      shorten: "haberin giriş cümleleri: kısaltın",
      sharedTitle: "rakamların etiketlerinden: karşılaştırılanı adlandırdığını ve benzerleri karşılaştırdığını kontrol edin",
      nameTitle: "neyin karşılaştırıldığını yazın; grafiği yalnızca benzerleri karşılaştırıyorsa tutun",
    },
  },
  units: {
    percent: [],
    // Before the number: "yüzde 47,1", "%47,1" (Intl writes "%47,1" too). Not in `percent`, which is read after numbers in every language.
    percentBefore: ["yüzde", "%"],
    // A move in a rate is "puan" ("0,2 puan azalarak", "250 baz puan"), as is a move in an index: read as points of a rate.
    points: ["yüzde puan", "baz puan", "baz puanlık", "baz puana", "baz puanla", "puan", "puana", "puandan", "puanlık", "puanla", "puanda"],
    basisPoints: ["baz puan", "baz puanlık", "baz puana", "baz puanla"],
    indexPoints: ["puan", "puana", "puandan", "puanlık", "puanla", "puanda"],
    rangeTo: ["ila"],
    rangeAnd: [],
    between: [],
    rangeArticles: [],
    // The case endings glued to a scale word ("22,6 milyara", "2,4 milyarlık").
    scaleSpellings: { mlr: "Mr", milyara: "milyar", milyardan: "milyar", milyarlık: "milyar", milyona: "milyon", milyondan: "milyon",
      milyonluk: "milyon", trilyona: "trilyon", trilyonluk: "trilyon" },
    currencies: {
      TRY: ["TL", "Türk lirası", "lira", "liraya", "liradan", "liralık", "lirayla", "lirası"],
      USD: ["dolar", "dolara", "dolardan", "dolarlık", "dolarla", "doları"],
      EUR: ["avro", "avroya", "avrodan", "avroluk", "euroya", "eurodan", "euroluk"],
    },
  },
  draft: {
    hedges: ["yaklaşık", "civarında", "neredeyse", "en az"],
    ranks: ["sıra", "numara"],
    // With the case endings the press glues on ("22,3 milyar dolara", "9.912,36 puandan").
    units: { TL: "TRY", lira: "TRY", liraya: "TRY", liradan: "TRY", dolar: "USD", dolara: "USD", dolardan: "USD", avro: "EUR",
      avroya: "EUR", euro: "EUR", "baz puan": "baz puan", puan: "puan", puana: "puan", puandan: "puan" },
    links: ["yüzde", "ile", "olarak", "oldu", "seviyesinde", "düzeyinde", "ise", "da", "de", "bir"],
    joins: ["ve", "ancak", "iken", "fakat", "ama", "göre"],
    particles: ["'ya", "'ye", "'a", "'e", "'dan", "'den", "'tan", "'ten", "'da", "'de", "'ta", "'te", "'lık", "'lik", "'luk", "'lük"],
    counted: ["kişi", "şirket", "banka", "hisse", "araç", "konut", "çalışan", "ülke", "şube", "mağaza"],
    notCounted: ["yıl", "yılda", "ay", "ayda", "hafta", "gün", "günde", "saat", "dakika", "çeyrek", "sıra", "basamak"],
  },
  dateWords: [],
  direction: {
    // The converbs too, for the move before a "from" ("indirerek yüzde 50'den yüzde 47,5'e"); as level words they make a level first.
    fall: ["eksi", ...fallLinks],
    rise: ["artı", ...riseLinks],
    fallWithUnit: [],
    riseWithUnit: [],
    fallAfter: [...fallStems, ...fallLinks],
    riseAfter: [...riseStems, ...riseLinks],
    // "yıllık bazda yüzde 3,2", "geçen yılın aynı dönemine göre": the words that stand between.
    filler: ["yüzde", "%", "yaklaşık", "yıllık", "aylık", "bazda", "ise", "ile", "daha", "sırasıyla", "toplam", "göre", "de", "da",
      "neredeyse", "ortalama"],
    // A word of change before the number ends a relative clause: "yüzde 6,1 artışla 22,6 milyar dolar" is where exports stood.
    // "yüzde 50'den yüzde 47,5'e": the ending 'den is read as a word of its own, and makes a level of the next number.
    level: [...fallLinks, ...riseLinks, "den", "dan", "ten", "tan"],
    // No word says "from" before the number: the percent word does, so that the move before it ("indirerek yüzde 50'den") is read.
    from: ["yüzde", "%"],
    to: [],
    // Rates of change: «enflasyon yüzde 48,58'e geriledi» is a rise of prices by 48,58.
    rates: ["enflasyon", "enflasyonu", "büyüme"],
    respectively: ["sırasıyla"],
    restate: [],
    negative: ["eksi"],
    stems: [...fallStems, ...riseStems, ...fallLinks, ...riseLinks],
    // Glued with an apostrophe ("47,5'e", "50'den") or to the unit ("dolara", "puandan").
    levelEndings: ["'e", "'a", "'ye", "'ya", "'den", "'dan", "'ten", "'tan", "'de", "'da", "'te", "'ta", "a", "e", "dan", "den"],
    toEndings: ["'e", "'a", "'ye", "'ya", "ya", "ye", "ra", "re", "na", "ne"],
    listJoins: ["ve", "ile"],
  },
  opposites: [["kâr", "zarar"], ["kâr", "zararı"], ["kârı", "zararı"], ["kar", "zarar"], ["karı", "zararı"], ["net kâr", "net zarar"],
    ["fazla", "açık"], ["fazlası", "açığı"], ["net alım", "net satış"]],
  numberWords: countWords(small, tens),
  ordinals: { ilk: 1, birinci: 1, ikinci: 2, üçüncü: 3, dördüncü: 4, son: 4 },
  bases: { year: ["yıllık", "yıllık bazda"], previous: ["aylık", "aylık bazda", "çeyreklik", "çeyreklik bazda", "bir önceki çeyreğe göre"] },
  periods: [
    { pattern: /(?<n>ilk|birinci|ikinci|üçüncü|dördüncü|son) çeyre[kğ]/giu, kind: "quarter" },
    { pattern: /(?<![\p{L}\p{N}])(?<n>[1-4])\. ?çeyre[kğ]/giu, kind: "quarter" },
    { pattern: /(?<n>ilk|birinci|ikinci) yarı/giu, kind: "half" },
    { pattern: /ilk (?<n>\p{L}+|\d{1,2}) ay/giu, kind: "months" },
    // A month with its case ending glued on ("eylülde", "kasımda", "ekim ayında"): Intl's names alone end no word here.
    ...MONTHS.map((month, i) => ({ pattern: new RegExp(`(?<![\\p{L}\\p{N}])${month}\\p{L}*`, "giu"), kind: "month" as const, n: i + 1 })),
  ],
};
