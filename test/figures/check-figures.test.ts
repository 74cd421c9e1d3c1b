import { describe, expect, it } from "vitest";
import type { Figure, FieldPath, Locate } from "../../scripts/model/briefing.ts";
import { fieldName } from "../../scripts/errors.ts";
import { checkFigures } from "../../scripts/figures/check-figures.ts";
import { parseExpression } from "../../scripts/model/derived-expression.ts";

const ARTICLE =
  "Trong phiên giao dịch ngày 27/1, chỉ số Nasdaq Composite giảm 612,47 điểm (-3,07%) xuống còn 19.341,43 điểm.\r\n" +
  "Cụ thể, cổ phiếu Nvidia giảm gần 17%; vốn hóa mất 589 tỷ USD, còn Bitcoin tuột mốc 100.000 USD.\r\n" +
  "“OpenAI o1 mất 60 USD cho một triệu token đầu ra, còn DeepSeek R1 chỉ cần 2,19 USD”.";

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

/** Each field of each figure on its own line, so a problem's line says which field it was placed on. */
function locator(figures: Figure[]): Locate {
  const fields = ["quote", "derived", "value"];
  return (path: FieldPath) => {
    const index = figures.findIndex((f) => f.id === path[1]);
    const field = fields.indexOf(String(path[2]));
    return index < 0 || field < 0 ? undefined : { line: 10 * (index + 1) + field, column: 5 };
  };
}

function check(figures: Figure[], article = ARTICLE, articleLang = "vi") {
  return checkFigures({
    figures,
    article,
    articleFile: "article.txt",
    articleLang,
    file: "content/deepseek/briefing.yaml",
    locate: locator(figures),
  });
}

const o1 = figure("o1_price", 60, 0, { unit: "USD", quote: "OpenAI o1 mất 60 USD cho một triệu token đầu ra" });
const r1 = figure("r1_price", 2.19, 2, { unit: "USD", quote: "DeepSeek R1 chỉ cần 2,19 USD" });
const discount = (value: number, decimals: number, derived = "(o1_price - r1_price) / o1_price * 100") =>
  figure("r1_discount", value, decimals, { unit: "%", derived });

