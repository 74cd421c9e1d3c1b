// A chart spec and its figures → the chart as data (Plot): categories, values, colours and the
// value labels already formatted in the briefing's locale. Every writer draws exactly this.
import type { ChartSpec, Figure } from "./briefing.ts";
import type { DeckTheme, Plot } from "./deck.ts";
import { formatFigure, type LabelPattern, labelPattern, naturalDecimals } from "../format/format-figure.ts";
import { textDirection } from "../format/text-direction.ts";
import { bestOn } from "./colors.ts";

interface Series {
  name: string;
  values: number[];
  text: string[];
  patterns: (LabelPattern | undefined)[];
}

export function plotOf(
  spec: ChartSpec,
  figures: ReadonlyMap<string, Figure>,
  theme: Pick<DeckTheme, "colors" | "series">,
  lang: string,
): Plot {
  const { labels, names, series } = "figures" in spec ? fromFigures(spec.figures, figures, lang) : fromSeries(spec, lang);
  const round = spec.type === "pie" || spec.type === "doughnut";
  // A pie's legend carries every value ("Samsung: 32%"): a slice too thin for its label still shows it there.
  const categories = round ? labels.map((label, j) => `${label}: ${series[0]!.text[j]}`) : labels;
  return {
    type: spec.type,
    categories,
    names: labels,
    series: series.map((s, i) => {
      const base = theme.series[i % theme.series.length]!;
      // Slices in the series' colours; bars and points in the series colour, falls in the negative colour.
      const colors = round
        ? s.values.map((_, j) => theme.series[j % theme.series.length]!)
        : s.values.map((v) => (spec.type !== "line" && v < 0 ? theme.colors.negative : base));
      // A slice's value label in the colour that reads on that slice; elsewhere the ink.
      const labelColors = round
        ? colors.map((c) => bestOn(c, [theme.colors.background, theme.colors.ink]))
        : colors.map(() => theme.colors.ink);
      return { name: s.name, values: s.values, color: base, colors, labels: s.text, labelColors, patterns: s.patterns };
    }),
    fromZero: spec.type !== "line" || spec.zero !== false,
    rtl: textDirection(lang) === "rtl",
    legend: round || series.length > 1,
    // The full names (not the short ones, nor a name cut to fit): what a screen reader and the PDF's text say.
    summary: names.map((name, j) => `${name}: ${series.map((s) => s.text[j]).join(" / ")}`).join("; "),
  };
}

function fromFigures(ids: string[], figures: ReadonlyMap<string, Figure>, lang: string) {
  const used = ids.map((id) => figures.get(id)!);
  const series: Series = {
    name: "",
    values: used.map((f) => f.value),
    text: used.map((f) => formatFigure(f, lang)),
    patterns: used.map((f) => labelPattern(f, lang)),
  };
  return { labels: used.map((f) => f.short ?? f.label), names: used.map((f) => f.label), series: [series] };
}

function fromSeries(spec: Extract<ChartSpec, { labels: string[] }>, lang: string) {
  const series = spec.series.map((s): Series => {
    const figures = s.values.map((value) => ({
      value,
      decimals: naturalDecimals(value),
      unit: spec.unit,
      scale: spec.scale,
      approx: false,
    }));
    return {
      name: s.name,
      values: s.values,
      text: figures.map((figure) => formatFigure(figure, lang)),
      patterns: figures.map((figure) => labelPattern(figure, lang)),
    };
  });
  return { labels: spec.labels, names: spec.labels, series };
}
