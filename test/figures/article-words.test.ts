// Ordinary news sentences, as a red-team run wrote them: the honest figure passes, the slip fails
// with the right message. Each row is one sentence of an article and one figure quoting it.
import { describe, expect, it } from "vitest";
import { checkFigures } from "../../scripts/figures/check-figures.ts";
import type { Figure } from "../../scripts/model/briefing.ts";

interface Row {
  lang: string;
  article: string;
  figure: Partial<Figure> & { value: number; quote: string };
  /** Part of the one problem expected; absent when the figure must pass. */
  problem?: string;
  file?: string;
}

function problems({ lang, article, figure, file }: Row) {
  const decimals = (String(figure.value).split(".")[1] ?? "").length;
  const f: Figure = { id: "f", decimals, label: "Figure", approx: false, ...figure };
  return checkFigures({
    figures: [f],
    article,
    articleFile: file ?? "article.txt",
    articleLang: lang,
    file: "briefing.yaml",
    locate: () => undefined,
  });
}

const honest: Row[] = [
  {
    lang: "vi",
    article: "Lạm phát giảm từ 4,5% trong quý 1 xuống 3,2% trong quý 2.",
    figure: { value: 4.5, unit: "%", quote: "giảm từ 4,5%" },
  },
  {
    lang: "de",
    article: "Die Inflationsrate sank von 2,6 Prozent im Vormonat auf 2,2 Prozent.",
    figure: { value: 2.6, unit: "%", quote: "sank von 2,6 Prozent" },
  },
  { lang: "es", article: "El paro baja al 11,2 % en octubre.", figure: { value: 11.2, unit: "%", quote: "baja al 11,2 %" } },
  {
    lang: "en",
    article: "Buyers need a down payment of 20% on new homes.",
    figure: { value: 20, unit: "%", quote: "a down payment of 20%" },
  },
  { lang: "en", article: "The chief executive will step down after 5 years.", figure: { value: 5, quote: "step down after 5 years" } },
  {
    lang: "en",
    article: "The company expects sales to grow 2-3% next year.",
    figure: { value: 2, unit: "%", quote: "grow 2-3% next year" },
  },
  {
    lang: "en",
    article: "The rule means a $5-6 billion hit to earnings.",
    figure: { value: 6, unit: "USD", scale: "billion", quote: "a $5-6 billion hit" },
  },
  { lang: "es", article: "El PIB crecerá entre el 2 y el 3 % este año.", figure: { value: 2, unit: "%", quote: "entre el 2 y el 3 %" } },
  {
    lang: "vi",
    article: "cổ phiếu **Nvidia** giảm gần 17% ([nguồn](https://x.test/a-1234))",
    figure: { value: -17, unit: "%", approx: true, quote: "cổ phiếu Nvidia giảm gần 17%" },
    file: "article.md",
  },
  { lang: "en", article: "The Fed cut rates to a range of 4.75%-5%.", figure: { value: 5, unit: "%", quote: "a range of 4.75%-5%" } },
  {
    lang: "en",
    article: "Labour won, securing 411 of the 650 seats.",
    figure: { value: 411, unit: "seats", quote: "securing 411 of the 650 seats" },
  },
  {
    lang: "vi",
    article: "Nhập khẩu giảm 2,9%.",
    figure: { value: 2.9, unit: "%", label: "Nhập khẩu giảm", direction: "label", quote: "Nhập khẩu giảm 2,9%" },
  },
];

const slips: Row[] = [
  {
    lang: "vi",
    article: "GDP quý 2 tăng trưởng âm 0,5%.",
    figure: { value: 0.5, unit: "%", quote: "tăng trưởng âm 0,5%" },
    problem: "a number with a minus sign, but value is 0.5",
  },
  {
    lang: "en",
    article: "Shares of Intel lost 3.2% on Friday.",
    figure: { value: 3.2, unit: "%", quote: "Intel lost 3.2%" },
    problem: "a fall, but value is 3.2",
  },
  {
    lang: "de",
    article: "Die Wirtschaft schrumpfte um 0,3 Prozent.",
    figure: { value: 0.3, unit: "%", quote: "schrumpfte um 0,3 Prozent" },
    problem: "a fall",
  },
  {
    lang: "vi",
    article: "Vốn đầu tư đạt 12 tỷ USD.",
    figure: { value: 2, unit: "USD", scale: "billion", quote: "2 tỷ USD" },
    problem: "is not in the article",
  },
  {
    lang: "vi",
    article: "Doanh thu đạt 5 tỷ EUR.",
    figure: { value: 5, unit: "USD", scale: "billion", quote: "đạt 5 tỷ EUR" },
    problem: "in EUR, but unit is USD",
  },
  {
    lang: "en",
    article: "The Fed cut rates by 0.25 percentage point.",
    figure: { value: 0.25, unit: "%", quote: "by 0.25 percentage point" },
    problem: "percentage points",
  },
  {
    lang: "en",
    article: "Prices rose 3.1 per cent in 2024.",
    figure: { value: 2024, unit: "%", quote: "rose 3.1 per cent in 2024" },
    problem: "with the unit %",
  },
  {
    lang: "vi",
    article: "Thu ngân sách đạt 1.700 ngàn tỷ đồng.",
    figure: { value: 1700, unit: "đồng", scale: "billion", quote: "1.700 ngàn tỷ đồng" },
    problem: "which is trillion",
  },
  {
    lang: "vi",
    article: "Tesla lao dốc 12%.",
    figure: { value: 12, unit: "%", label: "Tesla tăng", direction: "label", quote: "Tesla lao dốc 12%" },
    problem: "the label says «tăng», a rise",
  },
  {
    lang: "en",
    article: "Nvidia lost 589 billion USD in market value.",
    figure: { value: 589, unit: "USD", scale: "billion", quote: "lost 589 billion USD" },
    problem: "a fall, but value is 589",
  },
  {
    lang: "vi",
    article: "VCB lãi trước thuế 41.000 tỷ đồng.",
    figure: { value: 41, unit: "đồng", scale: "trillion", quote: "41.000 tỷ đồng" },
    problem: "value: 41000 with scale: billion",
  },
];

describe("honest figures in ordinary sentences pass", () => {
  it.each(honest)("$lang: $figure.quote", (row) => expect(problems(row)).toEqual([]));
});

describe("slips in ordinary sentences are caught", () => {
  it.each(slips)("$lang: $figure.quote", (row) => {
    const found = problems(row);
    expect(found.map((p) => `${p.message} fix: ${p.hint}`).join("\n")).toContain(row.problem);
    expect(found).toHaveLength(1);
  });
});