describe("quoted figures", () => {
  it("accepts quotes that are in the article, whatever their white space or normal form", () => {
    const figures = [
      figure("nasdaq_pct", -3.07, 2, { quote: "giảm 612,47 điểm (-3,07%)" }),
      figure("nasdaq", 19341.43, 2, { quote: "xuống còn\n  19.341,43\u00A0điểm" }),
      figure("nvidia", -17, 0, { quote: "Nvidia gia\u0309m gần 17%" }), // NFD "giảm"
      figure("across_lines", 60, 0, { quote: "100.000 USD. “OpenAI o1 mất 60" }), // the article has \r\n there
    ];
    expect(check(figures)).toEqual([]);
  });

  it("reports a quote that is not in the article, with the closest passage", () => {
    const problems = check([figure("nasdaq_pct", -612.47, 2, { quote: "giam 612,47 diem" })]);
    expect(problems).toEqual([
      {
        file: "content/deepseek/briefing.yaml",
        line: 10,
        column: 5,
        field: "figures.nasdaq_pct.quote",
        message: 'figure "nasdaq_pct": the quote «giam 612,47 diem» is not in the article',
        hint: "did you mean: «giảm 612,47 điểm»? Copy the quote from the article exactly; only white space and quote marks may differ",
      },
    ]);
  });

  it("points at the figure's number when no passage is close to the quote", () => {
    const [problem] = check([figure("o1", 60, 0, { quote: "o1 costs sixty dollars" })]);
    expect(problem?.message).toBe('figure "o1": the quote «o1 costs sixty dollars» is not in the article');
    expect(problem?.hint).toBe(
      "the article gives 60 here: «Bitcoin tuột mốc 100.000 USD. “OpenAI o1 mất 60 USD cho một triệu token đầu ra, còn DeepSeek». " +
        "Copy the quote from the article exactly; only white space and quote marks may differ",
    );
  });

  it("falls back to a loose passage, then to nothing, when the article lacks the number", () => {
    const [loose] = check([figure("tesla", -13, 0, { quote: "Nvidia tăng 13%" })]);
    expect(loose?.hint).toBe(
      "the closest passage of the article is «Nvidia giảm gần 17%;». Copy the quote from the article exactly; only white space and quote marks may differ",
    );
    const [none] = check([figure("x", 42, 0, { quote: "the quick brown fox" })]);
    expect(none?.hint).toBe(
      "nothing in the article is like this quote. Copy the quote from the article exactly; only white space and quote marks may differ",
    );
  });

  it("reports a number that is not |value|, listing the numbers read", () => {
    const problems = check([figure("nasdaq_pct", -3.08, 2, { quote: "giảm 612,47 điểm (-3,07%)" })]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      line: 10,
      field: "figures.nasdaq_pct.quote",
      message: 'figure "nasdaq_pct": the quote has 612.47 and 3.07, expected 3.08 (|value|)',
    });
    expect(problems[0]?.hint).toContain('"3,08"');
  });

  it("reads the quote in the article's language, not in JavaScript's", () => {
    expect(check([figure("btc", 100000, 0, { quote: "tuột mốc 100.000 USD" })])).toEqual([]);
    expect(check([figure("btc", 100, 0, { quote: "tuột mốc 100.000 USD" })])[0]?.message).toBe(
      'figure "btc": the quote has 100000, expected 100 (|value|)',
    );
    const en = "The Nasdaq fell 612.47 points, or 3.07%, to 19,341.43.";
    expect(check([figure("nasdaq", 19341.43, 2, { quote: "to 19,341.43" })], en, "en")).toEqual([]);
  });

  it("reports both problems of a quote that is neither in the article nor right", () => {
    const problems = check([figure("nvidia", -17, 0, { quote: "Nvidia tăng 18%" })]);
    expect(problems.map((p) => p.message)).toEqual([
      'figure "nvidia": the quote «Nvidia tăng 18%» is not in the article',
      'figure "nvidia": the quote has 18, expected 17 (|value|)',
    ]);
  });

  it("says when the quote has no number at all", () => {
    const [problem] = check([figure("nvidia", 17, 0, { quote: "cổ phiếu Nvidia" })]);
    expect(problem?.message).toBe('figure "nvidia": the quote has no number, expected 17 (|value|)');
  });

  it("approx accepts a quoted number that rounds to value at its decimals, and nothing looser", () => {
    const quote = "còn 19.341,43 điểm";
    expect(check([figure("n", 19341.4, 1, { approx: true, quote })])).toEqual([]);
    expect(check([figure("n", 19341, 0, { approx: true, quote })])).toEqual([]);
    expect(check([figure("n", 19341.4, 1, { approx: false, quote })])).toHaveLength(1);
    expect(check([figure("n", 19341.5, 1, { approx: true, quote })])[0]?.message).toContain(
      "rounds to 19341.5 at 1 decimal (approx: true)",
    );
    const [problem] = check([figure("n", 19342, 0, { approx: true, quote })]);
    expect(problem?.message).toBe(
      'figure "n": the quote has 19341.43, expected a number that rounds to 19342 at 0 decimals (approx: true)',
    );
  });

  it("does not read the scale word into the number", () => {
    expect(check([figure("mcap", -589, 0, { scale: "billion", unit: "USD", quote: "mất 589 tỷ USD" })])).toEqual([]);
    expect(check([figure("mcap", -589e9, 0, { unit: "USD", quote: "mất 589 tỷ USD" })])).toHaveLength(1);
  });
});

