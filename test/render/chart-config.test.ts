import { describe, expect, it } from "vitest";
import { chartView as chartConfig, wrapLabel } from "../../scripts/render/chart-config.ts";
import { plotOf } from "../../scripts/model/plot.ts";
import { loadTheme } from "../../scripts/render/theme.ts";
import type { ChartSpec, Figure } from "../../scripts/model/briefing.ts";

/** The chart as the model holds it (plotOf) and as the HTML writer configures Chart.js from it. */
function chartView(spec: ChartSpec, figures: ReadonlyMap<string, Figure>, theme: ReturnType<typeof loadTheme>, lang: string) {
  const plot = plotOf(spec, figures, theme, lang);
  return { ...chartConfig(plot, theme, lang), summary: plot.summary, plot };
}

const theme = loadTheme("light");
const fig = (id: string, value: number, label: string, extra: Partial<Figure> = {}): Figure => ({
  id,
  value,
  label,
  decimals: 0,
  unit: "%",
  approx: false,
  quote: "q",
  ...extra,
});
const figures = new Map([
  ["nvidia", fig("nvidia", -17, "Nvidia", { approx: true })],
  ["tesla", fig("tesla", -12, "Tesla")],
  ["growth", fig("growth", 4.5, "Growth", { decimals: 1 })],
]);

describe("chart configuration from figures", () => {
  const view = chartView({ type: "bar", figures: ["nvidia", "tesla", "growth"] }, figures, theme, "vi");

  it("takes labels and values from the figures", () => {
    expect(view.config.type).toBe("bar");
    expect(view.config.data.labels).toEqual(["Nvidia", "Tesla", "Growth"]);
    expect(view.config.data.datasets[0]!.data).toEqual([-17, -12, 4.5]);
  });
  it("colors negative values with the theme's negative color, others with the first series color", () => {
    expect(view.config.data.datasets[0]!.backgroundColor).toEqual([theme.colors.negative, theme.colors.negative, theme.series[0]]);
  });
  it("prints each value formatted in the briefing's locale", () => {
    expect(view.valueLabels).toEqual([["≈\u00a0-17%", "-12%", "4,5%"]]);
  });
  it("is plain JSON, so it can be inlined in the page", () => {
    expect(JSON.parse(JSON.stringify(view.config))).toEqual(view.config);
  });
});

describe("chart types", () => {
  it("hbar is a bar chart on the y axis", () => {
    const view = chartView({ type: "hbar", figures: ["tesla"] }, figures, theme, "en");
    expect(view.config.type).toBe("bar");
    expect(view.config.options.indexAxis).toBe("y");
  });
  it("pie colors each slice from the series palette and shows a legend", () => {
    const view = chartView({ type: "pie", labels: ["a", "b"], series: [{ name: "s", values: [1, 2] }] }, figures, theme, "en");
    expect(view.config.data.datasets[0]!.backgroundColor).toEqual(theme.series.slice(0, 2));
    expect((view.config.options.plugins as { legend: { display: boolean } }).legend.display).toBe(true);
  });
  it("series values carry the chart's unit", () => {
    const view = chartView(
      { type: "line", labels: ["Q1", "Q2"], series: [{ name: "Revenue", values: [1.2, 3] }], unit: "USD" },
      figures,
      theme,
      "en",
    );
    expect(view.valueLabels).toEqual([["$1.2", "$3"]]);
    expect(view.summary).toBe("Q1: $1.2; Q2: $3");
  });
});

describe("labels a reader can read", () => {
  it("names a category by a figure's short label, and keeps the full label in the text alternative", () => {
    const withShort = new Map([["nvidia", fig("nvidia", -17, "Cổ phiếu Nvidia trong phiên 3/9", { short: "Nvidia" })]]);
    const view = chartView({ type: "bar", figures: ["nvidia"] }, withShort, theme, "vi");
    expect(view.config.data.labels).toEqual(["Nvidia"]);
    expect(view.summary).toBe("Cổ phiếu Nvidia trong phiên 3/9: -17%");
  });
  it("wraps a long category name to at most three lines, cut with … past them", () => {
    expect(wrapLabel("Tập đoàn Microsoft Corporation")).toEqual(["Tập đoàn", "Microsoft", "Corporation"]);
    const cut = wrapLabel("Ngân hàng Thương mại Cổ phần Ngoại thương Việt Nam chi nhánh Hà Nội") as string[];
    expect(cut).toHaveLength(3);
    expect(cut[2]!.endsWith("…")).toBe(true);
  });
  it("puts a pie's values in its legend, which never wraps", () => {
    const view = chartView(
      { type: "pie", labels: ["Các hãng khác rất dài", "b"], series: [{ name: "s", values: [27, 73] }], unit: "%" },
      figures,
      theme,
      "vi",
    );
    expect(view.config.data.labels).toEqual(["Các hãng khác rất dài: 27%", "b: 73%"]);
  });
  it("sets a bar's label at its tip on the side of its sign, and a line's on the open side of its point", () => {
    const sides = (type: "bar" | "line" | "hbar", values: number[], lang = "en") =>
      (
        chartView({ type, labels: values.map(String), series: [{ name: "s", values }] }, figures, theme, lang).config.options.plugins as {
          valueLabelSides: string[][];
        }
      ).valueLabelSides[0];
    expect(sides("bar", [-3, 2])).toEqual(["bottom", "top"]);
    expect(sides("hbar", [-3, 2])).toEqual(["left", "right"]);
    expect(sides("hbar", [-3, 2], "ar")).toEqual(["right", "left"]);
    expect(sides("line", [1, 5, 2, -4, -1])).toEqual(["bottom", "top", "top", "bottom", "top"]);
  });
  it("draws a zero line when a value is negative, and a line chart's axis from zero unless zero: false", () => {
    const options = (spec: Parameters<typeof chartView>[0]) =>
      chartView(spec, figures, theme, "en").config.options as {
        plugins: { zeroLine: unknown };
        scales: { y: { beginAtZero: boolean; display: boolean } };
      };
    expect(options({ type: "bar", figures: ["growth"] }).plugins.zeroLine).toBe(false);
    expect(options({ type: "bar", figures: ["tesla", "growth"] }).plugins.zeroLine).toEqual({ color: theme.colors.muted });
    const line = options({ type: "line", labels: ["a", "b"], series: [{ name: "s", values: [101, 103] }] });
    expect(line.scales.y.beginAtZero).toBe(true);
    expect(line.scales.y.display).toBe(false);
    const free = options({ type: "line", zero: false, labels: ["a", "b"], series: [{ name: "s", values: [101, 103] }] });
    expect(free.scales.y.beginAtZero).toBe(false);
    expect(free.scales.y.display).toBe(true);
  });
});

describe("a series chart with a scale", () => {
  const spec = {
    type: "bar" as const,
    labels: ["2023", "2024"],
    series: [{ name: "Xuất khẩu", values: [2.8, -1.25] }],
    unit: "USD",
    scale: "billion" as const,
  };
  it("prints its values like figures, with the scale word: 2,8 tỷ USD in vi, $2.8 billion in en", () => {
    expect(chartView(spec, new Map(), theme, "vi").valueLabels).toEqual([["2,8 tỷ\u00a0USD", "-1,25 tỷ\u00a0USD"]]);
    expect(chartView(spec, new Map(), theme, "en").valueLabels).toEqual([["$2.8 billion", "-$1.25 billion"]]);
  });
  it("keeps the values as written in the chart's data", () => {
    expect(chartView(spec, new Map(), theme, "vi").config.data.datasets[0]!.data).toEqual([2.8, -1.25]);
  });
});
