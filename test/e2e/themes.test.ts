// Every layout in both themes, with and without a brand: the Vietnamese layout fixture (long titles
// full of diacritics) built in-process as `build --png --strict` builds it, in the run's one browser
// (so a slide that overflows, a chart label cut or a missing glyph fails the build), then looked at
// in the real Chromium: each picture has content, each chart has ink, axe-core finds no serious or
// critical problem, the brand shows. Everything is built into a temp folder, removed at the end
// (set KEEP_THEMES=1 to keep it and look at the pictures).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { Page } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";
import type { BuildResult } from "../../scripts/pipeline.ts";
import { loadTheme } from "../../scripts/render/theme.ts";
import { CHART } from "../../scripts/runtime/page-contract.ts";
import { buildIn } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";
import { sharedBrowser } from "../helpers/shared-browser.ts";

const FIXTURE = path.join(FIXTURES, "good", "themes-vi");
let OUT: string;
let AGAIN: string;
const SLIDES = 12; // the fixture's 11 slides; its sources take two pages
const BRAND = { primary: "#0b5cab", accent: "#b8321f" };
const DARK_BRAND = { primary: "#7cc4ff", accent: "#ffb347" };
const FOOTER = "Nội bộ — không phát hành ra ngoài";

interface Variant {
  name: string;
  theme: "light" | "dark";
  brand?: { primary: string; accent: string };
}
const VARIANTS: Variant[] = [
  { name: "themes-light", theme: "light" },
  { name: "themes-dark", theme: "dark" },
  { name: "themes-light-brand", theme: "light", brand: BRAND },
  { name: "themes-dark-brand", theme: "dark", brand: DARK_BRAND },
];

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let sources: string;
let built: PromiseSettledResult<BuildResult>[];
let session: BrowserSession;
/** A blank page the pictures are decoded in (the decks' own pages refuse data: fetches). */
let decoder: Page;
const RTL = path.join(FIXTURES, "good", "charts-rtl");

/** The fixture with the variant's theme and brand written in, as an author would. */
function writeVariant(variant: Variant): string {
  const dir = path.join(sources, variant.name);
  cpSync(FIXTURE, dir, { recursive: true });
  const brand = variant.brand
    ? `brand:\n  primary: "${variant.brand.primary}"\n  accent: "${variant.brand.accent}"\n  logo: logo.svg\n  footer: ${FOOTER}\n`
    : "";
  const yaml = readFileSync(path.join(dir, "briefing.yaml"), "utf8").replace(/^lang: vi\n/m, `lang: vi\ntheme: ${variant.theme}\n${brand}`);
  writeFileSync(path.join(dir, "briefing.yaml"), yaml);
  return dir;
}

beforeAll(async () => {
  sources = mkdtempSync(path.join(os.tmpdir(), "themes-"));
  OUT = path.join(sources, "out");
  AGAIN = path.join(sources, "again");
  session = await sharedBrowser();
  // Two at a time, as `build --jobs 2` would on this machine's two cores.
  const folders = VARIANTS.map(writeVariant);
  // The PDF only for the first: its fonts are what the glyph check reads, and all four variants set
  // the same text in the same font (colours are what differ); overflow and chart labels are checked
  // on the pictured page of each.
  const build = (folder: string, i: number) => buildIn(folder, session, { outDir: OUT, pdf: i === 0, png: true, strict: true });
  // The right-to-left deck (6 slides), built twice, goes in the same batches: its pictures, and
  // that the second build's are the first's byte for byte, are checked below.
  const builds = [
    ...folders.map((folder, i) => () => build(folder, i)),
    () => buildIn(RTL, session, { outDir: OUT, pdf: false, png: true }),
    () => buildIn(RTL, session, { outDir: AGAIN, pdf: false, png: true }),
  ];
  built = [];
  for (let i = 0; i < builds.length; i += 2) built.push(...(await Promise.allSettled(builds.slice(i, i + 2).map((run) => run()))));
  decoder = await session.newTab();
}, 180_000);

