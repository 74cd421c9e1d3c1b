// French truth corpus: company results, CAC 40 closes, INSEE inflation and growth, chômage, with what a
// deck says of them. Honest pairs must pass the figure check; slips must fail it. Some articles keep the
// narrow no-break space (\u202f) that French news sites print before % and between thousands; the decks
// are typed with plain spaces.
import type { LanguageCorpus } from "./corpus-types.ts";

export const CORPUS: LanguageCorpus = {
  lang: "fr",
  honest: {
    text: [
      {
        article: "L’inflation a ralenti à 1,2 % en septembre.",
        deck: "Les prix ont augmenté de 1,2 % en septembre",
        note: "a rate's move or level read in its own clause",
      },
      {
        article: "L'inflation a ralenti à 1,2 % sur un an en septembre, contre 1,6 % en août, selon l'Insee.",
        deck: "Les prix à la consommation ont augmenté de 1,2 % sur un an en septembre",
        note: "l'inflation est un taux: son niveau est une hausse des prix",
      },
      {
        article: "La croissance chinoise a ralenti à 4,6 % au troisième trimestre.",
        deck: "L'économie chinoise a progressé de 4,6 % au troisième trimestre",
      },
      {
        article: "La balance commerciale a affiché un déficit de 6,1 milliards d'euros en mai.",
        deck: "Déficit commercial de 6,1 milliards d'euros en mai",
        note: "the article's word for what the number is",
      },
      {
        article: "La Banque de France a relevé sa prévision de croissance de 0,8 % à 1,1 %.",
        deck: "Prévision de croissance relevée à 1,1 %, contre 0,8 %",
        note: "de … à in one unit: from and to",
      },
      { article: "Le CAC 40 a reculé de 0,8 % à 7 895 points.", deck: "Le CAC 40 recule de 0,8 %", note: "de … à in two units: by and to" },
      {
        article: "La BCE a abaissé ses taux directeurs de 0,25 point jeudi.",
        deck: "La BCE abaisse ses taux de 0,25 point",
        note: "a central bank’s move: the verb, its object, then the size",
      },
      {
        article: "L'inflation en France a ralenti à 1,1\u202f% sur un an en septembre, après 1,2\u202f% en août, selon l'Insee.",
        deck: "Insee : inflation à 1,1 % en septembre",
      },
      {
        article: "Le CAC 40 a reculé de 0,8\u202f% à 7\u202f895,94 points vendredi.",
        deck: "CAC 40 en baisse de 0,8 % vendredi",
      },
      {
        article: "Le CAC 40 a terminé la séance en hausse de 1,2\u202f%, à 8\u202f041,36 points.",
        deck: "CAC 40 : clôture à 8 041,36 points",
        note: "narrow no-break space in the article, plain space in the deck",
      },
      {
        article: "TotalEnergies a publié un résultat net ajusté de 4 milliards de dollars au troisième trimestre 2025.",
        deck: "TotalEnergies : 4 Mds $ au T3 2025",
        note: "Mds for milliards, $ for dollars, T3 for troisième trimestre",
      },
      {
        article: "Le chiffre d'affaires de LVMH a reculé de 4 % à 58,1 milliards d'euros sur les neuf premiers mois de l'année.",
        deck: "LVMH : ventes de 58,1 Mds € sur 9 mois",
      },
      {
        article: "Le taux de chômage a progressé de 0,2 point de pourcentage au deuxième trimestre, à 7,6 % de la population active.",
        deck: "Chômage : +0,2 point de pourcentage au T2",
      },
      {
        article: "BNP Paribas a dégagé un résultat net de 3,04 milliards d'euros au troisième trimestre, en hausse de 0,1 %.",
        deck: "BNP Paribas : résultat net de 3,04 Mds €",
      },
      {
        article: "Hermès et L'Oréal ont vu leurs ventes progresser respectivement de 9,6 % et de 4,2 % au troisième trimestre.",
        deck: "Hermès : ventes en hausse de 9,6 % au T3",
        note: "respectivement: several subjects in the number's sentence",
      },
      {
        article: "Le chiffre d'affaires de Renault a atteint 11,5 milliards d'euros. Il a progressé de 6,8 % sur un an.",
        deck: "Renault : chiffre d'affaires en hausse de 6,8 %",
        note: "pronoun sentence; the deck names the subject of the sentence before",
      },
      {
        article: "Les prix de l'énergie ont baissé de 1,9 % sur un an.",
        deck: "Énergie : prix en baisse de 1,9 %",
        note: "no proper name anywhere",
      },
      {
        article: "Le CAC 40 a enchaîné trois séances de baisse.",
        deck: "CAC 40 : 3 séances de baisse d'affilée",
        note: "number word in the article, digit in the deck",
      },
      {
        article: "Michelin va fermer deux usines, à Cholet et à Vannes, d'ici 2026.",
        deck: "Michelin ferme 2 usines d'ici 2026",
      },
      {
        article: "La production industrielle a reculé pendant 3 mois consécutifs.",
        deck: "Industrie : trois mois de recul",
        note: "digit in the article, number word in the deck",
      },
      {
        article: "Au troisième trimestre 2025, le PIB français a progressé de 0,5 %, selon l'Insee.",
        deck: "PIB T3 2025 : +0,5 %",
      },
      {
        article: "Le taux de chômage est resté stable à 7,5 % au premier trimestre.",
        deck: "Chômage stable à 7,5 % au T1",
      },
      {
        article: "Les exportations françaises ont atteint 51,3 milliards d'euros en août.",
        deck: "Exportations : 51,3 Mds € en août",
      },
      {
        article: "Le déficit commercial de la France s'est creusé à 7,3 milliards d'euros en août.",
        deck: "Déficit commercial : 7,3 Mds € en août",
      },
      {
        article: "L'économie allemande s'est contractée de 0,3 % au deuxième trimestre.",
        deck: "Allemagne : PIB en recul de 0,3 % au T2",
      },
      {
        article: "L'action Kering a chuté de 6,2 % à la Bourse de Paris.",
        deck: "Kering chute de 6,2 %",
      },
      {
        article: "Le titre Sanofi a grimpé de 3,4 % après la publication de ses résultats.",
        deck: "Sanofi grimpe de 3,4 %",
      },
      {
        article: "Le CAC 40 a cédé 1,6\u202f%, à 7\u202f681,04 points.",
        deck: "CAC 40 : recul de 1,6 %",
        note: "a cédé: an index's fall",
      },
      {
        article: "Les prix à la consommation ont augmenté de 0,9 % sur un an en octobre, d'après l'Insee.",
        deck: "Insee : prix en hausse de 0,9 % sur un an",
      },
      {
        article: "Le nombre de demandeurs d'emploi en catégorie A a augmenté de 0,7 % au troisième trimestre, à 3,16 millions.",
        deck: "Demandeurs d'emploi : 3,16 millions au T3",
      },
      {
        article: "La dette publique française a atteint 3\u202f416,3 milliards d'euros fin juin.",
        deck: "Dette publique : 3 416,3 Mds € fin juin",
      },
      {
        article: "Airbus a dégagé un bénéfice net de 1,5 milliard d'euros au deuxième trimestre 2025.",
        deck: "Airbus : bénéfice net de 1,5 milliard € au T2 2025",
      },
      {
        article: "Le Brent a reculé de 1,2 %, à 65,3 dollars le baril.",
        deck: "Brent à 65,3 $ le baril",
      },
      {
        article: "Le taux d'emprunt à dix ans de la France est monté à 3,52 %.",
        deck: "OAT à 10 ans : 3,52 %",
      },
      {
        article: "Francfort et Londres ont gagné respectivement 0,4 % et 0,6 %.",
        deck: "Londres termine en hausse de 0,6 %",
      },
      {
        article: "L'indice CAC 40 a gagné 2,1 % sur la semaine.",
        deck: "CAC 40 : +2,1 % sur la semaine",
      },
      {
        article: "Les immatriculations de voitures neuves ont chuté de 7,2 % en septembre.",
        deck: "Voitures neuves : ventes en baisse de 7,2 % en septembre",
      },
      {
        article: "La BCE a maintenu son taux de dépôt à 2 %.",
        deck: "BCE : taux de dépôt inchangé à 2 %",
      },
      {
        article: "La consommation des ménages en biens a progressé de 0,4 % en août.",
        deck: "Consommation : hausse de 0,4 % en août",
      },
      {
        article: "Les ventes de L'Oréal ont atteint 32,81 milliards d'euros sur neuf mois.",
        deck: "L'Oréal : 32,81 Mds € de ventes sur 9 mois",
      },
      {
        article: "Le déficit public a atteint 5,8 % du PIB en 2024.",
        deck: "Déficit public 2024 : 5,8 % du PIB",
      },
      {
        article: "Stellantis a vu son chiffre d'affaires baisser de 2,1 % au troisième trimestre 2025.",
        deck: "Stellantis : chiffre d'affaires en baisse de 2,1 % au T3 2025",
      },
      {
        article: "Le chômage a baissé de 0,1 point au premier trimestre, à 7,3 %.",
        deck: "Chômage à 7,3 %",
      },
      {
        article: "L'économie française a créé 47\u202f000 emplois salariés au troisième trimestre.",
        deck: "47 000 emplois créés au T3",
      },
    ],
    figures: [
      {
        article: "Le CAC 40 a reculé de 0,8 % à 7 895,94 points vendredi.",
        figure: { value: -0.8, unit: "%", label: "CAC 40 vendredi", quote: "Le CAC 40 a reculé de 0,8 %" },
      },
      {
        article: "Dans l'industrie manufacturière, la production diminue de 1,2 % sur le mois, et les commandes augmentent de 0,4 %.",
        figure: { value: -1.2, unit: "%", label: "Production manufacturière sur un mois", quote: "la production diminue de 1,2 %" },
        note: "the present tense, as news writes it",
      },
      {
        article: "Le chiffre d'affaires de LVMH a reculé de 4 % à 58,1 milliards d'euros sur les neuf premiers mois de l'année.",
        figure: {
          value: 58.1,
          unit: "EUR",
          scale: "billion",
          label: "Chiffre d'affaires de LVMH",
          quote: "58,1 milliards d'euros",
        },
      },
      {
        article: "Le taux de chômage a progressé de 0,2 point de pourcentage au deuxième trimestre, à 7,6 % de la population active.",
        figure: {
          value: 0.2,
          unit: "pp",
          label: "Hausse du taux de chômage",
          quote: "a progressé de 0,2 point de pourcentage",
        },
      },
      {
        article: "Les immatriculations de voitures neuves ont chuté de 7,2 % en septembre.",
        figure: {
          value: 7.2,
          unit: "%",
          label: "Baisse des immatriculations de voitures neuves",
          quote: "ont chuté de 7,2 %",
          direction: "label",
        },
      },
      {
        article: "TotalEnergies a publié un résultat net ajusté de 4 milliards de dollars au troisième trimestre 2025.",
        figure: {
          value: 4,
          unit: "USD",
          scale: "billion",
          label: "Résultat net ajusté de TotalEnergies, T3 2025",
          quote: "4 milliards de dollars",
        },
      },
      {
        article: "Le CAC 40 a terminé la séance en hausse de 1,2\u202f%, à 8\u202f041,36 points.",
        figure: {
          value: 8041.36,
          unit: "points",
          label: "Clôture du CAC 40",
          quote: "à 8\u202f041,36 points",
        },
      },
      {
        article: "Le nombre de demandeurs d'emploi en catégorie A a augmenté de 0,7 % au troisième trimestre, à 3,16 millions.",
        figure: {
          value: 3.16,
          scale: "million",
          label: "Demandeurs d'emploi en catégorie A",
          quote: "à 3,16 millions",
        },
      },
      {
        article: "L'inflation en France a ralenti à 1,1 % sur un an en septembre, après 1,2 % en août, selon l'Insee.",
        figure: {
          value: 1.1,
          unit: "%",
          label: "Inflation en France, septembre",
          quote: "L'inflation en France a ralenti à 1,1 % sur un an en septembre",
        },
        note: "a level after ralenti stays positive",
      },
      {
        article: "Le chiffre d'affaires de Renault a atteint 11,5 milliards d'euros. Il a progressé de 6,8 % sur un an.",
        figure: {
          value: 6.8,
          unit: "%",
          label: "Chiffre d'affaires de Renault sur un an",
          quote: "Il a progressé de 6,8 %",
        },
        note: "the quote's sentence names no subject",
      },
      {
        article: "Le CAC 40 a cédé 1,6 %, à 7 681,04 points.",
        figure: { value: -1.6, unit: "%", label: "CAC 40", quote: "Le CAC 40 a cédé 1,6 %" },
      },
    ],
  },
  slips: {
    text: [
      {
        kind: "sign",
        article: "La Banque de France a abaissé sa prévision de croissance à 1,1 % pour 2025.",
        deck: "La Banque de France a relevé sa prévision de croissance à 1,1 %",
        note: "a forecast cut said as raised, a level's move reversed, a start given as an end",
      },
      {
        kind: "value",
        article: "Sur un an, les prix ont augmenté de 1,2 % en septembre. Sur un mois, ils ont reculé de 1,2 %.",
        deck: "Sur un an, les prix ont reculé de 1,2% en septembre",
        note: "a month's (or the period before's) change called a year's, or the other way",
      },
      {
        kind: "sign",
        article: "L'inflation a ralenti à 1,2 % sur un an en septembre, contre 1,6 % en août, selon l'Insee.",
        deck: "L'inflation a accéléré à 1,2 % en septembre",
        note: "the rate slowed",
      },
      {
        kind: "sign",
        article: "L'inflation a ralenti à 1,2 % sur un an en septembre, contre 1,6 % en août, selon l'Insee.",
        deck: "Les prix ont baissé de 1,2 % en septembre",
        note: "prices rose",
      },
      {
        kind: "sign",
        article: "Le déficit public devrait atteindre 5,4 % du PIB cette année.",
        deck: "Déficit public en hausse de 5,4 %",
        note: "atteindre is where it stands, not a move",
      },
      {
        kind: "sign",
        article: "La balance commerciale a affiché un déficit de 6,1 milliards d'euros en mai.",
        deck: "Excédent commercial de 6,1 milliards d'euros en mai",
        note: "the opposite of what the article calls the number",
      },
      {
        kind: "sign",
        article: "La Banque de France a relevé sa prévision de croissance de 0,8 % à 1,1 %.",
        deck: "Prévision de croissance relevée de 0,8 point",
        note: "where the forecast started, said as the size of the move",
      },
      {
        kind: "sign",
        article: "La BCE a abaissé ses taux directeurs de 0,25 point jeudi.",
        deck: "La BCE a relevé ses taux directeurs de 0,25 point",
        note: "the verb’s object between it and the size",
      },
      // sign
      {
        kind: "sign",
        article: "Le CAC 40 a reculé de 0,8 % à 7 895,94 points vendredi.",
        deck: "CAC 40 en hausse de 0,8 % vendredi",
      },
      {
        kind: "sign",
        article: "Le chiffre d'affaires de LVMH a reculé de 4 % sur les neuf premiers mois.",
        deck: "LVMH : ventes en hausse de 4 %",
      },
      {
        kind: "sign",
        article: "L'inflation en France a ralenti à 1,1 % sur un an en septembre.",
        deck: "Inflation en baisse de 1,1 % en septembre",
        note: "a level written as a change",
      },
      {
        kind: "sign",
        article: "Le taux de chômage a grimpé à 7,6 % au deuxième trimestre.",
        deck: "Chômage : hausse de 7,6 % au T2",
        note: "a level written as a change",
      },
      {
        kind: "sign",
        article: "L'action Kering a chuté de 6,2 % à la Bourse de Paris.",
        deck: "Kering a grimpé de 6,2 %",
      },
      {
        kind: "sign",
        article: "Au troisième trimestre 2025, le PIB a progressé de 0,5 %.",
        deck: "PIB T3 2025 : recul de 0,5 %",
      },
      {
        kind: "sign",
        article: "Le CAC 40 a cédé 1,6 %, à 7 681,04 points.",
        deck: "CAC 40 : hausse de 1,6 %",
      },
      {
        kind: "sign",
        article: "L'économie allemande s'est contractée de 0,3 % au deuxième trimestre.",
        deck: "Allemagne : PIB en hausse de 0,3 % au T2",
      },
      {
        kind: "sign",
        article: "Les prix de l'énergie ont baissé de 1,9 % sur un an.",
        deck: "Énergie : prix en hausse de 1,9 %",
      },
      // scale
      {
        kind: "scale",
        article: "Les exportations françaises ont atteint 51,3 milliards d'euros en août.",
        deck: "Exportations : 51,3 millions d'euros en août",
      },
      {
        kind: "scale",
        article: "TotalEnergies a publié un résultat net ajusté de 4 milliards de dollars au troisième trimestre.",
        deck: "TotalEnergies : 4 millions de dollars au T3",
      },
      {
        kind: "scale",
        article: "La dette publique française a atteint 3\u202f416,3 milliards d'euros fin juin.",
        deck: "Dette publique : 3 416,3 millions d'euros",
      },
      {
        kind: "scale",
        article: "Le déficit de l'État a atteint 169,6 milliards d'euros en 2024.",
        deck: "Déficit de l'État 2024 : 169,6 millions €",
      },
      {
        kind: "scale",
        article: "BNP Paribas a dégagé un résultat net de 3,04 milliards d'euros au troisième trimestre.",
        deck: "BNP Paribas : résultat net de 3,04 millions d'euros",
      },
      {
        kind: "scale",
        article: "Le groupe Casino a annoncé une perte nette de 295 millions d'euros au premier semestre.",
        deck: "Casino : perte nette de 295 Mds €",
      },
      // subject
      {
        kind: "subject",
        article: "Le chiffre d'affaires de LVMH a reculé de 4 %. Hermès a vu ses ventes progresser de 9,6 %.",
        deck: "LVMH : ventes en hausse de 9,6 %",
        known:
          "the article writes the other subject only at the start of a sentence, where a capital says nothing: it is read as a name only when the deck writes it too",
      },
      {
        kind: "subject",
        article: "Le CAC 40 a reculé de 0,8 %. À Francfort, le Dax a perdu 1,1 %.",
        deck: "Le CAC 40 a perdu 1,1 %",
      },
      {
        kind: "subject",
        article: "TotalEnergies a gagné 1,3 %. Sanofi a grimpé de 2,4 %.",
        deck: "TotalEnergies grimpe de 2,4 %",
        known:
          "the article writes the other subject only at the start of a sentence, where a capital says nothing: it is read as a name only when the deck writes it too",
      },
      {
        kind: "subject",
        article: "L'inflation en France a ralenti à 1,1 %. En Allemagne, elle s'est établie à 2,4 %.",
        deck: "France : inflation à 2,4 %",
      },
      {
        kind: "subject",
        article:
          "BNP Paribas a dégagé un résultat net de 3,04 milliards d'euros. Société Générale a affiché un bénéfice de 1,45 milliard d'euros.",
        deck: "BNP Paribas : bénéfice de 1,45 milliard €",
      },
      {
        kind: "subject",
        article: "Le chiffre d'affaires de Renault a progressé de 6,8 %. Chez Stellantis, il a reculé de 2,1 %.",
        deck: "Renault : chiffre d'affaires en recul de 2,1 %",
      },
      {
        kind: "subject",
        article: "Airbus a livré 507 avions commerciaux en 2024. Boeing en a livré 348.",
        deck: "Airbus : 348 avions livrés en 2024",
        known:
          "the article writes the other subject only at the start of a sentence, where a capital says nothing: it is read as a name only when the deck writes it too",
      },
      // unit
      {
        kind: "unit",
        article: "Le taux de chômage a progressé de 0,2 point de pourcentage au deuxième trimestre.",
        deck: "Chômage : hausse de 0,2 % au T2",
        note: "% for point de pourcentage",
      },
      {
        kind: "unit",
        article: "La BCE a abaissé ses taux directeurs de 0,25 point de pourcentage.",
        deck: "BCE : baisse des taux de 0,25 %",
      },
      {
        kind: "unit",
        article: "TotalEnergies a publié un résultat net ajusté de 4 milliards de dollars au troisième trimestre.",
        deck: "TotalEnergies : 4 Mds € au T3",
      },
      {
        kind: "unit",
        article: "Le CAC 40 a reculé de 62,5 points, à 7 895,94 points.",
        deck: "CAC 40 en recul de 62,5 %",
        note: "index points written as percent",
      },
      {
        kind: "unit",
        article: "Le Brent a reculé à 65,3 dollars le baril.",
        deck: "Brent à 65,3 € le baril",
      },
      // number-words
      {
        kind: "number-words",
        article: "Le CAC 40 a enchaîné trois séances de baisse.",
        deck: "CAC 40 : 4 séances de baisse d'affilée",
      },
      {
        kind: "number-words",
        article: "Michelin va fermer deux usines d'ici 2026.",
        deck: "Michelin ferme 3 usines d'ici 2026",
      },
      {
        kind: "number-words",
        article: "La production industrielle a reculé pendant 3 mois consécutifs.",
        deck: "Industrie : cinq mois de recul",
      },
      {
        kind: "number-words",
        article: "L'enseigne va fermer quarante magasins d'ici fin 2026.",
        deck: "50 magasins fermés d'ici fin 2026",
      },
      {
        kind: "number-words",
        article: "Le taux d'emprunt à dix ans de la France est monté à 3,52 %.",
        deck: "OAT à 5 ans : 3,52 %",
      },
      // period
      {
        kind: "period",
        article: "Au troisième trimestre 2025, le PIB français a progressé de 0,5 %.",
        deck: "PIB T2 2025 : +0,5 %",
        note: "a wrong quarter",
      },
      {
        kind: "period",
        article: "TotalEnergies a publié un résultat net ajusté de 4 milliards de dollars au troisième trimestre 2025.",
        deck: "TotalEnergies : 4 Mds $ au T3 2024",
      },
      {
        kind: "period",
        article: "L'inflation en France a ralenti à 1,1 % sur un an en septembre, selon l'Insee.",
        deck: "Insee : inflation à 1,1 % en octobre",
      },
      {
        kind: "period",
        article: "Le déficit public a atteint 5,8 % du PIB en 2024.",
        deck: "Déficit public 2025 : 5,8 % du PIB",
      },
      {
        kind: "period",
        article: "Le taux de chômage est resté stable à 7,5 % au premier trimestre.",
        deck: "Chômage stable à 7,5 % au T2",
      },
      // value
      {
        kind: "value",
        article: "Le CAC 40 a terminé la séance en hausse de 1,2\u202f%, à 8\u202f041,36 points.",
        deck: "CAC 40 : clôture à 8 014,36 points",
        note: "transposed digits",
      },
      {
        kind: "value",
        article: "L'inflation en France a ralenti à 1,1 % sur un an en septembre.",
        deck: "Inflation à 1,2 % en septembre",
      },
      {
        kind: "value",
        article: "Le taux de chômage a progressé à 7,6 % de la population active au deuxième trimestre.",
        deck: "Chômage à 7,5 % au T2",
      },
      {
        kind: "value",
        article: "LVMH a dégagé un résultat net de 5,7 milliards d'euros au premier semestre.",
        deck: "LVMH : résultat net de 7,5 Mds € au premier semestre",
      },
      {
        kind: "value",
        article: "L'économie française a créé 47\u202f000 emplois salariés au troisième trimestre.",
        deck: "74 000 emplois créés au T3",
      },
    ],
    figures: [
      {
        kind: "sign",
        article: "La balance commerciale a affiché un déficit de 6,1 milliards d'euros en mai.",
        figure: { value: 6.1, unit: "EUR", scale: "billion", label: "Excédent commercial", quote: "déficit de 6,1 milliards d'euros" },
        note: "the label names the opposite",
      },
      {
        kind: "sign",
        article: "Le CAC 40 a reculé de 0,8 % à 7 895,94 points vendredi.",
        figure: { value: 0.8, unit: "%", label: "CAC 40 vendredi", quote: "Le CAC 40 a reculé de 0,8 %" },
      },
      {
        kind: "sign",
        article: "Dans l'industrie manufacturière, la production diminue de 1,2 % sur le mois.",
        figure: { value: 1.2, unit: "%", label: "Production manufacturière sur un mois", quote: "la production diminue de 1,2 %" },
        note: "the present tense: it passed before «diminue» was a word for a fall",
      },
      {
        kind: "sign",
        article: "Les immatriculations de voitures neuves ont chuté de 7,2 % en septembre.",
        figure: {
          value: 7.2,
          unit: "%",
          label: "Hausse des immatriculations de voitures neuves",
          quote: "ont chuté de 7,2 %",
          direction: "label",
        },
        note: "the label says a rise where the article says a fall",
      },
      {
        kind: "scale",
        article: "Le chiffre d'affaires de LVMH a reculé de 4 % à 58,1 milliards d'euros sur les neuf premiers mois de l'année.",
        figure: {
          value: 58.1,
          unit: "EUR",
          scale: "million",
          label: "Chiffre d'affaires de LVMH",
          quote: "58,1 milliards d'euros",
        },
      },
      {
        kind: "subject",
        article: "Le chiffre d'affaires de LVMH a reculé de 4 %. Hermès a vu ses ventes progresser de 9,6 %.",
        figure: {
          value: -4,
          unit: "%",
          label: "Ventes d'Hermès",
          quote: "Le chiffre d'affaires de LVMH a reculé de 4 %",
        },
      },
      {
        kind: "unit",
        article: "Le taux de chômage a progressé de 0,2 point de pourcentage au deuxième trimestre, à 7,6 % de la population active.",
        figure: {
          value: 0.2,
          unit: "%",
          label: "Hausse du taux de chômage",
          quote: "a progressé de 0,2 point de pourcentage",
        },
      },
      {
        kind: "unit",
        article: "TotalEnergies a publié un résultat net ajusté de 4 milliards de dollars au troisième trimestre 2025.",
        figure: {
          value: 4,
          unit: "EUR",
          scale: "billion",
          label: "Résultat net ajusté de TotalEnergies",
          quote: "4 milliards de dollars",
        },
      },
      {
        kind: "value",
        article: "L'inflation en France a ralenti à 1,1 % sur un an en septembre, après 1,2 % en août, selon l'Insee.",
        figure: {
          value: 1.2,
          unit: "%",
          label: "Inflation en France, septembre",
          quote: "L'inflation en France a ralenti à 1,1 % sur un an en septembre",
        },
      },
      {
        kind: "period",
        article: "TotalEnergies a publié un résultat net ajusté de 4 milliards de dollars au troisième trimestre 2025.",
        figure: {
          value: 4,
          unit: "USD",
          scale: "billion",
          label: "Résultat net ajusté de TotalEnergies, T2 2025",
          quote: "TotalEnergies a publié un résultat net ajusté de 4 milliards de dollars au troisième trimestre 2025",
        },
      },
    ],
  },
};
