// The editable PowerPoint, read by an independent program: the seed decks (vi, en), the layout
// fixture and every chart type, built by the command line's own code in-process (--no-pdf --pptx:
// no browser needed), then converted to PDF by LibreOffice Impress (headless) and read back, and
// opened as a package to find each chart's values and labels and the speaker notes. Which slides
// hold a chart, of what type and with what values is read from each briefing.yaml, not from the
// deck model the PowerPoint is written from.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { parse } from "node-html-parser";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeckModel } from "../../scripts/model/deck.ts";
import { renderBriefing } from "../../scripts/pipeline.ts";
import { PROJECT, type CliRun } from "../helpers/cli.ts";
import { runMain } from "../helpers/in-process.ts";
import { countPixels, hexToRgb, pdfPageTexts } from "../helpers/pdf.ts";

const DECKS = [
  { name: "deepseek-r1", folder: path.join(PROJECT, "content", "deepseek-r1") },
  { name: "deepseek-r1-en", folder: path.join(PROJECT, "content", "deepseek-r1-en") },
  { name: "all-layouts", folder: path.join(PROJECT, "test", "fixtures", "good", "all-layouts") },
  { name: "charts-vi", folder: path.join(PROJECT, "test", "fixtures", "good", "charts-vi") },
];

let out: string;
let build: CliRun;
/** The deck model each PowerPoint was written from (the writer's input, built in-process): its value labels, colours and direction. */
const models = new Map<string, DeckModel>();
const pptxFile = (name: string) => path.join(out, name, `${name}.pptx`);
const convertedPdf = (name: string) => path.join(out, "converted", `${name}.pdf`);
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

beforeAll(async () => {
  for (const deck of DECKS) models.set(deck.name, (await renderBriefing(deck.folder, { step() {}, warn() {} })).model);
  out = mkdtempSync(path.join(os.tmpdir(), "pptx-"));
  build = await runMain(["build", ...DECKS.map((d) => d.folder), "--no-pdf", "--pptx", "--out", out]);
  if (build.status !== 0) return;
  // LibreOffice with a profile of its own: no lock shared with another soffice, nothing from the user's.
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(path.join(out, "lo-profile")).href}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      path.join(out, "converted"),
      ...DECKS.map((d) => pptxFile(d.name)),
    ],
    { stdio: "pipe", timeout: 170_000 },
  );
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

/** What the deck shows, read from its HTML: slide titles, figure texts, charts, notes. */
function deckOf(name: string) {
  const html = parse(readFileSync(path.join(out, name, "index.html"), "utf8"));
  const sections = html.querySelectorAll("section[data-title]");
  return {
    titles: sections.map((s) => oneLine(s.getAttribute("data-title")!)),
    /** Every figure the slides print: in cards and on the sources slide (each value of a series too). */
    figures: [...new Set(html.querySelectorAll(".figure-value, .source-item").map((e) => oneLine(e.textContent)))],
    // Each chart of the source, on its slide, with its plot as the model holds it (labels, colours).
    charts: sourceCharts(DECKS.find((d) => d.name === name)!.folder).map((chart) => {
      const view = models.get(name)!.slides[chart.slide - 1]!;
      expect(view.layout, `${name} slide ${chart.slide}`).toBe("chart");
      return { ...chart, plot: (view as Extract<typeof view, { layout: "chart" }>).plot };
    }),
    notes: sections.map((s) => oneLine(s.querySelector("aside.notes")?.textContent ?? "")),
  };
}

describe("npm run build -- … --no-pdf --pptx", () => {
  it("exits 0, with the PowerPoint's own step line", () => {
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
    for (const deck of DECKS) expect(build.stdout).toMatch(new RegExp(`${deck.name}\\s+pptx\\s+\\d+(\\.\\d+)? m?s`));
  });
});

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
      const colour = plot.series[0]!.colors.find((_, i) => plot.series[0]!.values[i]! >= 0) ?? plot.series[0]!.colors[0]!;
      expect(countPixels(convertedPdf(name), slide, hexToRgb(colour), 30), `slide ${slide} in ${colour}`).toBeGreaterThan(40);
    }
  });
});

