// Portuguese truth corpus: the Ibovespa and the dollar, the IPCA and the Selic, Petrobras', Vale's and
// the banks' results, the PIB and unemployment, as Brazilian financial news writes them ("R$ 32,6
// bilhões", "0,56%", "0,25 ponto percentual"), and a few passages in Portugal's style ("mil milhões").
import type { LanguageCorpus } from "./corpus-types.ts";

const IBOVESPA = "O Ibovespa fechou em queda de 1,2%, aos 126.530 pontos, pressionado pelas ações da Vale.";
const DOLAR = "O dólar comercial subiu 0,8% e encerrou a sessão cotado a R$ 5,43.";
const IPCA = "O IPCA subiu 0,56% em outubro e acumula alta de 4,76% em 12 meses, segundo o IBGE.";
const SELIC = "O Copom elevou a Selic em 0,5 ponto percentual, para 14,75% ao ano.";
const PETROBRAS_T3 =
  "A Petrobras registrou lucro líquido de R$ 32,6 bilhões no terceiro trimestre, um aumento de 22% em relação ao mesmo período do ano passado.";
const VALE_T2 = "A Vale teve lucro de US$ 2,1 bilhões no segundo trimestre, queda de 34% na comparação anual.";
const ITAU_9M = "O Itaú Unibanco lucrou R$ 32,7 bilhões nos nove primeiros meses do ano, alta de 14,6%.";
const BRADESCO = "O lucro do Bradesco caiu 5% no primeiro semestre, para R$ 9,2 bilhões.";
const PIB_T2 = "O PIB brasileiro cresceu 0,4% no segundo trimestre em relação aos três meses anteriores, informou o IBGE.";
const DESEMPREGO =
  "A taxa de desemprego recuou para 5,6% no trimestre encerrado em setembro, queda de 0,4 ponto percentual ante o trimestre anterior.";
const VENDAS_VAREJO = "As vendas no varejo caem 0,3% em agosto, segundo dados divulgados nesta quarta-feira.";
const EXPORTACOES = "As exportações brasileiras somaram US$ 29,4 bilhões em setembro, com aumento de 7,2% sobre o mesmo mês de 2025.";
const PRODUCAO = "A produção industrial diminuiu 0,4% em setembro, após ter crescido 0,7% em agosto.";
const CONTRATACOES = "A Embraer vai contratar 1.500 funcionários até o fim do ano.";
const DIVIDA = "A dívida pública federal atingiu R$ 7,9 trilhões em setembro, segundo o Tesouro Nacional.";
const ACOES_BANCOS = "Entre os bancos, o Itaú avançou 2,1%, enquanto o Bradesco recuou 1,4%.";
const PORTUGAL_PIB = "A economia portuguesa cresceu 1,9% em 2025, acima da média da zona euro, segundo o INE.";
const PORTUGAL_DEFICE = "O excedente orçamental atingiu 2,3 mil milhões de euros até setembro.";
const MAGALU = "As ações do Magazine Luiza despencaram 8,3% após a divulgação do balanço.";
const COMBUSTIVEIS = "Os preços dos combustíveis aumentam 3,5% a partir de sábado.";

