// Stage 6, export: print the staged print document to the deck's PDF and the handout's, and picture
// the slides (--png), in the one browser of this run.
// The print document is the deck with its handout (render-deck.ts): loaded once, laid out once, every
// chart drawn once; the deck prints with the handout hidden, then the handout on its own paper. The
// page says when it is ready (data-ready="print": fonts, reveal's print layout, every chart drawn; the
// names are scripts/runtime/page-contract.ts's); the browser refuses every request that is not the
// page's own file.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, HTTPRequest, Page, PDFOptions } from "puppeteer";
import { environmentError } from "../errors.ts";
import type { DeckModel } from "../model/deck.ts";
import type { BrowserSession } from "./browser.ts";
import type { Made, StagedOutputs } from "../write/write-outputs.ts";
import { pictureOverview, pictureSlides, writeSlidePictures } from "./export-pictures.ts";
import { finishPdf } from "./finish-pdf.ts";
import { fallbackFontWarnings, foreignFonts } from "./font-coverage.ts";
import { scriptsOf, unfontedCharacters } from "./unfonted.ts";
import { chartLabelWarnings } from "./chart-warnings.ts";
import { trace } from "../trace.ts";
import { PRINT_QUERY, PRINTED, READY, ROOT, SAID_READY, SLIDE } from "../runtime/page-contract.ts";
import { TOKENS } from "../model/tokens.ts";

export interface ExportResult {
  /** Slides whose content does not fit the slide frame, chart labels cut or overlapping, fonts missing. */
  warnings: string[];
}

const READY_TIMEOUT_MS = 60_000;

/** How each PDF is printed (the bench's print-only run prints with the same). */
export const PDF_OPTIONS = {
  // Reveal's print view sets @page to the slide size (1280×720): one 16:9 page per slide.
  deck: { preferCSSPageSize: true, printBackground: true, tagged: true, timeout: READY_TIMEOUT_MS },
  // The handout's own @page (named "handout") sets the paper. Which page a slide lands on is the
  // layout's to decide: Chromium's outline of the page's headings says where each went.
  handout: { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, timeout: READY_TIMEOUT_MS },
} satisfies Record<string, PDFOptions>;

/**
 * The tab's window while it prints and pictures nothing: what a window shows is drawn again on every
 * change, though only the print is wanted. Print lays out at its own page size, so a window of a few
 * pixels prints the same pages (pixel for pixel, measured on four decks) while drawing next to
 * nothing: a seed print's renderer 1081 → 904 ms of CPU, its GPU process 98 → 68 ms (traced, 3 runs).
 * Pictures (--png) are taken from a window of the slide's size.
 */
export const PRINT_ONLY_WINDOW = { width: 64, height: 36 };

