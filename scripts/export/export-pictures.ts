// --png: each slide as the PDF shows it, 1280×720, and every slide on one sheet. Pictured from the
// deck's print view (the layout page.pdf prints), in the tab that printed it, so the pictures and the
// PDF cannot disagree; the sheet is the render stage's overview page with those pictures laid in.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "puppeteer";
import type { StagedOutputs } from "../write/write-outputs.ts";

/** The picture of a slide is the slide at 1280×720 CSS pixels, one picture pixel each. */
const SLIDE = { width: 1280, height: 720 };

/** Each printed page of the deck's print view, in order, as PNG bytes. */
export async function pictureSlides(page: Page): Promise<Buffer[]> {
  // Reveal's print view makes each page a pixel shorter than the slide (719 px), so that rounding never
  // adds a blank PDF page; a 720 px picture of it would show the next slide's first row. The PDF is
  // printed by now: the pages take the slide's own height.
  const tops = await page.$$eval(".pdf-page", (pages, height) => {
    for (const p of pages) (p as HTMLElement).style.height = `${height}px`;
    return pages.map((p) => p.getBoundingClientRect().top + window.scrollY);
  }, SLIDE.height);
  const scale = 1 / (page.viewport()?.deviceScaleFactor ?? 1);
  const pictures: Buffer[] = [];
  for (const top of tops) {
    const bytes = await page.screenshot({ type: "png", clip: { x: 0, y: top, ...SLIDE, scale }, captureBeyondViewport: true });
    pictures.push(Buffer.from(bytes));
  }
  return pictures;
}

/** 01.png … 99.png (001.png … with a hundred slides or more): names that sort as the slides do. */
export function pictureName(index: number, count: number): string {
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
  const width = await page.$eval("body", (body, sources) => {
    const images = Array.from(document.querySelectorAll<HTMLImageElement>("img[data-slide]"));
    images.forEach((image, i) => (image.src = sources[i] ?? ""));
    return Math.ceil(body.getBoundingClientRect().width);
  }, sources);
  await page.setViewport({ width, height: 600, deviceScaleFactor: 1 });
  await page.$$eval("img[data-slide]", (images) => Promise.all(images.map((image) => (image as HTMLImageElement).decode())));
  return Buffer.from(await page.screenshot({ type: "png", fullPage: true }));
}
