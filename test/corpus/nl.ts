// Dutch truth corpus: the AEX, the ECB's rate, CBS inflation, growth, jobs and trade, company results,
// as ANP, NOS, NU.nl and Het Financieele Dagblad write them ("1,2 procent lager", "22,5 miljard euro",
// "25 basispunten", "liep met 2,3 procent terug", "1 à 1,5 procent").
import type { LanguageCorpus } from "./corpus-types.ts";

const AEX = "De AEX-index sloot vrijdag 1,2 procent lager op 892,45 punten.";
const AEX_AMX = "De AEX sloot 0,8 procent hoger, terwijl de AMX 0,3 procent verloor.";
const INFLATION =
  "De inflatie in Nederland is in september gedaald naar 3,3 procent, meldt het CBS. In augustus bedroeg de inflatie nog 3,7 procent.";
const INFLATION_FROM = "De inflatie daalde in september van 3,7 procent naar 3,3 procent.";
const ECB = "De Europese Centrale Bank verlaagt de depositorente met 25 basispunten naar 2,25 procent.";
const GDP =
  "De Nederlandse economie groeide in het tweede kwartaal met 0,4 procent ten opzichte van het eerste kwartaal, blijkt uit cijfers van het CBS.";
const GERMANY = "De Duitse economie kromp in het derde kwartaal met 0,2 procent.";
const AHOLD = "De omzet van Ahold Delhaize steeg in het derde kwartaal met 4,2 procent tot 22,5 miljard euro.";
const ASML = "ASML boekte in het derde kwartaal een nettowinst van 2,1 miljard euro, een stijging van 15 procent.";
const PHILIPS = "Philips leed in het tweede kwartaal een nettoverlies van 143 miljoen euro.";
const JOBS =
  "De werkloosheid liep in oktober op tot 3,9 procent van de beroepsbevolking. Het aantal werklozen nam met 9.000 toe tot 392.000, meldt het CBS.";
const EXPORT = "De uitvoer van goederen liep in augustus met 2,3 procent terug ten opzichte van een jaar eerder.";
const HOUSES = "Bestaande koopwoningen waren in oktober gemiddeld 9,8 procent duurder dan een jaar eerder.";
const BANKRUPT = "Het aantal faillissementen is in september met 12 procent gestegen.";
const CPB = "Het Centraal Planbureau verwacht dat de economie volgend jaar met 1 à 1,5 procent groeit.";
const TRADE = "Het handelsoverschot van Nederland bedroeg vorig jaar 92 miljard euro.";
const CHINA = "De export naar China bedroeg vorig jaar 22,3 miljard dollar.";
const ING = "ING sluit vijf kantoren en schrapt 950 banen.";
const DAMRAK = "Op het Damrak steeg Heineken 3,1 procent, terwijl Unilever met 1,4 procent daalde.";
const OIL = "De olieprijs steeg met 2 procent tot 78,40 dollar per vat.";
const DNB = "De Nederlandsche Bank verwacht voor volgend jaar een groei tussen de 1 en 1,5 procent.";
const AEX_RED = "De AEX eindigde 0,5 procent in de min op 880,12 punten.";
const AHOLD_DROP = "Ahold Delhaize meldde in Nederland een omzetdaling van 3 procent.";
const ADYEN = "Het aandeel Adyen schoot 12 procent omhoog, terwijl Besi 5,2 procent inleverde.";
const SLOWDOWN = "De groei van de Nederlandse economie vertraagde tot 0,3 procent.";
const BUND = "De Nederlandse tienjaarsrente steeg met 8 basispunten tot 2,71 procent.";