export async function exportOutputs(session: BrowserSession, staged: StagedOutputs, model: DeckModel, made: Made): Promise<ExportResult> {
  const bookmarks = model.slides.map((s) => s.outlineTitle);
  const info = { title: model.title, author: model.author, subject: model.subject, lang: model.lang, date: model.isoDate, bookmarks };
  const families = deckFamilies(model);

  const tab = await session.newTab();
  trace(`${model.title}: tab open`);
  const open: Page[] = [tab];
  let overview: Promise<void> | undefined;
  const viewport = made.png ? TOKENS.slide : PRINT_ONLY_WINDOW;
  const printing = printIn(session, tab, staged.printHtmlFile, PRINT_QUERY, viewport, async (page) => {
    trace(`${model.title}: ready`);
    await showPart(page, PRINTED.deck);
    // The checks read the laid-out page while Chromium prints it: the same layout, in half the time.
    const [found, printed] = await Promise.all([
      (async () => [...(await overflowWarnings(page)), ...(await chartLabelWarnings(page))])(),
      made.pdf ? page.pdf(PDF_OPTIONS.deck) : undefined,
    ]);
    const warnings = [...found];
    // Node finishes the deck's PDF while the browser goes on with the pictures and the handout.
    const deckPdf = printed
      ? (async () => {
          trace(`${model.title}: deck printed`);
          const pdf = await finishPdf(printed, info);
          await writeFile(staged.pdfFile, pdf.bytes);
          trace(`${model.title}: deck PDF written`);
          return pdf.fonts;
        })()
      : undefined;
    deckPdf?.catch(() => {}); // awaited below
    if (made.png) {
      const pictures = await pictureSlides(page);
      await writeSlidePictures(pictures, staged);
      trace(`${model.title}: slides pictured`);
      overview = (async () => {
        const sheetTab = await session.newTab();
        open.push(sheetTab);
        const sheet = await printIn(session, sheetTab, staged.overviewHtmlFile, "", TOKENS.slide, (sheet) =>
          pictureOverview(sheet, pictures),
        );
        await writeFile(staged.overviewPngFile, sheet);
        trace(`${model.title}: overview pictured`);
      })();
      overview.catch(() => {}); // awaited below
    }
    let handoutFonts: string[] = [];
    if (made.pdf) {
      await showPart(page, PRINTED.handout);
      const handout = await page.pdf(PDF_OPTIONS.handout);
      trace(`${model.title}: handout printed`);
      const pdf = await finishPdf(handout, { ...info, title: `${model.title} — ${model.ui.notes}`, bookmarksAt: "headings" });
      await writeFile(staged.handoutPdfFile, pdf.bytes);
      handoutFonts = pdf.fonts;
      // Which font drew what is asked of the part on show: the handout now; the deck is shown again
      // only if its PDF holds a font not the deck's.
      warnings.push(...(await fallbackFontWarnings(page, "handout", "handout", pdf.fonts, families)));
    }
    if (deckPdf) {
      const deckFonts = await deckPdf;
      refuseEmptyBoxes(model, [...deckFonts, ...handoutFonts], families);
      const showDeck = () => showPart(page, PRINTED.deck);
      warnings.push(...(await fallbackFontWarnings(page, "deck", "slides", deckFonts, families, showDeck)));
    }
    return warnings;
  });
  try {
    const warnings = await printing;
    await overview;
    // Given back only when all of this briefing's work is done: a failure closes every tab it had,
    // and a tab given back earlier may be printing another briefing's deck by then.
    for (const used of open) session.reuseTab(used);
    return { warnings };
  } catch (error) {
    // The other work stops too, before the build goes on to discard the staging folder it writes to.
    await Promise.allSettled(open.map(closeTab));
    await Promise.allSettled([printing, overview]);
    throw error;
  }
}

/**
 * The deck has letters its own faces do not draw, and neither PDF embeds any other font: nothing on
 * this machine drew them, and the PDFs show empty boxes where they stand. Not printed as they are: a
 * scale word among them ("79조") leaves a number a trillion times smaller. The machine's to mend (exit 3).
 */
function refuseEmptyBoxes(model: DeckModel, pdfFonts: string[], families: string[]): void {
  const missing = unfontedCharacters(model.theme.characters);
  if (missing.length === 0 || foreignFonts(pdfFonts, families).length > 0) return;
  throw environmentError(
    `the PDFs would show empty boxes for ${missing.length} character(s) of the deck in ${scriptsOf(missing)} ` +
      `(${missing.slice(0, 8).join(" ")}): neither the deck's fonts nor any font on this machine draws them, and a scale word ` +
      "or a unit among them would leave its number reading smaller; install a font that draws them (on Debian: " +
      "apt-get install fonts-noto-core fonts-noto-cjk), or build with --no-pdf",
  );
}

/** Which part of the print document shows, and prints: the deck's slides or the handout's pages. */
export async function showPart(page: Page, part: (typeof PRINTED)[keyof typeof PRINTED]): Promise<void> {
  await page.evaluate((name, value) => document.documentElement.setAttribute(name, value), ROOT.print, part);
}

/**
 * Opens the page in the tab and runs `print` on it; the tab is closed when anything went wrong (a tab
 * in an unknown state is never used again).
 */
async function printIn<T>(
  session: BrowserSession,
  page: Page,
  htmlFile: string,
  query: string,
  viewport: { width: number; height: number },
  print: (page: Page) => Promise<T>,
): Promise<T> {
  try {
    const letGo = await openForPrint(page, session.browser, htmlFile, query, viewport);
    const result = await print(page);
    letGo();
    return result;
  } catch (error) {
    await closeTab(page);
    throw error;
  }
}

/** How long a tab may take to close: one whose renderer stopped never answers, and the browser's close kills it. */
const TAB_CLOSE_MS = 5_000;

async function closeTab(page: Page): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([page.close().catch(() => {}), new Promise<void>((resolve) => (timer = setTimeout(resolve, TAB_CLOSE_MS)))]);
  clearTimeout(timer);
}