describe.each(DECKS)("$name.pptx, read as a package", ({ name }) => {
  it("holds each chart as a native chart whose data are the figures' values, labelled with the deck's text", async () => {
    const zip = await JSZip.loadAsync(readFileSync(pptxFile(name)));
    const deck = deckOf(name);
    for (const [i, { slide, type: writtenType, values: written, plot }] of deck.charts.entries()) {
      expect(plot.type, `chart ${i + 1}`).toBe(writtenType);
      const xml = await zip.file(`ppt/charts/chart${i + 1}.xml`)!.async("string");
      // The chart is on its slide.
      const rels = await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)!.async("string");
      expect(rels).toContain(`charts/chart${i + 1}.xml`);
      const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1]!);
      expect(series).toHaveLength(written.length);
      series.forEach((ser, s) => {
        const values = [.../<c:val>[\s\S]*?<\/c:val>/.exec(ser)![0].matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map(
          (m) => [Number(m[1]), Number(m[2])] as const,
        );
        const labels = new Map(
          [...ser.matchAll(/<c:dLbl><c:idx val="(\d+)"\/>[\s\S]*?<a:t>([^<]*)<\/a:t>/g)].map((m) => [
            Number(m[1]),
            m[2]!.replace(/&amp;/g, "&"),
          ]),
        );
        // Each point's value and its label, as the deck pairs them; in the deck's order, or reversed
        // where PowerPoint counts from the other end (horizontal bars, right-to-left decks).
        const pairs = values.map(([idx, v]) => `${labels.get(idx)} = ${v}`);
        const expected = written[s]!.map((v, j) => `${plot.series[s]!.labels[j]} = ${v}`);
        const reversed = plot.type === "hbar" || (plot.rtl && plot.type !== "pie" && plot.type !== "doughnut");
        expect(pairs, `chart ${i + 1}, series ${s}`).toEqual(reversed ? [...expected].reverse() : expected);
      });
      const type = { bar: "c:barChart", hbar: "c:barChart", line: "c:lineChart", pie: "c:pieChart", doughnut: "c:doughnutChart" }[
        plot.type
      ];
      expect(xml).toContain(`<${type}>`);
      if (plot.type === "hbar") expect(xml).toContain('<c:barDir val="bar"/>');
    }
    // No chart more than the deck has.
    expect(Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(deck.charts.length);
  });

  it("keeps every slide's speaker notes in PowerPoint's notes", async () => {
    const zip = await JSZip.loadAsync(readFileSync(pptxFile(name)));
    const deck = deckOf(name);
    for (const [i, notes] of deck.notes.entries()) {
      if (!notes) continue;
      const rels = await zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`)!.async("string");
      const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)![1]!;
      const xml = await zip.file(`ppt/notesSlides/${target}`)!.async("string");
      const text = oneLine(
        [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
          .map((m) => m[1])
          .join(" ")
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&amp;/g, "&"),
      );
      // The notes' words, list marks aside.
      for (const word of notes
        .split(" ")
        .filter((w) => w.length > 3)
        .slice(0, 12))
        expect(text, `slide ${i + 1}`).toContain(word);
    }
  });
});

it("gives the same bytes when built again", async () => {
  const again = mkdtempSync(path.join(os.tmpdir(), "pptx-again-"));
  try {
    expect((await runMain(["build", DECKS[0]!.folder, "--no-pdf", "--pptx", "--out", again])).status).toBe(0);
    expect(readFileSync(path.join(again, DECKS[0]!.name, `${DECKS[0]!.name}.pptx`)).equals(readFileSync(pptxFile(DECKS[0]!.name)))).toBe(
      true,
    );
  } finally {
    rmSync(again, { recursive: true, force: true });
  }
});
