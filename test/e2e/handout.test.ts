// The handout kinds people print (2, 3, slides), each built by the real pipeline in the run's shared
// Chromium and read from the real PDF: a deck with long speaker notes (the seed) and one with none
// (charts-vi); pages filled to the kind's count, no slide split from its notes across a page break,
// the deck's title, date and "page / pages" on every page, a bookmark per slide, A4 unless the
// briefing asks for US Letter.
// What the pages must say is read from the briefing's own source (its briefing.yaml, parsed here),
// or written out below: never from the deck model the handout is printed from, which could not
// then be caught saying the wrong thing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";
import type { HandoutKind } from "../../scripts/model/handout-kinds.ts";
import { PROJECT } from "../helpers/cli.ts";
import { buildIn, runMain } from "../helpers/in-process.ts";
import { outlineTitles, pdfDocument, pdfPageTexts } from "../helpers/pdf.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";
import { sharedBrowser } from "../helpers/shared-browser.ts";

const out = mkdtempSync(path.join(os.tmpdir(), "briefing-handout-"));
const DECKS = {
  "deepseek-r1": path.join(PROJECT, "content", "deepseek-r1"),
  "charts-vi": path.join(FIXTURES, "good", "charts-vi"),
} as const;
type DeckName = keyof typeof DECKS;
const KINDS = ["2", "3", "slides"] as const;

/**
 * What the source does not say by itself, written out: the date as a Vietnamese reader reads it, and
 * the sources slide's title and how many pages its table takes (the layout's split, named in the
 * deck's outline as "TITLE (1/2)"…).
 */
const EXPECTED: Record<DeckName, { isoDate: string; dateText: string; sourcesTitle: string; sourcesPages: number }> = {
  "deepseek-r1": { isoDate: "2025-01-28", dateText: "ngày 28 tháng 1 năm 2025", sourcesTitle: "Nguồn và số liệu", sourcesPages: 2 },
  "charts-vi": { isoDate: "2024-09-04", dateText: "ngày 4 tháng 9 năm 2024", sourcesTitle: "Nguồn", sourcesPages: 3 },
};

interface SourceSlide {
  layout: string;
  title?: string;
  by?: string;
  notes?: string;
}
interface Source {
  title: string;
  date: string;
  slides: SourceSlide[];
}
/** The heading each slide is printed under, and the words of its notes, from briefing.yaml. */
interface ExpectedSlide {
  heading: string;
  notes: string[];
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
const sourceOf = (deck: DeckName) => parseYaml(readFileSync(path.join(DECKS[deck], "briefing.yaml"), "utf8")) as Source;

/** The notes' words as the reader sees them: emphasis, list marks and {{own: …}} around the author's words gone. */
const notesWords = (markdown: string) =>
  oneLine(
    markdown
      .replace(/\{\{\s*own:\s*([^}]*)\}\}/g, "$1")
      .replace(/\*\*|__/g, "")
      .replace(/^\s*(?:[-*+]|\d+\.)\s/gm, " "),
  ).split(" ");

/** Every slide of the deck in order, from the source: the title slide under the deck's title, a quote under its speaker, the sources slide split into its pages. */
function expectedSlides(deck: DeckName): ExpectedSlide[] {
  const source = sourceOf(deck);
  const { sourcesTitle, sourcesPages } = EXPECTED[deck];
  return source.slides.flatMap((slide): ExpectedSlide[] => {
    const notes = slide.notes ? notesWords(slide.notes) : [];
    if (slide.layout === "sources") {
      expect(slide.title ?? sourcesTitle).toBe(sourcesTitle);
      return Array.from({ length: sourcesPages }, (_, i) => ({
        heading: `${sourcesTitle} (${i + 1}/${sourcesPages})`,
        notes: i === 0 ? notes : [],
      }));
    }
    const heading = slide.layout === "title" ? source.title : slide.layout === "quote" ? slide.by : slide.title;
    return [{ heading: oneLine(heading!), notes }];
  });
}

/** Six words in a row at the start (or the end) of the notes, none of them a figure's {{mark}}, which the deck prints as the figure. */
function sixWords(words: string[], from: "start" | "end"): string {
  const runs = words.map((_, i) => words.slice(i, i + 6)).filter((run) => run.length === 6 && !run.join(" ").includes("{{"));
  return (from === "start" ? runs[0] : runs.at(-1))!.join(" ");
}

let session: BrowserSession;
const handoutOf = (kind: string, deck: string) => path.join(out, kind, deck, `${deck}-handout.pdf`);

beforeAll(async () => {
  session = await sharedBrowser();
  // Two at a time, as `npm run build` does on two cores: each print holds two tabs.
  const builds = KINDS.flatMap((kind) => (Object.keys(DECKS) as DeckName[]).map((deck) => ({ kind, deck })));
  const worker = async () => {
    for (let next = builds.shift(); next; next = builds.shift()) {
      const { kind, deck } = next;
      const built = await buildIn(DECKS[deck], session, { outDir: path.join(out, kind), handout: kind as HandoutKind });
      expect(built.files, `${deck} --handout ${kind}`).toContain(handoutOf(kind, deck));
    }
  };
  await Promise.all([worker(), worker()]);
}, 300_000);
afterAll(async () => {
  await session?.[Symbol.asyncDispose]();
  rmSync(out, { recursive: true, force: true });
});

