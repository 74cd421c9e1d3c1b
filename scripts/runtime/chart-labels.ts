// Every chart label whole and apart. After Chart.js has laid a chart out, this reads the boxes it and
// chartjs-plugin-datalabels placed: value labels, category labels and legend entries. It makes room
// where a value label leaves the plot (so it can neither be cut nor sit on a category name), flips a
// line's label to the other side of its point where two collide, moves a line's label the line runs
// through to a clear place beside its point, sets labels smaller where they still overlap, and then
// says what is still wrong, so the build can warn and the dev page can show it.
// A hidden value label is a hidden number: nothing here hides one.
import type { PageChart } from "./page-contract.ts";
import type { Box, ChartInstance, ChartPlugin, Scale, Side } from "./libraries.ts";

/**
 * Layouts tried before giving up. Each pass changes one thing or stops, and every change is bounded
 * (the scale grows to fit what it measured, each label flips once, fonts shrink in 2 px steps to a
 * floor), so a chart settles in about a dozen passes at worst; a chart still moving after this many
 * is reported, not left half fitted in silence.
 */
export const MAX_LAYOUTS = 40;
const MIN_VALUE_FONT = 12;
const MIN_TICK_FONT = 12;

/** What the fitting changes on a chart, kept between its layouts (and read by its label options). */
export interface LabelState {
  /** "dataset:index" of line labels moved to the other side of their point. */
  flipped: Set<string>;
  /**
   * "dataset:index" of line labels the line ran through, and where each stands now: a side or a
   * diagonal (a clockwise angle from the right, as chartjs-plugin-datalabels takes it). Each is
   * placed once (undefined: no place was clear, it stays where it was).
   */
  placed: Map<string, Side | number | undefined>;
  valueFont: number;
  /** False when the labels were still moving after MAX_LAYOUTS layouts. */
  settled: boolean;
}

interface Label {
  set: number;
  index: number;
  text: string;
  visible: boolean;
  box: Box;
}

const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, right: left + width, bottom: top + height });
// Half a pixel of slack: anti-aliased edges that touch are not an overlap.
const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 && inner.top >= outer.top - 0.5 && inner.right <= outer.right + 0.5 && inner.bottom <= outer.bottom + 0.5;

/** The points that get a value label: every value of every shown dataset, but a pie slice hidden from its legend. */
function pointCount(chart: ChartInstance): number {
  return chart.data.datasets.reduce(
    (count, dataset, set) => count + (chart.isDatasetVisible(set) ? dataset.data.filter((_, i) => chart.getDataVisibility(i)).length : 0),
    0,
  );
}

/**
 * The value labels chartjs-plugin-datalabels drew, with their frames in canvas pixels. They are read
 * from the plugin's private fields: if a new version moved them, there would be no labels to check
 * and every chart would pass, so a count that is not one label a point stops the page.
 */
function valueLabels(chart: ChartInstance, spec: PageChart): Label[] {
  const labels = chart.$datalabels?._labels ?? [];
  const points = pointCount(chart);
  if (labels.length !== points) {
    throw new Error(
      `chartjs-plugin-datalabels laid out ${labels.length} value labels for ${points} points: its private fields ` +
        "($datalabels._labels, $layout) are not what scripts/runtime/chart-labels.ts reads; keep the version pinned in package.json",
    );
  }
  return labels.map(({ $layout: state }) => {
    const r = state._box._rect;
    return {
      set: state._set,
      index: state._idx,
      text: spec.valueLabels[state._set]?.[state._idx] ?? "",
      visible: state._visible,
      box: box(r.x, r.y, r.w, r.h),
    };
  });
}

const round = (chart: ChartInstance) => chart.config.type === "pie" || chart.config.type === "doughnut";
const horizontal = (chart: ChartInstance) => chart.options.indexAxis === "y";

function categoryScale(chart: ChartInstance): Scale | undefined {
  return round(chart) ? undefined : chart.scales[horizontal(chart) ? "y" : "x"];
}

function valueScale(chart: ChartInstance): Scale | undefined {
  return chart.scales[horizontal(chart) ? "x" : "y"];
}

