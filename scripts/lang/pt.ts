// Portuguese (Brazil and Portugal). "Um", "uma" are left out of the number words: they say "a" as often.
import { countWords, type LanguageWords } from "./language.ts";

const small = ["zero", "", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
  "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte"];
const tens = ["trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"];
const fallNouns = ["queda", "baixa", "recuo", "redução", "retração", "desvalorização", "perda"];
const riseNouns = ["alta", "avanço", "aumento", "crescimento", "valorização", "ganho", "expansão"];
const withPreposition = (nouns: string[]) => nouns.flatMap((n) => [n, `${n} de`, `${n} da`, `${n} do`]);

const ordinals = Object.fromEntries(["primeir", "segund", "terceir", "quart", "quint", "sext", "sétim", "oitav", "non", "décim"]
  .flatMap((stem, i) => ["o", "a"].map((end) => [`${stem}${end}`, i + 1] as const)));

export const pt: LanguageWords = {
  // The deck's own words (sources slide, handout), and how this language quotes.
  ui: {
    sources: "Fontes",
    article: "Artigo",
    published: "Publicado",
    figure: "Número",
    quote: "Onde o artigo o diz",
    derivedFrom: "Calculado",
    unsourced: "Fora do artigo",
    unsourcedNote: "Dados do gráfico fornecidos pelo autor, não conferidos com o artigo",
    own: "Palavras do autor",
    ownNote: "Fora do artigo",
    notes: "Notas do apresentador",
    slide: "Slide",
    noNotes: "Sem notas para este slide.",
    quotes: ["“", "”"],
    keyPoints: "O essencial",
    keyFigures: "Os números principais",
    sideBySide: "Os números lado a lado",
    fromParagraph: "Do parágrafo",
    review: "rever",
    draftComments: {
      header: "Um primeiro rascunho a partir de {file}, feito com `npm run draft`. Cada número abaixo é citado do artigo e verificado; rótulos e chaves são palpites a partir das palavras em volta de cada número: reveja-os.",
      noDate: "o artigo não indica data: a de hoje; corrija-a",
      noFigures: "nenhum número encontrado no artigo",
      shorten: "as frases do lide: encurte-as",
      sharedTitle: "a partir dos rótulos dos números: verifique se nomeia o que se compara, o comparável",
      nameTitle: "nomeie o que se compara; mantenha o gráfico só se comparar o comparável",
    },
  },
  units: {
    percent: ["por cento"],
    points: ["pontos percentuais", "ponto percentual", "p.p.", "pp", "pontos-base", "ponto-base", "pontos base", "pb"],
    basisPoints: ["pontos-base", "ponto-base", "pontos base", "pb"],
    indexPoints: ["pontos", "ponto"],
    rangeTo: ["a"],
    rangeAnd: ["e"],
    between: ["entre"],
    rangeArticles: ["o", "os"],
    scaleSpellings: {},
    currencies: { BRL: ["reais", "real"], USD: ["dólares", "dólar"], EUR: ["euros", "euro"] },
  },
  draft: { hedges: ["cerca de", "quase", "aproximadamente", "mais de", "perto de"], ranks: ["top", "número", "versão", "trimestre"], units: { "por cento": "%", pontos: "pontos", reais: "BRL" } },
  dateWords: [],
  direction: {
    // Each verb in the forms news writes: present and past, singular and plural ("as vendas caem 0,3%",
    // "os preços aumentam 3,5%", "as ações despencaram 8,3%").
    fall: ["caiu", "caíram", "cai", "caem", "caía", "caíam", "recuou", "recuaram", "recua", "recuam", "recuava", "baixou", "baixaram", "baixam",
      "desvalorizou", "desvalorizaram", "desvaloriza", "desvalorizam", "despencou", "despencaram", "despenca", "despencam", "desabou",
      "desabaram", "desaba", "tombou", "tombaram", "encolheu", "encolheram", "encolhe", "encolhem", "diminuiu", "diminuíram", "diminui",
      "diminuem", "retraiu", "retraíram", "em queda", "em baixa", ...withPreposition(fallNouns),
      "desacelerou", "desaceleraram", "desacelera", "arrefeceu"],
    rise: ["subiu", "subiram", "sobe", "sobem", "subia", "subiam", "avançou", "avançaram", "avança", "avançam", "avançava", "cresceu",
      "cresceram", "cresce", "crescem", "crescia", "aumentou", "aumentaram", "aumenta", "aumentam", "valorizou", "valorizaram", "valoriza",
      "valorizam", "disparou", "dispararam", "dispara", "disparam", "saltou", "saltaram", "salta", "saltam", "em alta",
      ...withPreposition(riseNouns),
      "acelerou", "aceleraram", "acelera"],
    fallWithUnit: ["perdeu", "perderam", "perde", "perdem", "cortou", "cortaram", "corta", "cortam", "reduziu", "reduziram", "reduz",
      "baixou", "baixaram"],
    riseWithUnit: ["ganhou", "ganharam", "ganha", "ganham", "elevou", "elevaram", "eleva", "elevam", "aumentou", "aumentaram"],
    fallAfter: ["a menos"],
    riseAfter: ["a mais"],
    filler: ["de", "em", "cerca", "quase", "um", "mais", "respectivamente", "apenas", "aproximadamente"],
    level: ["para", "a", "aos", "em", "até"],
    from: [],
    previous: ["após", "ante"],
    to: ["para"],
    byThenTo: { by: ["em"], to: ["para"] },
    by: ["em"],
    // Rates of change: "a inflação desacelerou para 4,4%" is a rise of 4,4% of the prices.
    rates: ["crescimento", "inflação", "ipca"],
    respectively: ["respectivamente", "respetivamente"],
    restate: ["ou", "o que equivale a"],
    negative: ["menos"],
  },
  // Ordinals too ("pela sexta sessão" is the deck's "6º").
  notOpposites: ["realização de lucros", "realizações de lucro", "realização de lucro"],
  opposites: [["lucrou", "perdeu"], ["ganhou", "perdeu"], ["lucro", "prejuízo"], ["lucros", "prejuízos"], ["superávit", "déficit"], ["compras líquidas", "vendas líquidas"]],
  numberWords: { ...countWords(small, tens), ...ordinals },
  ordinals: { primeiro: 1, segundo: 2, terceiro: 3, quarto: 4 },
  bases: { year: ["em 12 meses", "homóloga", "em termos homólogos", "na comparação anual", "em relação ao mesmo mês do ano anterior", "na comparação com o mesmo período do ano anterior"], previous: ["em cadeia", "na comparação mensal", "em relação ao mês anterior", "em relação ao trimestre anterior", "na comparação trimestral", "face ao trimestre anterior"] },
  periods: [
    { pattern: /(?<n>primeiro|segundo|terceiro|quarto) trimestre/giu, kind: "quarter" },
    { pattern: /(?<![\p{L}\p{N}])(?<n>[1-4])T(?![\p{L}])/gu, kind: "quarter" },
    { pattern: /(?<n>primeiro|segundo) semestre/giu, kind: "half" },
    { pattern: /(?<n>\p{L}+|\d{1,2}) primeiros meses/giu, kind: "months" },
  ],
};