afterAll(async () => {
  await decoder?.close();
  await session?.[Symbol.asyncDispose]();
  if (!process.env.KEEP_THEMES) rmSync(sources, { recursive: true, force: true });
});

const pictures = (variant: Variant) => readdirSync(path.join(OUT, variant.name, "slides")).sort();
const picture = (variant: Variant, file: string) => readFileSync(path.join(OUT, variant.name, "slides", file));
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

async function openPrintView(variant: Variant): Promise<Page> {
  const page = await session.newTab();
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(`${pathToFileURL(path.join(OUT, variant.name, "index.html")).href}?print-pdf`);
  await page.waitForSelector("html[data-ready]");
  return page;
}

/**
 * Share of a picture's pixels that stand apart from its most common colour (its ground): decoded
 * and counted in Chromium. A blank slide, or one of a single colour, has none.
 */
async function inkShares(page: Page, pngs: Buffer[]): Promise<{ all: number; body: number }[]> {
  return page.evaluate(
    async (sources: string[]) => {
      const shares = [];
      for (const src of sources) {
        const bitmap = await createImageBitmap(await (await fetch(src)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext("2d")!;
        context.drawImage(bitmap, 0, 0);
        const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
        const counts = new Map<number, number>();
        for (let i = 0; i < data.length; i += 4) {
          const rgb = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
          counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
        }
        const ground = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
        const [r, g, b] = [ground >> 16, (ground >> 8) & 255, ground & 255];
        let all = 0;
        let body = 0;
        // The body: above the footer line (y < 640 of 720), where each layout puts its content.
        const bodyEnd = Math.floor((bitmap.height * 640) / 720) * bitmap.width * 4;
        for (let i = 0; i < data.length; i += 4) {
          if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) > 60) {
            all++;
            if (i < bodyEnd) body++;
          }
        }
        shares.push({ all: all / (bitmap.width * bitmap.height), body: body / (bitmap.width * bitmap.height) });
      }
      return shares;
    },
    pngs.map((png) => `data:image/png;base64,${png.toString("base64")}`),
  );
}