describe("the source the pages are held to", () => {
  it.each(Object.keys(DECKS) as DeckName[])("%s: has the date written out above, and notes long enough to check", (deck) => {
    expect(String(sourceOf(deck).date)).toBe(EXPECTED[deck].isoDate);
    const slides = expectedSlides(deck);
    expect(new Set(slides.map((s) => s.heading)).size, "the headings tell the slides apart").toBe(slides.length);
    if (deck === "deepseek-r1") expect(slides.filter((s) => s.notes.length >= 8).length).toBeGreaterThanOrEqual(10);
    else expect(slides.every((s) => s.notes.length === 0)).toBe(true);
  });
});

describe.each(KINDS)("--handout %s", (kind) => {
  const perPage = kind === "slides" ? 6 : Number(kind);

  it.each(Object.keys(DECKS) as DeckName[])("%s: the title, the date and the page number on every page", async (deck) => {
    const file = handoutOf(kind, deck);
    const pdf = await pdfDocument(file);
    const title = oneLine(sourceOf(deck).title);
    const count = pdf.getPageCount();
    const pages = pdfPageTexts(file).map(oneLine);
    expect(pages).toHaveLength(count);
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain(title);
      expect(page, `page ${i + 1}`).toContain(EXPECTED[deck].dateText);
      expect(page, `page ${i + 1}`).toMatch(new RegExp(`\\b${i + 1} ?/ ?${count}\\b`));
    });
    for (const p of pdf.getPages()) expect([Math.round(p.getWidth()), Math.round(p.getHeight())]).toEqual([595, 842]);
  });

  it.each(Object.keys(DECKS) as DeckName[])("%s: every slide once, with the start and the end of its notes on its page", async (deck) => {
    const file = handoutOf(kind, deck);
    const pdf = await pdfDocument(file);
    const pages = pdfPageTexts(file).map(oneLine);
    const slides = expectedSlides(deck);
    const n = slides.length;
    slides.forEach((slide, i) => {
      const heading = kind === "slides" ? `${i + 1} ${slide.heading}` : `${i + 1}/${n} ${slide.heading}`;
      const on = pages.flatMap((page, p) => (page.includes(heading) ? [p] : []));
      expect(on, heading).toHaveLength(1);
      if (kind === "slides" || slide.notes.length < 8) return;
      expect(pages[on[0]!], `${heading}: its notes begin on its page`).toContain(sixWords(slide.notes, "start"));
      expect(pages[on[0]!], `${heading}: its notes end on its page`).toContain(sixWords(slide.notes, "end"));
    });
    expect(outlineTitles(pdf).map(oneLine)).toEqual(slides.map((s) => s.heading));
  });

  it("charts-vi, which has no notes: every page full, the kind's count to a page", async () => {
    const pdf = await pdfDocument(handoutOf(kind, "charts-vi"));
    expect(pdf.getPageCount()).toBe(Math.ceil(expectedSlides("charts-vi").length / perPage));
  });

  it("deepseek-r1, whose notes are long: never more than the kind's count to a page", async () => {
    const pdf = await pdfDocument(handoutOf(kind, "deepseek-r1"));
    const n = expectedSlides("deepseek-r1").length;
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(Math.ceil(n / perPage));
    expect(pdf.getPageCount()).toBeLessThanOrEqual(n);
  });
});

describe("a briefing that asks for its handout on US Letter", () => {
  it("is printed on Letter in the kind it asks for, and --handout overrides the kind", async () => {
    const folder = path.join(out, "src", "letter-vi");
    cpSync(DECKS["charts-vi"], folder, { recursive: true });
    const yaml = path.join(folder, "briefing.yaml");
    writeFileSync(yaml, readFileSync(yaml, "utf8").replace(/^lang: vi$/m, "lang: vi\nhandout: 3\npaper: letter"));
    const n = expectedSlides("charts-vi").length;
    // The override through the command line's own reading of --handout (in-process, in the shared
    // browser); beside it, the briefing's own ask through the pipeline alone (runMain takes the
    // process's output while it runs: one at a time).
    const [asked, overridden] = await Promise.all([
      buildIn(folder, session, { outDir: path.join(out, "letter") }),
      runMain(["build", folder, "--handout", "slides", "--out", path.join(out, "letter-slides")], session),
    ]);
    expect(asked.files).toContain(path.join(out, "letter", "letter-vi", "letter-vi-handout.pdf"));
    expect(overridden.stderr).toBe("");
    expect(overridden.status).toBe(0);
    const askedPdf = await pdfDocument(path.join(out, "letter", "letter-vi", "letter-vi-handout.pdf"));
    for (const p of askedPdf.getPages()) expect([Math.round(p.getWidth()), Math.round(p.getHeight())]).toEqual([612, 792]);
    expect(askedPdf.getPageCount()).toBe(Math.ceil(n / 3));
    const overriddenPdf = await pdfDocument(path.join(out, "letter-slides", "letter-vi", "letter-vi-handout.pdf"));
    for (const p of overriddenPdf.getPages()) expect([Math.round(p.getWidth()), Math.round(p.getHeight())]).toEqual([612, 792]);
    expect(overriddenPdf.getPageCount()).toBe(Math.ceil(n / 6));
  }, 120_000);

  it("a wrong --handout is a usage error (exit 2) naming the kinds, and so is --handout with --no-pdf", async () => {
    const run = await runMain(["build", DECKS["charts-vi"], "--handout", "4", "--out", path.join(out, "never")], session);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("notes, 2, 3, slides");
    const noPdf = await runMain(["build", DECKS["charts-vi"], "--handout", "3", "--no-pdf", "--out", path.join(out, "never")], session);
    expect(noPdf.status).toBe(2);
    expect(noPdf.stderr).toContain("--no-pdf");
  });
});
