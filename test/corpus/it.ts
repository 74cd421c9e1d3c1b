// Italian truth corpus: the FTSE MIB and Piazza Affari, Istat's inflation, PIL and employment, banks'
// and industry's results, the Tesoro's auctions, the BTP-Bund spread and the public debt, as Italian
// financial news writes them ("5,4 miliardi di euro", "1,2%", "0,3 punti percentuali", "78 punti base").
import type { LanguageCorpus } from "./corpus-types.ts";

const FTSE_CHIUSURA = "Piazza Affari chiude in calo: il FTSE MIB ha perso lo 0,8% a 43.512 punti.";
const INFLAZIONE_NOV =
  "A novembre l'indice nazionale dei prezzi al consumo aumenta dello 0,1% su base mensile e dell'1,2% su base annua, da +1,5% del mese precedente.";
const ENERGETICI = "Il rallentamento riflette il calo dei prezzi dei beni energetici regolamentati, scesi del 4,3%.";
const CARRELLO = "I prezzi del carrello della spesa crescono del 2,4% su base annua, rispetto al +2,2% di ottobre.";
const INTESA_9M =
  "Intesa Sanpaolo ha chiuso i primi nove mesi con un utile netto di 7,6 miliardi di euro, in crescita del 9,1% rispetto allo stesso periodo dell'anno scorso.";
const UNICREDIT_T3 = "UniCredit ha registrato nel terzo trimestre un utile netto di 2,6 miliardi di euro, in aumento del 3,4%.";
const ENI_S1 = "Eni ha chiuso il primo semestre con un utile netto adjusted di 2,7 miliardi di euro, in calo del 26%.";
const STELLANTIS_CONSEGNE = "Le consegne di Stellantis nel terzo trimestre sono diminuite del 6% a 1,15 milioni di veicoli.";
const PIL_T3 =
  "Nel terzo trimestre il prodotto interno lordo è aumentato dello 0,1% rispetto al trimestre precedente e dello 0,6% nei confronti del terzo trimestre del 2025.";
const DISOCCUPAZIONE =
  "Il tasso di disoccupazione scende al 6,0% a ottobre, in calo di 0,3 punti percentuali rispetto a settembre, secondo l'Istat.";
const OCCUPATI = "A ottobre gli occupati sono 24 milioni 210 mila, 75 mila in più rispetto a settembre.";
const DEBITO = "Il debito delle amministrazioni pubbliche a settembre era pari a 3.081 miliardi di euro, secondo la Banca d'Italia.";
const FABBISOGNO =
  "Il fabbisogno del settore statale nei primi undici mesi si attesta a 98,7 miliardi di euro, circa 4,1 miliardi in meno rispetto al 2025.";
const SPREAD = "Lo spread tra Btp e Bund è sceso a 78 punti base, il livello più basso dal 2010.";
const ASTA_BOT = "Il Tesoro ha collocato 8 miliardi di euro di Bot a 12 mesi con un rendimento del 2,15%.";
const BCE_TASSI = "La Bce ha tagliato i tassi di 25 punti base, portando il tasso sui depositi al 2%.";
const FERRARI_RICAVI = "Ferrari ha chiuso il trimestre con ricavi per 1,77 miliardi di euro, in rialzo del 7,4%.";
const EXPORT_EXTRA_UE = "A settembre l'export verso i paesi extra Ue è diminuito del 2,3% su base annua.";
const FIAT_PRODUZIONE = "La produzione industriale cala dell'1,1% a settembre rispetto ad agosto e del 2,1% su base annua.";
const TURISMO = "Le presenze turistiche in Italia hanno superato i 458 milioni nel 2025, con un aumento del 2,5%.";
const BANCHE_BORSA = "In Borsa Mps guadagna il 2,4% e Banco Bpm l'1,7%, mentre Leonardo cede l'1,3%.";
const GENERALI = "Generali ha riportato un risultato operativo di 5,4 miliardi di euro nei nove mesi, in crescita del 7%.";
const POSTE_DIPENDENTI = "Poste Italiane assumerà 3.000 giovani nei prossimi tre anni.";
const RISPARMIO = "I depositi delle famiglie italiane hanno raggiunto 1.150 miliardi di euro a fine settembre.";

