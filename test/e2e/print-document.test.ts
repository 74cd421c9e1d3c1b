// The print document (deck and handout in one page, loaded once): every chart is drawn once, on its
// slide, and printed as pictures of that drawing, on the slide and in the handout's copy of it; the
// canvases' pixels are let go. Real page, real Chromium.
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

it("draws each chart once and prints pictures of it, on the slide and in the handout", async () => {
  const { rendered } = await renderBriefing(path.join(FIXTURES, "good", "charts-vi"), collectingReporter());
  const file = path.join(dir, "print.html");
  writeFileSync(file, rendered.printHtml);
  const page = await browser().newTab();
  pages.push(page);
  await page.setViewport({ width: 1280, height: 720, deviceScaleFactor: 2 });
  await page.goto(pathToFileURL(file).href + PRINT_QUERY);
  await page.waitForSelector(READY_TO_PRINT, { timeout: 30_000 });
  const seen = await page.evaluate(
    async (handoutSelector, chart) => {
      const handout = document.querySelector(handoutSelector)!;
      const canvases = Array.from(document.querySelectorAll<HTMLCanvasElement>(chart.selector));
      const pictures = Array.from(document.querySelectorAll<HTMLImageElement>(`img[${chart.picture}]`));
      const onSlides = pictures.filter((p) => !handout.contains(p));
      const copies = pictures.filter((p) => handout.contains(p));
      const instances = Object.keys((window as unknown as { Chart: { instances: object } }).Chart.instances).length;
      // Each handout picture against its slide's picture brought to its size: the same picture.
      const pixels = async (image: HTMLImageElement, width: number, height: number) => {
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext("2d")!;
        context.imageSmoothingQuality = "high";
        context.drawImage(await createImageBitmap(image), 0, 0, width, height);
        return context.getImageData(0, 0, width, height).data;
      };
      const differences = await Promise.all(
        copies.map(async (copy) => {
          const original = onSlides.find((p) => p.getAttribute(chart.picture) === copy.getAttribute(chart.picture))!;
          const [a, b] = [
            await pixels(original, copy.naturalWidth, copy.naturalHeight),
            await pixels(copy, copy.naturalWidth, copy.naturalHeight),
          ];
          let differ = 0;
          let inked = 0;
          for (let i = 3; i < a.length; i += 4) {
            if (Math.abs(a[i]! - b[i]!) > 8 || Math.abs(a[i - 1]! - b[i - 1]!) > 8) differ++;
            if (b[i]! > 0) inked++;
          }
          return { differ, inked, width: copy.naturalWidth, slideWidth: original.naturalWidth, alt: copy.alt };
        }),
      );
      return {
        slides: onSlides.length,
        copies: copies.length,
        instances,
        differences,
        // The canvases are hidden and their pixels let go: the pictures print.
        released: canvases.filter((c) => c.hidden && (handout.contains(c) || c.width === 0)).length,
        canvases: canvases.length,
      };
    },
    PART.handout,
    CHART,
  );
  expect(seen.slides).toBeGreaterThan(2);
  expect(seen.copies).toBe(seen.slides);
  // Chart.js ran once a chart: the handout's are pictures of the slides' charts.
  expect(seen.instances).toBe(seen.slides);
  expect(seen.released).toBe(seen.canvases);
  for (const copy of seen.differences) {
    expect(copy.differ).toBe(0);
    expect(copy.inked).toBeGreaterThan(1000); // drawn, not blank
    expect(copy.slideWidth).toBe(2 * copy.width); // the slide's at 2 device pixels, the handout's at 1
    expect(copy.width).toBeGreaterThan(500);
    expect(copy.alt).not.toBe(""); // the chart's description stays with its picture
  }
});
