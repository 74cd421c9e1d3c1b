// The editable PowerPoint, read by an independent program: LibreOffice Impress (headless) converts
// the seed decks (vi, en), the layout fixture and every chart type to PDF, and the pages are read
// back. LibreOffice is a process of its own, so this is the slow tier (vitest.config.ts).
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convertToPdf } from "../helpers/libreoffice.ts";
import { countPixels, hexToRgb, pdfPageTexts } from "../helpers/pdf.ts";
import { buildPptxDecks, DECKS } from "../helpers/pptx-decks.ts";

let built: Awaited<ReturnType<typeof buildPptxDecks>>;
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
const deckOf = (name: string) => built.deckOf(name);
const convertedPdf = (name: string) => path.join(built.out, "converted", `${name}.pdf`);

beforeAll(async () => {
  built = await buildPptxDecks();
  expect(built.build.status, built.build.stderr).toBe(0);
  convertToPdf(
    DECKS.map((d) => built.pptxFile(d.name)),
    path.join(built.out, "converted"),
  );
}, 180_000);

afterAll(() => rmSync(built.out, { recursive: true, force: true }));

describe.each(DECKS)("$name.pptx, opened by LibreOffice", ({ name }) => {
  it("has a page per slide, every slide title and every figure as the deck prints it", () => {
    const deck = deckOf(name);
    const pages = pdfPageTexts(convertedPdf(name));
    const text = oneLine(pages.join(" "));
    expect(pages).toHaveLength(deck.titles.length);
    expect(deck.titles.filter((title) => !text.includes(title))).toEqual([]);
    expect(deck.figures.length + deck.charts.length).toBeGreaterThan(0);
    expect(deck.figures.filter((figure) => !text.includes(figure))).toEqual([]);
  });

  it("draws every chart: its colour has ink on the chart's page, its value labels are the deck's", () => {
    const deck = deckOf(name);
    for (const { slide, plot } of deck.charts) {
      const page = oneLine(pdfPageTexts(convertedPdf(name))[slide - 1]!);
      expect(
        plot.series.flatMap((s) => s.labels).filter((label) => !page.includes(oneLine(label))),
        `slide ${slide}`,
      ).toEqual([]);
      // The series' own colour: LibreOffice does not draw "invert if negative", so a fall is in it too.
      const colour = plot.type === "pie" || plot.type === "doughnut" ? plot.series[0]!.colors[0]! : plot.series[0]!.color;
      expect(countPixels(convertedPdf(name), slide, hexToRgb(colour), 30), `slide ${slide} in ${colour}`).toBeGreaterThan(40);
    }
  });
});
