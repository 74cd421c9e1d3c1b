// Every chart label whole and apart, read from Chart.js's own layout in the real Chromium, on screen
// and in print: value labels, category names and legend entries inside the canvas, none over another,
// no value hidden; a zero line where a value is negative; a figure's short label as its category.
// The geometry is read here, independently of the page's own check (scripts/runtime/chart-labels.ts),
// which must agree: it reports nothing for these charts. The value labels are read from private fields
// of chartjs-plugin-datalabels (pinned in package.json): every chart must have one label a point, so a
// version that moved them fails here instead of showing no labels and passing.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";
import { buildIn } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";
import { sharedBrowser } from "../helpers/shared-browser.ts";
import { MAX_LAYOUTS, settle } from "../../scripts/runtime/chart-labels.ts";
import { CHART, PRINT_QUERY, READY_TO_PRINT } from "../../scripts/runtime/page-contract.ts";

const DECKS = ["charts-vi", "charts-rtl", "deepseek-r1"] as const;
type DeckName = (typeof DECKS)[number];
/** The fixtures are built here (--no-pdf: the deck's page is all this reads); the seed deck is the run's shared build. */
const FIXTURE_DECKS = ["charts-vi", "charts-rtl"] as const;
let out: string;
let session: BrowserSession;
const deckPage = (name: DeckName) =>
  pathToFileURL(name === "deepseek-r1" ? path.join(inject("builtDir"), name, "index.html") : path.join(out, name, "index.html")).href;
/** Each deck's charts as laid out in print and on screen, read once for every test below. */
const layouts = new Map<DeckName, { print: ChartLayout[]; screen: ChartLayout[] }>();

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "chart-labels-"));
  session = await sharedBrowser();
  await Promise.all(FIXTURE_DECKS.map((name) => buildIn(path.join(FIXTURES, "good", name), session, { outDir: out, pdf: false })));
  // Each deck in a window of its own (so it paints, and its charts are drawn), the three at once.
  await Promise.all(
    DECKS.map(async (name) => {
      const page = await session.newTab();
      try {
        await page.setViewport({ width: 1280, height: 720 });
        await page.emulateMediaType("print");
        const print = await chartsInPrint(page, name);
        await page.emulateMediaType("screen");
        layouts.set(name, { print, screen: await chartsOnScreen(page, name) });
      } finally {
        await page.close();
      }
    }),
  );
}, 120_000);

