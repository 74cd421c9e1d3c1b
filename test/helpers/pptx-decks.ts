// The decks the PowerPoint tests read, built by the command line's own code in-process (--no-pdf
// --pptx: no browser needed), and what each deck shows, read from its HTML and its briefing.yaml.
// Which slides hold a chart, of what type and with what values comes from each briefing.yaml, not
// from the deck model the PowerPoint is written from; the model gives only each chart's labels,
// colours and direction, as the writer received them.
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { expect } from "vitest";
import { parse as parseYaml } from "yaml";
import type { DeckModel } from "../../scripts/model/deck.ts";
import { renderBriefing } from "../../scripts/pipeline.ts";
import { type CliRun, PROJECT } from "./cli.ts";
import { runMain } from "./in-process.ts";

export const DECKS = [
  { name: "deepseek-r1", folder: path.join(PROJECT, "content", "deepseek-r1") },
  { name: "deepseek-r1-en", folder: path.join(PROJECT, "content", "deepseek-r1-en") },
  { name: "all-layouts", folder: path.join(PROJECT, "test", "fixtures", "good", "all-layouts") },
  { name: "charts-vi", folder: path.join(PROJECT, "test", "fixtures", "good", "charts-vi") },
];

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

interface SourceChart {
  /** 1-based; every slide before the last (the sources slide, which may take pages) is one slide. */
  slide: number;
  type: string;
  /** Each series' values as the author wrote them: the figures' values, or the series' own. */
  values: number[][];
}

/** The charts of a briefing, as its briefing.yaml writes them. */
function sourceCharts(folder: string): SourceChart[] {
  const source = parseYaml(readFileSync(path.join(folder, "briefing.yaml"), "utf8")) as {
    figures: Record<string, { value?: number }>;
    slides: { layout: string; chart?: { type: string; figures?: string[]; series?: { values: number[] }[] } }[];
  };
  return source.slides.flatMap((slide, i) => {
    if (slide.layout !== "chart") return [];
    const chart = slide.chart!;
    const values = chart.series ? chart.series.map((s) => s.values) : [chart.figures!.map((id) => source.figures[id]!.value!)];
    for (const series of values) for (const v of series) expect(typeof v, `${folder} slide ${i + 1}`).toBe("number");
    return [{ slide: i + 1, type: chart.type, values }];
  });
}

/** The decks built into a temp folder, with the model each PowerPoint was written from. */
export async function buildPptxDecks() {
  const models = new Map<string, DeckModel>();
  for (const deck of DECKS) models.set(deck.name, (await renderBriefing(deck.folder, { step() {}, warn() {} })).model);
  const out = mkdtempSync(path.join(os.tmpdir(), "pptx-"));
  const build: CliRun = await runMain(["build", ...DECKS.map((d) => d.folder), "--no-pdf", "--pptx", "--out", out]);
  const pptxFile = (name: string) => path.join(out, name, `${name}.pptx`);

  /** What the deck shows, read from its HTML: slide titles, figure texts, charts, notes. */
  function deckOf(name: string) {
    const html = parse(readFileSync(path.join(out, name, "index.html"), "utf8"));
    const sections = html.querySelectorAll("section[data-title]");
    return {
      /** The deck's language, as the page declares it. */
      lang: html.querySelector("html")!.getAttribute("lang")!,
      titles: sections.map((s) => oneLine(s.getAttribute("data-title")!)),
      layouts: sections.map((s) => s.getAttribute("data-layout")!),
      /** The date as the deck's footer writes it. */
      dateText: oneLine(html.querySelector(".slide-footer .footer-title + span")?.textContent ?? ""),
      /** Every figure the slides print: in cards and on the sources slide (each value of a series too). */
      figures: [...new Set(html.querySelectorAll(".figure-value, .source-item").map((e) => oneLine(e.textContent)))],
      // Each chart of the source, on its slide, with its plot as the model holds it (labels, colours).
      charts: sourceCharts(DECKS.find((d) => d.name === name)!.folder).map((chart) => {
        const view = models.get(name)!.slides[chart.slide - 1]!;
        expect(view.layout, `${name} slide ${chart.slide}`).toBe("chart");
        return { ...chart, plot: (view as Extract<typeof view, { layout: "chart" }>).plot };
      }),
      notes: sections.map((s) => oneLine(s.querySelector("aside.notes")?.textContent ?? "")),
      /** Each slide's notes' bold phrases, as the deck's notes set them. */
      boldInNotes: sections.map((s) => s.querySelectorAll("aside.notes strong").map((e) => oneLine(e.textContent))),
    };
  }

  return { out, build, pptxFile, deckOf };
}