/** Category names as Chart.js lays them out (Chart.js 4's getLabelItems), measured in their font. */
function categoryLabels(chart: ChartInstance): { text: string; box: Box }[] {
  const scale = categoryScale(chart);
  if (!scale?.options.display) return [];
  const ctx = chart.ctx;
  return scale.getLabelItems().map((item) => {
    const lines = Array.isArray(item.label) ? item.label : [item.label];
    ctx.save();
    ctx.font = item.font.string;
    const width = Math.max(...lines.map((line) => ctx.measureText(String(line)).width));
    ctx.restore();
    const lineHeight = item.font.lineHeight;
    const [x, y] = item.options.translation;
    const align = item.options.textAlign;
    const left = align === "center" ? x - width / 2 : align === "right" ? x - width : x;
    return { text: lines.join(" "), box: box(left, y + item.textOffset - lineHeight / 2, width, lines.length * lineHeight) };
  });
}

function legendLabels(chart: ChartInstance): { text: string; box: Box }[] {
  const legend = chart.legend;
  if (!legend?.options.display || !legend.legendHitBoxes) return [];
  return legend.legendHitBoxes.map((hit, i) => ({
    text: legend.legendItems[i]?.text ?? "",
    box: box(hit.left, hit.top, hit.width, hit.height),
  }));
}

/**
 * How far value labels stand outside the plot along the value axis ({ min, max }: the scale's min and
 * max sides), and off the canvas across it ({ left, right }), in pixels.
 */
function overflow(chart: ChartInstance, scale: Scale, labels: Label[]) {
  const area = chart.chartArea;
  const reverse = !!scale.options.reverse;
  const out = { min: 0, max: 0, left: 0, right: 0 };
  const grow = (side: "min" | "max", by: number) => (out[side] = Math.max(out[side], by));
  for (const { box: b } of labels) {
    if (horizontal(chart)) {
      grow(reverse ? "max" : "min", area.left - b.left);
      grow(reverse ? "min" : "max", b.right - area.right);
    } else {
      grow(reverse ? "min" : "max", area.top - b.top);
      grow(reverse ? "max" : "min", b.bottom - area.bottom);
      out.left = Math.max(out.left, -b.left);
      out.right = Math.max(out.right, b.right - chart.width);
    }
  }
  return out;
}

/** Widens the value scale so that every value label lies inside the plot; says whether it changed. */
function makeRoom(chart: ChartInstance, labels: Label[]): boolean {
  const scale = valueScale(chart);
  if (!scale) return false;
  const over = overflow(chart, scale, labels);
  const options = chart.options.scales[scale.id]!;
  const area = chart.chartArea;
  const length = horizontal(chart) ? area.right - area.left : area.bottom - area.top;
  const perPixel = (scale.max - scale.min) / Math.max(1, length);
  const padding = chart.options.layout.padding;
  // A little more than measured, so a rounded tick does not undo it.
  if (over.max > 0.5) options.max = scale.max + (over.max + 4) * perPixel;
  if (over.min > 0.5) options.min = scale.min - (over.min + 4) * perPixel;
  if (over.left > 0.5) padding.left = (padding.left ?? 0) + over.left + 4;
  if (over.right > 0.5) padding.right = (padding.right ?? 0) + over.right + 4;
  return Math.max(over.max, over.min, over.left, over.right) > 0.5;
}

function collisions(labels: Label[]): [Label, Label][] {
  const found: [Label, Label][] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (a.visible && b.visible && overlaps(a.box, b.box)) found.push([a, b]);
  });
  return found;
}

// Category names need a gap to read as two: "Tháng 10Tháng 11" touching is one word to the eye.
const CATEGORY_GAP = 8;
function categoryCollisions<T extends { box: Box }>(categories: T[]): [T, T][] {
  const found: [T, T][] = [];
  categories.forEach((category, i) => {
    const next = categories[i + 1];
    const a = category.box;
    const wide = {
      left: a.left - CATEGORY_GAP,
      top: a.top - CATEGORY_GAP / 2,
      right: a.right + CATEGORY_GAP,
      bottom: a.bottom + CATEGORY_GAP / 2,
    };
    if (next && overlaps(wide, next.box)) found.push([category, next]);
  });
  return found;
}

