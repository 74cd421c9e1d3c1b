// The HTML writer's charts: the deck model's Plot → a Chart.js configuration (plain JSON) for the
// page's runtime. What is drawn (values, colours, label texts) is the model's; this says how Chart.js
// draws it.
import type { DeckTheme, Plot } from "../model/deck.ts";
import { valueLabelPx } from "../model/tokens.ts";

/** What the page's runtime reads for one chart (scripts/runtime/page-contract.ts, PageChart). */
export interface ChartView {
  /** Chart.js configuration, JSON only (no functions). */
  config: {
    type: "bar" | "line" | "pie" | "doughnut";
    data: { labels: (string | string[])[]; datasets: Dataset[] };
    options: Record<string, unknown>;
  };
  /** The text printed on each bar or point: valueLabels[dataset][index]. */
  valueLabels: string[][];
}

interface Dataset {
  label: string;
  data: number[];
  backgroundColor: string | string[];
  borderColor: string | string[];
  /** A slice's value label in the colour that reads on that slice (datalabels takes an array by index). */
  datalabels?: { color: string[] };
}

export function chartView(plot: Plot, theme: Pick<DeckTheme, "colors">, lang: string): ChartView {
  const round = plot.type === "pie" || plot.type === "doughnut";
  const datasets: Dataset[] = plot.series.map((s) => ({
    label: s.name,
    data: s.values,
    backgroundColor: plot.type === "line" ? s.colors[0]! : s.colors,
    borderColor: plot.type === "line" ? s.colors[0]! : round ? theme.colors.background : s.colors,
    ...(round ? { datalabels: { color: s.labelColors } } : {}),
  }));
  return {
    config: {
      type: plot.type === "hbar" ? "bar" : plot.type,
      data: { labels: round ? plot.categories : plot.categories.map(wrapLabel), datasets },
      options: options(plot, theme, lang),
    },
    valueLabels: plot.series.map((s) => s.labels),
  };
}

/** A line's width in Latin characters; a wide (East Asian) character counts two, as it is drawn. */
const LINE = 16;
const LINES = 3;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/u;
const widthOf = (text: string) => [...text].reduce((width, c) => width + (WIDE.test(c) ? 2 : 1), 0);

/**
 * A long category name breaks into lines (Chart.js draws an array as lines) instead of slanting, at
 * most three; past that it is cut with "…", and the full name stays in the chart's text alternative.
 * Japanese and Chinese, written without spaces, break between characters where the line is full.
 */
export function wrapLabel(label: string): string | string[] {
  if (widthOf(label) <= LINE) return label;
  const lines: string[] = [];
  const words = label.split(/\s+/).flatMap(breakLong);
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && widthOf(`${last} ${word}`) <= LINE) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= LINES) return lines;
  const kept = lines.slice(0, LINES);
  kept[LINES - 1] = `${fitting(kept[LINES - 1]!, LINE - 1)}…`;
  return kept;
}

/** The longest start of the text no wider than `width`. */
function fitting(text: string, width: number): string {
  let kept = "";
  for (const c of text) {
    if (widthOf(kept + c) > width) break;
    kept += c;
  }
  return kept;
}

/** What Japanese never starts a line with (kinsoku): small kana, the long vowel mark, closing punctuation. */
const NO_LINE_START = /[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー、。，．」』）〕］｝〉》・：；！？]/u;

/**
 * A word wider than a line in pieces of a line, never inside a number ("5.2%" stays whole) and
 * never with a line that starts with what Japanese does not start one with ("ィングス").
 */
function breakLong(word: string): string[] {
  const pieces: string[] = [];
  let rest = [...word];
  while (widthOf(rest.join("")) > LINE) {
    const full = [...fitting(rest.join(""), LINE)].length;
    let at = full;
    while (at > 1 && ((/[\p{N}.,%％]/u.test(rest[at - 1]!) && /[\p{N}.,%％]/u.test(rest[at]!)) || NO_LINE_START.test(rest[at]!))) at--;
    const cut = at === 1 ? full : at;
    pieces.push(rest.slice(0, cut).join(""));
    rest = rest.slice(cut);
  }
  return [...pieces, rest.join("")];
}

