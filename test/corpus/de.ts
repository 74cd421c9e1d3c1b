// German truth corpus: Destatis export statistics, Ifo/ZEW, inflation, labour market, DAX and company
// results, with what a deck says of them. Honest pairs must pass the figure check; slips must fail it.
import type { LanguageCorpus } from "./corpus-types.ts";

export const CORPUS: LanguageCorpus = {
  lang: "de",
  honest: {
    text: [
      {
        article:
          "Die Verbraucherpreise lagen um 2,4 Prozent über dem Niveau des Vorjahresmonats. Energie verbilligte sich binnen Jahresfrist um 0,7 Prozent, nach einem Rückgang um 2,4 Prozent im August.",
        deck: "Preise stiegen binnen Jahresfrist um 2,4 Prozent",
        note: "«über dem Niveau» is a rise; «binnen Jahresfrist» names no measure",
      },
      {
        article:
          "Die Inflationsrate in Deutschland betrug im Dezember 2,6 Prozent, wie das Statistische Bundesamt am Montag mitteilte. Im November hatte sie noch bei 2,2 Prozent gelegen.",
        deck: "Die Verbraucherpreise stiegen im Dezember um 2,6 Prozent",
        note: "a level's move read past the verb's object, a month's percentage, a move's start",
      },
      {
        article: "Die Exporte sanken und die Inflation ist von 2,0 auf 2,4 Prozent gestiegen.",
        deck: "Die Inflation ist von 2,0 auf 2,4 Prozent gestiegen.",
        note: "a rate's move or level read in its own clause",
      },
      {
        article:
          "Die Verbraucherpreise stiegen im Oktober gegenüber dem Vorjahresmonat um 2,0 Prozent. Gegenüber dem Vormonat stiegen sie um 0,4 Prozent.",
        deck: "Die Preise stiegen im Oktober um 2,0 Prozent zum Vorjahresmonat",
        note: "a change against the basis the article gives it",
      },
      {
        article: "Die Inflationsrate in Deutschland sank im März auf 2,2 Prozent, nach 2,5 Prozent im Februar.",
        deck: "Verbraucherpreise stiegen im März um 2,2 Prozent",
        note: "die Inflationsrate ist eine Rate: ihr Stand ist ein Anstieg der Preise",
      },
      {
        article: "Das Wirtschaftswachstum in China verlangsamte sich im dritten Quartal auf 4,6 Prozent.",
        deck: "Chinas Wirtschaft wuchs im dritten Quartal um 4,6 Prozent",
        note: "a rate named ten words before its number",
      },
      {
        article: "Westwerk hat seine Umsatzprognose von 5 Prozent auf 2 Prozent gesenkt.",
        deck: "Westwerk senkt die Umsatzprognose von 5 auf 2 Prozent",
      },
      {
        article: "Der DAX drehte nach anfänglichen Verlusten ins Plus und schloss 1,2 Prozent höher.",
        deck: "DAX schließt mit Gewinnen von 1,2 Prozent",
        note: "the losses are another clause's",
      },
      { article: "Das Wachstum soll zwischen 1 und 1,5 Prozent liegen.", deck: "Wachstum: 1–1,5 %", note: "zwischen … und is a range" },
      {
        article: "Die Commerzbank meldete einen Nettoverlust von 1,2 Milliarden Euro.",
        deck: "Commerzbank: Nettoverlust 1,2 Mrd. Euro",
        note: "the article's word for what the number is",
      },
      { article: "Der Dax schloss am Freitag 1,8 Prozent leichter bei 19.210,81 Punkten.", deck: "Dax verliert 1,8 %" },
      { article: "Rheinmetall hob die Prognose um 15 Prozent an.", deck: "Rheinmetall hebt Prognose um 15 Prozent an" },
      {
        article: "Siemens steigerte den Nettogewinn im dritten Quartal um 12 Prozent auf 2,1 Milliarden Euro.",
        deck: "Siemens: Nettogewinn 2,1 Mrd Euro",
        note: "«Mrd» typed without its point",
      },
      {
        article:
          "Die deutschen Exporte sind im August überraschend deutlich gesunken. Sie nahmen gegenüber dem Vormonat um 1,8 Prozent ab, wie das Statistische Bundesamt (Destatis) am Mittwoch mitteilte.",
        deck: "Destatis: Exporte sanken im August um 1,8 %",
        note: "separable verb (nahmen … ab) in a pronoun sentence; the deck's sank agrees",
      },
      {
        article: "Die Exporte in die USA sanken im August gegenüber dem Vormonat um 2,5 Prozent auf 12,1 Milliarden Euro.",
        deck: "Ausfuhren in die USA: −2,5 % auf 12,1 Mrd. €",
        note: "a minus sign agrees with sanken; Ausfuhren for Exporte; Mrd. for Milliarden",
      },
      {
        article: "Die Ausfuhren nach China schrumpften um 7,3 Prozent auf 6,7 Milliarden Euro.",
        deck: "China-Exporte schrumpften auf 6,7 Mrd. Euro",
        note: "a fall to a level, said as a fall to a level",
      },
      {
        article: "Die Ausfuhren nach Frankreich und in die Niederlande stiegen jeweils um 0,4 Prozent.",
        deck: "Exporte nach Frankreich stiegen um 0,4 %",
        note: "jeweils: one number for two subjects",
      },
      {
        article: "Das Ifo-Geschäftsklima fiel im September auf 87,7 Punkte, nach 88,9 Punkten im August.",
        deck: "Ifo-Index fiel im September auf 87,7 Punkte",
      },
      {
        article:
          "Die Inflationsrate in Deutschland ist im September auf 2,4 Prozent gestiegen. Im August hatte sie bei 2,2 Prozent gelegen.",
        deck: "Inflation stieg im September auf 2,4 %",
      },
      {
        article: "Die Auftragseingänge in der Industrie sind seit fünf Monaten rückläufig.",
        deck: "Aufträge seit 5 Monaten rückläufig",
        note: "number word in the article, digit in the deck",
      },
      {
        article: "Volkswagen will bis 2030 in Deutschland 35.000 Stellen abbauen und zwei Werke schließen.",
        deck: "Volkswagen schließt 2 Werke und streicht 35.000 Stellen",
      },
      {
        article: "Der DAX hat in dieser Woche an 4 von 5 Handelstagen zugelegt.",
        deck: "DAX: vier von fünf Handelstagen im Plus",
        note: "digits in the article, number words in the deck",
      },
      {
        article: "Die Bundesregierung hat ein Paket mit 40 Einzelmaßnahmen für mehr Wachstum beschlossen.",
        deck: "Wachstumspaket mit vierzig Maßnahmen",
        note: "a tens number word",
      },
      {
        article: "Im dritten Quartal 2025 wuchs das Bruttoinlandsprodukt gegenüber dem Vorquartal um 0,1 Prozent.",
        deck: "BIP wuchs im Q3 2025 um 0,1 %",
        note: "Q3 2025 = drittes Quartal 2025",
      },
      {
        article: "Im zweiten Quartal 2025 schrumpfte die deutsche Wirtschaft um 0,3 Prozent.",
        deck: "Wirtschaft schrumpfte im 2. Quartal 2025 um 0,3 %",
      },
      {
        article: "Im 3. Quartal 2025 erzielte Adidas einen Umsatz von 6,63 Milliarden Euro.",
        deck: "Adidas: 6,63 Mrd. € Umsatz im dritten Quartal 2025",
      },
      {
        article: "Im ersten Halbjahr 2025 exportierte Deutschland Waren im Wert von 786,0 Milliarden Euro.",
        deck: "Exporte H1 2025: 786,0 Mrd. Euro",
        note: "H1 = erstes Halbjahr",
      },
      {
        article: "Der DAX schloss am Freitag 1,2 Prozent höher bei 24.240,82 Punkten.",
        deck: "DAX schließt 1,2 % höher bei 24.240,82 Punkten",
      },
      {
        article: "Der Leitindex DAX gab am Dienstag um 0,6 Prozent auf 23.745,06 Zähler nach.",
        deck: "DAX verlor 0,6 %",
      },
      {
        article: "Der Handelsbilanzüberschuss betrug im August 17,2 Milliarden Euro.",
        deck: "Überschuss: 17,2 Mrd. €",
        note: "the deck names no one",
      },
      {
        article: "Die Zahl der Arbeitslosen stieg im September um 14.000 auf 2,955 Millionen, teilte die Bundesagentur für Arbeit mit.",
        deck: "Arbeitslose: 2,955 Mio.",
      },
      {
        article: "Die Arbeitslosenquote erhöhte sich um 0,1 Prozentpunkte auf 6,3 Prozent.",
        deck: "Arbeitslosenquote: plus 0,1 Prozentpunkte auf 6,3 %",
      },
      {
        article: "Die Importe aus China lagen mit 13,4 Milliarden Euro um 4,8 Prozent höher als im Vorjahresmonat.",
        deck: "4,8 Prozent mehr Importe aus China",
        note: "comparative: höher in the article, mehr in the deck",
      },
      {
        article: "Bei den Auftragseingängen verzeichnete die Industrie im Juli ein Minus von 2,9 Prozent.",
        deck: "Aufträge im Juli: Rückgang um 2,9 %",
      },
      {
        article: "Die Umsätze im Einzelhandel erreichten real ein Plus von 3,1 Prozent zum Vorjahresmonat.",
        deck: "Einzelhandel: Umsatz real um 3,1 % gestiegen",
      },
      {
        article: "Die ZEW-Konjunkturerwartungen brachen im April um 65,6 Punkte auf minus 14,0 Punkte ein.",
        deck: "ZEW-Erwartungen brachen auf minus 14,0 Punkte ein",
        note: "minus here writes a negative level, not a fall of 14,0",
      },
      {
        article: "Der Überschuss im Handel mit den USA verringerte sich im August auf 5,6 Milliarden Euro.",
        deck: "Handelsüberschuss mit den USA sank auf 5,6 Mrd. Euro",
      },
      {
        article: "Die Exporte nach Polen nahmen im August kräftig zu. Sie stiegen um 6,2 Prozent auf 8,1 Milliarden Euro.",
        deck: "Polen-Exporte stiegen um 6,2 %",
        note: "the number's sentence names no subject (Sie); the deck names the one of the sentence before",
      },
      {
        article: "Die Ausfuhren nach Italien und Österreich gingen jeweils um 1,1 Prozent zurück.",
        deck: "Exporte nach Österreich gingen um 1,1 % zurück",
      },
      {
        article: "Siemens steigerte den Umsatz im Geschäftsjahr 2024 um 2 Prozent auf 75,9 Milliarden Euro.",
        deck: "Siemens-Umsatz 2024: 75,9 Mrd. €",
      },
      {
        article: "SAP erhöhte den Cloud-Umsatz im dritten Quartal um 27 Prozent auf 4,35 Milliarden Euro.",
        deck: "SAP: Cloud-Umsatz im Q3 +27 %",
      },
      {
        article: "Die Staatsverschuldung stieg Ende 2024 auf 2,69 Billionen Euro.",
        deck: "Staatsschulden Ende 2024: 2,69 Billionen €",
      },
      {
        article: "Die Kerninflation ohne Energie und Nahrungsmittel lag im September bei 2,8 Prozent.",
        deck: "Kerninflation: 2,8 %",
      },
      {
        article: "Nahrungsmittel verteuerten sich im September um 2,1 %.",
        deck: "Lebensmittel 2,1 Prozent teurer",
      },
      {
        article: "Energie verbilligte sich binnen Jahresfrist um 0,7 Prozent.",
        deck: "Energiepreise sanken um 0,7 %",
      },
      {
        article: "Die Lufthansa beförderte im Juli 14,3 Millionen Passagiere.",
        deck: "Lufthansa: 14,3 Mio. Fluggäste im Juli",
      },
      {
        article:
          "Die Exporte in die EU-Staaten stiegen um 0,9 Prozent auf 68,9 Milliarden Euro, die in Drittstaaten sanken um 3,7 Prozent.",
        deck: "EU-Exporte stiegen um 0,9 % auf 68,9 Mrd. €",
        note: "sanken belongs to the other number of the sentence",
      },
      {
        article: "Die Wirtschaft der Eurozone ist im dritten Quartal um 0,2 Prozent gewachsen.",
        deck: "Eurozone: BIP +0,2 % im 3. Quartal",
      },
      {
        article: "Die Zahl der Firmenpleiten hat im Oktober gegenüber dem Vormonat um 5,2 Prozent abgenommen.",
        deck: "Insolvenzen im Oktober um 5,2 % gesunken",
      },
      {
        article: "Die deutsche Wirtschaft ist 2024 das zweite Jahr in Folge geschrumpft: Das BIP ging um 0,2 Prozent zurück.",
        deck: "BIP 2024: minus 0,2 %",
      },
      {
        article: "Die Industrieproduktion erhöhte sich im September um 1,3 Prozent.",
        deck: "Produktion legte im September um 1,3 % zu",
      },
      {
        article: "Mercedes-Benz verkaufte im dritten Quartal 441.500 Pkw, ein Rückgang um 12 Prozent.",
        deck: "Mercedes-Benz: Absatz sank um 12 %",
      },
    ],
    figures: [
      {
        article: "Die Europäische Zentralbank senkte den Einlagensatz um 0,25 Prozentpunkte auf 3,5 Prozent.",
        figure: {
          value: -0.25,
          unit: "Prozentpunkte",
          label: "Einlagensatz der Zentralbank",
          quote: "senkte den Einlagensatz um 0,25 Prozentpunkte",
        },
        note: "senkte: a cut, its object between verb and number",
      },
      {
        article: "Die Europäische Zentralbank senkte den Einlagensatz um 0,25 Prozentpunkte auf 3,5 Prozent.",
        figure: { value: 3.5, unit: "%", label: "Einlagensatz der Zentralbank", quote: "auf 3,5 Prozent" },
        note: "the level after a cut stays positive",
      },
      {
        article: "Die Exporte in die USA sanken im August gegenüber dem Vormonat um 2,5 Prozent auf 12,1 Milliarden Euro.",
        figure: {
          value: -2.5,
          unit: "%",
          label: "Exporte in die USA, August",
          quote: "Die Exporte in die USA sanken im August gegenüber dem Vormonat um 2,5 Prozent",
        },
      },
      {
        article: "Die Exporte in die USA sanken im August gegenüber dem Vormonat um 2,5 Prozent auf 12,1 Milliarden Euro.",
        figure: {
          value: 12.1,
          unit: "EUR",
          scale: "billion",
          label: "Exporte in die USA im August",
          quote: "auf 12,1 Milliarden Euro",
        },
        note: "a level after a fall stays positive",
      },
      {
        article: "Die Ausfuhren nach China schrumpften um 7,3 Prozent auf 6,7 Milliarden Euro.",
        figure: {
          value: 7.3,
          unit: "%",
          label: "Rückgang der Exporte nach China",
          quote: "schrumpften um 7,3 Prozent",
          direction: "label",
        },
      },
      {
        article: "Die Arbeitslosenquote erhöhte sich um 0,1 Prozentpunkte auf 6,3 Prozent.",
        figure: {
          value: 0.1,
          unit: "Prozentpunkte",
          label: "Anstieg der Arbeitslosenquote",
          quote: "erhöhte sich um 0,1 Prozentpunkte",
        },
      },
      {
        article: "Das Ifo-Geschäftsklima fiel im September auf 87,7 Punkte, nach 88,9 Punkten im August.",
        figure: {
          value: 87.7,
          unit: "Punkte",
          label: "Ifo-Geschäftsklima, September",
          quote: "fiel im September auf 87,7 Punkte",
        },
      },
      {
        article: "Die Lufthansa beförderte im Juli 14,3 Millionen Passagiere.",
        figure: {
          value: 14.3,
          scale: "million",
          unit: "Passagiere",
          label: "Lufthansa-Passagiere im Juli",
          quote: "14,3 Millionen Passagiere",
        },
      },
      {
        article: "Die Staatsverschuldung stieg Ende 2024 auf 2,69 Billionen Euro.",
        figure: {
          value: 2.69,
          unit: "EUR",
          scale: "trillion",
          label: "Staatsverschuldung Ende 2024",
          quote: "auf 2,69 Billionen Euro",
        },
      },
      {
        article: "Die Exporte nach Polen nahmen im August kräftig zu. Sie stiegen um 6,2 Prozent auf 8,1 Milliarden Euro.",
        figure: {
          value: 6.2,
          unit: "%",
          label: "Exporte nach Polen, August",
          quote: "Sie stiegen um 6,2 Prozent",
        },
        note: "the quote's sentence names no subject",
      },
      {
        article: "Die ZEW-Konjunkturerwartungen brachen im April um 65,6 Punkte auf minus 14,0 Punkte ein.",
        figure: {
          value: -14.0,
          unit: "Punkte",
          label: "ZEW-Konjunkturerwartungen im April",
          quote: "auf minus 14,0 Punkte",
        },
        note: "a negative level",
      },
      {
        article: "Der Autobauer BMW verdiente im dritten Quartal 1,7 Mrd. Euro vor Steuern.",
        figure: {
          value: 1.7,
          unit: "EUR",
          scale: "billion",
          label: "BMW-Vorsteuergewinn, 3. Quartal",
          quote: "1,7 Mrd. Euro",
        },
      },
    ],
  },
  slips: {
    text: [
      {
        kind: "sign",
        article: "Die Bundesregierung senkte ihre Wachstumsprognose für 2024 auf 0,2 Prozent.",
        deck: "Die Bundesregierung hob ihre Wachstumsprognose auf 0,2 Prozent an",
        note: "a forecast cut said as raised, a level's move reversed, a start given as an end",
      },
      {
        kind: "sign",
        article:
          "Die Inflationsrate in Deutschland betrug im Dezember 2,6 Prozent, wie das Statistische Bundesamt am Montag mitteilte. Im November hatte sie noch bei 2,2 Prozent gelegen.",
        deck: "Die Verbraucherpreise sanken im Dezember um 2,6 Prozent",
        note: "a forecast cut said as raised, a level's move reversed, a start given as an end",
      },
      {
        kind: "sign",
        article: "Die Exporte sanken und die Inflation ist von 2,0 auf 2,4 Prozent gestiegen.",
        deck: "Die Inflation ist von 2,0 auf 2,4 Prozent gesunken.",
        note: "another number's level or move given to this one",
      },
      {
        kind: "sign",
        article: "Die Inflationsrate stieg im Oktober auf 2,0 Prozent, nach 1,6 Prozent im September.",
        deck: "Die Verbraucherpreise stiegen im Oktober um 1,6 Prozent",
        note: "another number's level or move given to this one",
      },
      {
        kind: "value",
        article:
          "Die Verbraucherpreise stiegen im Oktober gegenüber dem Vorjahresmonat um 2,0 Prozent. Gegenüber dem Vormonat stiegen sie um 0,4 Prozent.",
        deck: "Gegenüber dem Vorjahr stiegen die Preise im Oktober um 0,4 Prozent",
        note: "a month's (or the period before's) change called a year's, or the other way",
      },
      {
        kind: "sign",
        article: "Die Inflationsrate in Deutschland sank im März auf 2,2 Prozent, nach 2,5 Prozent im Februar.",
        deck: "Verbraucherpreise sanken im März um 2,2 Prozent",
        note: "prices rose 2,2 Prozent",
      },
      {
        kind: "sign",
        article: "Das Wirtschaftswachstum in China verlangsamte sich im dritten Quartal auf 4,6 Prozent.",
        deck: "Chinas Wachstum beschleunigte sich im dritten Quartal auf 4,6 Prozent",
        note: "the rate slowed to 4,6",
      },
      { kind: "subject", article: "Der Umsatz stieg um 4,8 Prozent. Der Gewinn sank um 2 Prozent.", deck: "Gewinn plus 4,8 Prozent" },
      {
        kind: "sign",
        article: "Westwerk hat seine Umsatzprognose von 5 Prozent auf 2 Prozent gesenkt.",
        deck: "Westwerk hebt die Umsatzprognose von 2 auf 5 Prozent an",
        note: "start and end swapped",
      },
      { kind: "sign", article: "Die Arbeitslosenquote sank von 6,4 auf 6,3 Prozent.", deck: "Arbeitslosenquote steigt auf 6,3 Prozent" },
      {
        kind: "sign",
        article: "Der Euro Stoxx 50 stieg um 0,9 %. Die EZB-Volkswirte erwarten ein Wachstum von 0,9 % im kommenden Jahr.",
        deck: "Euro Stoxx 50 −0,9 %",
        note: "the message names the index's own rise, not the ECB's 0,9 %, which a fix would copy",
      },
      {
        kind: "sign",
        article: "Die Commerzbank meldete einen Nettoverlust von 1,2 Milliarden Euro.",
        deck: "Commerzbank mit Nettogewinn von 1,2 Milliarden Euro",
        note: "the opposite of what the article calls the number",
      },
      {
        kind: "sign",
        article: "Der Dax schloss am Freitag 1,8 Prozent tiefer bei 19.210,81 Punkten.",
        deck: "Dax steigt um 1,8 %",
        note: "«tiefer»",
      },
      { kind: "sign", article: "Der MDax ging 0,7 Prozent fester aus dem Handel.", deck: "MDax verliert 0,7 %", note: "«fester»" },
      {
        kind: "sign",
        article: "Die Europäische Zentralbank senkte den Einlagensatz um 0,25 Prozentpunkte auf 3,25 Prozent.",
        deck: "EZB hebt Einlagensatz um 0,25 Prozentpunkte an",
        note: "«hebt … an», a separable verb",
      },
      {
        kind: "sign",
        article: "Die EZB erhöhte den Leitzins um 0,25 Prozentpunkte.",
        deck: "EZB senkt Leitzins um 0,25 Prozentpunkte",
        note: "present tense",
      },
      {
        kind: "scale",
        article: "Siemens steigerte den Nettogewinn im dritten Quartal um 12 Prozent auf 2,1 Milliarden Euro.",
        deck: "Siemens: Nettogewinn 2,1 Mio Euro",
        note: "«Mio» without its point was no scale word: a thousandth of the article's profit passed",
      },
      {
        kind: "scale",
        article: "Siemens steigerte den Nettogewinn im dritten Quartal um 12 Prozent auf 2,1 Milliarden Euro.",
        deck: "Siemens: Nettogewinn 2,1 Tsd. Euro",
      },
      {
        kind: "unit",
        article: "Die Rendite zehnjähriger Bundesanleihen stieg um 8 Basispunkte auf 2,41 Prozent.",
        deck: "Bundrendite steigt um 8 Prozentpunkte",
        note: "basis points as percentage points: a hundred times the move",
      },
      // sign
      {
        kind: "sign",
        article: "Die Exporte nahmen im August gegenüber dem Vormonat um 1,8 Prozent ab.",
        deck: "Exporte stiegen im August um 1,8 %",
      },
      {
        kind: "sign",
        article: "Die Ausfuhren nach China sanken im August um 7,3 Prozent.",
        deck: "China-Exporte legten im August um 7,3 % zu",
      },
      {
        kind: "sign",
        article: "Die Inflationsrate sank im Oktober auf 2,2 Prozent.",
        deck: "Inflation sank im Oktober um 2,2 %",
        note: "a level written as a change",
      },
      {
        kind: "sign",
        article: "Die Arbeitslosenquote stieg im September auf 6,3 Prozent.",
        deck: "Arbeitslosenquote stieg im September um 6,3 %",
        note: "a level written as a change",
      },
      {
        kind: "sign",
        article: "Der DAX gab am Dienstag um 0,6 Prozent auf 23.745,06 Punkte nach. Der Leitindex verlor damit zum dritten Mal in Folge.",
        deck: "DAX legte am Dienstag 0,6 % zu",
      },
      {
        kind: "sign",
        article: "Die Industrieproduktion erhöhte sich im September um 1,3 Prozent.",
        deck: "Produktion im September: Rückgang um 1,3 %",
      },
      {
        kind: "sign",
        article: "Bei den Auftragseingängen verzeichnete die Industrie im Juli ein Minus von 2,9 Prozent.",
        deck: "Aufträge im Juli: ein Plus von 2,9 %",
      },
      {
        kind: "sign",
        article: "Die ZEW-Konjunkturerwartungen stiegen im Oktober um 6,7 Punkte.",
        deck: "ZEW-Erwartungen im Oktober: minus 6,7 Punkte",
      },
      {
        kind: "sign",
        article: "Die Importe aus China lagen um 4,8 Prozent höher als im Vorjahresmonat.",
        deck: "4,8 Prozent weniger Importe aus China",
      },
      {
        kind: "sign",
        article: "Die Exporte nach Frankreich wuchsen im August um 0,4 Prozent.",
        deck: "Frankreich-Exporte schrumpften im August um 0,4 %",
      },
      // scale
      {
        kind: "scale",
        article: "Deutschland exportierte im August Waren im Wert von 129,7 Milliarden Euro.",
        deck: "Exporte im August: 129,7 Mio. Euro",
      },
      {
        kind: "scale",
        article: "Die Exporte nach China sanken auf 6,7 Milliarden Euro.",
        deck: "China-Exporte sanken auf 6,7 Millionen Euro",
      },
      {
        kind: "scale",
        article: "Der Bund nimmt 2025 neue Schulden von 81,8 Milliarden Euro auf.",
        deck: "Neue Schulden 2025: 81,8 Mio. Euro",
      },
      {
        kind: "scale",
        article: "Die Staatsverschuldung stieg Ende 2024 auf 2,69 Billionen Euro.",
        deck: "Staatsschulden stiegen auf 2,69 Mrd. Euro",
        note: "the English billion read into German",
      },
      {
        kind: "scale",
        article: "Siemens erzielte im Geschäftsjahr einen Gewinn nach Steuern von 9,0 Milliarden Euro.",
        deck: "Siemens: Gewinn von 9,0 Mio. €",
      },
      {
        kind: "scale",
        article: "Die Zahl der Erwerbstätigen lag im September bei 46,0 Millionen.",
        deck: "Erwerbstätige: 46,0 Mrd.",
      },
      // subject
      {
        kind: "subject",
        article: "Die Exporte in die EU schrumpften im August um 1,8 Prozent. Die Ausfuhren nach China stiegen um 0,9 Prozent.",
        deck: "China-Exporte schrumpften um 1,8 %",
        note: "the EU's number given to China",
      },
      {
        kind: "subject",
        article:
          "Die Ausfuhren in die USA sanken um 2,5 Prozent. In das Vereinigte Königreich wurden dagegen 6,2 Prozent mehr Waren exportiert.",
        deck: "USA: 6,2 Prozent mehr Exporte",
      },
      {
        kind: "subject",
        article: "Der DAX schloss 1,2 Prozent höher. Der Euro Stoxx 50 legte 0,8 Prozent zu.",
        deck: "DAX legte 0,8 % zu",
      },
      {
        kind: "subject",
        article: "Siemens steigerte den Umsatz um 2 Prozent. Bei BMW sank der Umsatz im dritten Quartal um 8,8 Prozent.",
        deck: "Siemens: Umsatz sank um 8,8 %",
      },
      {
        kind: "subject",
        article: "In Deutschland lag die Inflationsrate im September bei 2,4 Prozent. In Frankreich betrug sie 1,1 Prozent.",
        deck: "Inflation in Deutschland: 1,1 %",
      },
      {
        kind: "subject",
        article:
          "Die Exporte nach Japan und Südkorea stiegen jeweils um 3,4 Prozent. Die Ausfuhren nach Indien gingen um 5,0 Prozent zurück.",
        deck: "Exporte nach Japan gingen um 5,0 % zurück",
      },
      {
        kind: "subject",
        article: "Volkswagen lieferte im dritten Quartal 2,2 Millionen Fahrzeuge aus. Mercedes-Benz kam auf 441.500 Autos.",
        deck: "Volkswagen lieferte 441.500 Autos aus",
        known:
          "the article writes the other subject only at the start of a sentence, where a capital says nothing: it is read as a name only when the deck writes it too",
      },
      {
        kind: "subject",
        article: "Das Ifo-Geschäftsklima sank im September auf 87,7 Punkte. Die ZEW-Konjunkturerwartungen fielen auf 37,3 Punkte.",
        deck: "Ifo-Index fiel auf 37,3 Punkte",
      },
      // unit
      {
        kind: "unit",
        article: "Die Arbeitslosenquote erhöhte sich um 0,3 Prozentpunkte auf 6,4 Prozent.",
        deck: "Arbeitslosenquote erhöhte sich um 0,3 %",
        note: "Prozent for Prozentpunkte",
      },
      {
        kind: "unit",
        article: "Die EZB senkte den Einlagensatz um 0,25 Prozentpunkte auf 2,0 Prozent.",
        deck: "EZB senkt Einlagensatz um 0,25 %",
      },
      {
        kind: "unit",
        article: "Die Exporte in die USA beliefen sich im August auf 12,1 Milliarden Euro.",
        deck: "USA-Exporte im August: 12,1 Mrd. Dollar",
      },
      {
        kind: "unit",
        article: "Der Ifo-Geschäftsklimaindex sank im September um 1,2 Punkte.",
        deck: "Ifo-Index sank im September um 1,2 %",
        note: "index points written as percent",
      },
      {
        kind: "unit",
        article: "Die Sparquote der privaten Haushalte stieg um 0,4 Prozentpunkte auf 11,1 Prozent.",
        deck: "Sparquote stieg um 0,4 Prozent",
      },
      {
        kind: "unit",
        article: "Infineon erzielte im vierten Quartal einen Umsatz von 3,9 Milliarden Euro.",
        deck: "Infineon: Umsatz 3,9 Mrd. Dollar",
      },
      // number-words
      {
        kind: "number-words",
        article: "Die Auftragseingänge in der Industrie sind seit vier Monaten rückläufig.",
        deck: "Aufträge seit 5 Monaten rückläufig",
      },
      {
        kind: "number-words",
        article: "Volkswagen will bis 2030 in Deutschland zwei Werke schließen.",
        deck: "Volkswagen schließt bis 2030 drei Werke",
      },
      {
        kind: "number-words",
        article: "Der Vorstand soll von 7 auf 5 Mitglieder verkleinert werden.",
        deck: "Vorstand schrumpft von sieben auf vier Mitglieder",
      },
      {
        kind: "number-words",
        article: "Thyssenkrupp will in den nächsten sechs Jahren 11.000 Stellen abbauen.",
        deck: "Thyssenkrupp streicht 11.000 Stellen in 7 Jahren",
      },
      {
        kind: "number-words",
        article: "Rund dreißig Unternehmen haben sich an der Ausschreibung beteiligt.",
        deck: "Rund 40 Unternehmen bei der Ausschreibung",
      },
      // period
      {
        kind: "period",
        article: "Im dritten Quartal 2025 wuchs das Bruttoinlandsprodukt um 0,1 Prozent.",
        deck: "BIP wuchs im Q2 2025 um 0,1 %",
        note: "a wrong quarter",
      },
      {
        kind: "period",
        article: "Im ersten Halbjahr 2025 stiegen die Exporte in die USA um 3,9 Prozent.",
        deck: "USA-Exporte im H2 2025: +3,9 %",
      },
      {
        kind: "period",
        article: "Im 2. Quartal 2025 lag der Umsatz von SAP bei 9,03 Milliarden Euro.",
        deck: "SAP-Umsatz im dritten Quartal 2025: 9,03 Mrd. €",
      },
      {
        kind: "period",
        article: "Im Jahr 2024 ging das Bruttoinlandsprodukt um 0,2 Prozent zurück.",
        deck: "BIP 2023: minus 0,2 %",
      },
      {
        kind: "period",
        article: "Im August sanken die Exporte gegenüber dem Vormonat um 0,5 Prozent.",
        deck: "Exporte sanken im Juli um 0,5 %",
      },
      // value
      {
        kind: "value",
        article: "Die Inflationsrate in Deutschland lag im September bei 2,4 Prozent.",
        deck: "Inflation im September: 2,2 %",
      },
      {
        kind: "value",
        article: "Der DAX schloss am Freitag bei 24.240,82 Punkten.",
        deck: "DAX schließt bei 24.420,82 Punkten",
        note: "transposed digits",
      },
      {
        kind: "value",
        article: "Die Exporte beliefen sich im August auf 129,7 Milliarden Euro.",
        deck: "Exporte im August: 127,9 Mrd. Euro",
      },
      {
        kind: "value",
        article: "Das Ifo-Geschäftsklima fiel im September auf 87,7 Punkte.",
        deck: "Ifo-Index fiel im September auf 88,7 Punkte",
      },
      {
        kind: "value",
        article: "Die Zahl der Arbeitslosen stieg im September um 14.000 auf 2,955 Millionen.",
        deck: "Arbeitslose: plus 41.000",
      },
    ],
    figures: [
      {
        kind: "sign",
        article: "Die Commerzbank meldete einen Nettoverlust von 1,2 Milliarden Euro.",
        figure: { value: 1.2, unit: "EUR", scale: "billion", label: "Commerzbank Gewinn", quote: "Nettoverlust von 1,2 Milliarden Euro" },
        note: "the label names the opposite",
      },
      {
        kind: "unit",
        article: "Die Rendite zehnjähriger Bundesanleihen stieg um 8 Basispunkte auf 2,41 Prozent.",
        figure: { value: 8, unit: "Prozentpunkte", label: "Rendite zehnjähriger Bundesanleihen", quote: "um 8 Basispunkte" },
        note: "the figure would print 8 Prozentpunkte",
      },
      {
        kind: "sign",
        article: "Die Europäische Zentralbank senkte den Einlagensatz um 0,25 Prozentpunkte auf 3,5 Prozent.",
        figure: {
          value: 0.25,
          unit: "Prozentpunkte",
          label: "Einlagensatz der Zentralbank",
          quote: "senkte den Einlagensatz um 0,25 Prozentpunkte",
        },
        note: "a cut of 0,25 points written as a rise",
      },
      {
        kind: "sign",
        article: "Die Exporte in die USA sanken im August gegenüber dem Vormonat um 2,5 Prozent auf 12,1 Milliarden Euro.",
        figure: {
          value: 2.5,
          unit: "%",
          label: "Exporte in die USA, August",
          quote: "Die Exporte in die USA sanken im August gegenüber dem Vormonat um 2,5 Prozent",
        },
      },
      {
        kind: "sign",
        article: "Die Ausfuhren nach China schrumpften um 7,3 Prozent auf 6,7 Milliarden Euro.",
        figure: {
          value: 7.3,
          unit: "%",
          label: "Anstieg der Exporte nach China",
          quote: "schrumpften um 7,3 Prozent",
          direction: "label",
        },
        note: "the label says a rise where the article says a fall",
      },
      {
        kind: "scale",
        article: "Die Exporte in die USA sanken im August gegenüber dem Vormonat um 2,5 Prozent auf 12,1 Milliarden Euro.",
        figure: {
          value: 12.1,
          unit: "EUR",
          scale: "million",
          label: "Exporte in die USA im August",
          quote: "auf 12,1 Milliarden Euro",
        },
      },
      {
        kind: "scale",
        article: "Die Staatsverschuldung stieg Ende 2024 auf 2,69 Billionen Euro.",
        figure: {
          value: 2.69,
          unit: "EUR",
          scale: "billion",
          label: "Staatsverschuldung Ende 2024",
          quote: "auf 2,69 Billionen Euro",
        },
      },
      {
        kind: "subject",
        article: "Die Exporte in die EU schrumpften im August um 1,8 Prozent. Die Ausfuhren nach China stiegen um 0,9 Prozent.",
        figure: {
          value: -1.8,
          unit: "%",
          label: "Exporte nach China, August",
          quote: "Die Exporte in die EU schrumpften im August um 1,8 Prozent",
        },
      },
      {
        kind: "unit",
        article: "Die Arbeitslosenquote erhöhte sich um 0,1 Prozentpunkte auf 6,3 Prozent.",
        figure: {
          value: 0.1,
          unit: "%",
          label: "Anstieg der Arbeitslosenquote",
          quote: "erhöhte sich um 0,1 Prozentpunkte",
        },
      },
      {
        kind: "unit",
        article: "Die Exporte in die USA beliefen sich im August auf 12,1 Milliarden Euro.",
        figure: {
          value: 12.1,
          unit: "USD",
          scale: "billion",
          label: "Exporte in die USA im August",
          quote: "auf 12,1 Milliarden Euro",
        },
      },
      {
        kind: "value",
        article: "Die Exporte nahmen im August gegenüber dem Vormonat um 1,6 Prozent ab.",
        figure: {
          value: -1.8,
          unit: "%",
          label: "Exporte, August",
          quote: "um 1,6 Prozent ab",
        },
      },
      {
        kind: "period",
        article: "Im 3. Quartal 2025 erzielte Adidas einen Umsatz von 6,63 Milliarden Euro.",
        figure: {
          value: 6.63,
          unit: "EUR",
          scale: "billion",
          label: "Adidas-Umsatz Q2 2025",
          quote: "Im 3. Quartal 2025 erzielte Adidas einen Umsatz von 6,63 Milliarden Euro",
        },
      },
    ],
  },
};