export const CORPUS: LanguageCorpus = {
  lang: "it",
  honest: {
    text: [
      {
        article: "Leonardo ha firmato un contratto di 1,2 miliardi di euro.",
        deck: "Leonardo firma un contratto da 1,2 miliardi di euro",
        note: "a rate's move or level read in its own clause",
      },
      {
        article: "Il tasso d'inflazione è rallentato all'1,2%.",
        deck: "I prezzi sono aumentati dell'1,2%",
        note: "a rate's move or level read in its own clause",
      },
      {
        article: "L'inflazione è scesa all'1,2% a settembre, dall'1,6% di agosto, secondo l'Istat.",
        deck: "I prezzi al consumo sono aumentati dell'1,2% su base annua a settembre",
        note: "l'inflazione è un tasso: il suo livello è un aumento dei prezzi",
      },
      {
        article: "La crescita del Pil cinese ha rallentato al 4,6% nel terzo trimestre.",
        deck: "L'economia cinese è cresciuta del 4,6% nel terzo trimestre",
      },
      {
        article: "Eni ha chiuso il 2024 con un utile netto adjusted di 5,26 miliardi di euro.",
        deck: "Eni: utile netto adjusted 2024 a 5,26 mld €",
        note: "a year is no end of a range",
      },
      {
        article: "La Bce ha tagliato i tassi di interesse di 25 punti base giovedì.",
        deck: "La Bce taglia i tassi di 25 punti base",
        note: "a central bank’s move: the verb, its object, then the size",
      },
      { article: FTSE_CHIUSURA, deck: "Il FTSE MIB perde lo 0,8% e chiude a 43.512 punti", note: "a fall and a level" },
      { article: FTSE_CHIUSURA, deck: "FTSE MIB: -0,8%", note: "the fall as a minus sign" },
      { article: INFLAZIONE_NOV, deck: "Inflazione annua all'1,2%, dall'1,5% del mese precedente", note: "levels, no direction" },
      { article: INFLAZIONE_NOV, deck: "I prezzi salgono dello 0,1% su base mensile" },
      { article: ENERGETICI, deck: "Energetici regolamentati in calo del 4,3%", note: "«scesi del» as «in calo del»" },
      { article: CARRELLO, deck: "Il carrello della spesa sale del 2,4%", note: "the plural «crescono» as «sale»" },
      { article: INTESA_9M, deck: "Intesa Sanpaolo: utile di 7,6 miliardi nei 9M, +9,1%", note: "«primi nove mesi» as 9M" },
      { article: UNICREDIT_T3, deck: "UniCredit: utile di 2,6 mld nel T3 (+3,4%)", note: "«miliardi» as «mld», terzo trimestre as T3" },
      { article: ENI_S1, deck: "Eni: utile adjusted di 2,7 miliardi nel primo semestre, in calo del 26%" },
      { article: STELLANTIS_CONSEGNE, deck: "Stellantis consegna 1,15 milioni di veicoli nel T3, il 6% in meno" },
      { article: PIL_T3, deck: "Il PIL cresce dello 0,6% su base annua nel terzo trimestre" },
      { article: DISOCCUPAZIONE, deck: "Disoccupazione al 6,0% a ottobre, -0,3 punti percentuali", note: "points stay points" },
      { article: DISOCCUPAZIONE, deck: "Il tasso di disoccupazione scende al 6%", note: "«6,0%» as «6%»; a level reached by a fall" },
      { article: OCCUPATI, deck: "Occupati: 75 mila in più a ottobre" },
      { article: DEBITO, deck: "Debito pubblico a 3.081 miliardi di euro", note: "a level" },
      { article: FABBISOGNO, deck: "Fabbisogno statale: 98,7 miliardi in 11 mesi, circa 4,1 miliardi in meno" },
      { article: SPREAD, deck: "Lo spread scende a 78 punti base", note: "a level reached by a fall, as the article" },
      { article: ASTA_BOT, deck: "Bot a dodici mesi: collocati 8 miliardi al 2,15%", note: "12 as «dodici»" },
      { article: BCE_TASSI, deck: "La Bce taglia i tassi di 25 punti base, depositi al 2%" },
      { article: FERRARI_RICAVI, deck: "Ferrari: ricavi per 1,77 miliardi di euro, +7,4%" },
      { article: EXPORT_EXTRA_UE, deck: "Export extra Ue in calo del 2,3% a settembre" },
      { article: FIAT_PRODUZIONE, deck: "La produzione industriale scende del 2,1% su base annua" },
      { article: TURISMO, deck: "Oltre 458 milioni di presenze turistiche nel 2025 (+2,5%)" },
      { article: BANCHE_BORSA, deck: "Mps sale del 2,4% in Borsa" },
      { article: BANCHE_BORSA, deck: "Leonardo cede l'1,3%" },
      { article: GENERALI, deck: "Generali: risultato operativo di 5,4 miliardi nei nove mesi, in crescita del 7%" },
      { article: POSTE_DIPENDENTI, deck: "Poste Italiane assumerà tremila giovani in tre anni", note: "3.000 as «tremila»" },
      { article: RISPARMIO, deck: "Depositi delle famiglie: 1.150 miliardi di euro" },
    ],
    figures: [
      { article: FTSE_CHIUSURA, figure: { value: -0.8, unit: "%", label: "FTSE MIB", quote: "ha perso lo 0,8%" } },
      { article: FTSE_CHIUSURA, figure: { value: 43512, label: "FTSE MIB, punti", quote: "43.512 punti" } },
      { article: ENERGETICI, figure: { value: -4.3, unit: "%", label: "Energetici regolamentati", quote: "scesi del 4,3%" } },
      { article: CARRELLO, figure: { value: 2.4, unit: "%", label: "Carrello della spesa", quote: "crescono del 2,4%" } },
      {
        article: INTESA_9M,
        figure: {
          value: 7.6,
          unit: "EUR",
          scale: "billion",
          label: "Utile netto di Intesa Sanpaolo, 9 mesi",
          quote: "7,6 miliardi di euro",
        },
      },
      { article: ENI_S1, figure: { value: -26, unit: "%", label: "Utile adjusted di Eni, primo semestre", quote: "in calo del 26%" } },
      {
        article: STELLANTIS_CONSEGNE,
        figure: { value: -6, unit: "%", label: "Consegne di Stellantis, T3", quote: "sono diminuite del 6%" },
      },
      {
        article: DEBITO,
        figure: { value: 3081, unit: "EUR", scale: "billion", label: "Debito pubblico", quote: "3.081 miliardi di euro" },
      },
      { article: SPREAD, figure: { value: 78, unit: "punti base", label: "Spread Btp-Bund", quote: "78 punti base" } },
      { article: OCCUPATI, figure: { value: 75, scale: "thousand", label: "Occupati in più a ottobre", quote: "75 mila in più" } },
    ],
  },
  slips: {
    text: [
      {
        kind: "sign",
        article: "Il governo ha tagliato la stima di crescita per il 2025 allo 0,8%.",
        deck: "Il governo ha alzato la stima di crescita per il 2025 allo 0,8%",
        note: "a forecast cut said as raised, a level's move reversed, a start given as an end",
      },
      {
        kind: "sign",
        article: "La crescita del Pil cinese ha rallentato al 4,6% nel terzo trimestre.",
        deck: "L'economia cinese si è contratta del 4,6% nel terzo trimestre",
        note: "growth said as a contraction",
      },
      {
        kind: "sign",
        article: "L'inflazione è scesa all'1,2% a settembre, dall'1,6% di agosto, secondo l'Istat.",
        deck: "I prezzi sono calati dell'1,2% a settembre",
        note: "prices rose",
      },
      {
        kind: "sign",
        article: "La Bce ha tagliato i tassi di interesse di 25 punti base giovedì.",
        deck: "La Bce alza i tassi di 25 punti base",
        note: "the verb’s object between it and the size",
      },
      // sign
      { kind: "sign", article: FTSE_CHIUSURA, deck: "Il FTSE MIB sale dello 0,8% a 43.512 punti", note: "«sale» for «ha perso»" },
      {
        kind: "sign",
        article: CARRELLO,
        deck: "Il carrello della spesa scende del 2,4%",
        note: "the article's verb is plural: «crescono»",
      },
      { kind: "sign", article: ENERGETICI, deck: "Energetici regolamentati in aumento del 4,3%", note: "«scesi» is a plural participle" },
      { kind: "sign", article: ENI_S1, deck: "Eni: utile in crescita del 26% nel primo semestre" },
      { kind: "sign", article: STELLANTIS_CONSEGNE, deck: "Le consegne di Stellantis aumentano del 6%" },
      { kind: "sign", article: EXPORT_EXTRA_UE, deck: "Export extra Ue: +2,3% a settembre" },
      {
        kind: "sign",
        article: SPREAD,
        deck: "Lo spread sale a 78 punti base",
        note: "a level reached by a fall, said as reached by a rise",
      },
      { kind: "sign", article: FIAT_PRODUZIONE, deck: "La produzione industriale cresce dell'1,1% a settembre" },
      { kind: "sign", article: BANCHE_BORSA, deck: "Leonardo guadagna l'1,3%" },
      // scale
      { kind: "scale", article: DEBITO, deck: "Debito pubblico a 3.081 milioni di euro", note: "milioni for miliardi: 1000×" },
      { kind: "scale", article: FABBISOGNO, deck: "Fabbisogno: circa 4,1 milioni in meno del 2025" },
      { kind: "scale", article: INTESA_9M, deck: "Intesa Sanpaolo: utile di 7,6 milioni nei nove mesi" },
      { kind: "scale", article: TURISMO, deck: "458 mila presenze turistiche nel 2025" },
      { kind: "scale", article: RISPARMIO, deck: "Depositi delle famiglie: 1.150 milioni di euro" },
      // unit
      { kind: "unit", article: DISOCCUPAZIONE, deck: "Disoccupazione in calo dello 0,3% a ottobre", note: "points as a percentage" },
      { kind: "unit", article: BCE_TASSI, deck: "La Bce taglia i tassi del 25%", note: "basis points as a percentage" },
      // subject
      {
        kind: "subject",
        article: BANCHE_BORSA,
        deck: "Banco Bpm guadagna il 2,4%",
        note: "Mps's rise given to Banco Bpm",
        known: "two names with their numbers in one clause joined by «e» (no comma between them): both are the clause's names",
      },
      {
        kind: "subject",
        article: `${INTESA_9M} ${UNICREDIT_T3}`,
        deck: "UniCredit: utile di 7,6 miliardi di euro",
        note: "Intesa's profit given to UniCredit",
      },
      // value
      { kind: "value", article: ASTA_BOT, deck: "Bot a 12 mesi collocati al 2,51%", note: "digits swapped" },
      { kind: "value", article: PIL_T3, deck: "Il PIL cresce dello 0,7% su base annua" },
    ],
    figures: [
      {
        kind: "sign",
        article: CARRELLO,
        figure: { value: -2.4, unit: "%", label: "Carrello della spesa", quote: "crescono del 2,4%" },
      },
      {
        kind: "sign",
        article: ENERGETICI,
        figure: { value: 4.3, unit: "%", label: "Energetici regolamentati", quote: "scesi del 4,3%" },
      },
      {
        kind: "sign",
        article: STELLANTIS_CONSEGNE,
        figure: { value: 6, unit: "%", label: "Consegne di Stellantis", quote: "sono diminuite del 6%" },
      },
      {
        kind: "scale",
        article: DEBITO,
        figure: { value: 3081, unit: "EUR", scale: "million", label: "Debito pubblico", quote: "3.081 miliardi di euro" },
        note: "1000×",
      },
      {
        kind: "scale",
        article: INTESA_9M,
        figure: { value: 7600, unit: "EUR", scale: "billion", label: "Utile di Intesa Sanpaolo", quote: "7,6 miliardi di euro" },
      },
      {
        kind: "value",
        article: GENERALI,
        figure: { value: 5.2, unit: "EUR", scale: "billion", label: "Risultato operativo di Generali", quote: "5,4 miliardi di euro" },
      },
    ],
  },
};
