import { describe, expect, it } from "vitest";
import { chartView } from "../../scripts/render/chart-config.ts";
import { loadTheme } from "../../scripts/render/theme.ts";
import type { Figure } from "../../scripts/model/briefing.ts";

const theme = loadTheme("light");
const fig = (id: string, value: number, label: string, extra: Partial<Figure> = {}): Figure => ({
  id, value, label, decimals: 0, unit: "%", approx: false, quote: "q", ...extra,
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
    const view = chartView({ type: "line", labels: ["Q1", "Q2"], series: [{ name: "Revenue", values: [1.2, 3] }], unit: "USD" }, figures, theme, "en");
    expect(view.valueLabels).toEqual([["$1.2", "$3"]]);
    expect(view.summary).toBe("Q1: $1.2; Q2: $3");
  });
});