/**
 * Where a line's label may stand instead, in order: above, below, then the four diagonals (up-right,
 * up-left, down-right, down-left). A label on a steep rise or fall has the line through it above and
 * below its point; beside the point, on the open side of the bend, it has not.
 */
const PLACES: (Side | number)[] = ["top", "bottom", -45, -135, 45, 135];

/** A line's segments, from point to point, of every shown dataset, in canvas pixels. */
function lineSegments(chart: ChartInstance): [number, number, number, number][] {
  const segments: [number, number, number, number][] = [];
  chart.data.datasets.forEach((_, set) => {
    if (!chart.isDatasetVisible(set)) return;
    const points = chart.getDatasetMeta(set).data.map((point) => point.getProps(["x", "y"], true));
    for (let i = 1; i < points.length; i++) segments.push([points[i - 1]!.x!, points[i - 1]!.y!, points[i]!.x!, points[i]!.y!]);
  });
  return segments;
}

/** Whether the segment runs through the box (Liang–Barsky clipping). */
function crosses([x0, y0, x1, y1]: [number, number, number, number], b: Box): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let from = 0;
  let to = 1;
  for (const [p, q] of [
    [-dx, x0 - b.left],
    [dx, b.right - x0],
    [-dy, y0 - b.top],
    [dy, b.bottom - y0],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) from = Math.max(from, t);
    else to = Math.min(to, t);
    if (from > to) return false;
  }
  return true;
}

/**
 * The box a label of this size would take at a place beside its point, as chartjs-plugin-datalabels
 * lays it (its coordinates(): the box's edge or corner `offset` pixels from the point).
 */
function boxAt(place: Side | number, x: number, y: number, width: number, height: number, offset: number): Box {
  const degrees = typeof place === "number" ? place : { top: -90, bottom: 90, left: 180, right: 0 }[place];
  const vx = Math.round(Math.cos((degrees * Math.PI) / 180) * 1e9) / 1e9;
  const vy = Math.round(Math.sin((degrees * Math.PI) / 180) * 1e9) / 1e9;
  const scale = 1 / Math.max(Math.abs(vx), Math.abs(vy));
  const cx = x + (width / 2) * vx * scale + offset * vx;
  const cy = y + (height / 2) * vy * scale + offset * vy;
  return box(cx - width / 2, cy - height / 2, width, height);
}

/**
 * Each line label the line runs through goes to the first place beside its point that is clear of
 * every line, of the other labels and of the canvas's edges; where none is, it stays. Once each.
 */
function clearOfLines(chart: ChartInstance, labels: Label[], state: LabelState): boolean {
  const segments = lineSegments(chart);
  const canvas = box(0, 0, chart.width, chart.height);
  const offset = chart.options.plugins.datalabels.offset ?? 4;
  let changed = false;
  for (const label of labels) {
    const key = `${label.set}:${label.index}`;
    if (!label.visible || state.placed.has(key) || !segments.some((segment) => crosses(segment, label.box))) continue;
    const point = chart.getDatasetMeta(label.set).data[label.index]?.getProps(["x", "y"], true);
    if (!point) continue;
    const width = label.box.right - label.box.left;
    const height = label.box.bottom - label.box.top;
    const others = labels.filter((other) => other !== label && other.visible).map((other) => other.box);
    const clear = (at: Box) =>
      inside(at, canvas) && !segments.some((segment) => crosses(segment, at)) && !others.some((other) => overlaps(at, other));
    const place = PLACES.find((p) => clear(boxAt(p, point.x!, point.y!, width, height, offset)));
    // Tried once: a label with no clear place keeps its own.
    state.placed.set(key, place);
    if (place === undefined) continue;
    // The labels after it are placed clear of where it stands now.
    label.box = boxAt(place, point.x!, point.y!, width, height, offset);
    changed = true;
  }
  return changed;
}

