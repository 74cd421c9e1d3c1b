// The seed briefing end to end: built once for the run by the pipeline the CLI runs (global-setup.ts),
// opened from disk in the real Chromium, its PDFs read back. Nothing is mocked. Every expected value
// comes from the briefing's source, never from the deck model under test.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse as parseYaml } from "yaml";
import type { Browser, Page } from "puppeteer";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";
import { loadTheme } from "../../scripts/render/theme.ts";
import { PROJECT } from "../helpers/cli.ts";
import { countPixels, hexToRgb, outlineTitles, pdfDocument, pdfFonts, pdfImageSizes, pdfPageTexts } from "../helpers/pdf.ts";
import { sharedBrowser } from "../helpers/shared-browser.ts";

const NAME = "deepseek-r1";
const briefing = parseYaml(readFileSync(path.join(PROJECT, "content", NAME, "briefing.yaml"), "utf8")) as {
  title: string;
  subtitle: string;
  author: string;
  slides: { layout: string; title?: string; by?: string; notes?: string }[];
};
const slideTitles = briefing.slides.filter((s) => s.title).map((s) => s.title!);
// The article's figures as the Vietnamese deck must print them.
const FIGURES = ["-612,47", "-3,07%", "19.341,43", "17%", "-12%", "10%", "100.000 USD", "60 USD", "2,19 USD", "96,4%"];

const CHART_SLIDES = briefing.slides.filter((s) => s.layout === "chart").length;
const out = inject("builtDir");
let session: BrowserSession;
let browser: Browser;
const deckFile = () => path.join(out, NAME, "index.html");
const pdfFile = () => path.join(out, NAME, `${NAME}.pdf`);
const handoutFile = () => path.join(out, NAME, `${NAME}-handout.pdf`);
const oneLine = (s: string) => s.replace(/\s+/g, " ");

beforeAll(async () => {
  session = await sharedBrowser();
  browser = session.browser;
});

afterAll(async () => {
  await session?.[Symbol.asyncDispose]();
});

describe("npm run build -- content/deepseek-r1", () => {
  it("goes through every step, timed, with no warning", () => {
    const lines = inject("buildLog")
      .split("\n")
      .filter((line) => line.startsWith(`${NAME} `));
    // No slide's text runs past its frame, no chart label is cut, every glyph is in the font.
    expect(lines.filter((line) => line.includes(" warning "))).toEqual([]);
    const steps = lines.map((line) => line.split(" ")[1]);
    // The PowerPoint is written while Chromium prints: its line comes before or after the export's.
    expect(steps.filter((step) => step !== "pptx")).toEqual(["load", "validate", "check", "render", "write", "export", "publish"]);
    expect(steps.indexOf("pptx")).toBeGreaterThan(steps.indexOf("write"));
    expect(steps.indexOf("pptx")).toBeLessThan(steps.indexOf("publish"));
  });
});

