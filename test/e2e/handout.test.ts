// The handout kinds people print (notes, 2, 3, slides), each built by the real CLI and read from the
// real PDF: a deck with long speaker notes (the seed) and one with none (charts-vi); pages filled to
// the kind's count, no slide split from its notes across a page break, the deck's title, date and
// "page / pages" on every page, a bookmark per slide, A4 unless the briefing asks for US Letter.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderBriefing } from "../../scripts/pipeline.ts";
import type { DeckModel } from "../../scripts/model/deck.ts";
import { plainText } from "../../scripts/model/plain-text.ts";
import { runCli } from "../helpers/cli.ts";
import { outlineTitles, pdfDocument, pdfText } from "../helpers/pdf.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const out = mkdtempSync(path.join(os.tmpdir(), "briefing-handout-"));
const DECKS = { "deepseek-r1": "content/deepseek-r1", "charts-vi": path.join(FIXTURES, "good", "charts-vi") } as const;
type DeckName = keyof typeof DECKS;
const KINDS = ["2", "3", "slides"] as const;
const models = new Map<DeckName, DeckModel>();
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
const handoutOf = (kind: string, deck: string) => path.join(out, kind, deck, `${deck}-handout.pdf`);
const pagesOf = (file: string, count: number) => Array.from({ length: count }, (_, i) => oneLine(pdfText(file, i + 1)));
/** The notes' words, list marks aside. */
const notesText = (text: string) => oneLine(text.replace(/^\s*(?:•|\d+\.)\s/gm, " "));

beforeAll(async () => {
  for (const [name, folder] of Object.entries(DECKS)) models.set(name as DeckName, (await renderBriefing(folder, { step() {}, warn() {} })).model);
  for (const kind of KINDS) {
    const built = runCli(["build", ...Object.values(DECKS), "--handout", kind, "--out", path.join(out, kind)]);
    expect(built.stderr, kind).toBe("");
    expect(built.status, kind).toBe(0);
  }
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.each(KINDS)("--handout %s", (kind) => {
  const perPage = kind === "slides" ? 6 : Number(kind);

  it.each(Object.keys(DECKS) as DeckName[])("%s: the title, the date and the page number on every page", async (deck) => {
    const file = handoutOf(kind, deck);
    const pdf = await pdfDocument(file);
    const model = models.get(deck)!;
    const count = pdf.getPageCount();
    pagesOf(file, count).forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain(oneLine(model.title));
      expect(page, `page ${i + 1}`).toContain(model.dateText);
      expect(page, `page ${i + 1}`).toMatch(new RegExp(`\\b${i + 1} ?/ ?${count}\\b`));
    });
    for (const p of pdf.getPages()) expect([Math.round(p.getWidth()), Math.round(p.getHeight())]).toEqual([595, 842]);
  });

  it.each(Object.keys(DECKS) as DeckName[])("%s: every slide once, with the start and the end of its notes on its page", async (deck) => {
    const file = handoutOf(kind, deck);
    const model = models.get(deck)!;
    const pdf = await pdfDocument(file);
    const pages = pagesOf(file, pdf.getPageCount());
    const n = model.slides.length;
    for (const slide of model.slides) {
      const heading = kind === "slides" ? `${slide.number} ${oneLine(slide.outlineTitle)}` : `${slide.number}/${n} ${oneLine(slide.outlineTitle)}`;
      const on = pages.flatMap((page, i) => (page.includes(heading) ? [i] : []));
      expect(on, heading).toHaveLength(1);
      const notes = notesText(plainText(slide.notes)).split(" ");
      if (kind === "slides" || notes.length < 8) continue;
      expect(pages[on[0]!], `${heading}: its notes begin on its page`).toContain(notes.slice(0, 6).join(" "));
      expect(pages[on[0]!], `${heading}: its notes end on its page`).toContain(notes.slice(-6).join(" "));
    }
    expect(outlineTitles(pdf)).toHaveLength(n);
  });

  it("charts-vi, which has no notes: every page full, the kind's count to a page", async () => {
    const pdf = await pdfDocument(handoutOf(kind, "charts-vi"));
    expect(pdf.getPageCount()).toBe(Math.ceil(models.get("charts-vi")!.slides.length / perPage));
  });

  it("deepseek-r1, whose notes are long: never more than the kind's count to a page", async () => {
    const pdf = await pdfDocument(handoutOf(kind, "deepseek-r1"));
    const n = models.get("deepseek-r1")!.slides.length;
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
    expect(runCli(["build", folder, "--out", path.join(out, "letter")]).status).toBe(0);
    const asked = await pdfDocument(path.join(out, "letter", "letter-vi", "letter-vi-handout.pdf"));
    for (const p of asked.getPages()) expect([Math.round(p.getWidth()), Math.round(p.getHeight())]).toEqual([612, 792]);
    expect(asked.getPageCount()).toBe(Math.ceil(models.get("charts-vi")!.slides.length / 3));
    expect(runCli(["build", folder, "--handout", "slides", "--out", path.join(out, "letter-slides")]).status).toBe(0);
    const overridden = await pdfDocument(path.join(out, "letter-slides", "letter-vi", "letter-vi-handout.pdf"));
    expect(overridden.getPageCount()).toBe(Math.ceil(models.get("charts-vi")!.slides.length / 6));
  }, 120_000);

  it("a wrong --handout is a usage error (exit 2) naming the kinds, and so is --handout with --no-pdf", () => {
    const run = runCli(["build", DECKS["charts-vi"], "--handout", "4", "--out", path.join(out, "never")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("notes, 2, 3, slides");
    const noPdf = runCli(["build", DECKS["charts-vi"], "--handout", "3", "--no-pdf", "--out", path.join(out, "never")]);
    expect(noPdf.status).toBe(2);
    expect(noPdf.stderr).toContain("--no-pdf");
  });
});