describe("every layout in both themes, with and without a brand (--png --strict)", () => {
  it("builds with no warning: nothing overflows, no chart label is cut, every glyph is in the theme's font", () => {
    // --strict throws on any warning; a build that went through has none to report.
    const said = built.map((result) => (result.status === "fulfilled" ? result.value.warnings : String(result.reason)));
    expect(said).toEqual(built.map(() => []));
    expect(said).toHaveLength(VARIANTS.length + 2);
  });

  describe.each(VARIANTS)("$name", (variant) => {
    // One print view per variant, read by the checks below (axe-core adds only its own script).
    let page: Page;
    beforeAll(async () => {
      page = await openPrintView(variant);
    });
    afterAll(async () => {
      await page?.close();
    });

    it("writes one 1280×720 picture per PDF page, named in slide order, and the overview sheet", () => {
      const files = pictures(variant);
      expect(files).toEqual(Array.from({ length: SLIDES }, (_, i) => `${String(i + 1).padStart(2, "0")}.png`));
      for (const file of files) expect(pngSize(picture(variant, file))).toEqual({ width: 1280, height: 720 });
      const overview = pngSize(readFileSync(path.join(OUT, variant.name, `${variant.name}-overview.png`)));
      expect(overview.width).toBeGreaterThan(1280);
      expect(overview.height).toBeGreaterThan(600);
    });

    it("shows content on every slide, above the footer", async () => {
      const shares = await inkShares(
        decoder,
        pictures(variant).map((file) => picture(variant, file)),
      );
      // Every slide has text or a chart standing apart from its ground: at least 1% of its body.
      expect(shares.map((s, i) => `${i + 1}: ${s.body >= 0.01 ? "content" : `blank (${(s.body * 100).toFixed(2)}%)`}`)).toEqual(
        shares.map((_, i) => `${i + 1}: content`),
      );
    });

    it("draws every chart, in the theme's (or the brand's) first colour", async () => {
      // In print each chart is drawn as SVG: its filled shapes and their colours, as a canvas names them.
      const charts = await page.$$eval(`.chart-frame svg[${CHART.printed}]`, (svgs) => {
        const normal = document.createElement("canvas").getContext("2d")!;
        return svgs.map((svg) => {
          const fills = Array.from(svg.querySelectorAll("path, rect"))
            .map((shape) => shape.getAttribute("fill"))
            .filter((fill): fill is string => fill !== null && fill !== "none");
          return fills.map((fill) => {
            normal.fillStyle = fill;
            return normal.fillStyle;
          });
        });
      });
      expect(charts).toHaveLength(3);
      const first = await page.$eval('script[data-briefing="deck-data"]', (s) => {
        const data = JSON.parse(s.textContent!) as {
          charts: Record<string, { config: { data: { datasets: { data: number[]; backgroundColor: string | string[] }[] } } }>;
        };
        // The colour of each chart's first rise (a fall is drawn in the negative colour).
        return Object.values(data.charts).map((chart) => {
          const { data: values, backgroundColor } = chart.config.data.datasets[0]!;
          return [backgroundColor].flat()[
            Math.max(
              0,
              values.findIndex((v) => v >= 0),
            )
          ];
        });
      });
      const expected = variant.brand?.primary ?? loadTheme(variant.theme).series[0];
      expect(first).toEqual([expected, expected, expected]);
      // …and drawn in it: every chart fills shapes, and the first rise's colour is among them.
      for (const fills of charts) {
        expect(fills.length).toBeGreaterThan(2);
        expect(fills).toContain(expected!.toLowerCase());
      }
    });

    it("has no serious or critical accessibility violation (axe-core, text contrast included)", async () => {
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run(context: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
          }
        ).axe;
        const result = await axe.run(document);
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
      });
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    });

    it(
      variant.brand ? "shows the brand: the logo on the title slide and in every footer, the footer line on every slide" : "shows no brand",
      async () => {
        const seen = await page.$$eval("section[data-title] > .slide", (slides) =>
          slides.map((slide) => ({
            logo: [...slide.querySelectorAll(".title-logo, .footer-logo")].some(
              (logo) =>
                getComputedStyle(logo).backgroundImage.startsWith('url("data:image/svg+xml') && logo.getBoundingClientRect().width > 0,
            ),
            footer: slide.querySelector(".footer-brand")?.textContent ?? null,
          })),
        );
        expect(seen).toHaveLength(SLIDES);
        expect(seen).toEqual(seen.map(() => (variant.brand ? { logo: true, footer: FOOTER } : { logo: false, footer: null })));
      },
    );
  });

  it("pictures a right-to-left deck too (a capture beyond the viewport came out blank there)", async () => {
    const dir = path.join(OUT, "charts-rtl", "slides");
    const shares = await inkShares(
      decoder,
      readdirSync(dir)
        .sort()
        .map((file) => readFileSync(path.join(dir, file))),
    );
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.filter((s) => s.body < 0.01)).toEqual([]);
  });

  it("gives the same pictures, byte for byte, when built again (the right-to-left deck, built twice)", () => {
    const read = (dir: string) =>
      readdirSync(path.join(dir, "charts-rtl", "slides"))
        .sort()
        .map((file) => readFileSync(path.join(dir, "charts-rtl", "slides", file)));
    const first = read(OUT);
    const second = read(AGAIN);
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBe(first.length);
    second.forEach((png, i) => expect(png.equals(first[i]!), `slides/${String(i + 1).padStart(2, "0")}.png`).toBe(true));
    const overview = (dir: string) => readFileSync(path.join(dir, "charts-rtl", "charts-rtl-overview.png"));
    expect(overview(AGAIN).equals(overview(OUT))).toBe(true);
  });
});
