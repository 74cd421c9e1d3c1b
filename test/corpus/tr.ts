// Turkish truth corpus, in the styles of Anadolu Ajansı, Reuters Türkçe and the business papers. The
// percent word stands before the number ("yüzde 47,5", "%47,5"), the word of change after it with its
// endings glued on ("yüzde 1,24 düşüşle", "azalarak"), and a case ending glued to the number makes it a
// level ("yüzde 47,5'e indirdi" cut to 47.5%, "yüzde 50'den" from 50%, "9.512,36 puandan kapattı").
// "puan" is an index point and a percentage point alike; "baz puan" a basis point.
import type { LanguageCorpus } from "./corpus-types.ts";

const RATE =
  "Türkiye Cumhuriyet Merkez Bankası (TCMB) Para Politikası Kurulu, politika faizini 250 baz puan indirerek yüzde 50'den yüzde 47,5'e çekti.";
const BIST =
  "Borsa İstanbul'da BIST 100 endeksi, günü yüzde 1,24 düşüşle 9.512,36 puandan tamamladı. Endeks önceki kapanışa göre 119,52 puan geriledi.";
const INFLATION = "TÜİK verilerine göre yıllık enflasyon ekimde yüzde 48,58'e geriledi. Tüketici fiyatları aylık bazda yüzde 2,88 arttı.";
const TRADE =
  "Ticaret Bakanlığı verilerine göre ihracat eylülde yıllık bazda yüzde 6,1 artışla 22,6 milyar dolara yükseldi. İthalat ise yüzde 3,4 azalarak 27,4 milyar dolar oldu.";
const JOBS =
  "TÜİK verilerine göre mevsim etkisinden arındırılmış işsizlik oranı eylülde 0,2 puan azalarak yüzde 8,6 seviyesinde gerçekleşti.";
const GDP = "Türkiye ekonomisi yılın üçüncü çeyreğinde yıllık bazda yüzde 2,1 büyüdü.";
const GERMANY = "Almanya ekonomisi ikinci çeyrekte bir önceki çeyreğe göre yüzde 0,3 daraldı.";
const AIRLINE = "Türk Hava Yolları'nın net kârı yılın ilk dokuz ayında yüzde 20 azalarak 2,4 milyar dolar oldu.";
const LOSS = "Şirket, üçüncü çeyrekte 1,2 milyar lira net zarar açıkladı.";
const CURRENT = "Cari işlemler hesabı ağustosta 5,4 milyar dolar fazla verdi.";
const STOCKS = "Borsa İstanbul'da Aselsan hisseleri yüzde 4,2 yükselirken Tüpraş hisseleri yüzde 2,7 geriledi.";
const STOCKS_COMMA = "Borsa İstanbul'da Aselsan hisseleri yüzde 4,2 yükselirken, Tüpraş hisseleri yüzde 2,7 değer kaybetti.";
const RATE_HIKE = "TCMB, politika faizini 500 baz puan artırarak yüzde 50'ye yükseltti.";
const PLANTS = "Şirket bu yıl 5 fabrika kapattı ve 1.200 çalışanını işten çıkardı.";
const OUTLOOK = "Ekonomistler, gelecek yıl büyümenin yüzde 3 ila 3,5 arasında olmasını bekliyor.";