export const CORPUS: LanguageCorpus = {
  lang: "pt",
  honest: {
    text: [
      {
        article: "A inflação desacelerou para 4,4% em 12 meses em setembro, segundo o IBGE.",
        deck: "Os preços subiram 4,4% em 12 meses até setembro",
        note: "a inflação é uma taxa: seu nível é uma alta dos preços",
      },
      {
        article: "O crescimento da economia chinesa desacelerou para 4,6% no terceiro trimestre.",
        deck: "A economia chinesa cresceu 4,6% no terceiro trimestre",
      },
      {
        article: "O governo central registrou déficit primário de R$ 43 bilhões em 2024, equivalente a 0,36% do PIB.",
        deck: "Resultado primário 2024: −R$ 43 bi (0,36% do PIB)",
        note: "a sign restates no share",
      },
      {
        article: "O Copom cortou a Selic em 0,5 ponto percentual nesta quarta-feira.",
        deck: "Copom cortou a Selic em 0,5 ponto percentual",
        note: "a central bank’s move: the verb, its object, then the size",
      },
      { article: IBOVESPA, deck: "Ibovespa cai 1,2% e fecha aos 126.530 pontos", note: "«em queda de» as «cai»" },
      { article: IBOVESPA, deck: "Ibovespa: -1,2%", note: "a fall as a minus sign" },
      { article: DOLAR, deck: "Dólar sobe 0,8%, a R$ 5,43" },
      { article: IPCA, deck: "IPCA de outubro: alta de 0,56%; 4,76% em 12 meses" },
      { article: SELIC, deck: "Selic sobe 0,5 ponto percentual, para 14,75%", note: "points stay points" },
      { article: PETROBRAS_T3, deck: "Petrobras lucra R$ 32,6 bi no 3T, alta de 22%", note: "«bilhões» as «bi», terceiro trimestre as 3T" },
      { article: VALE_T2, deck: "Vale: lucro de US$ 2,1 bilhões no 2T, queda de 34%" },
      { article: ITAU_9M, deck: "Itaú lucra R$ 32,7 bilhões em 9M, +14,6%" },
      { article: BRADESCO, deck: "Lucro do Bradesco cai 5% no 1º semestre, a R$ 9,2 bilhões" },
      { article: PIB_T2, deck: "PIB cresce 0,4% no segundo trimestre" },
      {
        article: DESEMPREGO,
        deck: "Desemprego recua para 5,6%, queda de 0,4 p.p.",
        note: "a level reached by a fall, and the fall in points",
      },
      { article: VENDAS_VAREJO, deck: "Vendas no varejo recuam 0,3% em agosto", note: "the plural «caem»" },
      { article: EXPORTACOES, deck: "Exportações de setembro: US$ 29,4 bilhões, alta de 7,2%" },
      { article: PRODUCAO, deck: "Produção industrial cai 0,4% em setembro", note: "«diminuiu» as «cai»" },
      { article: CONTRATACOES, deck: "Embraer vai contratar mil e quinhentos funcionários", note: "1.500 in words" },
      { article: DIVIDA, deck: "Dívida pública federal: R$ 7,9 trilhões" },
      { article: ACOES_BANCOS, deck: "Itaú sobe 2,1% na bolsa" },
      { article: PORTUGAL_PIB, deck: "A economia portuguesa cresce 1,9% em 2025" },
      { article: PORTUGAL_DEFICE, deck: "Excedente orçamental de 2,3 mil milhões de euros até setembro", note: "Portugal's «mil milhões»" },
      { article: MAGALU, deck: "Magazine Luiza despenca 8,3% após o balanço" },
      { article: COMBUSTIVEIS, deck: "Combustíveis sobem 3,5% a partir de sábado", note: "the plural «aumentam» as «sobem»" },
    ],
    figures: [
      { article: IBOVESPA, figure: { value: -1.2, unit: "%", label: "Ibovespa", quote: "em queda de 1,2%" } },
      { article: IBOVESPA, figure: { value: 126530, label: "Ibovespa, pontos", quote: "126.530 pontos" } },
      {
        article: PETROBRAS_T3,
        figure: { value: 32.6, unit: "BRL", scale: "billion", label: "Lucro da Petrobras, 3T", quote: "R$ 32,6 bilhões" },
      },
      { article: VALE_T2, figure: { value: -34, unit: "%", label: "Lucro da Vale", quote: "queda de 34%" } },
      { article: VENDAS_VAREJO, figure: { value: -0.3, unit: "%", label: "Vendas no varejo", quote: "caem 0,3%" } },
      { article: COMBUSTIVEIS, figure: { value: 3.5, unit: "%", label: "Combustíveis", quote: "aumentam 3,5%" } },
      {
        article: DIVIDA,
        figure: { value: 7.9, unit: "BRL", scale: "trillion", label: "Dívida pública federal", quote: "R$ 7,9 trilhões" },
      },
      {
        article: PORTUGAL_DEFICE,
        figure: { value: 2.3, unit: "EUR", scale: "billion", label: "Excedente orçamental", quote: "2,3 mil milhões de euros" },
      },
    ],
  },
  slips: {
    text: [
      {
        kind: "sign",
        article: "O Banco Central reduziu a projeção de crescimento para 2,1%.",
        deck: "O Banco Central elevou a projeção de crescimento para 2,1%",
        note: "a forecast cut said as raised, a level's move reversed, a start given as an end",
      },
      {
        kind: "sign",
        article: "A inflação desacelerou para 4,4% em 12 meses em setembro, segundo o IBGE.",
        deck: "A inflação acelerou para 4,4% em setembro",
        note: "the rate slowed",
      },
      {
        kind: "sign",
        article: "A inflação desacelerou para 4,4% em 12 meses em setembro, segundo o IBGE.",
        deck: "Os preços caíram 4,4% em 12 meses até setembro",
        note: "prices rose",
      },
      {
        kind: "sign",
        article: "O Copom cortou a Selic em 0,5 ponto percentual nesta quarta-feira.",
        deck: "Copom elevou a Selic em 0,5 ponto percentual",
        note: "the verb’s object between it and the size",
      },
      // sign
      { kind: "sign", article: IBOVESPA, deck: "Ibovespa sobe 1,2% e fecha aos 126.530 pontos" },
      { kind: "sign", article: VENDAS_VAREJO, deck: "Vendas no varejo sobem 0,3% em agosto", note: "the article's verb is plural: «caem»" },
      { kind: "sign", article: COMBUSTIVEIS, deck: "Preços dos combustíveis caem 3,5%", note: "«aumentam» is plural" },
      { kind: "sign", article: VALE_T2, deck: "Vale: lucro cresce 34% no 2T" },
      { kind: "sign", article: PRODUCAO, deck: "Produção industrial sobe 0,4% em setembro" },
      { kind: "sign", article: MAGALU, deck: "Ações do Magazine Luiza sobem 8,3%" },
      { kind: "sign", article: BRADESCO, deck: "Lucro do Bradesco cresce 5% no semestre" },
      {
        kind: "sign",
        article: "A taxa básica fechou o ano em 10,5%, segundo o Banco Central.",
        deck: "A taxa básica sobe 10,5% no ano",
        note: "«em 10,5%» with no level after it is a level, written as a change",
      },
      // scale
      { kind: "scale", article: PETROBRAS_T3, deck: "Petrobras lucra R$ 32,6 milhões no terceiro trimestre", note: "1000×" },
      { kind: "scale", article: DIVIDA, deck: "Dívida pública federal: R$ 7,9 bilhões" },
      { kind: "scale", article: PORTUGAL_DEFICE, deck: "Excedente de 2,3 milhões de euros", note: "«mil milhões» is a billion" },
      { kind: "scale", article: EXPORTACOES, deck: "Exportações somam US$ 29,4 milhões em setembro" },
      // unit
      { kind: "unit", article: SELIC, deck: "Selic sobe 0,5% e vai a 14,75%", note: "points as a percentage" },
      { kind: "unit", article: DESEMPREGO, deck: "Desemprego cai 0,4% no trimestre" },
      // subject
      { kind: "subject", article: ACOES_BANCOS, deck: "Bradesco sobe 2,1%", note: "Itaú's rise given to Bradesco" },
      {
        kind: "subject",
        article: `${PETROBRAS_T3} ${VALE_T2}`,
        deck: "Vale lucra R$ 32,6 bilhões",
        note: "Petrobras's profit given to Vale",
      },
      // value
      { kind: "value", article: IPCA, deck: "IPCA acumula 4,67% em 12 meses", note: "digits swapped" },
      { kind: "value", article: DOLAR, deck: "Dólar fecha a R$ 5,34" },
    ],
    figures: [
      { kind: "sign", article: VENDAS_VAREJO, figure: { value: 0.3, unit: "%", label: "Vendas no varejo", quote: "caem 0,3%" } },
      { kind: "sign", article: COMBUSTIVEIS, figure: { value: -3.5, unit: "%", label: "Combustíveis", quote: "aumentam 3,5%" } },
      { kind: "sign", article: PRODUCAO, figure: { value: 0.4, unit: "%", label: "Produção industrial", quote: "diminuiu 0,4%" } },
      {
        kind: "scale",
        article: PETROBRAS_T3,
        figure: { value: 32.6, unit: "BRL", scale: "million", label: "Lucro da Petrobras", quote: "R$ 32,6 bilhões" },
      },
      {
        kind: "scale",
        article: PORTUGAL_DEFICE,
        figure: { value: 2.3, unit: "EUR", scale: "million", label: "Excedente orçamental", quote: "2,3 mil milhões de euros" },
      },
      { kind: "value", article: ITAU_9M, figure: { value: 14.2, unit: "%", label: "Lucro do Itaú", quote: "alta de 14,6%" } },
    ],
  },
};