/** Whether wrapLabel cuts the name (a reader then loses words: build-warnings.ts says so). */
export const isCut = (label: string) => [wrapLabel(label)].flat().some((line) => line.endsWith("…"));

function options(plot: Plot, theme: Pick<DeckTheme, "colors">, lang: string): Record<string, unknown> {
  const type = plot.type;
  const data = plot.series.map((s) => s.values);
  const values = data.flat();
  const seriesCount = data.length;
  const rtl = plot.rtl;
  const round = type === "pie" || type === "doughnut";
  const allNegative = values.every((v) => v <= 0);
  const negative = values.some((v) => v < 0);
  // In an rtl deck, categories run right to left and horizontal bars grow leftwards.
  const [start, end] = rtl ? (["right", "left"] as const) : (["left", "right"] as const);
  // Bars start at zero; a line's axis includes zero unless the author says otherwise, and then the
  // axis is shown with its ticks, so that no level reads as zero.
  const fromZero = plot.fromZero;
  const valueAxis = {
    display: !fromZero,
    beginAtZero: fromZero,
    grace: "4%",
    reverse: rtl && type === "hbar",
    grid: { color: theme.colors.rule },
    border: { display: false },
    ticks: { color: theme.colors.muted, font: { size: 16 } },
  };
  const categoryAxis = {
    grid: { display: false },
    border: { color: theme.colors.rule },
    ticks: { color: theme.colors.ink, font: { size: 20, weight: "600" }, maxRotation: 0, autoSkip: false },
    // Falls hang from their labels: the category axis sits where the bars start.
    position: type === "hbar" ? (allNegative ? end : start) : allNegative ? "top" : "bottom",
    reverse: rtl && type !== "hbar",
    // A line's first and last points stand half a category in, so their labels are not cut.
    offset: true,
  };
  // Many points, smaller value labels to begin with; the page sets them smaller still if they collide.
  const valueFont = valueLabelPx(values.length);
  return {
    locale: lang,
    indexAxis: type === "hbar" ? "y" : "x",
    maintainAspectRatio: false,
    layout: { padding: { top: 12, bottom: 12, left: 16, right: 16 } },
    plugins: {
      // A pie's legend holds its values: beside it, one entry a line, never wrapped or cut.
      legend: {
        display: round || seriesCount > 1,
        position: round ? end : "bottom",
        rtl,
        labels: { color: theme.colors.ink, font: { size: 18 } },
      },
      tooltip: { enabled: false },
      datalabels: {
        color: round ? theme.colors.background : theme.colors.ink,
        font: { size: valueFont, weight: "700" },
        anchor: round ? "center" : "end",
        align: round ? "center" : "end",
        offset: 6,
        // "start" would follow the canvas's direction and shift every label by its width in rtl.
        textAlign: "center",
      },
      // Read by the page's runtime: which side of a bar's tip or a point each label goes.
      valueLabelSides: round ? null : data.map((points) => labelSides(type, points, start, end)),
      valuesInLegend: round,
      zeroLine: !round && (negative || type === "line") ? { color: theme.colors.muted } : false,
    },
    scales: round ? {} : type === "hbar" ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    borderRadius: 4,
  };
}

/**
 * A bar's label at its tip, on the side its sign points to (a fall's below or before its bar). A
 * line's label on the open side of its point: above a peak, below a trough, by the neighbours'
 * mean, so the line does not run through it.
 */
function labelSides(type: Plot["type"], points: number[], start: "left" | "right", end: "left" | "right"): string[] {
  if (type === "hbar") return points.map((v) => (v < 0 ? start : end));
  if (type !== "line") return points.map((v) => (v < 0 ? "bottom" : "top"));
  return points.map((v, i) => {
    const around = [points[i - 1], points[i + 1]].filter((n): n is number => n !== undefined);
    const mean = around.length ? around.reduce((a, b) => a + b, 0) / around.length : v;
    return v > mean || (v === mean && v >= 0) ? "top" : "bottom";
  });
}
