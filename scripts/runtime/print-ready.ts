// Print readiness: once fonts are loaded, figures fitted and every chart drawn, the page says so on
// <html> (data-ready="print"), or says what failed (data-ready="error", data-error). The exporter waits
// for that one signal, so it is said exactly once, whatever happens.
import { CHART, PART, READY, ROOT, type PageData } from "./page-contract.ts";
import { chartsIn, drawChart, type Medium } from "./charts.ts";
import { fitFigures } from "./figure-fit.ts";
import { fontsLoaded } from "./fonts.ts";

export async function drawAllForPrint(data: PageData, medium: Medium): Promise<void> {
  const root = document.documentElement;
  try {
    await fontsLoaded();
    fitFigures(document);
    // Each chart is drawn once, on its slide; the handout's copy of the slide shows a copy of it.
    const handout = document.querySelector(PART.handout);
    const onSlides = chartsIn(document).filter((canvas) => !handout?.contains(canvas));
    for (const canvas of onSlides) drawChart(canvas, data, medium);
    if (handout) for (const canvas of chartsIn(handout)) copyChart(canvas);
    root.setAttribute(ROOT.ready, READY.print);
  } catch (error) {
    root.setAttribute(ROOT.error, error instanceof Error ? error.message : String(error));
    root.setAttribute(ROOT.ready, READY.error);
  }
}

/**
 * The handout's chart: a copy of the slide's SVG (Chart.js and the label fitting run once a chart, and
 * the copy cannot disagree with the slide), its element ids made its own so that none is twice in the page.
 */
function copyChart(canvas: HTMLCanvasElement): void {
  const id = canvas.getAttribute(CHART.id) ?? "";
  const original = document.querySelector(`svg[${CHART.printed}="${CSS.escape(id)}"]`);
  if (!original) throw new Error(`the handout shows chart "${id}", which no slide draws`);
  const copy = original.cloneNode(true) as SVGSVGElement;
  renameIds(copy, `${id}-handout`);
  canvas.after(copy);
  canvas.hidden = true;
  canvas.setAttribute(CHART.drawn, "true");
}

/** Every id in `svg` given a suffix, and every reference to one (url(#id), href="#id") with it. */
function renameIds(svg: SVGSVGElement, suffix: string): void {
  const renamed = new Map<string, string>();
  for (const element of Array.from(svg.querySelectorAll("[id]"))) {
    const name = `${element.id}-${suffix}`;
    renamed.set(element.id, name);
    element.id = name;
  }
  if (renamed.size === 0) return;
  for (const element of Array.from(svg.querySelectorAll("*"))) {
    for (const attribute of Array.from(element.attributes)) {
      const value = attribute.value.replace(/url\(#([^)]+)\)|^#(.+)$/g, (whole, inUrl?: string, inHref?: string) => {
        const name = renamed.get((inUrl ?? inHref)!);
        if (!name) return whole;
        return inUrl ? `url(#${name})` : `#${name}`;
      });
      if (value !== attribute.value) element.setAttribute(attribute.name, value);
    }
  }
}