describe("derived figures", () => {
  it("accepts the seed's discount, rounded to the value's decimals", () => {
    expect(check([o1, r1, discount(96.35, 2)])).toEqual([]);
    expect(check([o1, r1, discount(96.4, 1)])).toEqual([]);
    expect(check([o1, r1, discount(96, 0)])).toEqual([]);
  });

  it("reports a value the arithmetic does not give, with the computed value", () => {
    const problems = check([o1, r1, discount(96.4, 2)]);
    expect(problems).toEqual([
      {
        file: "content/deepseek/briefing.yaml",
        line: 32,
        column: 5,
        field: "figures.r1_discount.value",
        message:
          'figure "r1_discount": derived "(o1_price - r1_price) / o1_price * 100" computes 96.35, ' +
          "which is 96.35 at 2 decimals, but value is 96.4",
        hint: "set value to 96.35, or correct the derived expression or the figures it uses",
      },
    ]);
  });

  it("uses real quantities: value × scale, divided by the figure's own scale", () => {
    const revenue = figure("revenue", 5.48, 2, { scale: "billion", quote: "5,48 tỷ" });
    const cost = figure("cost", 480, 0, { scale: "million", quote: "480 triệu" });
    const article = "doanh thu 5,48 tỷ, chi phí 480 triệu";
    expect(check([revenue, cost, figure("profit", 5, 0, { scale: "billion", derived: "revenue - cost" })], article)).toEqual([]);
    expect(check([revenue, cost, figure("profit", 5000, 0, { scale: "million", derived: "revenue - cost" })], article)).toEqual([]);
    const [problem] = check([revenue, cost, figure("profit", 5000, 0, { derived: "revenue - cost" })], article);
    expect(problem?.message).toContain("computes 5000000000, which is 5000000000 at 0 decimals, but value is 5000");
    const [scaled] = check([revenue, cost, figure("profit", 4, 0, { scale: "billion", derived: "revenue - cost" })], article);
    expect(scaled?.message).toContain("computes 5000000000 = 5 billion, which is 5 at 0 decimals, but value is 4");
  });

  it("lets a derived figure use another derived figure", () => {
    const saving = figure("saving", 57.81, 2, { derived: "o1_price - r1_price" });
    expect(check([o1, r1, saving, discount(96.35, 2, "saving / o1_price * 100")])).toEqual([]);
    expect(check([o1, r1, discount(96.35, 2, "saving / o1_price * 100"), saving])).toEqual([]);
  });

  it("reports an unknown id with a suggestion, or the ids there are", () => {
    const problems = check([o1, r1, discount(96.35, 2, "(o1_price - r1_prise) / o1_price * 100")]);
    expect(problems).toEqual([
      expect.objectContaining({
        line: 31,
        field: "figures.r1_discount.derived",
        message: 'figure "r1_discount": derived "(o1_price - r1_prise) / o1_price * 100" uses "r1_prise", which is not a figure',
        hint: 'did you mean "r1_price"?',
      }),
    ]);
    expect(check([o1, r1, discount(1, 0, "constructor")])[0]?.hint).toBe("figure ids are: o1_price, r1_price, r1_discount");
  });

  it("reports a cycle once, naming it", () => {
    const a = figure("a", 1, 0, { derived: "b + 1" });
    const b = figure("b", 0, 0, { derived: "c - 1" });
    const c = figure("c", 1, 0, { derived: "a" });
    const after = figure("d", 2, 0, { derived: "a * 2" });
    const problems = check([a, b, c, after]);
    expect(problems).toEqual([
      expect.objectContaining({ field: "figures.a.derived", message: 'figure "a": derived makes it depend on itself: a → b → c → a' }),
    ]);
    expect(check([figure("self", 1, 0, { derived: "self * 2" })])[0]?.message).toBe(
      'figure "self": derived makes it depend on itself: self → self',
    );
  });

  it("reports division by zero with its column, and leaves a formula that does not parse to validation", () => {
    // "(o1_price))" is refused by validation (fixtures/bad/derived-syntax-error), which hands on no parse.
    const problems = check([
      o1,
      r1,
      figure("x", 1, 0, { derived: "(o1_price))" }),
      figure("y", 1, 0, { derived: "o1_price / (r1_price - 2.19)" }),
    ]);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      [
        "figures.y.derived",
        'figure "y": derived "o1_price / (r1_price - 2.19)" cannot be computed: division by zero: the divisor is 0 at column 12',
      ],
    ]);
  });
});

