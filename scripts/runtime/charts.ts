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
 * A chart drawn for print becomes pictures: its PNG in an <img> where the canvas stood (same box, the
 * canvas's description as alternative text), a smaller one in each handout copy of its slide (one
 * device pixel a CSS pixel: the handout scales the slide to 178 mm or less, still about 180 dpi), and
 * the canvas's pixels let go. A canvas prints from a copy of its pixels in the page's own process
 * (2240×866, 7.8 MB a chart); a picture prints from its encoded bytes. Copied, not drawn again: the
 * handout's chart cannot disagree with the slide's.
 */
export async function pictureChart(canvas: HTMLCanvasElement, copies: HTMLCanvasElement[]): Promise<void> {
  const alt = canvas.getAttribute("aria-label") ?? "";
  const id = canvas.getAttribute(CHART.id) ?? "";
  for (const copy of copies) {
    const frame = copy.parentElement!;
    const small = document.createElement("canvas");
    small.width = frame.clientWidth;
    small.height = frame.clientHeight;
    const context = small.getContext("2d")!;
    context.imageSmoothingQuality = "high";
    context.drawImage(canvas, 0, 0, small.width, small.height);
    await putPicture(copy, await pngUrl(small), alt, id, `width: ${small.width}px; height: ${small.height}px;`);
    copy.setAttribute(CHART.drawn, "true");
  }
  await putPicture(canvas, await pngUrl(canvas), alt, id, canvas.style.cssText);
  // The pixels go; the chart stays, with the layout its labels were checked against.
  canvas.width = 0;
  canvas.height = 0;
}

function pngUrl(canvas: HTMLCanvasElement): Promise<string> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(URL.createObjectURL(blob)) : reject(new Error("a chart could not be made a picture"))),
      "image/png",
    ),
  );
}

/** The picture after the canvas, which is hidden; loaded, not decoded (the print decodes what it needs, elsewhere). */
async function putPicture(canvas: HTMLCanvasElement, url: string, alt: string, id: string, style: string): Promise<void> {
  const picture = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    picture.onload = () => resolve();
    picture.onerror = () => reject(new Error(`the picture of chart "${id}" did not load`));
  });
  picture.src = url;
  picture.alt = alt;
  picture.setAttribute(CHART.picture, id);
  picture.style.cssText = style;
  canvas.after(picture);
  canvas.hidden = true;
  await loaded;
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
