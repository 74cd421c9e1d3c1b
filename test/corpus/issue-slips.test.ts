// The slips and honest variants the trials of issue 21 listed, each as its trial wrote it: every slip
// is an error, every honest variant passes.
import { describe, expect, it } from "vitest";
import { figureProblems, textProblems } from "./run-corpus.ts";
import type { FigurePair, TextPair } from "./corpus-types.ts";

const slips: [string, TextPair][] = [
  ["vi", { article: "Toàn ngành lãi 70.027 tỷ đồng trong năm 2024.", deck: "Toàn ngành lãi 70.027 triệu đồng" }],
  ["vi", { article: "Tổng tài sản đạt 8.512 tỷ đồng.", deck: "Tổng tài sản 8.512 nghìn tỷ" }],
  ["de", { article: "Die Exporte in die USA summierten sich auf 128,2 Milliarden Euro.", deck: "USA-Exporte: 128,2 Mio. €" }],
  ["vi", { article: "Lợi nhuận của Vietcombank tăng 2,1% so với cùng kỳ.", deck: "Vietcombank giảm 2,1%" }],
  ["vi", { article: "Cổ phiếu CTG giảm 12,7% trong năm.", deck: "CTG: Tăng 12,7%" }],
  ["de", { article: "Der Ifo-Index lag bei minus 6,7 Punkten.", deck: "Ifo +6,7 Punkte" }],
  ["vi", { article: "Lợi nhuận Techcombank giảm 4,2%, trong khi MB tăng 11%.", deck: "MB giảm 4,2%" }],
  [
    "de",
    {
      article: "Die Exporte in die EU schrumpften um 1,8 %. Nach China wurden 3,1 % mehr Waren geliefert.",
      deck: "China schrumpft um 1,8 %",
    },
  ],
  ["de", { article: "Die Exporte nach Frankreich schrumpften um 1,7 Prozent.", deck: "Frankreich-Exporte stiegen um 1,7 %" }],
  ["ja", { article: "東証株価指数（TOPIX）は1.18%安で終えた。", deck: "TOPIXは1.18%上昇" }],
  ["ja", { article: "売買代金は3兆0857億8300万円だった。", deck: "売買代金は約3億円" }],
  ["es", { article: "Grifols registró una reducción del 10,86% de su deuda.", deck: "La deuda de Grifols sube un 10,86%" }],
  ["es", { article: "Los ingresos alcanzaron 28.446,7 millones de euros.", deck: "Ingresos de 28.446,7 miles de millones" }],
  ["es", { article: "Las ventas crecieron un 13% en el trimestre.", deck: "Las ventas crecieron un tres por ciento" }],
];
// "Respectively" pairs names and numbers in order.
slips.push(
  ["en", { article: "Apple and Amazon rose 1.1% and 0.6% respectively.", deck: "Amazon +1.1%" }],
  ["vi", { article: "Vietcombank, BIDV và MB lần lượt tăng 5%, 7% và 9%.", deck: "Vietcombank tăng 9%" }],
  ["fr", { article: "Kering et Hermès reculent respectivement de 2,1 % et 3,9 %.", deck: "Hermès -2,1 %" }],
);
const honest: [string, TextPair][] = [
  ["en", { article: "Apple and Amazon rose 1.1% and 0.6% respectively.", deck: "Amazon +0.6%" }],
  ["vi", { article: "Vietcombank, BIDV và MB lần lượt tăng 5%, 7% và 9%.", deck: "MB tăng 9%" }],
  ["fr", { article: "Kering et Hermès reculent respectivement de 2,1 % et 3,9 %.", deck: "Kering cède 2,1 %" }],
  ["vi", { article: "Lợi nhuận quý 3/2025 đạt 8.070 tỷ đồng.", deck: "Lãi Q3/2025: 8.070 tỷ đồng" }],
  ["vi", { article: "Lợi nhuận quý III/2025 đạt 8.070 tỷ đồng.", deck: "Lãi quý 3/2025 đạt 8.070 tỷ đồng" }],
  ["de", { article: "Die Exporte sinken seit fünf Monaten.", deck: "Exporte sinken seit 5 Monaten" }],
  ["vi", { article: "VPBank thăng ba bậc trên bảng xếp hạng.", deck: "VPBank thăng 3 bậc" }],
  [
    "es",
    {
      article: "En el tercer trimestre, el beneficio de los nueve meses alcanzó 1.200 millones de euros.",
      deck: "Beneficio 9M: 1.200 millones de euros (3T)",
    },
  ],
  ["ja", { article: "日経平均株価の終値は3万4279円92銭だった。", deck: "日経平均：34,279.92円" }],
  ["en", { article: "Vietcombank posted a pretax profit of 70.027 trillion dong.", deck: "Vietcombank: 70.027 trillion dong" }],
];
const figureSlips: [string, FigurePair][] = [
  ["vi", { article: "Lợi nhuận của SeABank giảm 31,2%.", figure: { value: -31.2, unit: "%", label: "SHB", quote: "SeABank giảm 31,2%" } }],
  [
    "de",
    {
      article: "Die Exporte gingen um 4,8 Prozent zurück. Die Importe lagen 4,8 Prozent höher.",
      figure: { value: -4.8, unit: "%", label: "Importe", quote: "Die Importe lagen 4,8 Prozent höher" },
    },
  ],
  [
    "es",
    {
      article: "Las ventas registraron una caída del 2,5%.",
      figure: { value: 2.5, unit: "%", label: "Ventas", quote: "una caída del 2,5%" },
    },
  ],
  [
    "ja",
    { article: "東証株価指数（TOPIX）は1.18%安の2480.61で終えた。", figure: { value: 1.18, unit: "%", label: "TOPIX", quote: "1.18%安" } },
  ],
  [
    "ja",
    {
      article: "売買代金は3兆0857億8300万円だった。",
      figure: { value: 3, unit: "JPY", scale: "trillion", label: "売買代金", quote: "売買代金は3兆" },
    },
  ],
];
// German falls and rises in their real forms, each quoted with the wrong sign: every one must fail.
const german = [
  "Die Exporte schrumpften um 1,7 Prozent.",
  "Die Exporte sanken um 1,7 Prozent.",
  "Die Exporte nahmen um 1,7 Prozent ab.",
  "Die Exporte gingen im Juli um 1,7 Prozent zurück.",
  "Die Exporte brachen um 1,7 Prozent ein.",
  "Die Exporte haben um 1,7 Prozent abgenommen.",
  "Die Exporte sind im August um 1,7 Prozent gesunken.",
  "Es wurden 1,7 Prozent weniger Waren exportiert.",
];
const germanRises = [
  "Die Importe stiegen um 1,7 Prozent.",
  "Die Importe wuchsen um 1,7 Prozent.",
  "Die Importe legten um 1,7 Prozent zu.",
  "Es wurden 1,7 Prozent mehr Waren importiert.",
];
for (const article of german)
  figureSlips.push(["de", { article, figure: { value: 1.7, unit: "%", label: "Handel", quote: article.replace(/\.$/, "") } }]);