describe("the deck, opened from disk", () => {
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    page = await session.newTab();
    await page.setViewport({ width: 1280, height: 720 });
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.goto(pathToFileURL(deckFile()).href, { waitUntil: "load" });
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
  });

  it("asks for nothing but its own file", () => {
    const own = pathToFileURL(deckFile()).href;
    expect(requests.filter((url) => url.split("#")[0] !== own && !url.startsWith("data:"))).toEqual([]);
  });

  it("has no page error and no console error", () => {
    expect(errors).toEqual([]);
  });

  it("is 16:9 at 1280×720 with slide numbers", async () => {
    const config = await page.evaluate(() => {
      const reveal = (window as unknown as { Reveal: { getConfig(): Record<string, unknown> } }).Reveal;
      return reveal.getConfig();
    });
    expect([config.width, config.height, config.slideNumber]).toEqual([1280, 720, "c/t"]);
  });

  it("shows every slide's title", async () => {
    const text = oneLine(await page.$eval(".reveal .slides", (el) => el.textContent ?? ""));
    for (const title of slideTitles) expect(text).toContain(oneLine(title));
  });

  it("sets each minus sign tight to its digits: the locale's sign, narrower than a tabular digit", async () => {
    // Measured on copies in the visible part of the page: only the current slide is laid out.
    const signs = await page.$$eval(".figure-value .sign, .source-value .sign", (spans) =>
      spans.map((sign) => {
        const copy = sign.parentElement!.cloneNode(true) as HTMLElement;
        Object.assign(copy.style, { position: "absolute", top: "0", left: "0", display: "block", width: "max-content" });
        document.querySelector(".reveal")!.append(copy);
        const signCopy = copy.querySelector(".sign")!;
        const value = copy.textContent;
        const digit = document.createElement("span");
        digit.textContent = "0";
        signCopy.after(digit);
        const widths = {
          value,
          text: signCopy.textContent,
          sign: signCopy.getBoundingClientRect().width,
          digit: digit.getBoundingClientRect().width,
        };
        copy.remove();
        return widths;
      }),
    );
    // The seed's falls: -612,47 điểm and -3,07% on a stats slide, and again on the sources slides.
    expect(signs.map((s) => s.value)).toEqual(expect.arrayContaining(["-612,47 điểm", "-3,07%"]));
    for (const s of signs) {
      expect(s.text).toBe(new Intl.NumberFormat("vi").formatToParts(-1).find((p) => p.type === "minusSign")!.value);
      expect(s.sign, s.value ?? "").toBeLessThan(s.digit * 0.75);
    }
  });

  it("draws every chart when its slide shows, with ink on the canvas", async () => {
    const chartSlides = await page.$$eval(".reveal .slides > section", (sections) =>
      sections.flatMap((s, i) => (s.querySelector("canvas[data-chart]") ? [i] : [])),
    );
    expect(chartSlides.length).toBe(CHART_SLIDES);
    for (const index of chartSlides) {
      await page.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), index);
      const selector = `.reveal .slides > section:nth-child(${index + 1}) canvas[data-drawn="true"]`;
      await page.waitForSelector(selector);
      const ink = await page.$eval(selector, (canvas) => {
        const c = canvas as HTMLCanvasElement;
        const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
        return { painted, total: data.length / 4, width: c.width };
      });
      expect(ink.width).toBeGreaterThan(1000);
      expect(ink.painted / ink.total).toBeGreaterThan(0.02);
    }
  });
});

describe("the deck PDF", () => {
  it("has one 16:9 page per slide", async () => {
    const pdf = await pdfDocument(pdfFile());
    // The slides as reveal.js sees them: the briefing's, with the sources slide continued on a second.
    const slides = parse(readFileSync(deckFile(), "utf8")).querySelectorAll(".reveal .slides > section");
    expect(slides.length).toBe(briefing.slides.length + 1);
    expect(pdf.getPageCount()).toBe(slides.length);
    for (const page of pdf.getPages()) {
      const { width, height } = page.getSize();
      expect(width / height).toBeCloseTo(16 / 9, 2);
    }
  });

  it("holds every figure of the article as selectable text", () => {
    const text = oneLine(pdfPageTexts(pdfFile()).join(" "));
    for (const figure of FIGURES) expect(text).toContain(figure);
  });

  it("has a bookmark per slide, named by the slide's title, and its metadata", async () => {
    const pdf = await pdfDocument(pdfFile());
    const titles = outlineTitles(pdf);
    expect(titles).toHaveLength(pdf.getPageCount());
    // A long sources list continues on further slides: "Nguồn (1/2)", "Nguồn (2/2)".
    for (const title of slideTitles)
      expect(
        titles.some((t) => t === title || t.startsWith(`${title} (`)),
        title,
      ).toBe(true);
    expect(pdf.getTitle()).toBe(briefing.title);
    expect(pdf.getAuthor()).toBe(briefing.author);
    expect(pdf.getSubject()).toBe(briefing.subtitle);
  });

  it("embeds only the deck's font, so every Vietnamese character is covered", () => {
    expect(pdfFonts(pdfFile()).every((name) => name.startsWith("Inter-"))).toBe(true);
  });

  it("has the charts drawn in the PDF itself: falls in the theme's negative color", () => {
    const negative = hexToRgb(loadTheme("light").colors.negative);
    const chartPage = briefing.slides.findIndex((s) => s.layout === "chart") + 1;
    // The sell-off chart's bars are the only large areas of the negative color on that page.
    expect(countPixels(pdfFile(), chartPage, negative)).toBeGreaterThan(1500);
    expect(countPixels(pdfFile(), 1, negative)).toBeLessThan(50);
  });
});

