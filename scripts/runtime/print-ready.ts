// Print readiness: once fonts are loaded, figures fitted and every chart drawn, the page says so on
// <html> (data-ready="print"), or says what failed (data-ready="error", data-error). The exporter waits
// for that one signal, so it is said exactly once, whatever happens.
import { PART, READY, ROOT, type PageData } from "./page-contract.ts";
import { chartsIn, copyChart, drawChart, type Medium } from "./charts.ts";
import { fitFigures } from "./figure-fit.ts";
import { fontsLoaded } from "./fonts.ts";

export async function drawAllForPrint(data: PageData, medium: Medium): Promise<void> {
  const root = document.documentElement;
  try {
    await fontsLoaded();
    fitFigures(document);
    // Each chart is drawn once, on its slide; the handout's copy of the slide gets its picture.
    const handout = document.querySelector(PART.handout);
    const onSlides = chartsIn(document).filter((canvas) => !handout?.contains(canvas));
    for (const canvas of onSlides) drawChart(canvas, data, medium);
    if (handout) for (const canvas of chartsIn(handout)) copyChart(canvas, onSlides);
    root.setAttribute(ROOT.ready, READY.print);
  } catch (error) {
    root.setAttribute(ROOT.error, error instanceof Error ? error.message : String(error));
    root.setAttribute(ROOT.ready, READY.error);
  }
}
