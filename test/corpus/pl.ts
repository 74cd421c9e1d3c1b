// Polish truth corpus: the WIG20 on the GPW, the RPP's rate, GUS's inflation, GDP, jobs and retail, NBP's
// trade data and companies' results, as PAP Biznes, Bankier.pl and the dailies write them ("2.345,67
// pkt", "1,24 proc.", "o 50 pb", "2,5 mld zł", "w III kwartale", "rdr").
import type { LanguageCorpus } from "./corpus-types.ts";

const WIG20 = "Indeks WIG20 spadł w piątek o 1,24 proc., do 2.345,67 pkt.";
const RPP = "Rada Polityki Pieniężnej obniżyła w środę stopę referencyjną NBP o 50 pb, do 5,25 proc. – poinformował bank centralny.";
const CPI = "Inflacja CPI w październiku spadła do 2,8 proc. rdr z 2,9 proc. we wrześniu – podał GUS w szybkim szacunku.";
const PKO = "Zysk netto PKO BP w III kwartale 2025 r. wzrósł o 12,5 proc. rdr, do 2,5 mld zł.";
const CCC = "Grupa CCC odnotowała w I półroczu stratę netto w wysokości 120,4 mln zł wobec 85,3 mln zł zysku rok wcześniej.";
const GDP = "Produkt krajowy brutto Polski wzrósł w II kwartale o 3,4 proc. rdr – wynika z danych GUS.";
const GERMANY = "PKB Niemiec skurczył się w II kwartale o 0,3 proc. kdk – podał Destatis.";
const TRADE = "Eksport w sierpniu wyniósł 22,3 mld euro, a import 23,1 mld euro – podał NBP.";
const JOBS = "Stopa bezrobocia rejestrowanego wzrosła we wrześniu do 5,6 proc. z 5,5 proc. w sierpniu – podał GUS.";
const RETAIL = "Sprzedaż detaliczna w cenach stałych zmniejszyła się we wrześniu o 1,2 proc. rdr – podał GUS.";
const OUTPUT = "Dynamika produkcji przemysłowej w sierpniu wyniosła minus 0,7 proc. rdr.";
const BANKS = "Aktywa sektora bankowego przekroczyły na koniec czerwca 3 bln zł – wynika z danych KNF.";
const SHARES = "Na GPW akcje PKO BP zyskały 2,1 proc., a Pekao podrożało o 1,4 proc.";
const BRANCHES = "Bank zamknie w tym roku 40 oddziałów i zwolni ok. 300 pracowników.";
const ORLEN = "Orlen zwiększył w III kwartale przychody o 4 proc., do 78,2 mld zł.";
const KGHM = "KGHM w pierwszych dziewięciu miesiącach wypracował 2,9 mld zł zysku netto, o 18 proc. mniej niż przed rokiem.";
const CORE = "Inflacja bazowa obniżyła się w październiku do 3,0 proc. – wynika z wyliczeń NBP.";
const ALLEGRO = "Kurs akcji Allegro poszedł w górę o 5,2 proc. po publikacji wyników.";
const DINO = "W ciągu trzech kwartałów Dino Polska zarobiło na czysto 1,1 mld zł.";
const PKO_H1 = "Zysk netto PKO BP w pierwszym półroczu wyniósł 5,1 mld zł.";
const FORECAST = "Ekonomiści spodziewają się wzrostu PKB od 3 do 3,5 proc. w przyszłym roku.";
const UNEMPLOYMENT_PP = "Stopa bezrobocia w strefie euro spadła o 0,1 pkt proc., do 6,2 proc.";

