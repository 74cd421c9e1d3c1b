// Print readiness: once fonts are loaded, figures fitted and every chart drawn, the page says so on
// <html> (data-ready="print"), or says what failed (data-ready="error", data-error). The exporter waits
// for that one signal, so it is said exactly once, whatever happens.
import { CHART, PART, READY, ROOT, type PageData } from "./page-contract.ts";
import { chartsIn, drawChart, pictureChart, type Medium } from "./charts.ts";
import { fitFigures } from "./figure-fit.ts";
import { fontsLoaded } from "./fonts.ts";

export async function drawAllForPrint(data: PageData, medium: Medium): Promise<void> {
  const root = document.documentElement;
  try {
    await fontsLoaded();
    fitFigures(document);
    // Each chart is drawn once, on its slide, and printed as pictures, there and in the handout.
    const handout = document.querySelector(PART.handout);
    const onSlides = chartsIn(document).filter((canvas) => !handout?.contains(canvas));
    const copies = handout ? chartsIn(handout) : [];
    for (const canvas of onSlides) {
      drawChart(canvas, data, medium);
      const id = canvas.getAttribute(CHART.id);
      await pictureChart(
        canvas,
        copies.filter((copy) => copy.getAttribute(CHART.id) === id),
      );
    }
    root.setAttribute(ROOT.ready, READY.print);
  } catch (error) {
    root.setAttribute(ROOT.error, error instanceof Error ? error.message : String(error));
    root.setAttribute(ROOT.ready, READY.error);
  }
}
