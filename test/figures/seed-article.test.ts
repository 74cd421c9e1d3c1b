// The figure check against a real article: the Vietnamese seed the first briefing is drawn from.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Figure } from "../../scripts/model/briefing.ts";
import { checkFigures } from "../../scripts/figures/check-figures.ts";
import { parseExpression } from "../../scripts/model/derived-expression.ts";

// The seed briefing's own copy of the article: one copy in the repository, the one the deck is built from.
const article = readFileSync(new URL("../../content/deepseek-r1/article.txt", import.meta.url), "utf8");

/** A figure as validation hands it on: a derived: formula parsed (one that does not parse has none). */
function figure(id: string, value: number, decimals: number, more: Partial<Figure>): Figure {
  return { id, value, decimals, label: id, approx: false, ...more, ...(more.derived !== undefined ? parsed(more.derived) : {}) };
}

function parsed(derived: string): Pick<Figure, "formula"> {
  try {
    return { formula: parseExpression(derived) };
  } catch {
    return {};
  }
}

const check = (figures: Figure[]) =>
  checkFigures({
    figures,
    article,
    articleFile: "article.txt",
    articleLang: "vi",
    file: "briefing.yaml",
    locate: () => ({ line: 1, column: 1 }),
  });

const good = [
  figure("nasdaq_pct", -3.07, 2, { unit: "%", quote: "giảm 612,47 điểm (-3,07%)" }),
  figure("nasdaq_points", -612.47, 2, { quote: "giảm 612,47 điểm (-3,07%)" }),
  figure("nasdaq_close", 19341.43, 2, { quote: "xuống còn 19.341,43 điểm" }),
  figure("nvidia", -17, 0, { unit: "%", approx: true, quote: "Nvidia giảm gần 17%" }),
  figure("bitcoin", -12, 0, { unit: "%", quote: "Bitcoin có lúc cắm đầu giảm tới 12%" }),
  figure("bitcoin_mark", 100000, 0, { unit: "USD", quote: "tuột mốc 100.000 USD" }),
  figure("r1_cheaper", 96.4, 1, { unit: "%", quote: "rẻ hơn 96,4% so với OpenAI o1" }),
  figure("o1_price", 60, 0, { unit: "USD", quote: "OpenAI o1 mất 60 USD cho một triệu token đầu ra" }),
  figure("r1_price", 2.19, 2, { unit: "USD", quote: "DeepSeek R1 chỉ cần 2,19 USD" }),
  figure("r1_discount", 96.35, 2, { unit: "%", derived: "(o1_price - r1_price) / o1_price * 100" }),
];

describe("the seed article (vi)", () => {
  it("supports every figure of the first briefing", () => {
    expect(check(good)).toEqual([]);
  });

  it("rejects wrong values, naming each figure", () => {
    const wrong = [
      figure("nasdaq_pct", -3.7, 2, { quote: "giảm 612,47 điểm (-3,07%)" }),
      figure("nvidia", -16, 0, { quote: "Nvidia giảm gần 17%" }),
      figure("r1_price", 2.91, 2, { quote: "DeepSeek R1 chỉ cần 2,19 USD" }),
      figure("bitcoin_mark", 100, 0, { quote: "tuột mốc 100.000 USD" }),
    ];
    expect(check(wrong).map((p) => p.message)).toEqual([
      'figure "nasdaq_pct": the quote has 612.47 and 3.07, expected 3.7 (|value|)',
      'figure "nvidia": the quote has 17, expected 16 (|value|)',
      // "R1" is a name, not the number 1.
      'figure "r1_price": the quote has 2.19, expected 2.91 (|value|)',
      'figure "bitcoin_mark": the quote has 100000, expected 100 (|value|)',
    ]);
  });

  it("rejects quotes the article does not have, and suggests the passage it does", () => {
    const problems = check([
      figure("nvidia", -17, 0, { quote: "Nvidia giảm 17%" }),
      figure("r1_cheaper", 96.4, 1, { quote: "rẻ hơn 96,4% so với OpenAI O1" }),
    ]);
    expect(problems.map((p) => [p.message, p.hint])).toEqual([
      [
        'figure "nvidia": the quote «Nvidia giảm 17%» is not in the article',
        "did you mean: «Nvidia giảm gần 17%;»? Copy the quote from the article exactly; only white space and quote marks may differ",
      ],
      [
        'figure "r1_cheaper": the quote «rẻ hơn 96,4% so với OpenAI O1» is not in the article',
        "did you mean: «rẻ hơn 96,4% so với OpenAI o1»? Copy the quote from the article exactly; only white space and quote marks may differ",
      ],
    ]);
  });

  it("rejects a derived value the seed's prices do not give", () => {
    const derived = good.map((f) => (f.id === "r1_discount" ? { ...f, value: 96.4 } : f));
    expect(check(derived).map((p) => p.message)).toEqual([
      'figure "r1_discount": derived "(o1_price - r1_price) / o1_price * 100" computes 96.35, which is 96.35 at 2 decimals, but value is 96.4',
    ]);
  });
});
