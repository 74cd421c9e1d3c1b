// A chart spec and its figures → a Chart.js configuration (plain JSON) with the value labels already
// formatted in the briefing's locale. The page only draws what this decides.
import type { ChartSpec, ChartType, Figure } from "../model/briefing.ts";
import { formatFigure, naturalDecimals } from "../format/format-figure.ts";
import { textDirection } from "../format/text-direction.ts";
import type { Theme } from "./theme.ts";

export interface ChartView {
  /** Chart.js configuration, JSON only (no functions). */
  config: {
    type: "bar" | "line" | "pie" | "doughnut";
    data: { labels: (string | string[])[]; datasets: Dataset[] };
    options: Record<string, unknown>;
  };
  /** The text printed on each bar or point: valueLabels[dataset][index]. */
  valueLabels: string[][];
  /** Plain-text description for screen readers and the PDF's text layer. */
  summary: string;
}

interface Dataset {
  label: string;
  data: number[];
  backgroundColor: string | string[];
  borderColor: string | string[];
}

export function chartView(spec: ChartSpec, figures: ReadonlyMap<string, Figure>, theme: Theme, lang: string): ChartView {
  const { labels, series } = "figures" in spec ? fromFigures(spec.figures, figures, lang) : fromSeries(spec, lang);
  const round = spec.type === "pie" || spec.type === "doughnut";
  const datasets: Dataset[] = series.map((s, i) => {
    const base = theme.series[i % theme.series.length]!;
    const colors = round
      ? s.values.map((_, j) => theme.series[j % theme.series.length]!)
      : s.values.map((v) => (v < 0 ? theme.colors.negative : base));
    return {
      label: s.name,
      data: s.values,
      backgroundColor: spec.type === "line" ? base : colors,
      borderColor: spec.type === "line" ? base : round ? theme.colors.background : colors,
    };
  });
  const allNegative = series.every((s) => s.values.every((v) => v <= 0));
  return {
    config: {
      type: spec.type === "hbar" ? "bar" : spec.type,
      data: { labels: labels.map(wrapLabel), datasets },
      options: options(spec.type, series.length, theme, allNegative, textDirection(lang) === "rtl"),
    },
    valueLabels: series.map((s) => s.text),
    summary: labels.map((label, j) => `${label}: ${series.map((s) => s.text[j]).join(" / ")}`).join("; "),
  };
}

interface Series {
  name: string;
  values: number[];
  text: string[];
}

function fromFigures(ids: string[], figures: ReadonlyMap<string, Figure>, lang: string) {
  const used = ids.map((id) => figures.get(id)!);
  const series: Series = {
    name: "",
    values: used.map((f) => f.value),
    text: used.map((f) => formatFigure(f, lang)),
  };
  return { labels: used.map((f) => f.label), series: [series] };
}

function fromSeries(spec: Extract<ChartSpec, { labels: string[] }>, lang: string) {
  const series = spec.series.map((s): Series => ({
    name: s.name,
    values: s.values,
    text: s.values.map((value) => formatFigure({ value, decimals: naturalDecimals(value), unit: spec.unit, approx: false }, lang)),
  }));
  return { labels: spec.labels, series };
}


/** Long category labels break into lines (Chart.js draws an array as lines) instead of slanting. */
function wrapLabel(label: string): string | string[] {
  const MAX = 16;
  if (label.length <= MAX) return label;
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + " " + word).length <= MAX) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function options(type: ChartType, seriesCount: number, theme: Theme, allNegative: boolean, rtl: boolean): Record<string, unknown> {
  const round = type === "pie" || type === "doughnut";
  // In an rtl deck, categories run right to left and horizontal bars grow leftwards.
  const [start, end] = rtl ? (["right", "left"] as const) : (["left", "right"] as const);
  const valueAxis = { display: false, grace: "12%", reverse: rtl && type === "hbar" };
  const categoryAxis = {
    grid: { display: false },
    border: { color: theme.colors.rule },
    ticks: { color: theme.colors.ink, font: { size: 20, weight: "600" }, maxRotation: 0, autoSkip: false },
    // Falls hang from their labels: the category axis sits where the bars start.
    position: type === "hbar" ? (allNegative ? end : start) : allNegative ? "top" : "bottom",
    reverse: rtl && type !== "hbar",
  };
  return {
    indexAxis: type === "hbar" ? "y" : "x",
    maintainAspectRatio: false,
    // Chart.js makes room for the first category's label on the left only: an rtl line chart needs it right.
    layout: { padding: { top: 36, bottom: 12, [start]: rtl && type === "line" ? 56 : 24, [end]: 56 } },
    plugins: {
      legend: { display: round || seriesCount > 1, position: "bottom", rtl, labels: { color: theme.colors.ink, font: { size: 18 } } },
      tooltip: { enabled: false },
      datalabels: {
        color: round ? theme.colors.background : theme.colors.ink,
        font: { size: 22, weight: "700" },
        anchor: round ? "center" : "end",
        align: round ? "center" : "end",
        // "start" would follow the canvas's direction and shift every label by its width in rtl.
        textAlign: "center",
      },
      // Read by the page's runtime: which side of a bar's tip its label goes, by the value's sign
      // (a fall's label sits below its bar, a rise's above).
      valueLabelSides: round || type === "line" ? null : type === "hbar" ? { positive: end, negative: start } : { positive: "top", negative: "bottom" },
    },
    scales: round ? {} : type === "hbar" ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    borderRadius: 4,
  };
}