/** Opens the page for print; returns what takes its listeners off the tab again. */
export async function openForPrint(
  page: Page,
  browser: Browser,
  htmlFile: string,
  query: string,
  viewport: { width: number; height: number },
): Promise<() => void> {
  const url = pathToFileURL(htmlFile).href;
  // Fail fast: an error in the page, a crashed tab or a browser that dies ends the wait at once;
  // only a page that says nothing waits out READY_TIMEOUT_MS.
  let fail: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {}); // settled after the race is over, it is nobody's error
  // The browser or the tab's renderer gone is the machine's doing (killed, out of memory): exit 3.
  const onDisconnect = () =>
    fail(environmentError("the browser stopped while printing (it closed): was it killed, or out of memory? build again"));
  const onPageError = (error: unknown) => fail(new Error(`the page reported an error: ${String((error as Error).message ?? error)}`));
  const onCrash = (error: Error) =>
    fail(
      environmentError(
        `the browser stopped while printing (its tab crashed: ${error.message}): was it killed, or out of memory? build again`,
      ),
    );
  const onRequest = (request: HTTPRequest) => {
    const requested = request.url();
    const own = requested.split(/[?#]/)[0] === url;
    if (own || requested.startsWith("data:") || requested.startsWith("blob:")) void request.continue();
    else void request.abort("blockedbyclient");
  };
  page.on("pageerror", onPageError);
  page.on("error", onCrash);
  browser.once("disconnected", onDisconnect);
  await page.setRequestInterception(true);
  page.on("request", onRequest);
  const letGo = () => {
    page.off("pageerror", onPageError);
    page.off("error", onCrash);
    page.off("request", onRequest);
  };
  await page.setViewport({ ...viewport, deviceScaleFactor: 2 });
  await page.emulateMediaType("print");
  try {
    await Promise.race([
      (async () => {
        await page.goto(url + query, { waitUntil: "load" });
        trace(`${path.basename(htmlFile)} loaded`);
        // The page says "print" when ready, or "error" with what went wrong.
        await page.waitForSelector(SAID_READY, { timeout: READY_TIMEOUT_MS });
        const [ready, message] = await page.evaluate(
          (root) => [document.documentElement.getAttribute(root.ready), document.documentElement.getAttribute(root.error)],
          ROOT,
        );
        if (ready !== READY.print) throw new Error(`the page could not get ready to print: ${message ?? ready}`);
      })(),
      failed,
    ]);
  } catch (error) {
    letGo();
    // Errors in the page end the wait at once (above): a page silent for the whole wait is a renderer
    // that stopped or never got the CPU, the machine's state rather than the deck's.
    const silent = (error as Error).name === "TimeoutError";
    if (!silent) throw error;
    throw environmentError(
      `the page did not say it was ready to print within ${READY_TIMEOUT_MS / 1000} s: its renderer stopped, or the machine is overloaded; ` +
        "build again (on an idle machine, run with --debug and report it)",
      error,
    );
  } finally {
    browser.off("disconnected", onDisconnect);
  }
  return letGo;
}

/**
 * Slides whose content runs past the frame (into the footer, or off either side: rtl decks overflow
 * to the left), or past its own box: printed as
 * warnings, an error only with --strict. Measured in the print layout, where nothing is scaled.
 */
async function overflowWarnings(page: Page): Promise<string[]> {
  // Queried inside the page: $$eval made a handle of each slide and released each, three protocol
  // messages a slide.
  return page.evaluate(
    (names) =>
      Array.from(document.querySelectorAll(`${names.section} > ${names.frame}`)).flatMap((slide, i) => {
        const frame = slide.getBoundingClientRect();
        const footer = slide.querySelector(names.footer)?.getBoundingClientRect().top ?? frame.bottom;
        const over = Array.from(slide.querySelectorAll("*")).some((element) => {
          if (element.closest(names.footer) || element.classList.contains(names.bar)) return false;
          // Inside a printed chart's SVG, text reports a scroll width twice its box: the chart's own
          // check (chart-labels.ts) answers for what it draws; the SVG's box is measured as a whole.
          if ((element as SVGElement).ownerSVGElement) return false;
          const box = element.getBoundingClientRect();
          // Text wider than its own box (a figure in a card) is clipped or spills over its neighbour.
          const spills = element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1;
          return box.height > 0 && (spills || box.bottom > footer + 1 || box.right > frame.right - 24 || box.left < frame.left + 24);
        });
        const title = slide.parentElement?.getAttribute(names.title) ?? "";
        return over ? [`slide ${i + 1} "${title}": the content runs past the slide; shorten it or split the slide`] : [];
      }),
    SLIDE,
  );
}

/** The families the deck's own faces print as: the theme's, and its East Asian and complex-script faces when it has them. */
function deckFamilies(model: DeckModel): string[] {
  return [model.theme.font, model.theme.eastAsian?.family, model.theme.complexScript?.family].filter((f) => f !== undefined);
}