describe("every problem, in briefing order", () => {
  it("reports all figures' problems, not only the first, ordered as the briefing lists them", () => {
    const problems = check([
      discount(90, 0, "saving / o1_price * 100"),
      figure("saving", 57.81, 2, { derived: "o1_price - r1_price" }),
      figure("o1_price", 61, 0, { quote: "OpenAI o1 mất 60 USD" }),
      r1,
    ]);
    expect(problems.map((p) => p.field)).toEqual(["figures.r1_discount.value", "figures.saving.value", "figures.o1_price.quote"]);
    expect(problems.map((p) => p.line)).toEqual([12, 22, 30]);
    expect(fieldName(["figures", "o1_price", "quote"])).toBe(problems[2]?.field);
  });

  it("has no line or column when the locator knows none", () => {
    const [problem] = checkFigures({
      figures: [figure("n", 1, 0, { quote: "nothing" })],
      article: ARTICLE,
      articleFile: "article.txt",
      articleLang: "vi",
      file: "b.yaml",
      locate: () => undefined,
    });
    expect(problem).not.toHaveProperty("line");
    expect(problem?.file).toBe("b.yaml");
  });
});

describe("scale words", () => {
  const mcap = (more: Partial<Figure>) => figure("nvidia_mcap", -589, 0, { unit: "USD", quote: "vốn hóa mất 589 tỷ USD", ...more });

  it("accepts the scale the article writes", () => {
    expect(check([mcap({ scale: "billion" })])).toEqual([]);
  });

  it("reads only the quote: ending it at the number is how an author says a word is no scale", () => {
    // "6 tỷ phú" is six billionaires, not six billion.
    const article = "Việt Nam hiện có 6 tỷ phú USD.";
    expect(check([figure("rich", 6, 0, { quote: "hiện có 6" })], article)).toEqual([]);
    const [problem] = check([figure("rich", 6, 0, { quote: "hiện có 6 tỷ phú" })], article);
    expect(problem?.field).toBe("figures.rich.scale");
    expect(problem?.message).toBe('figure "rich": the quote writes «6 tỷ», which is billion; no scale is set');
    expect(problem?.hint).toContain("if «tỷ» is no scale there, end the quote at the number");
  });

  it("reports a different scale, and a missing one, at the figure's scale", () => {
    expect(check([mcap({ scale: "million" })]).map((p) => [p.field, p.message, p.hint])).toEqual([
      [
        "figures.nvidia_mcap.scale",
        'figure "nvidia_mcap": the quote writes «589 tỷ», which is billion; scale is million',
        "set scale: billion and keep value: 589 (the article's «589»)",
      ],
    ]);
    expect(check([mcap({})])).toHaveLength(1);
  });

  it("keeps an amount of money whole: a quote that stops before its scale word, points or currency is refused", () => {
    const en = (f: Figure, article: string) => check([f], article, "en").map((p) => [p.field, p.message, p.hint]);
    expect(en(figure("revenue", 5.2, 1, { unit: "USD", quote: "$5.2" }), "Revenue rose to $5.2 billion.")).toEqual([
      [
        "figures.revenue.quote",
        'figure "revenue": the quote «$5.2» leaves out its scale word «billion», which the article writes with the number: «$5.2 billion»',
        "quote the number whole, as the article writes it: «$5.2 billion»",
      ],
    ]);
    // Followed literally, the hint leads to the scale the article means.
    const whole = check([figure("revenue", 5.2, 1, { unit: "USD", quote: "$5.2 billion" })], "Revenue rose to $5.2 billion.", "en");
    expect(whole.map((p) => p.hint)).toEqual(["set scale: billion and keep value: 5.2 (the article's «5.2»)"]);
    expect(en(figure("cut", -0.25, 2, { unit: "%", quote: "0.25" }), "The Fed cut rates by 0.25 percentage points.")[0]?.[1]).toContain(
      "leaves out its points",
    );
    expect(
      en(figure("rev", 5.2, 1, { unit: "EUR", scale: "billion", quote: "5.2 billion" }), "Revenue was $5.2 billion.")[0]?.[1],
    ).toContain("leaves out its currency «$»");
    expect(en(figure("up", 3, 0, { quote: "rose 3" }), "Shares rose 3% on Monday.")[0]?.[1]).toContain("leaves out its percent sign");
  });

  it("takes a scale the article does not spell in a known word on the author's word", () => {
    const article = "Nvidia lost $589bn in market value.";
    expect(check([figure("mcap", -589, 0, { unit: "USD", scale: "billion", quote: "lost $589bn" })], article, "en")).toEqual([]);
  });
});