export const CORPUS: LanguageCorpus = {
  lang: "pl",
  honest: {
    text: [
      {
        article:
          "Produkt krajowy brutto Polski wzrósł w trzecim kwartale o 2,7 proc. rdr, po wzroście o 3,2 proc. w drugim kwartale, podał GUS.",
        deck: "PKB Polski wzrósł w III kwartale o 2,7 proc.",
        note: "«PKB» is a measure, not a name",
      },
      {
        article: "Inflacja w październiku spadła do 4,9 proc. rdr.",
        deck: "Ceny wzrosły w październiku o 4,9 proc. rdr",
        note: "an inflation rate's level is a rise of prices",
      },
      {
        article: "Wzrost PKB Chin spowolnił w trzecim kwartale do 4,6 proc.",
        deck: "PKB Chin wzrósł w trzecim kwartale o 4,6 proc.",
        note: "a growth rate's level is a rise of the economy",
      },
      {
        article: "Sprzedaż była o 23 proc. niższa niż przed rokiem.",
        deck: "Sprzedaż o dwadzieścia trzy proc. niższa",
        note: "a ten and a unit in words make one number",
      },
      { article: WIG20, deck: "WIG20 spadł o 1,24 proc." },
      { article: WIG20, deck: "WIG20: -1,24%, do 2 345,67 pkt", note: "the fall as a minus sign; the level grouped with a space" },
      { article: WIG20, deck: "WIG20 zniżkował o 1,24 proc. i zakończył sesję na poziomie 2 345,67 pkt", note: "another verb; a level" },
      { article: RPP, deck: "RPP obniżyła stopy o 0,5 pkt proc., do 5,25 proc.", note: "50 basis points as 0.5 percentage points" },
      { article: RPP, deck: "Stopa referencyjna NBP: 5,25 proc. (-50 pb)" },
      { article: CPI, deck: "Inflacja spadła w październiku do 2,8 proc.", note: "a level reached by a fall" },
      { article: CPI, deck: "Inflacja CPI: z 2,9 proc. we wrześniu do 2,8 proc. w październiku", note: "from and to, both levels" },
      { article: PKO, deck: "PKO BP: 2,5 mld zł zysku netto w III kw. (+12,5 proc. rdr)", note: "«III kwartale» as «III kw.»" },
      { article: PKO, deck: "Zysk PKO BP w trzecim kwartale wzrósł do 2,5 mld zł", note: "a rise to a level; the quarter in words" },
      { article: CCC, deck: "CCC: strata netto 120,4 mln zł w pierwszym półroczu", note: "the amount of a loss" },
      { article: GDP, deck: "PKB Polski w II kw. zwiększył się o 3,4 proc. rdr" },
      { article: GERMANY, deck: "Niemiecki PKB w II kwartale: minus 0,3 proc.", note: "a fall as a minus word" },
      { article: TRADE, deck: "Eksport: 22,3 mld euro w sierpniu", note: "telegraphic" },
      { article: JOBS, deck: "Bezrobocie wzrosło do 5,6 proc.", note: "a rise to a level" },
      { article: RETAIL, deck: "Sprzedaż detaliczna spadła we wrześniu o 1,2 proc. rdr" },
      { article: OUTPUT, deck: "Produkcja przemysłowa w sierpniu spadła o 0,7 proc. rdr", note: "negative growth written in words" },
      { article: BANKS, deck: "Aktywa banków: ponad 3 biliony zł", note: "bln as a word" },
      { article: SHARES, deck: "Kurs Pekao wzrósł o 1,4 proc." },
      { article: BRANCHES, deck: "Bank zamknie czterdzieści oddziałów", note: "40 as a word" },
      {
        article: ORLEN,
        deck: "Przychody Orlenu wzrosły w III kwartale o 4 proc., do 78,2 mld zł",
        note: "the object between verb and «o» in the article",
      },
      {
        article: KGHM,
        deck: "KGHM: 2,9 mld zł zysku netto po 9 miesiącach (-18 proc. rdr)",
        note: "«dziewięciu miesiącach» as 9; «o 18 proc. mniej» as a minus",
      },
      { article: UNEMPLOYMENT_PP, deck: "Bezrobocie w strefie euro: 6,2 proc. (-0,1 p.p.)" },
      { article: PKO_H1, deck: "PKO BP: 5,1 mld zł zysku w 1H", note: "«pierwszym półroczu» as 1H" },
      { article: FORECAST, deck: "Prognoza PKB: wzrost o 3–3,5 proc.", note: "«od 3 do 3,5 proc.» as a dash" },
      {
        article: CPI,
        deck: "Inflacja spadła z 2,9 do 2,8 proc.",
        note: "from and to, the unit once",
        known:
          "«do» joins a range wherever it stands (RANGE in check-unit.ts, JOINS in check-ranges.ts), and Polish writes a move «z 2,9 do 2,8 proc.» and a range «od 3 do 3,5 proc.» with the same «do»: a pair whose first number follows a `from` word would need to be read as from-and-to, not a range",
      },
      { article: CORE, deck: "Inflacja bazowa spadła do 3 proc.", note: "the verb, then when, then the level" },
      { article: ALLEGRO, deck: "Allegro: +5,2 proc. po wynikach", note: "«poszedł w górę» is a rise" },
      { article: DINO, deck: "Dino: 1,1 mld zł zysku po 9 miesiącach", note: "three quarters as nine months" },
    ],
    figures: [
      { article: WIG20, figure: { value: -1.24, unit: "%", label: "WIG20, zmiana w piątek", quote: "spadł w piątek o 1,24 proc." } },
      { article: PKO, figure: { value: 2.5, unit: "PLN", scale: "billion", label: "Zysk netto PKO BP (III kw.)", quote: "2,5 mld zł" } },
      {
        article: CCC,
        figure: {
          value: 120.4,
          unit: "PLN",
          scale: "million",
          label: "Strata netto CCC (I półrocze)",
          quote: "stratę netto w wysokości 120,4 mln zł",
        },
      },
      { article: TRADE, figure: { value: 22.3, unit: "EUR", scale: "billion", label: "Eksport w sierpniu", quote: "22,3 mld euro" } },
      {
        article: RETAIL,
        figure: { value: -1.2, unit: "%", label: "Sprzedaż detaliczna rdr", quote: "zmniejszyła się we wrześniu o 1,2 proc." },
      },
      { article: JOBS, figure: { value: 5.6, unit: "%", label: "Stopa bezrobocia we wrześniu", quote: "do 5,6 proc." } },
    ],
  },
  slips: {
    text: [
      {
        kind: "sign",
        article: "NBP obniżył prognozę wzrostu PKB do 2,8 proc.",
        deck: "NBP podwyższył prognozę wzrostu PKB do 2,8 proc.",
        note: "a forecast cut said as raised, a level's move reversed, a start given as an end",
      },
      {
        kind: "value",
        article: "Ceny wzrosły w październiku o 5,0 proc. rdr, a w ujęciu miesięcznym o 0,3 proc.",
        deck: "W ujęciu rocznym ceny wzrosły o 0,3 proc.",
        note: "a month's (or the period before's) change called a year's, or the other way",
      },
      {
        kind: "sign",
        article: "Inflacja w październiku spadła do 4,9 proc. rdr.",
        deck: "Ceny spadły w październiku o 4,9 proc. rdr",
        note: "prices rose, at the rate the article gives",
      },
      {
        kind: "sign",
        article: "Wzrost PKB Chin spowolnił w trzecim kwartale do 4,6 proc.",
        deck: "PKB Chin spadł w trzecim kwartale o 4,6 proc.",
        note: "the economy grew",
      },
      {
        kind: "number-words",
        article: "Sprzedaż była o 23 proc. niższa niż przed rokiem.",
        deck: "Sprzedaż o dwadzieścia cztery proc. niższa",
      },
      {
        kind: "sign",
        article: "Zysk netto spadł do 1,06 mld zł z 6,3 mld zł.",
        deck: "Zysk netto wzrósł do 6,3 mld zł z 1,06 mld zł",
        note: "start and end swapped",
      },
      { kind: "sign", article: "Orlen stracił 1,8 proc.", deck: "Orlen wzrósł o 1,8%", note: "«stracił», the perfective of «tracił»" },
      {
        kind: "unit",
        article: "Stopa referencyjna została obniżona o 50 pkt. bazowych, do 5,25 proc.",
        deck: "Stopa w dół o 50 pkt. proc., do 5,25 proc.",
        note: "basis points written «pkt. bazowych», said as percentage points",
      },
      { kind: "sign", article: WIG20, deck: "WIG20 wzrósł o 1,24 proc." },
      { kind: "sign", article: WIG20, deck: "WIG20: +1,24%" },
      { kind: "sign", article: RPP, deck: "RPP podniosła stopy o 50 pb", note: "the object between verb and «o»" },
      {
        kind: "sign",
        article: CPI,
        deck: "Inflacja w październiku przyspieszyła do 2,8 proc.",
        note: "a level reached by a fall, said as by a rise",
      },
      { kind: "sign", article: CCC, deck: "CCC: zysk netto 120,4 mln zł w I półroczu", note: "a loss as a profit" },
      { kind: "sign", article: OUTPUT, deck: "Produkcja przemysłowa wzrosła w sierpniu o 0,7 proc.", note: "minus in words" },
      { kind: "sign", article: RETAIL, deck: "Sprzedaż detaliczna: +1,2 proc. rdr" },
      {
        kind: "sign",
        article: KGHM,
        deck: "Zysk KGHM wzrósł o 18 proc.",
        note: "«o 18 proc. mniej» is a fall: the point of «proc.» ends no clause",
      },
      {
        kind: "sign",
        article: CORE,
        deck: "Inflacja bazowa wzrosła do 3,0 proc.",
        note: "a level reached by a fall, its verb a few words back",
      },
      { kind: "sign", article: ALLEGRO, deck: "Allegro: -5,2 proc." },
      { kind: "scale", article: PKO, deck: "PKO BP: 2,5 mln zł zysku netto", note: "mln for mld" },
      { kind: "scale", article: BANKS, deck: "Aktywa banków: ponad 3 mld zł", note: "mld for bln: 1000×" },
      { kind: "unit", article: RPP, deck: "RPP obniżyła stopy o 50 pkt proc.", note: "basis points as percentage points" },
      { kind: "unit", article: TRADE, deck: "Eksport: 22,3 mld zł", note: "złoty for euro" },
      { kind: "unit", article: UNEMPLOYMENT_PP, deck: "Bezrobocie w strefie euro spadło o 0,1 proc.", note: "points as percent" },
      { kind: "subject", article: SHARES, deck: "Pekao zyskało 2,1 proc.", note: "PKO BP's number" },
      { kind: "period", article: PKO, deck: "Zysk PKO BP w II kwartale: 2,5 mld zł" },
      { kind: "period", article: CCC, deck: "CCC: strata netto 120,4 mln zł w III kwartale" },
      { kind: "value", article: CPI, deck: "Inflacja w październiku: 2,7 proc." },
      { kind: "value", article: GDP, deck: "PKB Polski wzrósł o 3,2 proc. rdr" },
      { kind: "value", article: FORECAST, deck: "Prognoza PKB: wzrost o 3–4 proc.", note: "the range's end" },
      { kind: "period", article: PKO_H1, deck: "PKO BP: 5,1 mld zł zysku w I kw." },
      { kind: "sign", article: "Akcje CD Projektu staniały o 3,2 proc.", deck: "CD Projekt zyskuje 3,2 proc." },
      { kind: "number-words", article: BRANCHES, deck: "Bank zamknie trzydzieści oddziałów" },
    ],
    figures: [
      {
        kind: "sign",
        article: WIG20,
        figure: { value: 1.24, unit: "%", label: "WIG20, zmiana w piątek", quote: "spadł w piątek o 1,24 proc." },
      },
      {
        kind: "unit",
        article: TRADE,
        figure: { value: 22.3, unit: "USD", scale: "billion", label: "Eksport w sierpniu", quote: "22,3 mld euro" },
      },
      {
        kind: "scale",
        article: PKO,
        figure: { value: 2.5, unit: "PLN", scale: "million", label: "Zysk netto PKO BP", quote: "2,5 mld zł" },
      },
      {
        kind: "period",
        article: PKO,
        figure: { value: 2.5, unit: "PLN", scale: "billion", label: "Zysk netto PKO BP (II kw.)", quote: "2,5 mld zł" },
      },
      {
        kind: "sign",
        article: CCC,
        figure: {
          value: 120.4,
          unit: "PLN",
          scale: "million",
          label: "Zysk netto CCC (I półrocze)",
          quote: "stratę netto w wysokości 120,4 mln zł",
        },
      },
      { kind: "value", article: JOBS, figure: { value: 5.5, unit: "%", label: "Stopa bezrobocia we wrześniu", quote: "do 5,6 proc." } },
    ],
  },
};