describe("the handout PDF", () => {
  it("prints each chart as vectors, as the deck does: no picture in either PDF, every value label text on its page", () => {
    // Drawn as pixels, each chart was a 2240×866 picture in the deck and a 1120×433 one in the handout.
    expect(pdfImageSizes(pdfFile())).toEqual([]);
    expect(pdfImageSizes(handoutFile())).toEqual([]);
    const html = readFileSync(deckFile(), "utf8");
    const data = JSON.parse(/<script type="application\/json" data-briefing="deck-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as {
      charts: Record<string, { valueLabels: string[][] }>;
    };
    const charts = Object.values(data.charts);
    expect(charts).toHaveLength(CHART_SLIDES);
    const squeeze = (text: string) => text.replace(/\s+/g, "");
    for (const file of [pdfFile(), handoutFile()]) {
      const pages = pdfPageTexts(file).map(squeeze);
      for (const chart of charts) {
        const labels = chart.valueLabels.flat().map(squeeze);
        expect(
          pages.some((page) => labels.every((label) => page.includes(label))),
          `${path.basename(file)}: ${labels.join(" ")}`,
        ).toBe(true);
      }
    }
  });

  it("is A4 with one page per slide", async () => {
    const pdf = await pdfDocument(handoutFile());
    const deck = await pdfDocument(pdfFile());
    expect(pdf.getPageCount()).toBe(deck.getPageCount());
    const { width, height } = pdf.getPage(0).getSize();
    expect(Math.round(width)).toBe(595);
    expect(Math.round(height)).toBe(842);
  });

  it("holds each slide's speaker notes", () => {
    const text = oneLine(pdfPageTexts(handoutFile()).join(" "));
    // {{own: …}} prints its words as written.
    const notes = briefing.slides
      .filter((s) => s.notes)
      .map((s) =>
        oneLine(s.notes!)
          .replace(/\{\{own: ([^}]*)\}\}/g, "$1")
          .replace(/[*_`>#-]/g, "")
          .trim()
          .slice(0, 40)
          .trim(),
      );
    expect(notes).toHaveLength(briefing.slides.length); // the seed has notes on every slide: each is looked for
    for (const start of notes) expect(text).toContain(start.split(" ").slice(0, 5).join(" "));
  });
});

describe("the speaker view (key S), offline", () => {
  it("opens in a window that shows the current slide's notes and the next slide", async () => {
    const page = await session.newTab();
    await page.goto(pathToFileURL(deckFile()).href);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
    const popupTarget = browser.waitForTarget((t) => t.opener() === page.target());
    await page.keyboard.press("s");
    const popup = (await (await popupTarget).page())!;
    const firstNotes = oneLine(await page.$eval(".reveal .slides > section aside.notes", (aside) => aside.textContent ?? ""))
      .trim()
      .slice(0, 30);
    expect(firstNotes.length).toBeGreaterThan(10);
    await popup.waitForFunction(
      (start) => document.querySelector(".speaker-controls-notes")?.textContent?.replace(/\s+/g, " ").includes(start),
      {},
      firstNotes,
    );
    const frames = popup
      .frames()
      .map((f) => f.url())
      .filter((url) => url.includes("receiver"));
    expect(frames).toHaveLength(2);
    await popup.close();
    await page.close();
  });
});
