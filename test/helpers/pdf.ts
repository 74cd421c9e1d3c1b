// Read real PDFs: text and fonts with poppler (installed by scripts/setup.sh), pages and outline
// with pdf-lib, pixels by rendering a page with pdftoppm.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFRef } from "pdf-lib";

/** The whole file's text, pages parted by form feeds: one pdftotext a file. */
const pdfText = (file: string) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });

const pagesRead = new Map<string, string[]>();

/**
 * The text of every page, from one pdftotext run (it ends each page with a form feed), kept per
 * file and version: a test that reads page after page does not start poppler once a page.
 */
export function pdfPageTexts(file: string): string[] {
  const key = `${file} ${statSync(file).mtimeMs}`; // a file built again is read again
  let pages = pagesRead.get(key);
  if (!pages) {
    pages = pdfText(file).split("\f").slice(0, -1);
    pagesRead.set(key, pages);
  }
  return pages;
}

/** The pixel size of every image the PDF embeds, page by page ("pdfimages -list"; masks left out). */
export function pdfImageSizes(file: string): { page: number; width: number; height: number }[] {
  const rows = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
  return rows
    .map((row) => row.trim().split(/\s+/))
    .filter((cells) => cells[2] === "image")
    .map((cells) => ({ page: Number(cells[0]), width: Number(cells[3]), height: Number(cells[4]) }));
}

/** Font names embedded in the PDF, without their subset prefix: ["Inter-Bold", ...]. */
export function pdfFonts(file: string): string[] {
  const lines = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
  return [...new Set(lines.map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, "")))].sort();
}

export async function pdfDocument(file: string) {
  return PDFDocument.load(readFileSync(file), { updateMetadata: false });
}

/** The titles of the top-level bookmarks, in order. */
export function outlineTitles(pdf: PDFDocument): string[] {
  const outlines = pdf.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  const titles: string[] = [];
  let ref = outlines?.get(PDFName.of("First")) as PDFRef | undefined;
  while (ref) {
    const item = pdf.context.lookup(ref, PDFDict);
    const title = item.get(PDFName.of("Title"));
    titles.push(title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : String(title));
    ref = item.get(PDFName.of("Next")) as PDFRef | undefined;
  }
  return titles;
}

/** Renders one page and counts pixels within `tolerance` of an RGB color. */
export function countPixels(file: string, page: number, rgb: [number, number, number], tolerance = 40): number {
  const ppm = execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-r", "36", file], { maxBuffer: 64 * 1024 * 1024 });
  // Binary PPM (P6): header "P6\n<w> <h>\n255\n", then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"))!;
  const start = header[0].length;
  let count = 0;
  for (let i = start; i + 2 < ppm.length; i += 3) {
    if (Math.abs(ppm[i]! - rgb[0]) + Math.abs(ppm[i + 1]! - rgb[1]) + Math.abs(ppm[i + 2]! - rgb[2]) <= tolerance) count++;
  }
  return count;
}

export const hexToRgb = (hex: string): [number, number, number] =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
