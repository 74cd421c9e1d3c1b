// A chart of the deck model → a native PowerPoint chart: the same type, the figures' values as its
// data (in the chart's own worksheet), the deck's colours, its order and direction. Its value labels
// and colours follow the data, as a colleague edits it: each label is a number format built from the
// deck's label (number-format.ts), and a bar that falls below zero takes the fall colour by rule
// (both set by finish-pptx.ts, which pptxgenjs cannot say).
import type { Plot } from "../../model/deck.ts";
import { valueLabelPx } from "../../model/tokens.ts";
import { at, points, type Box } from "./geometry.ts";
import type { LabelPattern } from "../../format/format-figure.ts";
import { fixedFormat, labelFormat } from "./number-format.ts";
import { pptxColor, type ChartOptions, type Presentation, type Slide } from "./pptxgen.ts";

/** What finish-pptx.ts writes on a chart: per series, each point's label format and colour, and the fall colour of bars. */
export interface ChartLabels {
  series: { formats: string[]; colors: string[] }[];
  /** Bars: a value below zero is drawn in this colour, whatever it is edited to. */
  fallColor?: string;
}

export interface ChartTheme {
  font: string;
  ink: string;
  rule: string;
  negative: string;
}

/**
 * The value axis's ends: zero where the deck starts from zero, and room beyond the longest bar on each
 * side for the label at its tip (the deck's page makes that room after Chart.js lays out; PowerPoint
 * would put the label over the category names). The axis itself is not drawn.
 */
function valueRange(plot: Plot, min: number, max: number): Pick<ChartOptions, "valAxisMinVal" | "valAxisMaxVal"> {
  if (plot.type === "line" && !plot.fromZero) return {};
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  const room = (high - low) * (plot.type === "hbar" ? 0.5 : 0.12);
  return { valAxisMinVal: low < 0 ? low - room : 0, valAxisMaxVal: high > 0 ? high + room : 0 };
}

export function addNativeChart(pres: Presentation, slide: Slide, plot: Plot, box: Box, theme: ChartTheme, lang: string): ChartLabels {
  const round = plot.type === "pie" || plot.type === "doughnut";
  // PowerPoint draws a horizontal bar chart's first category at the bottom, and every chart's first
  // category at the start of a left-to-right axis: reversed where the deck reads the other way.
  const reversed = plot.type === "hbar" || (plot.rtl && !round);
  const order = <T>(items: T[]) => (reversed ? [...items].reverse() : items);
  // The data in the magnitude its labels show ("₩4000억" holds 4000, not 400 billion), so that a value
  // typed in the worksheet is labelled as what it is; one magnitude for the whole chart, or its bars
  // would not compare: where the labels show several, each label is its text, which cannot follow an edit.
  // (A point whose label is no number with words around it keeps its text, as before, whatever the others.)
  const factors = new Set(plot.series.flatMap((s) => s.patterns.flatMap((p) => (p ? [p.factor] : []))));
  const factor = factors.size === 1 ? [...factors][0] : undefined;
  const series = plot.series.map((s) => ({
    name: s.name || (factor ? unitHeading(s.patterns) : undefined) || " ",
    values: order(s.values.map((v) => (factor ? Number((v * factor).toPrecision(15)) : v))),
    color: s.color,
    colors: order(s.colors),
    formats: order(s.labels.map((label, i) => (factor && s.patterns[i] ? labelFormat(s.patterns[i], lang) : fixedFormat(label)))),
    labelColors: order(s.labelColors),
  }));
  // The names alone: a pie's values are its labels, which follow the data.
  const categories = order(plot.names);
  const values = series.flatMap((s) => s.values);
  const count = values.length;
  // The deck's value labels: the size the page starts from (model/tokens.ts).
  const valueFont = points(valueLabelPx(count));
  const options: ChartOptions = {
    ...at(box),
    // What a screen reader says of the chart, as the deck's page says it: every name and value.
    altText: plot.summary,
    showValue: true,
    dataLabelFontSize: valueFont,
    dataLabelFontBold: true,
    dataLabelFontFace: theme.font,
    dataLabelColor: pptxColor(theme.ink),
    showLegend: plot.legend,
    legendPos: round ? (plot.rtl ? "l" : "r") : "b",
    legendFontSize: points(18),
    legendFontFace: theme.font,
    legendColor: pptxColor(theme.ink),
  };
  if (round) {
    Object.assign(options, {
      chartColors: series[0]!.colors.map(pptxColor),
      dataLabelPosition: "ctr",
      showPercent: false,
      showLabel: false,
      ...(plot.type === "doughnut" ? { holeSize: 50 } : {}),
    } satisfies ChartOptions);
  } else {
    const min = Math.min(...values);
    const max = Math.max(...values);
    Object.assign(options, {
      barDir: plot.type === "hbar" ? "bar" : "col",
      // A colour a series; a fall takes the negative colour by rule (finish-pptx.ts), not a colour a point.
      chartColors: series.map((s) => pptxColor(s.color)),
      barGapWidthPct: 60,
      catAxisLabelColor: pptxColor(theme.ink),
      catAxisLabelFontSize: points(20),
      catAxisLabelFontBold: true,
      catAxisLabelFontFace: theme.font,
      catAxisLineShow: true,
      catAxisLineColor: pptxColor(theme.rule),
      // Category names stay at the axis's low end, clear of bars that fall below zero; when all fall,
      // at the top, the bars hanging from them (as the deck draws it).
      catAxisLabelPos: max <= 0 ? "high" : "low",
      // In a right-to-left deck horizontal bars grow leftwards (the types know only "minMax").
      ...(plot.rtl && plot.type === "hbar" ? { valAxisOrientation: "maxMin" as "minMax" } : {}),
      catGridLine: { style: "none" },
      // No value axis: its numbers would show the viewer's separators; every value is labelled.
      valAxisHidden: true,
      valGridLine: { style: "none" },
      ...valueRange(plot, min, max),
      dataLabelPosition: plot.type === "line" ? "t" : "outEnd",
      ...(plot.type === "line" ? { lineDataSymbol: "circle", lineDataSymbolSize: 8, lineSize: 3 } : {}),
    } satisfies ChartOptions);
  }
  const type =
    plot.type === "hbar"
      ? pres.ChartType.bar
      : plot.type === "line"
        ? pres.ChartType.line
        : plot.type === "pie"
          ? pres.ChartType.pie
          : plot.type === "doughnut"
            ? pres.ChartType.doughnut
            : pres.ChartType.bar;
  slide.addChart(
    type,
    series.map((s) => ({ name: s.name, labels: categories, values: s.values })),
    options,
  );
  return {
    series: series.map((s) => ({ formats: s.formats, colors: round ? s.labelColors : s.values.map(() => theme.ink) })),
    fallColor: plot.type === "bar" || plot.type === "hbar" ? theme.negative : undefined,
  };
}

/**
 * The heading of an unnamed series' column in the chart's worksheet: the words its labels put around
 * every number ("%", "Mrd. €", "₩ 억"), so that a colleague who types a value there knows in what it
 * is counted; none when the labels do not all say the same.
 */
function unitHeading(patterns: (LabelPattern | undefined)[]): string | undefined {
  const words = new Set(patterns.map((p) => (p ? `${p.positive[0].trim()} ${p.positive[1].trim()}`.trim() : undefined)));
  const [only] = words;
  return words.size === 1 && only ? only : undefined;
}
