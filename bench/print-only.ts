// Chromium's own part of a full build, and nothing else: launched as the build launches it, the
// seed's print document (rendered by bench.ts) opened and waited for as the build does, the deck and
// the handout printed with the build's options, closed. No check, no PowerPoint, no finishing of the
// PDFs in Node: the least a full build can take. Compiled and run as its own process by bench.ts.
import { launchBrowser } from "../scripts/export/browser.ts";
import { openForPrint, PDF_OPTIONS, PRINT_ONLY_WINDOW, showPart } from "../scripts/export/export-pdf.ts";
import { PRINT_QUERY, PRINTED } from "../scripts/runtime/page-contract.ts";

const printHtml = process.argv[2];
if (!printHtml) throw new Error("usage: print-only PRINT_HTML");
const session = await launchBrowser();
try {
  const page = await session.newTab();
  await openForPrint(page, session.browser, printHtml, PRINT_QUERY, PRINT_ONLY_WINDOW);
  await showPart(page, PRINTED.deck);
  await page.pdf(PDF_OPTIONS.deck);
  await showPart(page, PRINTED.handout);
  await page.pdf(PDF_OPTIONS.handout);
} finally {
  await session[Symbol.asyncDispose]();
}
