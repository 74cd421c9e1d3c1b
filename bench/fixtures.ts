// What the bench builds besides the seed: the same slides as a Marp deck (for the peers), a long
// briefing made of the seed's own slides (200 slides, 60 charts), and twenty copies of the seed.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse as parseHtml } from "node-html-parser";
import { parse as parseYaml, stringify } from "yaml";

/**
 * The visible text of every slide of our built deck as Marp Markdown: same text, same slide count.
 * Charts become their title and caption (Marp draws none).
 */
export function marpDeck(deckHtmlFile: string): { markdown: string; slides: number } {
  const root = parseHtml(readFileSync(deckHtmlFile, "utf8"));
  const slides = root.querySelectorAll("section[data-title]").map((section) => {
    section.querySelectorAll("aside.notes, script, style, canvas").forEach((node) => node.remove());
    const title = section.getAttribute("data-title") ?? "";
    const lines = section
      .querySelectorAll("p, li, blockquote, figcaption, td, th, .figure-value, .figure-label, .kicker, .subtitle")
      .filter((node) => node.querySelector("p, li") === null)
      .map((node) => node.text.replace(/\s+/g, " ").trim())
      .filter((line) => line !== "" && line !== title);
    return [`# ${title}`, "", ...lines.map((line) => `- ${line.replace(/^[-*+#>]/, "\\$&")}`)].join("\n");
  });
  return { markdown: ["---", "marp: true", "size: 16:9", "---", "", slides.join("\n\n---\n\n"), ""].join("\n"), slides: slides.length };
}

interface Slide {
  layout: string;
  id?: string;
  [key: string]: unknown;
}

/**
 * The seed made long: its title slide, then its other slides over and over (every chart slide in
 * turn wherever a chart is due) to `slides` in all with `charts` charts, then its sources slide.
 */
export function longBriefing(seedFolder: string, into: string, slides: number, charts: number): string {
  const briefing = parseYaml(readFileSync(path.join(seedFolder, "briefing.yaml"), "utf8")) as { slides: Slide[] };
  const first = briefing.slides.find((s) => s.layout === "title")!;
  const last = briefing.slides.find((s) => s.layout === "sources")!;
  const chartSlides = briefing.slides.filter((s) => s.layout === "chart");
  const others = briefing.slides.filter((s) => !["title", "sources", "chart"].includes(s.layout));
  const middle: Slide[] = [];
  const between = slides - 2;
  for (let i = 0; i < between; i++) {
    // Charts spread evenly through the deck.
    const chartDue = Math.floor(((i + 1) * charts) / between) > Math.floor((i * charts) / between);
    const pool = chartDue ? chartSlides : others;
    const used = chartDue ? middle.filter((s) => s.layout === "chart").length : middle.filter((s) => s.layout !== "chart").length;
    const slide = structuredClone(pool[used % pool.length]!);
    if (slide.id) slide.id = `${slide.id}-${i + 1}`;
    middle.push(slide);
  }
  briefing.slides = [first, ...middle, last];
  cpSync(seedFolder, into, { recursive: true });
  writeFileSync(path.join(into, "briefing.yaml"), stringify(briefing, { lineWidth: 0 }));
  return into;
}

/** `count` copies of the seed, each its own briefing (seed-01 … seed-20). */
export function seedCopies(seedFolder: string, into: string, count: number): string[] {
  mkdirSync(into, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const folder = path.join(into, `seed-${String(i + 1).padStart(2, "0")}`);
    cpSync(seedFolder, folder, { recursive: true });
    return folder;
  });
}
