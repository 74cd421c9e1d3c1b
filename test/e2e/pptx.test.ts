// The editable PowerPoint, opened as a package: each chart's values and labels and the speaker
// notes of the seed decks (vi, en), the layout fixture and every chart type. LibreOffice reading the
// same files is test/process/pptx-libreoffice.test.ts.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMain } from "../helpers/in-process.ts";
import { applyNumberFormat } from "../helpers/number-format.ts";
import { buildPptxDecks, DECKS } from "../helpers/pptx-decks.ts";

const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

let built: Awaited<ReturnType<typeof buildPptxDecks>>;
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
const deckOf = (name: string) => built.deckOf(name);
const pptxFile = (name: string) => built.pptxFile(name);

beforeAll(async () => {
  built = await buildPptxDecks();
}, 180_000);

afterAll(() => rmSync(built.out, { recursive: true, force: true }));

describe("npm run build -- … --no-pdf --pptx", () => {
  it("exits 0, with the PowerPoint's own step line", () => {
    expect(built.build.stderr).toBe("");
    expect(built.build.status).toBe(0);
    for (const deck of DECKS) expect(built.build.stdout).toMatch(new RegExp(`${deck.name}\\s+pptx\\s+\\d+(\\.\\d+)? m?s`));
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
        // Each point's label is a number format (no fixed text), which prints the deck's label from the value.
        expect(ser).not.toContain("<c:tx><c:rich>");
        const formats = new Map(
          [...ser.matchAll(/<c:dLbl><c:idx val="(\d+)"\/><c:numFmt formatCode="([^"]*)"/g)].map((m) => [Number(m[1]), unescapeXml(m[2]!)]),
        );
        // Each point's value and its label, as the deck pairs them; in the deck's order, or reversed
        // where PowerPoint counts from the other end (horizontal bars, right-to-left decks).
        const pairs = values.map(([idx, v]) => `${applyNumberFormat(formats.get(idx) ?? "General", v, deck.lang)} = ${v}`);
        const expected = written[s]!.map((v, j) => `${plot.series[s]!.labels[j]} = ${v}`);
        const reversed = plot.type === "hbar" || (plot.rtl && plot.type !== "pie" && plot.type !== "doughnut");
        expect(pairs, `chart ${i + 1}, series ${s}`).toEqual(reversed ? [...expected].reverse() : expected);
        if (plot.type === "bar" || plot.type === "hbar") {
          // A fall's colour by rule, not a colour a point: an edited value takes the colour of its sign.
          expect(ser, `chart ${i + 1}`).not.toContain("<c:dPt>");
          expect(ser).toContain('<c:invertIfNegative val="1"/>');
          const fall = /<c14:invertSolidFillFmt>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/.exec(ser)?.[1];
          const written = plot.series[s]!;
          written.values.forEach((v, j) => {
            if (v < 0) expect(`#${fall}`.toLowerCase(), `chart ${i + 1}, point ${j}`).toBe(written.colors[j]!.toLowerCase());
          });
          expect(fall).toBeDefined();
        }
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

  it("keeps the notes' bold phrases bold, a paragraph a line", async () => {
    const zip = await JSZip.loadAsync(readFileSync(pptxFile(name)));
    const deck = deckOf(name);
    for (const [i, phrases] of deck.boldInNotes.entries()) {
      if (phrases.length === 0) continue;
      const rels = await zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`)!.async("string");
      const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)![1]!;
      const xml = await zip.file(`ppt/notesSlides/${target}`)!.async("string");
      const bold = oneLine(unescapeXml([...xml.matchAll(/<a:rPr [^>]*\bb="1"[^>]*\/><a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(" ")));
      for (const phrase of phrases) expect(bold, `slide ${i + 1}`).toContain(phrase);
    }
    if (name === "deepseek-r1") expect(deck.boldInNotes.flat().length).toBeGreaterThan(5);
  });

  it("stands each slide's title in its title placeholder, so the outline lists them (a quote's is its speaker)", async () => {
    const zip = await JSZip.loadAsync(readFileSync(pptxFile(name)));
    const deck = deckOf(name);
    const titles = await Promise.all(
      deck.titles.map(async (_, i) => {
        const xml = await zip.file(`ppt/slides/slide${i + 1}.xml`)!.async("string");
        const shape = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="title"\/>[\s\S]*?<\/p:sp>/.exec(xml)?.[0];
        return shape ? oneLine(unescapeXml([...shape.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(""))) : null;
      }),
    );
    expect(titles).toEqual(deck.titles);
  });

  it("puts the footer and the slide number on the slide layouts, not on each slide; the number is a field", async () => {
    const zip = await JSZip.loadAsync(readFileSync(pptxFile(name)));
    const deck = deckOf(name);
    const slides = await Promise.all(deck.titles.map((_, i) => zip.file(`ppt/slides/slide${i + 1}.xml`)!.async("string")));
    const layouts = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(deck.dateText.length).toBeGreaterThan(0);
    expect(layouts.some((xml) => xml.includes(`<a:t>${deck.dateText}</a:t>`))).toBe(true);
    slides.forEach((xml, i) => {
      expect(xml, `slide ${i + 1}`).not.toContain(`<a:t>${deck.dateText}</a:t>`);
      expect(xml, `slide ${i + 1}`).toMatch(/<a:fld [^>]*type="slidenum"/);
    });
  });

  it("stores each image once, and gives every chart and picture its alt text", async () => {
    const zip = await JSZip.loadAsync(readFileSync(pptxFile(name)));
    const media = Object.keys(zip.files).filter((f) => /^ppt\/media\/./.test(f));
    const contents = await Promise.all(media.map((f) => zip.file(f)!.async("base64")));
    expect(new Set(contents.map((c, i) => c + media[i]!.slice(media[i]!.lastIndexOf(".")))).size).toBe(media.length);
    for (const file of Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))) {
      const xml = await zip.file(file)!.async("string");
      for (const frame of xml.matchAll(/<p:(?:graphicFrame|pic)>[\s\S]*?<p:cNvPr [^>]*descr="([^"]*)"/g)) {
        expect(frame[1]!.length, file).toBeGreaterThan(0);
        expect(frame[1]).not.toMatch(/\.(png|svg|jpe?g)$/);
      }
    }
  });

  it("tags every run of the slides, their layouts and the notes in the deck's language, as Office names it", async () => {
    const zip = await JSZip.loadAsync(readFileSync(pptxFile(name)));
    const deck = deckOf(name);
    const culture = { vi: "vi-VN", en: "en-US" }[deck.lang];
    expect(culture, deck.lang).toBeDefined();
    for (const file of Object.keys(zip.files).filter((f) => /^ppt\/(slides|slideLayouts|notesSlides)\/[^/]+\.xml$/.test(f))) {
      const xml = await zip.file(file)!.async("string");
      const tags = [...new Set([...xml.matchAll(/\slang="([^"]*)"/g)].map((m) => m[1]))];
      if (tags.length > 0) expect(tags, file).toEqual([culture]);
    }
  });

  it("names no Latin face for East Asian text (pptxgenjs wrote Inter with a Chinese charset there)", async () => {
    const zip = await JSZip.loadAsync(readFileSync(pptxFile(name)));
    for (const file of Object.keys(zip.files).filter((f) => /^ppt\/(slides|slideLayouts|notesSlides)\/[^/]+\.xml$/.test(f))) {
      expect(await zip.file(file)!.async("string"), file).not.toMatch(/<a:ea typeface="Inter"/);
    }
  });

  it("draws every bullet in the deck's accent, as the deck's squares, whatever its first word's colour", async () => {
    const zip = await JSZip.loadAsync(readFileSync(pptxFile(name)));
    const accent = /--color-accent:\s*#([0-9a-fA-F]{6})/
      .exec(readFileSync(path.join(built.out, name, "index.html"), "utf8"))![1]!
      .toUpperCase();
    let bullets = 0;
    for (const file of Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))) {
      const xml = await zip.file(file)!.async("string");
      for (const bullet of xml.matchAll(/<a:pPr\b[^>]*>(?:(?!<\/a:pPr>)[\s\S])*?<a:buChar /g)) {
        bullets++;
        expect(bullet[0], file).toContain(`<a:buClr><a:srgbClr val="${accent}"/></a:buClr>`);
      }
    }
    if (name !== "charts-vi") expect(bullets).toBeGreaterThan(0);
  });

  it("keeps every slide's speaker notes in PowerPoint's notes", async () => {
    const zip = await JSZip.loadAsync(readFileSync(pptxFile(name)));
    const deck = deckOf(name);
    for (const [i, notes] of deck.notes.entries()) {
      if (!notes) continue;
      const rels = await zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`)!.async("string");
      const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)![1]!;
      const xml = await zip.file(`ppt/notesSlides/${target}`)!.async("string");
      // A paragraph's runs read on (a run may end mid-word), paragraphs parted by a space.
      const paragraphs = [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) =>
        [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(""),
      );
      const text = oneLine(unescapeXml(paragraphs.join(" ")));
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