describe("scale words of other magnitudes (ja 億 is 10⁸, 万 is 10⁴)", () => {
  const article = "トヨタは50億ドルを投資し、200万人の雇用を守ると発表した。";
  const ja = (figures: Figure[]) => check(figures, article, "ja");

  it("accepts the quantity the article writes, in the figure's own scale", () => {
    expect(
      ja([
        figure("invest", 5, 0, { unit: "USD", scale: "billion", quote: "50億ドルを投資" }),
        figure("jobs", 2, 0, { scale: "million", quote: "200万人の雇用" }),
      ]),
    ).toEqual([]);
  });

  it("reports 50億 taken as 50, and says how to write it", () => {
    const problems = ja([figure("invest", 50, 0, { unit: "USD", quote: "50億ドルを投資" })]);
    expect(problems.map((p) => [p.field, p.message, p.hint])).toEqual([
      [
        "figures.invest.scale",
        'figure "invest": the quote writes «50億», which is 5000000000 (50 × 10⁸); no scale is set',
        "write it as value: 5 with scale: billion",
      ],
    ]);
  });
});

describe("derived results a double cannot hold", () => {
  it("says the expression is too large, not that value should be NaN", () => {
    const expression = `a * 1${"0".repeat(308)}`;
    const overflow = check([figure("a", 60, 0, { quote: "mất 60 USD" }), figure("b", 1, 0, { derived: expression })]);
    expect(overflow.map((p) => p.message)).toEqual([`figure "b": derived "${expression}" is too large to compute`]);
  });
});

describe("a figure's short name", () => {
  const article = "Las acciones de Santander subieron un 2,4%, mientras que las de BBVA cayeron un 1,1%.";
  const santander = (label: string, short?: string) =>
    figure("san_px", 2.4, 1, { unit: "%", label, ...(short ? { short } : {}), quote: "acciones de Santander subieron un 2,4%" });

  it("is held to the quoted number's subject as the label is: a chart prints it", () => {
    const problems = check([santander("Santander", "BBVA")], article, "es");
    expect(problems.map((p) => p.message).join("\n")).toMatch(
      /short name names BBVA, but the article gives the quoted number to Santander/,
    );
  });

  it("and a right short name does not cover a wrong label", () => {
    expect(
      check([santander("BBVA", "Santander")], article, "es")
        .map((p) => p.message)
        .join("\n"),
    ).toMatch(/label names BBVA/);
  });

  it("passes when both name the quoted number's subject, or name no one", () => {
    expect(check([santander("Santander", "Santander")], article, "es")).toEqual([]);
    expect(check([santander("Acciones", "Cotización")], article, "es")).toEqual([]);
  });
});