export const CORPUS: LanguageCorpus = {
  lang: "tr",
  honest: {
    text: [
      {
        article: "Yıllık enflasyon yüzde 49,38'den yüzde 48,58'e geriledi.",
        deck: "Tüketici fiyatları yıllık yüzde 48,58 arttı",
        note: "a rate's move or level read in its own clause",
      },
      {
        article: "TÜFE ekimde aylık yüzde 2,88, yıllık yüzde 48,58 arttı.",
        deck: "TÜFE ekimde aylık yüzde 2,88 arttı",
        note: "a change against the basis the article gives it",
      },
      {
        article: "Yıllık enflasyon ekimde yüzde 48,58'e geriledi.",
        deck: "Tüketici fiyatları ekimde yıllık yüzde 48,58 arttı",
        note: "an inflation rate's level is a rise of prices",
      },
      {
        article: "Çin ekonomisinin büyümesi üçüncü çeyrekte yüzde 4,6'ya yavaşladı.",
        deck: "Çin ekonomisi üçüncü çeyrekte yüzde 4,6 büyüdü",
        note: "a growth rate's level is a rise of the economy",
      },
      {
        article: "TÜİK verilerine göre işsizlik oranı eylülde yüzde 8,6 oldu.",
        deck: "Eylül ayında işsizlik oranı yüzde 8,6",
        note: "«eylülde» is September with its ending glued on",
      },
      {
        article: "BIST 100 endeksi günü yüzde 1,24 değer kazanarak 9.842,35 puandan kapandı.",
        deck: "BIST 100 %1,24 yükseldi",
        note: "the percent before 1,24 is not the index name's 100's",
      },
      {
        article: "BIST 100 endeksi günü yüzde 1,24 değer kazanarak 9.842,35 puandan kapandı.",
        deck: "BIST 100 yüzde 1,24 yükselişle 9.842,35 puana çıktı",
      },
      { article: RATE, deck: "TCMB politika faizini 250 baz puan indirdi" },
      { article: RATE, deck: "Politika faizi yüzde 47,5'e indirildi", note: "a level reached by a cut: 'e glued to the number" },
      { article: RATE, deck: "Politika faizi 2,5 puan düşürüldü", note: "250 basis points as 2,5 percentage points" },
      { article: RATE, deck: "Politika faizi: %50'den %47,5'e", note: "the percent sign before the number, from and to" },
      { article: BIST, deck: "BIST 100 endeksi yüzde 1,24 değer kaybetti", note: "another verb for the same fall" },
      { article: BIST, deck: "BIST 100 günü 9.512,36 puandan kapattı", note: "the close, a level" },
      { article: BIST, deck: "BIST 100, yüzde 1,24 düşüşle 9.512,36 puan", note: "a move, then the level it reached" },
      { article: BIST, deck: "BIST 100 endeksi 119,52 puan düştü" },
      { article: INFLATION, deck: "Yıllık enflasyon ekimde yüzde 48,58'e düştü", note: "a level reached by a fall, another verb" },
      { article: INFLATION, deck: "Ekim: aylık enflasyon %2,88, yıllık %48,58", note: "telegraphic, the percent sign before" },
      { article: TRADE, deck: "İhracat: 22,6 milyar dolar (yüzde 6,1 artış)", note: "telegraphic, the move in brackets" },
      { article: TRADE, deck: "İthalat yüzde 3,4 geriledi" },
      {
        article: TRADE,
        deck: "İthalat 27,4 milyar dolara düştü",
        note: "a level reached by a fall, 'to' glued to the currency",
        known:
          'levelParticle (move-reach.ts) reads the ending on the word after the number only when that word starts with a unit; a spaced scale word stands between ("27,4 milyar dolara"), so the level is read as a fall of 27,4',
      },
      { article: JOBS, deck: "İşsizlik oranı 0,2 puan düşerek yüzde 8,6'ya geriledi" },
      { article: GDP, deck: "Türkiye ekonomisi 3. çeyrekte yüzde 2,1 büyüdü", note: "3. çeyrek for üçüncü çeyreğinde" },
      { article: GERMANY, deck: "Almanya ekonomisi 2. çeyrekte yüzde 0,3 küçüldü" },
      { article: GERMANY, deck: "Almanya'da 2. çeyrek büyümesi: yüzde -0,3", note: "a contraction as a negative growth" },
      { article: GERMANY, deck: "Almanya ekonomisi ikinci çeyrekte eksi yüzde 0,3 büyüdü", note: "a negative growth in words" },
      { article: AIRLINE, deck: "Türk Hava Yolları'nın net kârı ilk dokuz ayda yüzde 20 azaldı" },
      { article: AIRLINE, deck: "Türk Hava Yolları net kârı, ilk 9 ay: 2,4 milyar dolar", note: "dokuz as 9" },
      { article: LOSS, deck: "Şirketin 3. çeyrek net kârı: -1,2 milyar TL", note: "a negative profit is the loss the article names" },
      { article: CURRENT, deck: "Cari işlemler ağustosta 5,4 milyar dolar fazla verdi" },
      { article: STOCKS, deck: "Aselsan yüzde 4,2 yükseldi, Tüpraş yüzde 2,7 düştü" },
      { article: PLANTS, deck: "Şirket beş fabrika kapattı", note: "a number in words" },
      { article: RATE, deck: "Politika faizi yüzde 50'den yüzde 47,5'e düşürüldü" },
      { article: INFLATION, deck: "Yıllık enflasyon yüzde 48,58'e indi" },
      { article: TRADE, deck: "Eylül ihracatı 22,6 mlr dolar", note: "mlr, the papers' abbreviation of milyar" },
      { article: LOSS, deck: "Şirket 3. çeyrekte 1,2 milyar lira zarar etti", note: "the amount of a loss" },
      { article: STOCKS_COMMA, deck: "Tüpraş yüzde 2,7 geriledi" },
      { article: RATE_HIKE, deck: "Politika faizi yüzde 50'ye çıkarıldı", note: "a level reached by a hike" },
      { article: RATE_HIKE, deck: "Politika faizi 5 puan artırıldı", note: "500 basis points as 5 points" },
      { article: OUTLOOK, deck: "Büyüme beklentisi: yüzde 3-3,5" },
    ],
    figures: [
      {
        article: RATE,
        figure: { value: -250, unit: "baz puan", label: "Politika faizi değişimi", quote: "250 baz puan indirerek" },
      },
      { article: RATE, figure: { value: 47.5, unit: "%", label: "Politika faizi", quote: "yüzde 47,5'e çekti" } },
      { article: BIST, figure: { value: -1.24, unit: "%", label: "BIST 100", quote: "yüzde 1,24 düşüşle" } },
      {
        article: TRADE,
        figure: { value: 22.6, unit: "USD", scale: "billion", label: "Eylül ihracatı", quote: "22,6 milyar dolara" },
      },
      { article: LOSS, figure: { value: 1.2, unit: "TRY", scale: "billion", label: "Net zarar", quote: "1,2 milyar lira net zarar" } },
      { article: GDP, figure: { value: 2.1, unit: "%", label: "Üçüncü çeyrek büyümesi", quote: "yüzde 2,1 büyüdü" } },
      { article: BIST, figure: { value: 9512.36, unit: "puan", label: "BIST 100 kapanışı", quote: "9.512,36 puandan tamamladı" } },
      { article: JOBS, figure: { value: -0.2, unit: "puan", label: "İşsizlik oranı değişimi", quote: "0,2 puan azalarak" } },
    ],
  },
  slips: {
    text: [
      {
        kind: "sign",
        article: "Yıllık enflasyon yüzde 49,38'den yüzde 48,58'e geriledi.",
        deck: "Enflasyon yüzde 49,38'e yükseldi",
        note: "another number's level or move given to this one",
      },
      {
        kind: "value",
        article: "TÜFE ekimde aylık yüzde 2,88, yıllık yüzde 48,58 arttı.",
        deck: "TÜFE ekimde yıllık yüzde 2,88 arttı",
        note: "a month's (or the period before's) change called a year's, or the other way",
      },
      {
        kind: "sign",
        article: "Yıllık enflasyon ekimde yüzde 48,58'e geriledi.",
        deck: "Tüketici fiyatları ekimde yıllık yüzde 48,58 düştü",
        note: "prices rose, at the rate the article gives",
      },
      {
        kind: "sign",
        article: "Çin ekonomisinin büyümesi üçüncü çeyrekte yüzde 4,6'ya yavaşladı.",
        deck: "Çin ekonomisi üçüncü çeyrekte yüzde 4,6 daraldı",
        note: "the economy grew",
      },
      { kind: "unit", article: "İşsizlik oranı 0,2 puan azaldı.", deck: "Yüzde 0,2 azaldı işsizlik", note: "the percent word capitalised" },
      {
        kind: "subject",
        article: "Bankacılık endeksi yüzde 2,15 yükselirken, holding endeksi yüzde 0,37 geriledi.",
        deck: "Bankacılık endeksi yüzde 0,37 düştü",
        note: "the holding index's fall given to the banking index, in lower case",
        known:
          "«bankacılık» stands in the 0,37's own sentence; that the 0,37 names its own measure («holding endeksi») is no proof, as a synonym reads the same (measure-words.ts)",
      },
      {
        kind: "sign",
        article: "THY üçüncü çeyrekte 1,1 milyar dolar net kâr açıkladı.",
        deck: "THY 1,1 milyar dolar net zarar açıkladı",
        note: "the word of the side after the scale word and the currency",
      },
      {
        kind: "period",
        article: "TÜİK verilerine göre işsizlik oranı eylülde yüzde 8,6 oldu. İhracat ekimde yüzde 2,2 arttı.",
        deck: "Kasımda işsizlik oranı yüzde 8,6",
      },
      { kind: "sign", article: RATE, deck: "TCMB politika faizini 250 baz puan artırdı" },
      {
        kind: "sign",
        article: RATE,
        deck: "Politika faizi yüzde 47,5'e yükseltildi",
        note: "the level reached by a cut, said reached by a hike",
      },
      { kind: "unit", article: RATE, deck: "TCMB politika faizini 250 puan indirdi", note: "basis points as percentage points" },
      { kind: "value", article: RATE, deck: "Politika faizi yüzde 47'ye indirildi" },
      { kind: "sign", article: BIST, deck: "BIST 100 endeksi yüzde 1,24 yükseldi" },
      { kind: "sign", article: BIST, deck: "BIST 100 endeksi 119,52 puan arttı" },
      { kind: "sign", article: BIST, deck: "BIST 100 endeksi 9.512,36 puan düştü", note: "the close said as the size of the fall" },
      { kind: "value", article: BIST, deck: "BIST 100 günü 9.521,36 puandan kapattı" },
      { kind: "sign", article: INFLATION, deck: "Yıllık enflasyon ekimde yüzde 48,58'e yükseldi" },
      { kind: "sign", article: INFLATION, deck: "Tüketici fiyatları aylık yüzde 2,88 düştü" },
      { kind: "scale", article: TRADE, deck: "İhracat 22,6 milyon dolar", note: "milyon for milyar" },
      { kind: "unit", article: TRADE, deck: "İhracat 22,6 milyar avro", note: "euros for dollars" },
      { kind: "sign", article: TRADE, deck: "İthalat yüzde 3,4 arttı" },
      { kind: "sign", article: TRADE, deck: "İhracat 22,6 milyar dolar arttı", note: "the level said as the size of the rise" },
      { kind: "sign", article: JOBS, deck: "İşsizlik oranı 0,2 puan arttı" },
      {
        kind: "unit",
        article: JOBS,
        deck: "İşsizlik oranı yüzde 0,2 azaldı",
        note: "percentage points as a percentage",
      },
      { kind: "sign", article: GDP, deck: "Türkiye ekonomisi yüzde 2,1 daraldı" },
      { kind: "period", article: GDP, deck: "Türkiye ekonomisi 2. çeyrekte yüzde 2,1 büyüdü" },
      { kind: "sign", article: GERMANY, deck: "Almanya ekonomisi yüzde 0,3 büyüdü" },
      { kind: "scale", article: AIRLINE, deck: "Türk Hava Yolları'nın net kârı 2,4 milyon dolar" },
      {
        kind: "sign",
        article: LOSS,
        deck: "Şirket 3. çeyrekte 1,2 milyar lira net kâr açıkladı",
        note: "a loss said as a profit",
      },
      { kind: "sign", article: CURRENT, deck: "Cari işlemler ağustosta 5,4 milyar dolar açık verdi", note: "a surplus said as a deficit" },
      {
        kind: "subject",
        article: STOCKS,
        deck: "Tüpraş hisseleri yüzde 4,2 yükseldi",
        known:
          'clauses end at punctuation only (sentences.ts); the converb "yükselirken" (while rising) joins two clauses with no comma, so the 4,2 is in a clause that names Tüpraş too',
      },
      { kind: "number-words", article: PLANTS, deck: "Şirket altı fabrika kapattı" },
      {
        kind: "number-words",
        article: PLANTS,
        deck: "Şirket altı fabrikasını kapattı",
        note: "the counted noun with a case ending",
        known:
          'deckNumbers (check-text-numbers.ts) reads a number word only before a noun the article counts, compared whole: "fabrikasını" is not the article\'s "fabrika", so "altı" is not read',
      },
      { kind: "subject", article: STOCKS_COMMA, deck: "Tüpraş hisseleri yüzde 4,2 yükseldi" },
      {
        kind: "sign",
        article: BIST,
        deck: "BIST 100 endeksi: %+1,24",
        note: "a sign after the percent sign that Turkish writes first",
      },
      { kind: "sign", article: RATE_HIKE, deck: "Politika faizi yüzde 50'ye indirildi" },
      { kind: "unit", article: RATE_HIKE, deck: "Politika faizi yüzde 5 artırıldı", note: "500 basis points as a percentage" },
      { kind: "value", article: OUTLOOK, deck: "Büyüme beklentisi: yüzde 3-4" },
    ],
    figures: [
      {
        kind: "sign",
        article: RATE,
        figure: { value: 250, unit: "baz puan", label: "Politika faizi değişimi", quote: "250 baz puan indirerek" },
      },
      {
        kind: "scale",
        article: TRADE,
        figure: { value: 22.6, unit: "USD", scale: "million", label: "Eylül ihracatı", quote: "22,6 milyar dolara" },
      },
      {
        kind: "unit",
        article: TRADE,
        figure: { value: 22.6, unit: "EUR", scale: "billion", label: "Eylül ihracatı", quote: "22,6 milyar dolara" },
      },
      { kind: "sign", article: BIST, figure: { value: 1.24, unit: "%", label: "BIST 100", quote: "yüzde 1,24 düşüşle" } },
      { kind: "sign", article: GERMANY, figure: { value: 0.3, unit: "%", label: "Almanya büyümesi", quote: "yüzde 0,3 daraldı" } },
      {
        kind: "sign",
        article: TRADE,
        figure: { value: 3.4, unit: "%", label: "İthalat artışı", quote: "yüzde 3,4 azalarak", direction: "label" },
        note: "the label says a rise where the article says a fall",
      },
      {
        kind: "unit",
        article: JOBS,
        figure: { value: -0.2, unit: "%", label: "İşsizlik oranı değişimi", quote: "0,2 puan azalarak" },
        note: "the slide would print -%0,2",
      },
      { kind: "sign", article: JOBS, figure: { value: 0.2, unit: "puan", label: "İşsizlik oranı değişimi", quote: "0,2 puan azalarak" } },
    ],
  },
};