for (const article of germanRises)
  figureSlips.push(["de", { article, figure: { value: -1.7, unit: "%", label: "Handel", quote: article.replace(/\.$/, "") } }]);
for (const article of [
  "Las ventas registraron una caída del 2,5%.",
  "Hubo un descenso del 2,5% en las ventas.",
  "Se produjo una reducción del 2,5% de la deuda.",
]) {
  figureSlips.push(["es", { article, figure: { value: 2.5, unit: "%", label: "Ventas", quote: article.replace(/\.$/, "") } }]);
}

const figureHonest: [string, FigurePair][] = [
  [
    "ja",
    {
      article: "日経平均株価の終値は3万4279円92銭だった。",
      figure: { value: 34279.92, unit: "JPY", label: "日経平均", quote: "3万4279円92銭" },
    },
  ],
  [
    "ja",
    {
      article: "売買代金は3兆0857億8300万円だった。",
      figure: { value: 3.085783, unit: "JPY", scale: "trillion", label: "売買代金", quote: "3兆0857億8300万円" },
    },
  ],
  [
    "es",
    {
      article: "Inditex prevé que sus ventas crezcan un 5–6% este año.",
      figure: { value: 5, unit: "%", label: "Inditex", quote: "un 5-6% este año" },
    },
  ],
  [
    "es",
    {
      article: "La empresa salió de los 'números rojos' en 2024 con 12 millones de euros.",
      figure: {
        value: 12,
        unit: "EUR",
        scale: "million",
        label: "Beneficio",
        quote: "salió de los «números rojos» en 2024 con 12 millones",
      },
    },
  ],
];

// The same sentences with the sign they give: every one passes.
for (const article of german)
  figureHonest.push(["de", { article, figure: { value: -1.7, unit: "%", label: "Handel", quote: article.replace(/\.$/, "") } }]);
for (const article of germanRises)
  figureHonest.push(["de", { article, figure: { value: 1.7, unit: "%", label: "Handel", quote: article.replace(/\.$/, "") } }]);

describe("issue 21's slips and honest variants", () => {
  it.each(slips)("%s slip: %j fails", (lang, pair) => expect(textProblems(pair, lang).length).toBeGreaterThan(0));
  it.each(honest)("%s honest: %j passes", (lang, pair) => expect(textProblems(pair, lang).map((p) => p.message)).toEqual([]));
  it.each(figureSlips)("%s figure slip: %j fails", (lang, pair) => expect(figureProblems(pair, lang).length).toBeGreaterThan(0));
  it.each(figureHonest)("%s honest figure: %j passes", (lang, pair) =>
    expect(figureProblems(pair, lang).map((p) => p.message)).toEqual([]),
  );
});