/** Runs step until it changes nothing (true: it changed something), at most cap times. */
export function settle(step: () => boolean, cap: number): { passes: number; settled: boolean } {
  for (let pass = 1; pass <= cap; pass++) if (!step()) return { passes: pass, settled: true };
  return { passes: cap, settled: false };
}

/** One pass: the one change that helps most, applied and laid out again; false when none is left. */
function fitOnce(chart: ChartInstance, spec: PageChart, state: LabelState): boolean {
  const labels = valueLabels(chart, spec);
  const categories = categoryScale(chart);
  let changed = categories ? makeRoom(chart, labels) : false;
  const clashes = collisions(labels);
  if (clashes.length > 0 && chart.config.type === "line") {
    // A line's label goes to the other side of its point, once; then labels get smaller.
    for (const [, second] of clashes) {
      const key = `${second.set}:${second.index}`;
      if (state.flipped.has(key)) continue;
      state.flipped.add(key);
      changed = true;
    }
  }
  if (chart.config.type === "line" && clearOfLines(chart, labels, state)) changed = true;
  if (!changed && clashes.length > 0 && state.valueFont > MIN_VALUE_FONT) {
    state.valueFont -= 2;
    changed = true;
  }
  const ticks = categories && chart.options.scales[categories.id]?.ticks;
  if (!changed && ticks && ticks.font.size > MIN_TICK_FONT && categoryCollisions(categoryLabels(chart)).length > 0) {
    ticks.font.size -= 2;
    changed = true;
  }
  if (!changed) return false;
  chart.options.plugins.datalabels.font.size = state.valueFont;
  chart.update("none");
  return true;
}

/** Lays the chart out until its labels fit, or nothing more can be done. Runs synchronously. */
export function fit(chart: ChartInstance, spec: PageChart, state: LabelState): void {
  state.settled = settle(() => fitOnce(chart, spec, state), MAX_LAYOUTS).settled;
}

/** What is still wrong with the chart's labels, in the author's words, one line each. */
export function problems(chart: ChartInstance, spec: PageChart, state: LabelState): string[] {
  const canvas = box(0, 0, chart.width, chart.height);
  const labels = valueLabels(chart, spec);
  const categories = categoryLabels(chart);
  const found: string[] = [];
  if (!state.settled) found.push(`labels still moving after ${MAX_LAYOUTS} layouts`);
  for (const label of labels) {
    if (!label.visible && !chart.options.plugins.valuesInLegend) found.push(`value label «${label.text}» is hidden`);
    else if (label.visible && !inside(label.box, canvas)) found.push(`value label «${label.text}» is cut at the edge of the chart`);
    for (const category of categories) {
      if (label.visible && overlaps(label.box, category.box))
        found.push(`value label «${label.text}» covers the category «${category.text}»`);
    }
  }
  for (const [a, b] of collisions(labels)) found.push(`value labels «${a.text}» and «${b.text}» overlap`);
  for (const category of categories) {
    if (!inside(category.box, canvas)) found.push(`category «${category.text}» is cut at the edge of the chart`);
  }
  for (const [a, b] of categoryCollisions(categories)) found.push(`categories «${a.text}» and «${b.text}» overlap`);
  for (const entry of legendLabels(chart)) {
    if (!inside(entry.box, canvas)) found.push(`legend entry «${entry.text}» is cut at the edge of the chart`);
  }
  return found;
}

/** A line at zero across the plot when the values have a sign to show (drawn under the data). */
export const zeroLine: ChartPlugin = {
  id: "zeroLine",
  beforeDatasetsDraw(chart, _args, options) {
    if (!options?.color) return;
    const scale = valueScale(chart);
    if (!scale || scale.min > 0 || scale.max < 0) return;
    const at = scale.getPixelForValue(0);
    const area = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = options.color;
    ctx.lineWidth = 2;
    ctx.beginPath();
    if (horizontal(chart)) {
      ctx.moveTo(at, area.top);
      ctx.lineTo(at, area.bottom);
    } else {
      ctx.moveTo(area.left, at);
      ctx.lineTo(area.right, at);
    }
    ctx.stroke();
    ctx.restore();
  },
};