export const CORPUS: LanguageCorpus = {
  lang: "nl",
  honest: {
    text: [
      {
        article: "De inflatie daalde in oktober naar 3,9 procent.",
        deck: "Prijzen stegen in oktober met 3,9 procent op jaarbasis",
        note: "an inflation rate's level is a rise of prices",
      },
      {
        article: "De Chinese economische groei vertraagde in het derde kwartaal tot 4,6 procent.",
        deck: "Chinese economie groeide in het derde kwartaal met 4,6 procent",
        note: "a growth rate's level is a rise of the economy",
      },
      { article: AEX, deck: "AEX daalde 1,2 procent" },
      { article: AEX, deck: "AEX: −1,2% op 892,45 punten", note: "the fall as a minus sign, with its level" },
      { article: AEX, deck: "AEX sloot op 892,45 punten", note: "a level" },
      { article: AEX_AMX, deck: "AMX verloor 0,3%", note: "the other index of the sentence" },
      { article: INFLATION, deck: "Inflatie daalde in september naar 3,3%", note: "a level reached by a fall" },
      { article: INFLATION, deck: "Inflatie september: 3,3% (augustus: 3,7%)", note: "levels" },
      { article: INFLATION_FROM, deck: "Inflatie gedaald van 3,7% naar 3,3%", note: "from … to: both levels" },
      { article: ECB, deck: "ECB verlaagt rente met 0,25 procentpunt naar 2,25%", note: "25 basis points as 0.25 percentage point" },
      { article: ECB, deck: "ECB verlaagt de rente met een kwart procentpunt", note: "«een kwart» is 0.25" },
      { article: ECB, deck: "Depositorente omlaag naar 2,25 procent" },
      { article: GDP, deck: "Economie groeide in Q2 met 0,4%", note: "Q2 = tweede kwartaal" },
      { article: GDP, deck: "Bbp tweede kwartaal: +0,4%" },
      { article: GERMANY, deck: "Duitse economie: groei van min 0,2 procent in het derde kwartaal", note: "a negative growth in words" },
      { article: GERMANY, deck: "Duitse economie krimpt 0,2% in Q3" },
      { article: AHOLD, deck: "Ahold Delhaize: omzet Q3 € 22,5 mld", note: "«mld» for miljard, a telegraphic bullet" },
      { article: AHOLD, deck: "Omzet Ahold Delhaize +4,2% tot 22,5 miljard euro" },
      { article: ASML, deck: "ASML: nettowinst derde kwartaal 2,1 mrd euro", note: "«mrd», FD's abbreviation" },
      { article: PHILIPS, deck: "Philips: nettoverlies van 143 mln euro", note: "the amount of a loss, no fall" },
      { article: JOBS, deck: "Werkloosheid steeg in oktober tot 3,9%", note: "a level reached by a rise (liep op tot)" },
      { article: JOBS, deck: "Aantal werklozen: 392.000 (+9.000)" },
      { article: EXPORT, deck: "Uitvoer van goederen daalde in augustus met 2,3%", note: "separable liep … terug in the article" },
      { article: HOUSES, deck: "Huizenprijzen stegen 9,8% op jaarbasis", note: "«duurder» after the number is a rise" },
      { article: BANKRUPT, deck: "Faillissementen september: +12%", note: "the participle after the number" },
      { article: CPB, deck: "CPB: groei van 1 tot 1,5 procent volgend jaar", note: "1 à 1,5 as 1 tot 1,5" },
      { article: TRADE, deck: "Handelsoverschot: 92 mld euro" },
      { article: CHINA, deck: "Export naar China: 22,3 mld USD", note: "telegraphic, the currency as a code" },
      { article: ING, deck: "ING sluit 5 kantoren en schrapt 950 banen", note: "number word in the article, digit in the deck" },
      { article: BUND, deck: "Tienjaarsrente +0,08 procentpunt tot 2,71%", note: "basis points as percentage points" },
      { article: DAMRAK, deck: "Unilever verloor 1,4%", note: "the second subject of the sentence" },
      { article: ASML, deck: "ASML: nettowinst steeg 15%" },
      { article: OIL, deck: "Olieprijs: 78,40 dollar per vat (+2%)" },
      { article: DNB, deck: "DNB: groei volgend jaar 1–1,5%", note: "«tussen de 1 en 1,5» is a range" },
      { article: AEX_RED, deck: "AEX daalde 0,5%", note: "«in de min»: in the red" },
      { article: AHOLD_DROP, deck: "Omzet Ahold Delhaize in Nederland: −3%", note: "a compound ending in its word of change" },
      { article: ADYEN, deck: "Adyen steeg 12%", note: "separable «schoot … omhoog»" },
      { article: ECB, deck: "ECB verlaagt rente met een kwart procentpunt naar 2,25%" },
      {
        article: SLOWDOWN,
        deck: "Economie groeide 0,3%",
        note: "«groei» is a rate: its level of 0,3, reached by a fall of the rate, is a rise of 0,3",
      },
    ],
    figures: [
      { article: AEX, figure: { value: -1.2, unit: "%", label: "AEX", quote: "1,2 procent lager" } },
      {
        article: AHOLD,
        figure: { value: 22.5, unit: "EUR", scale: "billion", label: "Omzet Ahold Delhaize, derde kwartaal", quote: "22,5 miljard euro" },
      },
      {
        article: PHILIPS,
        figure: { value: 143, unit: "EUR", scale: "million", label: "Nettoverlies Philips", quote: "nettoverlies van 143 miljoen euro" },
      },
      {
        article: EXPORT,
        figure: { value: -2.3, unit: "%", label: "Uitvoer van goederen", quote: "liep in augustus met 2,3 procent terug" },
      },
      {
        article: ECB,
        figure: { value: -25, unit: "basispunten", label: "Depositorente ECB", quote: "verlaagt de depositorente met 25 basispunten" },
      },
      { article: JOBS, figure: { value: 392000, label: "Aantal werklozen", quote: "392.000" } },
    ],
  },
  slips: {
    text: [
      {
        kind: "sign",
        article: "De inflatie daalde in oktober naar 3,9 procent.",
        deck: "Prijzen daalden in oktober met 3,9 procent",
        note: "prices rose, at the rate the article gives",
      },
      {
        kind: "sign",
        article: "De Chinese economische groei vertraagde in het derde kwartaal tot 4,6 procent.",
        deck: "Chinese economie kromp in het derde kwartaal met 4,6 procent",
        note: "the economy grew",
      },
      {
        kind: "subject",
        article: "De totale inkomsten daalden met 2 procent tot 5,67 miljard euro. De rente-inkomsten stegen naar 4,1 miljard.",
        deck: "Rente-inkomsten met 2 procent gedaald tot 5,67 miljard euro",
      },
      {
        kind: "sign",
        article: "Aan de positieve kant stond Ahold Delhaize, dat 1,7 procent won.",
        deck: "Ahold Delhaize daalde 1,7 procent",
        note: "«won» after its number",
      },
      {
        kind: "sign",
        article: "De groei vertraagde in het derde kwartaal tot 0,3 procent.",
        deck: "Groei versnelde tot 0,3%",
        note: "the move read back past «in het derde kwartaal» to its level word",
      },
      { kind: "sign", article: AEX, deck: "AEX steeg 1,2 procent" },
      { kind: "sign", article: AEX, deck: "AEX: +1,2%" },
      {
        kind: "sign",
        article: INFLATION,
        deck: "Inflatie steeg in september naar 3,3%",
        note: "a level reached by a fall, said as reached by a rise",
      },
      { kind: "sign", article: INFLATION, deck: "Inflatie daalde in september met 3,3%", note: "a level written as a change" },
      { kind: "sign", article: ECB, deck: "ECB verhoogt rente met 25 basispunten" },
      { kind: "sign", article: GDP, deck: "Economie kromp in het tweede kwartaal met 0,4%" },
      {
        kind: "sign",
        article: PHILIPS,
        deck: "Philips boekt nettowinst van 143 miljoen euro",
        note: "the opposite of what the article calls the number",
      },
      {
        kind: "sign",
        article: JOBS,
        deck: "Werkloosheid daalde in oktober tot 3,9%",
      },
      { kind: "sign", article: EXPORT, deck: "Uitvoer nam in augustus met 2,3% toe", note: "separable verbs on both sides" },
      { kind: "sign", article: HOUSES, deck: "Huizen 9,8% goedkoper dan een jaar eerder" },
      { kind: "sign", article: TRADE, deck: "Handelstekort: 92 miljard euro" },
      { kind: "scale", article: AHOLD, deck: "Omzet Ahold Delhaize: 22,5 miljoen euro" },
      { kind: "scale", article: ASML, deck: "ASML: nettowinst 2,1 mln euro" },
      { kind: "unit", article: ECB, deck: "ECB verlaagt rente met 25 procentpunten", note: "basis points as percentage points" },
      { kind: "unit", article: BUND, deck: "Tienjaarsrente steeg 8 procent" },
      { kind: "unit", article: CHINA, deck: "Export naar China: 22,3 mld euro", note: "euros for dollars" },
      {
        kind: "subject",
        article: AEX_AMX,
        deck: "AMX sloot 0,8 procent hoger",
      },
      { kind: "subject", article: DAMRAK, deck: "Unilever steeg 3,1 procent" },
      { kind: "sign", article: AEX_RED, deck: "AEX sloot 0,5% in de plus" },
      { kind: "sign", article: AHOLD_DROP, deck: "Ahold Delhaize: omzetstijging van 3% in Nederland" },
      { kind: "sign", article: ADYEN, deck: "Adyen daalde 12%" },
      { kind: "sign", article: SLOWDOWN, deck: "Economie kromp 0,3%" },
      { kind: "unit", article: OIL, deck: "Olieprijs: 78,40 euro per vat" },
      { kind: "value", article: DNB, deck: "DNB verwacht groei van 1 tot 2 procent" },
      { kind: "period", article: GDP, deck: "Economie groeide in het derde kwartaal met 0,4%" },
      { kind: "period", article: INFLATION, deck: "Inflatie in oktober: 3,3%" },
      { kind: "number-words", article: ING, deck: "ING sluit zes kantoren" },
      { kind: "value", article: CPB, deck: "CPB verwacht groei van 1 à 2 procent" },
      { kind: "value", article: AEX, deck: "AEX sloot op 829,45 punten" },
    ],
    figures: [
      { kind: "sign", article: AEX, figure: { value: 1.2, unit: "%", label: "AEX", quote: "1,2 procent lager" } },
      {
        kind: "scale",
        article: AHOLD,
        figure: { value: 22.5, unit: "EUR", scale: "million", label: "Omzet Ahold Delhaize", quote: "22,5 miljard euro" },
      },
      {
        kind: "unit",
        article: AHOLD,
        figure: { value: 22.5, unit: "USD", scale: "billion", label: "Omzet Ahold Delhaize", quote: "22,5 miljard euro" },
      },
      {
        kind: "sign",
        article: PHILIPS,
        figure: { value: 143, unit: "EUR", scale: "million", label: "Nettowinst Philips", quote: "nettoverlies van 143 miljoen euro" },
      },
      {
        kind: "sign",
        article: EXPORT,
        figure: { value: 2.3, unit: "%", label: "Uitvoer van goederen", quote: "liep in augustus met 2,3 procent terug" },
      },
      { kind: "period", article: GDP, figure: { value: 0.4, unit: "%", label: "Groei bbp, derde kwartaal", quote: "met 0,4 procent" } },
    ],
  },
};
