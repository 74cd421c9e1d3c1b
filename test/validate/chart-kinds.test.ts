// A chart is drawn from figures or from labels with series: the schema lets each key be left out, so
// the validator makes every chart one of the two kinds (the type render/ and write/ read), or says why not.
import { describe, expect, it } from "vitest";
import { parseBriefingYaml } from "../../scripts/load/parse-yaml.ts";
import type { LoadedBriefing } from "../../scripts/load/load-briefing.ts";
import { themePalettes } from "../../scripts/render/theme.ts";
import { validateBriefing } from "../../scripts/validate/validate-briefing.ts";

const ARTICLE = "Exports rose 4.2% and imports fell 1.3% in March.";

function validate(chart: string, extraSlide = "") {
  const text = [
    "title: Trade",
    "date: 2025-03-31",
    "lang: en",
    "source:",
    "  file: article.txt",
    "  title: Trade in March",
    "figures:",
    '  exports_pct: { value: 4.2, unit: "%", label: Exports, quote: "Exports rose 4.2%" }',
    "slides:",
    "  - layout: chart",
    "    title: Trade",
    "    chart:",
    "      type: bar",
    ...chart.split("\n").map((line) => `      ${line}`),
    ...(extraSlide ? [extraSlide] : []),
  ].join("\n");
  const loaded: LoadedBriefing = {
    name: "trade",
    dir: "/nowhere/trade",
    file: "briefing.yaml",
    yaml: parseBriefingYaml(text, "briefing.yaml"),
    article: { file: "article.txt", text: ARTICLE },
    images: new Map(),
    scaled: [],
  };
  return validateBriefing(loaded, { themes: themePalettes() });
}

const said = (validation: ReturnType<typeof validate>) => validation.problems.map((p) => `${p.field}: ${p.message}`);

describe("a chart", () => {
  it("of figures holds its figures and nothing of series", () => {
    const { valid, problems } = validate("figures: [exports_pct]");
    expect(problems).toEqual([]);
    expect(valid?.briefing.slides[0]).toMatchObject({ layout: "chart", chart: { type: "bar", figures: ["exports_pct"] } });
    expect(Object.keys(valid?.briefing.slides[0]?.layout === "chart" ? valid.briefing.slides[0].chart : {}).sort()).toEqual([
      "figures",
      "type",
    ]);
  });

  it("of labels with series holds both", () => {
    const { valid, problems } = validate("labels: [Q1, Q2]\nseries: [{ name: Sales, values: [1, 2] }]");
    expect(problems).toEqual([]);
    expect(valid?.briefing.slides[0]).toMatchObject({ chart: { labels: ["Q1", "Q2"], series: [{ name: "Sales", values: [1, 2] }] } });
  });

  it("is refused with labels and no series, with figures and labels, or with neither", () => {
    expect(said(validate("labels: [Q1, Q2]"))).toEqual(["slides[0].chart: labels: and series: go together"]);
    expect(said(validate("figures: [exports_pct]\nlabels: [Q1]\nseries: [{ name: Sales, values: [1] }]"))).toEqual([
      "slides[0].chart: a chart needs either figures: or labels: with series:, not both",
    ]);
    expect(said(validate("unit: '%'"))).toEqual(["slides[0].chart: a chart needs either figures: or labels: with series:, not both"]);
  });

  it("that is neither kind is said in the same run as another slide's mistake, and leaves the figures checkable", () => {
    const validation = validate("labels: [Q1, Q2]", "  - layout: points\n    title: Next\n    pionts: [a]");
    expect(said(validation)).toEqual(["slides[0].chart: labels: and series: go together", 'slides[1].pionts: unknown key "pionts"']);
    expect(validation.valid).toBeUndefined();
    expect(validation.checkable?.figures.map((f) => f.id)).toEqual(["exports_pct"]);
    expect(validation.checkable?.articleLang).toBe("en");
  });
});
