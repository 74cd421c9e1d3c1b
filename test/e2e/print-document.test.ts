// The print document (deck and handout in one page, loaded once): every chart is drawn once, on its
// slide, and the handout's copy of the slide shows that same drawing. Real page, real Chromium.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, expect, it } from "vitest";
import { renderBriefing } from "../../scripts/pipeline.ts";
import { PART, PRINT_QUERY, READY_TO_PRINT } from "../../scripts/runtime/page-contract.ts";
import { collectingReporter } from "../helpers/in-process.ts";
import { sharedBrowserAndFolder } from "../helpers/shared-browser.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const { browser, dir } = sharedBrowserAndFolder("print-document-");
const pages: { close(): Promise<void> }[] = [];
afterAll(() => Promise.all(pages.map((page) => page.close())));

it("draws each chart once and shows that drawing in the handout", async () => {
  const { rendered } = await renderBriefing(path.join(FIXTURES, "good", "charts-vi"), collectingReporter());
  const file = path.join(dir, "print.html");
  writeFileSync(file, rendered.printHtml);
  const page = await browser().newTab();
  pages.push(page);
  await page.setViewport({ width: 1280, height: 720, deviceScaleFactor: 2 });
  await page.goto(pathToFileURL(file).href + PRINT_QUERY);
  await page.waitForSelector(READY_TO_PRINT, { timeout: 30_000 });
  const seen = await page.evaluate((handoutSelector) => {
    const handout = document.querySelector(handoutSelector)!;
    const all = Array.from(document.querySelectorAll<HTMLCanvasElement>("canvas[data-chart]"));
    const onSlides = all.filter((c) => !handout.contains(c));
    const copies = all.filter((c) => handout.contains(c));
    // Each copy against its slide's drawing, brought to the copy's size: the same picture.
    const differences = copies.map((copy) => {
      const original = onSlides.find((c) => c.dataset.chart === copy.dataset.chart)!;
      const scaled = document.createElement("canvas");
      scaled.width = copy.width;
      scaled.height = copy.height;
      const context = scaled.getContext("2d")!;
      context.imageSmoothingQuality = "high";
      context.drawImage(original, 0, 0, copy.width, copy.height);
      const a = context.getImageData(0, 0, copy.width, copy.height).data;
      const b = copy.getContext("2d")!.getImageData(0, 0, copy.width, copy.height).data;
      let differ = 0;
      let inked = 0;
      for (let i = 3; i < a.length; i += 4) {
        if (a[i] !== b[i] || a[i - 1] !== b[i - 1]) differ++;
        if (b[i]! > 0) inked++;
      }
      return { differ, inked, width: copy.width };
    });
    const instances = Object.keys((window as unknown as { Chart: { instances: object } }).Chart.instances).length;
    return { slides: onSlides.length, copies: copies.length, instances, differences };
  }, PART.handout);
  expect(seen.slides).toBeGreaterThan(2);
  expect(seen.copies).toBe(seen.slides);
  // Chart.js ran once a chart: the handout's are pictures of the slides' charts, not second drawings.
  expect(seen.instances).toBe(seen.slides);
  for (const copy of seen.differences) {
    expect(copy.differ).toBe(0);
    expect(copy.inked).toBeGreaterThan(1000); // drawn, not blank
    expect(copy.width).toBeGreaterThan(500); // the slide's frame, one device pixel a CSS pixel
  }
});
