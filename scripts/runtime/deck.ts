// The page runtime every deck inlines (bundled by scripts/render/runtime-bundle.ts): starts reveal.js,
// draws each chart when its slide shows, and in reveal's print view (?print-pdf: the print document
// with its handout, or a deck printed by hand) says when the page is ready to print (print-ready.ts).
import { PART, PRINT_QUERY_PATTERN, SLIDES_REPLACED, type PageData } from "./page-contract.ts";
import { chartsIn, drawChart, forgetCharts, setUpCharts, type Medium } from "./charts.ts";
import { fitFigures } from "./figure-fit.ts";
import { fontsLoaded } from "./fonts.ts";
import { libraries } from "./libraries.ts";
import { drawAllForPrint } from "./print-ready.ts";
import { TOKENS } from "../model/tokens.ts";

function pageData(): PageData {
  return JSON.parse(document.querySelector(PART.data)?.textContent ?? "null") as PageData;
}

let data = pageData();
const medium: Medium = { print: PRINT_QUERY_PATTERN.test(window.location.search) };
setUpCharts(data);
startDeck();

function startDeck(): void {
  const { Reveal, RevealNotes } = libraries();
  Reveal.initialize({
    width: TOKENS.slide.width,
    height: TOKENS.slide.height,
    margin: medium.print ? 0 : 0.04,
    center: false,
    hash: true,
    transition: "fade",
    slideNumber: "c/t",
    // Arabic or Hebrew decks move forward to the left, as their readers expect.
    rtl: document.documentElement.dir === "rtl",
    showSlideNumber: "all",
    // One page per slide in the PDF, fragments shown in their final state.
    pdfSeparateFragments: false,
    pdfMaxPagesPerSlide: 1,
    // The speaker view is the presented deck's; the print document does not carry the plugin.
    plugins: RevealNotes === undefined ? [] : [RevealNotes],
  });
  if (medium.print) {
    Reveal.on("pdf-ready", () => void drawAllForPrint(data, medium));
    return;
  }
  // Charts on hidden slides measure 0×0: draw each one when its slide shows.
  const show = (slide: Element) =>
    void fontsLoaded().then(() => {
      fitFigures(slide);
      for (const canvas of chartsIn(slide)) drawChart(canvas, data, medium);
    });
  Reveal.on("ready", (event) => show(event.currentSlide));
  Reveal.on("slidechanged", (event) => show(event.currentSlide));
  // New slides and data were put in the page (the dev server's client does, on an edit): reveal
  // learns them, the slide on screen stays, and its charts are drawn from the new data.
  document.addEventListener(SLIDES_REPLACED, () => {
    const at = Reveal.getIndices();
    forgetCharts();
    data = pageData();
    setUpCharts(data);
    Reveal.sync();
    Reveal.slide(at.h, at.v, at.f);
    show(Reveal.getCurrentSlide());
  });
}