afterAll(async () => {
  await session?.[Symbol.asyncDispose]();
  if (out) rmSync(out, { recursive: true, force: true });
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Label {
  text: string;
  box: Box;
  visible: boolean;
}
interface ChartLayout {
  id: string;
  type: string;
  canvas: Box;
  area: Box;
  values: Label[];
  categories: Label[];
  legend: Label[];
  categoryNames: string[];
  numbers: number[];
  /** Points that get a value label: every value of a shown dataset (a pie slice hidden from its legend aside). */
  points: number;
  zero?: { min: number; max: number; pixel: number; horizontal: boolean };
  zeroLineDrawn: boolean;
  /** A line chart's segments, point to point, of every shown dataset: [x0, y0, x1, y1]. */
  segments: number[][];
  /** How many lines the chart draws (shown datasets of a line chart). */
  lines: number;
  reported: string[];
  summary: string;
}

/** Runs in the page: each drawn chart's label boxes, as Chart.js and chartjs-plugin-datalabels laid them out. */
// biome-ignore lint/suspicious/noExplicitAny: Chart.js's laid-out scales and the label plugin's fields it reads have no public types
type Internal = any;
function readCharts(names: typeof CHART): ChartLayout[] {
  const box = (l: number, t: number, w: number, h: number) => ({ left: l, top: t, right: l + w, bottom: t + h });
  const Chart = (window as unknown as { Chart: { instances: Record<string, Internal> } }).Chart;
  return Object.values(Chart.instances).map((chart: Internal) => {
    const round = chart.config.type === "pie" || chart.config.type === "doughnut";
    const horizontal = chart.options.indexAxis === "y";
    const ctx = chart.ctx as CanvasRenderingContext2D;
    const values = (chart.$datalabels?._labels ?? []).map((label: Internal) => {
      const r = label.$layout._box._rect;
      return {
        text: String(label.$context.dataset.data[label.$context.dataIndex]),
        box: box(r.x, r.y, r.w, r.h),
        visible: label.$layout._visible,
      };
    });
    const scale = round ? undefined : chart.scales[horizontal ? "y" : "x"];
    const categories = !scale
      ? []
      : scale.getLabelItems().map((item: Internal) => {
          const lines = Array.isArray(item.label) ? item.label : [item.label];
          ctx.save();
          ctx.font = item.font.string;
          const width = Math.max(...lines.map((line: string) => ctx.measureText(line).width));
          ctx.restore();
          const [x, y] = item.options.translation;
          const left = item.options.textAlign === "center" ? x - width / 2 : item.options.textAlign === "right" ? x - width : x;
          return {
            text: lines.join(" "),
            box: box(left, y + item.textOffset - item.font.lineHeight / 2, width, lines.length * item.font.lineHeight),
            visible: true,
          };
        });
    const legend =
      chart.legend?.options.display && chart.legend.legendHitBoxes
        ? chart.legend.legendHitBoxes.map((hit: Internal, i: number) => ({
            text: chart.legend.legendItems[i].text,
            box: box(hit.left, hit.top, hit.width, hit.height),
            visible: true,
          }))
        : [];
    const valueScale = round ? undefined : chart.scales[horizontal ? "x" : "y"];
    // On screen Chart.js draws on the page's <canvas>; in print on svgcanvas's context, whose SVG
    // (getSvg()) names the chart, and the page's <canvas> keeps what the page says of it.
    const source: Element =
      chart.canvas instanceof HTMLCanvasElement
        ? chart.canvas
        : document.querySelector(`canvas[${names.id}="${chart.canvas.getSvg().getAttribute(names.printed)}"]`)!;
    return {
      id: source.getAttribute(names.id) ?? "",
      type: chart.config.type,
      canvas: box(0, 0, chart.width, chart.height),
      area: { left: chart.chartArea.left, top: chart.chartArea.top, right: chart.chartArea.right, bottom: chart.chartArea.bottom },
      values,
      categories,
      legend,
      categoryNames: (chart.data.labels as (string | string[])[]).map((l) => (Array.isArray(l) ? l.join(" ") : l)),
      numbers: chart.data.datasets.flatMap((d: Internal) => d.data),
      points: chart.data.datasets.reduce(
        (n: number, d: Internal, set: number) =>
          n + (chart.isDatasetVisible(set) ? d.data.filter((_: unknown, i: number) => chart.getDataVisibility(i)).length : 0),
        0,
      ),
      zero: valueScale ? { min: valueScale.min, max: valueScale.max, pixel: valueScale.getPixelForValue(0), horizontal } : undefined,
      zeroLineDrawn: !!chart.options.plugins.zeroLine,
      lines: chart.config.type === "line" ? chart.data.datasets.filter((_: unknown, set: number) => chart.isDatasetVisible(set)).length : 0,
      segments:
        chart.config.type !== "line"
          ? []
          : chart.data.datasets.flatMap((_: unknown, set: number) => {
              if (!chart.isDatasetVisible(set)) return [];
              const points = chart.getDatasetMeta(set).data.map((p: Internal) => [p.x, p.y]);
              return points.slice(1).map((p: number[], i: number) => [...points[i], ...p]);
            }),
      reported: JSON.parse(source.getAttribute(names.problems) ?? "null"),
      summary: source.getAttribute("aria-label") ?? "",
    };
  });
}

const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const inside = (a: Box, b: Box) => a.left >= b.left - 0.5 && a.top >= b.top - 0.5 && a.right <= b.right + 0.5 && a.bottom <= b.bottom + 0.5;

/** Whether the segment from (x0, y0) to (x1, y1) passes through the box, sampled every half pixel. */
function runsThrough([x0, y0, x1, y1]: number[], b: Box): boolean {
  const steps = Math.ceil(Math.hypot(x1! - x0!, y1! - y0!) * 2);
  for (let i = 0; i <= steps; i++) {
    const x = x0! + ((x1! - x0!) * i) / steps;
    const y = y0! + ((y1! - y0!) * i) / steps;
    if (x > b.left + 0.5 && x < b.right - 0.5 && y > b.top + 0.5 && y < b.bottom - 0.5) return true;
  }
  return false;
}

/** What is wrong with a chart's labels, from its geometry alone. */
function faults(chart: ChartLayout): string[] {
  const found: string[] = [];
  const shown = chart.values.filter((v) => v.visible);
  const round = chart.type === "pie" || chart.type === "doughnut";
  // A pie's value may leave its slice only because the legend prints it.
  for (const v of chart.values) {
    if (!v.visible && !(round && chart.legend.some((l) => l.text.length > 0))) found.push(`hidden ${v.text}`);
  }
  for (const v of shown) {
    if (!inside(v.box, chart.canvas)) found.push(`cut ${v.text}`);
    // One line has room beside each point; where two cross each other, a label may have none.
    if (chart.lines === 1 && chart.segments.some((segment) => runsThrough(segment, v.box))) found.push(`the line runs through ${v.text}`);
    for (const c of chart.categories) if (overlap(v.box, c.box)) found.push(`${v.text} over ${c.text}`);
  }
  shown.forEach((a, i) => shown.slice(i + 1).forEach((b) => overlap(a.box, b.box) && found.push(`${a.text} over ${b.text}`)));
  chart.categories.forEach((a, i) => {
    if (!inside(a.box, chart.canvas)) found.push(`cut ${a.text}`);
    const next = chart.categories[i + 1];
    if (next && overlap(a.box, next.box)) found.push(`${a.text} over ${next.text}`);
  });
  for (const l of chart.legend) if (!inside(l.box, chart.canvas)) found.push(`cut legend ${l.text}`);
  return found;
}

async function chartsInPrint(page: Page, name: DeckName): Promise<ChartLayout[]> {
  await page.goto(`${deckPage(name)}${PRINT_QUERY}`, { waitUntil: "load" });
  await page.waitForSelector(READY_TO_PRINT);
  return page.evaluate(readCharts, CHART);
}

/** On screen each chart is drawn when its slide shows: visit every slide, then read them all. */
async function chartsOnScreen(page: Page, name: DeckName): Promise<ChartLayout[]> {
  await page.goto(deckPage(name), { waitUntil: "load" });
  await page.waitForFunction("window.Reveal && Reveal.isReady()");
  const total = (await page.evaluate("Reveal.getTotalSlides()")) as number;
  for (let i = 0; i < total; i++) {
    await page.evaluate((n) => (window as unknown as { Reveal: { slide(n: number): void } }).Reveal.slide(n), i);
    await page.waitForFunction(
      (names) => Array.from(document.querySelectorAll(`.reveal .present ${names.selector}`)).every((c) => c.hasAttribute(names.drawn)),
      {},
      CHART,
    );
  }
  return page.evaluate(readCharts, CHART);
}

describe.each(DECKS)("%s", (name) => {
  let print: ChartLayout[];
  let screen: ChartLayout[];
  beforeAll(() => {
    ({ print, screen } = layouts.get(name)!);
  });

  it("draws every chart, in print and on screen", () => {
    expect(print.length).toBeGreaterThan(0);
    expect(screen.map((c) => c.id).sort()).toEqual(print.map((c) => c.id).sort());
  });

  it("has one value label a point, as chartjs-plugin-datalabels keeps them (print and screen)", () => {
    for (const chart of [...print, ...screen]) {
      expect(chart.points, chart.id).toBeGreaterThan(0);
      expect(chart.values.length, chart.id).toBe(chart.points);
    }
  });

  it("has every label inside the canvas, none over another, none hidden (print)", () => {
    expect(print.map((c) => ({ id: c.id, faults: faults(c) })).filter((c) => c.faults.length)).toEqual([]);
  });

  it("has every label inside the canvas, none over another, none hidden (screen)", () => {
    expect(screen.map((c) => ({ id: c.id, faults: faults(c) })).filter((c) => c.faults.length)).toEqual([]);
  });

  it("and the page's own check agrees: it reports nothing", () => {
    expect([...print, ...screen].filter((c) => c.reported === null || c.reported.length > 0).map((c) => [c.id, c.reported])).toEqual([]);
  });

  it("draws a zero line inside the plot wherever a value is negative, and a line chart's axis holds zero unless told not to", () => {
    for (const chart of print.filter((c) => c.zero && c.numbers.some((n) => n < 0))) {
      expect(chart.zeroLineDrawn, chart.id).toBe(true);
      expect(chart.zero!.min, chart.id).toBeLessThan(0);
      expect(chart.zero!.max, chart.id).toBeGreaterThanOrEqual(0);
    }
    for (const chart of print.filter((c) => c.type === "bar")) expect(chart.zero!.min, chart.id).toBeLessThanOrEqual(0);
  });
});

describe("short labels and honest axes", () => {
  it("names a chart category by a figure's short label, and keeps the full label in the text alternative", () => {
    const line = layouts.get("charts-vi")!.print.find((c) => c.id === "chart-1")!;
    expect(line.categoryNames).toEqual(["Quý 1", "Quý 2", "Quý 3", "Quý 4"]);
    expect(line.summary.replace(/\u00a0/g, " ")).toContain("Doanh thu quý 1: 1,91 tỷ USD");
    expect(line.zero!.min).toBe(0); // the revenue line starts at zero
    // zero: false: the axis starts near the data, and is shown with its ticks.
    expect(layouts.get("charts-rtl")!.print.find((c) => c.id === "chart-4")!.zero!.min).toBeGreaterThan(0);
  });
});

describe("the fitting loop", () => {
  it("runs until nothing changes, and says so", () => {
    let left = 11; // the worst case seen: about a dozen layouts
    expect(settle(() => left-- > 0, MAX_LAYOUTS)).toEqual({ passes: 12, settled: true });
  });

  it("stops at its cap and says the labels did not settle (the page then reports it as a label problem)", () => {
    let passes = 0;
    expect(settle(() => ++passes > 0, MAX_LAYOUTS)).toEqual({ passes: MAX_LAYOUTS, settled: false });
    expect(passes).toBe(MAX_LAYOUTS);
  });
});
