// A PDF's words and lines with their boxes, as poppler lays them out (pdftotext -bbox-layout): for
// finding text drawn over other text, and a figure broken across lines, in a rendered page.
import { execFileSync } from "node:child_process";

export interface Word {
  text: string;
  /** Which line of the page it is in (words of one line never overlap each other). */
  line: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PageBoxes {
  words: Word[];
  /** Each line's words, joined by spaces. */
  lines: string[];
}

export function pdfBoxes(file: string): PageBoxes[] {
  const xml = execFileSync("pdftotext", ["-bbox-layout", file, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return xml
    .split("<page ")
    .slice(1)
    .map((page) => {
      const words: Word[] = [];
      const lines: string[][] = [];
      for (const m of page.matchAll(/<line |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        if (m[0] === "<line ") {
          lines.push([]);
          continue;
        }
        const [x0, y0, x1, y1] = m.slice(1, 5).map(Number) as [number, number, number, number];
        const text = m[5]!
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"');
        words.push({ text, line: lines.length - 1, x0, y0, x1, y1 });
        lines.at(-1)!.push(text);
      }
      return { words, lines: lines.map((line) => line.join(" ")) };
    });
}

/**
 * Pairs of words of different lines whose boxes cross. A word's box is its font's full height:
 * the middle three fifths are compared, so lines set close (a descender over the next line's
 * ascender) do not count; ink over ink does.
 */
export function overlappingWords(page: PageBoxes): [Word, Word][] {
  const core = (w: Word) => {
    const h = w.y1 - w.y0;
    return { x0: w.x0, x1: w.x1, y0: w.y0 + h * 0.2, y1: w.y1 - h * 0.2 };
  };
  const found: [Word, Word][] = [];
  page.words.forEach((a, i) => {
    for (const b of page.words.slice(i + 1)) {
      if (a.line === b.line) continue;
      const ca = core(a);
      const cb = core(b);
      if (Math.min(ca.x1, cb.x1) - Math.max(ca.x0, cb.x0) > 1 && Math.min(ca.y1, cb.y1) - Math.max(ca.y0, cb.y0) > 1) found.push([a, b]);
    }
  });
  return found;
}
