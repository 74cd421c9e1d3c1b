// Draws a chart from the page's data, lays its labels out until they fit (chart-labels.ts), and
// records what is still wrong with them on the canvas, where the exporter reads it (and the dev
// server's client shows it). No animation: the chart is final when drawChart returns, on screen as in
// print. Each canvas is drawn once; forgetCharts() lets a live edit draw the new slides afresh.
import { CHART, type PageChart, type PageData } from "./page-contract.ts";
import { fit, problems, zeroLine, type LabelState } from "./chart-labels.ts";
import { libraries, type ChartConfig, type ChartInstance, type LabelContext, type Side } from "./libraries.ts";

/** How the page is shown: printed charts get a fixed size and a resolution for paper. */
export interface Medium {
  print: boolean;
}

const OPPOSITE: Record<Side, Side> = { top: "bottom", bottom: "top", left: "right", right: "left" };
const drawn = new Map<HTMLCanvasElement, ChartInstance>();

/** Chart.js's plugins and defaults for this page's data (its theme's font and ink). */
export function setUpCharts(data: PageData): void {
  const { Chart, ChartDataLabels } = libraries();
  Chart.register(ChartDataLabels);
  Chart.defaults.font.family = `${data.font}, sans-serif`;
  Chart.defaults.color = data.ink;
}

export function chartsIn(scope: ParentNode): HTMLCanvasElement[] {
  return Array.from(scope.querySelectorAll<HTMLCanvasElement>(CHART.selector));
}

export function drawChart(canvas: HTMLCanvasElement, data: PageData, medium: Medium): void {
  if (drawn.has(canvas)) return;
  const id = canvas.getAttribute(CHART.id) ?? "";
  const spec = data.charts[id];
  if (!spec) throw new Error(`the page has no data for chart "${id}"`);
  const config = JSON.parse(JSON.stringify(spec.config)) as ChartConfig;
  const state: LabelState = { flipped: new Set(), valueFont: config.options.plugins.datalabels.font.size, settled: true };
  // Printed charts are drawn at about 190 dpi on paper: the deck's 1280 px slide fills a 960 pt page
  // (2 device pixels a CSS pixel). More made every PDF slower (drawing and embedding bigger images)
  // and the browser fatter, for no visible gain.
  config.options.devicePixelRatio = medium.print ? 2 : Math.max(window.devicePixelRatio || 1, 2);
  config.options.animation = false;
  if (medium.print) sizeForPrint(canvas, config);
  labelOptions(config, spec, state);
  config.plugins = [zeroLine];
  const chart = new (libraries().Chart)(canvas, config);
  drawn.set(canvas, chart);
  fit(chart, spec, state);
  canvas.setAttribute(CHART.problems, JSON.stringify(problems(chart, spec, state)));
  canvas.setAttribute(CHART.drawn, "true");
}

/**
 * The handout's copy of a slide shows its chart as the slide drew it, at one device pixel a CSS pixel:
 * the handout scales the slide to 178 mm or less, where that is still about 180 dpi. Copied, not drawn
 * again: Chart.js and the label fitting run once a chart, and the copy cannot disagree with the slide.
 */
export function copyChart(canvas: HTMLCanvasElement, drawnOnSlides: HTMLCanvasElement[]): void {
  const id = canvas.getAttribute(CHART.id);
  const original = drawnOnSlides.find((c) => c.getAttribute(CHART.id) === id && drawn.has(c));
  if (!original) throw new Error(`the handout shows chart "${id ?? ""}", which no slide draws`);
  const frame = canvas.parentElement!;
  canvas.style.width = `${frame.clientWidth}px`;
  canvas.style.height = `${frame.clientHeight}px`;
  canvas.width = frame.clientWidth;
  canvas.height = frame.clientHeight;
  const context = canvas.getContext("2d")!;
  context.imageSmoothingQuality = "high";
  context.drawImage(original, 0, 0, canvas.width, canvas.height);
  canvas.setAttribute(CHART.drawn, "true");
}

/** Destroys every chart drawn so far: the canvases they were drawn on are gone. */
export function forgetCharts(): void {
  for (const chart of drawn.values()) chart.destroy();
  drawn.clear();
}

/**
 * Sized once from the frame's own layout box. Left responsive, Chart.js measured the frame's bounding
 * box, which the handout scales to 0.53, and fixed it later from a ResizeObserver that a hidden tab
 * never runs: a handout chart came out at half its width when that tab printed hidden.
 */
function sizeForPrint(canvas: HTMLCanvasElement, config: ChartConfig): void {
  const frame = canvas.parentElement!;
  config.options.responsive = false;
  canvas.style.width = `${frame.clientWidth}px`;
  canvas.style.height = `${frame.clientHeight}px`;
  canvas.width = frame.clientWidth;
  canvas.height = frame.clientHeight;
}

/** The value labels' text, side and visibility, as functions of each point (JSON cannot carry them). */
function labelOptions(config: ChartConfig, spec: PageChart, state: LabelState): void {
  const labels = config.options.plugins.datalabels;
  const text = (context: LabelContext) => spec.valueLabels[context.datasetIndex]?.[context.dataIndex] ?? "";
  labels.formatter = (_value, context) => text(context);
  const sides = config.options.plugins.valueLabelSides;
  if (sides) {
    const side = (context: LabelContext): Side => {
      const s = sides[context.datasetIndex]?.[context.dataIndex] ?? "top";
      return state.flipped.has(`${context.datasetIndex}:${context.dataIndex}`) ? OPPOSITE[s] : s;
    };
    // chartjs-plugin-datalabels' anchors are edges on the canvas, whatever the axis direction:
    // "start" is a bar's left or bottom edge, "end" its right or top edge. The tip is on the label's
    // side; a line's label stands beside its point.
    labels.anchor = config.type === "line" ? "center" : (context) => (["left", "bottom"].includes(side(context)) ? "start" : "end");
    labels.align = side;
  }
  if (config.options.plugins.valuesInLegend) {
    // Every value is in the legend; a slice too small for its label (text that would run off the
    // ring) shows it there only.
    labels.display = (context) => {
      const arc = context.chart.getDatasetMeta(context.datasetIndex).data[context.dataIndex];
      if (!arc) return false;
      const p = arc.getProps(["startAngle", "endAngle", "innerRadius", "outerRadius"], true);
      const ctx = context.chart.ctx;
      ctx.save();
      ctx.font = `700 ${state.valueFont}px ${libraries().Chart.defaults.font.family}`;
      const width = ctx.measureText(text(context)).width + 8;
      ctx.restore();
      const across = ((p.endAngle! - p.startAngle!) * (p.outerRadius! + p.innerRadius!)) / 2;
      return width <= Math.min(p.outerRadius! - p.innerRadius!, across);
    };
  }
}
