// The print document (deck and handout in one page, loaded once): every chart is drawn once, on its
// slide, as SVG, and the handout's copy of the slide shows a copy of that drawing. Real page, real
// Chromium.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, expect, it } from "vitest";
import { renderBriefing } from "../../scripts/pipeline.ts";
import { CHART, PART, PRINT_QUERY, READY_TO_PRINT } from "../../scripts/runtime/page-contract.ts";
import { collectingReporter } from "../helpers/in-process.ts";
import { sharedBrowserAndFolder } from "../helpers/shared-browser.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const { browser, dir } = sharedBrowserAndFolder("print-document-");
const pages: { close(): Promise<void> }[] = [];
afterAll(() => Promise.all(pages.map((page) => page.close())));

/** A fixture's print document, as the export opens it, ready to print. */
async function openPrintDocument(name: string) {
  const { rendered } = await renderBriefing(path.join(FIXTURES, "good", name), collectingReporter());
  const file = path.join(dir, `${name}.html`);
  writeFileSync(file, rendered.printHtml);
  const page = await browser().newTab();
  pages.push(page);
  await page.setViewport({ width: 1280, height: 720, deviceScaleFactor: 2 });
  await page.goto(pathToFileURL(file).href + PRINT_QUERY);
  await page.waitForSelector(READY_TO_PRINT, { timeout: 30_000 });
  return page;
}

it("draws each chart once, as SVG, and shows that drawing in the handout", async () => {
  const page = await openPrintDocument("charts-vi");
  const seen = await page.evaluate(
    (handoutSelector, chart) => {
      const handout = document.querySelector(handoutSelector)!;
      const canvases = Array.from(document.querySelectorAll<HTMLCanvasElement>(chart.selector));
      const svgs = Array.from(document.querySelectorAll<SVGSVGElement>(`svg[${chart.printed}]`));
      const onSlides = svgs.filter((svg) => !handout.contains(svg));
      const copies = svgs.filter((svg) => handout.contains(svg));
      const instances = Object.keys((window as unknown as { Chart: { instances: object } }).Chart.instances).length;
      // A copy is the slide's drawing once its ids (made its own) are set aside.
      const withoutIds = (svg: Element) => svg.outerHTML.replace(/(id="|url\(#|href="#)[^")]+/g, "$1");
      const ids = Array.from(document.querySelectorAll("[id]")).map((element) => element.id);
      return {
        slides: onSlides.length,
        copies: copies.map((copy) => {
          const original = onSlides.find((svg) => svg.getAttribute(chart.printed) === copy.getAttribute(chart.printed))!;
          return {
            same: withoutIds(copy) === withoutIds(original),
            shapes: copy.querySelectorAll("path, rect").length,
            texts: Array.from(copy.querySelectorAll("text")).map((text) => text.textContent),
            label: copy.getAttribute("aria-label"),
          };
        }),
        instances,
        hidden: canvases.filter((canvas) => canvas.hidden).length,
        canvases: canvases.length,
        duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
      };
    },
    PART.handout,
    CHART,
  );
  expect(seen.slides).toBeGreaterThan(2);
  expect(seen.copies).toHaveLength(seen.slides);
  // Chart.js ran once a chart: the handout's charts are copies of the slides' drawings.
  expect(seen.instances).toBe(seen.slides);
  // Every canvas gave way to its SVG, and no id is twice in the page.
  expect(seen.hidden).toBe(seen.canvases);
  expect(seen.duplicateIds).toEqual([]);
  for (const copy of seen.copies) {
    expect(copy.same).toBe(true);
    expect(copy.shapes).toBeGreaterThan(2); // drawn, not empty
    expect(copy.texts.join(" ")).toMatch(/\d/); // its value labels are text: searchable in the PDF
    expect(copy.label).not.toBe(""); // the chart's description stays with it
  }
});

it.each(["charts-vi", "charts-rtl"])("%s: every text of every printed chart shows whole, inside its chart and its clip", async (name) => {
  const page = await openPrintDocument(name);
  const outside = await page.evaluate(
    (handoutSelector, chart) => {
      document.documentElement.setAttribute("data-print", "deck");
      const handout = document.querySelector(handoutSelector)!;
      return Array.from(document.querySelectorAll<SVGSVGElement>(`svg[${chart.printed}]`))
        .filter((svg) => !handout.contains(svg))
        .flatMap((svg) => {
          // Where a text can show: its chart's box, and the clip region Chart.js drew it in, if any.
          const region = (text: SVGTextElement) => {
            const frame = svg.getBoundingClientRect();
            const group = text.closest("[clip-path]") as SVGGraphicsElement | null;
            const id = group?.getAttribute("clip-path")?.slice(5, -1);
            const shape = id ? (document.getElementById(id)?.firstElementChild as SVGGraphicsElement | null) : null;
            if (!group || !shape) return frame;
            const b = shape.getBBox();
            const m = group.getScreenCTM()!;
            const [a, c] = [new DOMPoint(b.x, b.y).matrixTransform(m), new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m)];
            return {
              left: Math.max(frame.left, Math.min(a.x, c.x)),
              right: Math.min(frame.right, Math.max(a.x, c.x)),
              top: Math.max(frame.top, Math.min(a.y, c.y)),
              bottom: Math.min(frame.bottom, Math.max(a.y, c.y)),
            };
          };
          return Array.from(svg.querySelectorAll("text"))
            .filter((text) => {
              const box = text.getBoundingClientRect();
              const room = region(text);
              return box.left < room.left - 1 || box.right > room.right + 1 || box.top < room.top - 1 || box.bottom > room.bottom + 1;
            })
            .map((text) => `${svg.getAttribute(chart.printed)}: «${text.textContent}»`);
        });
    },
    PART.handout,
    CHART,
  );
  expect(outside).toEqual([]);
});
