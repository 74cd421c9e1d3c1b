// --png: each slide as the PDF shows it, 1280×720, and every slide on one sheet. Pictured from the
// deck's print view (the layout page.pdf prints), in the tab that printed it, so the pictures and the
// PDF cannot disagree; the sheet is the render stage's overview page with those pictures laid in.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "puppeteer";
import type { StagedOutputs } from "../write/write-outputs.ts";
import { OVERVIEW_PICTURE, PRINT_PAGE } from "../runtime/page-contract.ts";
import { TOKENS } from "../model/tokens.ts";

/** The picture of a slide is the slide at its CSS pixels (1280×720), one picture pixel each. */
const SLIDE = TOKENS.slide;

/** Each printed page of the deck's print view, in order, as PNG bytes. */
export async function pictureSlides(page: Page): Promise<Buffer[]> {
  // Reveal's print view makes each page a pixel shorter than the slide (719 px), so that rounding never
  // adds a blank PDF page; a 720 px picture of it would show the next slide's first row. The PDF is
  // printed by now: the pages take the slide's own height.
  // Where each page stands in the document: in a right-to-left deck the pages do not start at x 0.
  const corners = await page.$$eval(
    PRINT_PAGE,
    (pages, height) => {
      for (const p of pages) (p as HTMLElement).style.height = `${height}px`;
      return pages.map((p) => {
        const box = p.getBoundingClientRect();
        return { x: box.left + window.scrollX, y: box.top + window.scrollY };
      });
    },
    SLIDE.height,
  );
  const pictures: Buffer[] = [];
  // Each page scrolled into the 1280×720 viewport and captured there: a capture beyond the viewport
  // comes out blank in a right-to-left document (Chromium 156), and Puppeteer drops a clip's scale
  // when it captures within the viewport, so the DevTools call is made directly (its scale gives
  // one picture pixel a CSS pixel, whatever the tab's device pixel ratio).
  const cdp = await page.createCDPSession();
  try {
    for (const corner of corners) {
      await page.evaluate((y) => window.scrollTo(0, y), corner.y);
      const { data } = await cdp.send("Page.captureScreenshot", {
        format: "png",
        clip: { ...corner, ...SLIDE, scale: 1 },
        captureBeyondViewport: false,
      });
      pictures.push(Buffer.from(data, "base64"));
    }
  } finally {
    await cdp.detach();
  }
  return pictures;
}

/** 01.png … 99.png (001.png … with a hundred slides or more): names that sort as the slides do. */
function pictureName(index: number, count: number): string {
  return `${String(index + 1).padStart(Math.max(2, String(count).length), "0")}.png`;
}

export async function writeSlidePictures(pictures: Buffer[], staged: StagedOutputs): Promise<void> {
  await mkdir(staged.slidesDir, { recursive: true });
  await Promise.all(pictures.map((bytes, i) => writeFile(path.join(staged.slidesDir, pictureName(i, pictures.length)), bytes)));
}

/** The overview page, opened in `page`, with the slides' pictures laid in: one PNG of the whole sheet. */
export async function pictureOverview(page: Page, pictures: Buffer[]): Promise<Buffer> {
  const sources = pictures.map((bytes) => `data:image/png;base64,${bytes.toString("base64")}`);
  await page.emulateMediaType("screen");
  const width = await page.$eval(
    "body",
    (body, sources, selector) => {
      const images = Array.from(document.querySelectorAll<HTMLImageElement>(selector));
      images.forEach((image, i) => (image.src = sources[i] ?? ""));
      return Math.ceil(body.getBoundingClientRect().width);
    },
    sources,
    OVERVIEW_PICTURE,
  );
  await page.setViewport({ width, height: 600, deviceScaleFactor: 1 });
  await page.$$eval(OVERVIEW_PICTURE, (images) => Promise.all(images.map((image) => (image as HTMLImageElement).decode())));
  return Buffer.from(await page.screenshot({ type: "png", fullPage: true }));
}
