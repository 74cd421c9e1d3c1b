// Draws a chart from the page's data, lays its labels out until they fit (chart-labels.ts), and
// records what is still wrong with them on the canvas, where the exporter reads it (and the dev
// server's client shows it). No animation: the chart is final when drawChart returns, on screen as in
// print. Each canvas is drawn once; forgetCharts() lets a live edit draw the new slides afresh.
import { CHART, type PageChart, type PageData } from "./page-contract.ts";
import { fit, problems, zeroLine, type LabelState } from "./chart-labels.ts";
import { Element as SvgElement } from "svgcanvas";
import { libraries, type ChartConfig, type ChartLibrary, type ChartInstance, type LabelContext, type Side } from "./libraries.ts";

/** How the page is shown: printed charts are vectors of a fixed size. */
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
  Chart.defaults.font.lineHeight = data.lineHeight;
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
  const state: LabelState = {
    flipped: new Set(),
    placed: new Map(),
    valueFont: config.options.plugins.datalabels.font.size,
    settled: true,
  };
  config.options.animation = false;
  labelOptions(config, spec, state);
  config.plugins = [zeroLine];
  const { Chart } = libraries();
  // On screen, pixels (at least 2 a CSS pixel, for a projector's zoom); in print, vectors.
  config.options.devicePixelRatio = Math.max(window.devicePixelRatio || 1, 2);
  const vector = medium.print ? vectorTarget(canvas, config, Chart) : undefined;
  const chart = new Chart(vector?.target ?? canvas, config);
  drawn.set(canvas, chart);
  fit(chart, spec, state);
  canvas.setAttribute(CHART.problems, JSON.stringify(problems(chart, spec, state)));
  canvas.setAttribute(CHART.drawn, "true");
  if (vector) {
    vector.svg.setAttribute("role", "img");
    vector.svg.setAttribute("aria-label", canvas.getAttribute("aria-label") ?? "");
    vector.svg.setAttribute(CHART.printed, id);
    vector.svg.style.cssText = `position: absolute; inset: 0; width: ${vector.target.width}px; height: ${vector.target.height}px;`;
    canvas.after(vector.svg);
    canvas.hidden = true;
  }
}

/**
 * A printed chart is drawn as SVG (svgcanvas: a 2D context that writes SVG elements), so the PDF holds
 * it as paths and text: sharp at any zoom, its labels searchable, and no pixels to hold. As pixels, a
 * 200-slide deck's 60 charts took 465 MB of canvas in the page and as much again in the browser's
 * print process, and its export 11.5 s (8 s as vectors).
 * Sized once from the frame's own layout box (a responsive chart measured the handout's scaled box).
 */
function vectorTarget(
  canvas: HTMLCanvasElement,
  config: ChartConfig,
  Chart: ChartLibrary,
): { target: HTMLCanvasElement; svg: SVGSVGElement } {
  const frame = canvas.parentElement!;
  const element = new SvgElement({ width: frame.clientWidth, height: frame.clientHeight });
  config.options.responsive = false;
  config.options.devicePixelRatio = 1;
  // Chart.js's DOM platform takes only a real <canvas>; the basic one takes any 2D context.
  config.platform = Chart.BasicPlatform;
  if (getComputedStyle(canvas).direction === "rtl") anchorSidesInRtl(element.getContext("2d"));
  // A line is stroked from a Path2D unless it has segment styles, and the SVG context draws only
  // what it is told step by step: an empty segment style has Chart.js draw the line that way.
  for (const dataset of config.data.datasets) dataset.segment ??= {};
  return { target: element as unknown as HTMLCanvasElement, svg: element.svg };
}

/**
 * Canvas text aligned "left" or "right" is placed by that side whatever the direction; svgcanvas 2.6
 * writes them as SVG's text-anchor "start" and "end", which an SVG in a right-to-left page reads from
 * the right: Chart.js's tick labels and legend came out on the wrong side of their point and cut off.
 * Each text it writes gets the anchor of the side asked for (its private __applyText and
 * __currentElement, pinned with the package's version).
 */
function anchorSidesInRtl(context: CanvasRenderingContext2D): void {
  const svgContext = context as unknown as SvgContext;
  const applyText = svgContext.__applyText;
  svgContext.__applyText = function (this: SvgContext, ...args: unknown[]) {
    applyText.apply(this, args);
    const anchor = this.textAlign === "left" ? "end" : this.textAlign === "right" ? "start" : undefined;
    if (anchor) this.__currentElement.setAttribute("text-anchor", anchor);
  };
}

interface SvgContext {
  textAlign: CanvasTextAlign;
  __applyText(...args: unknown[]): void;
  __currentElement: Element;
}

/** Destroys every chart drawn so far: the canvases they were drawn on are gone. */
export function forgetCharts(): void {
  for (const chart of drawn.values()) chart.destroy();
  drawn.clear();
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
    // A line's label the line ran through stands where the fitting placed it (chart-labels.ts).
    const place = (context: LabelContext): Side | number =>
      state.placed.get(`${context.datasetIndex}:${context.dataIndex}`) ?? side(context);
    // chartjs-plugin-datalabels' anchors are edges on the canvas, whatever the axis direction:
    // "start" is a bar's left or bottom edge, "end" its right or top edge. The tip is on the label's
    // side; a line's label stands beside its point.
    labels.anchor = config.type === "line" ? "center" : (context) => (["left", "bottom"].includes(side(context)) ? "start" : "end");
    labels.align = config.type === "line" ? place : side;
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
