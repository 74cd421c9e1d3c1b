// Each layout's template, rendered from a fixture that uses every layout once, read as HTML.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { HTMLElement } from "node-html-parser";
import { FIXTURES, renderFixture, text } from "../helpers/render-fixture.ts";

let deck: HTMLElement;
let handout: HTMLElement;
let sections: HTMLElement[];

beforeAll(async () => {
  ({ deck, handout } = await renderFixture(path.join(FIXTURES, "good", "all-layouts")));
  sections = deck.querySelectorAll(".reveal .slides > section");
});

const slide = (layout: string) => sections.find((s) => s.getAttribute("data-layout") === layout)!;

describe("the deck page", () => {
  it("declares its language and a policy that allows no network", () => {
    expect(deck.querySelector("html")!.getAttribute("lang")).toBe("en");
    const csp = deck.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
  });
  it("has one section per slide, in order, each with its layout", () => {
    expect(sections.map((s) => s.getAttribute("data-layout"))).toEqual([
      "title",
      "section",
      "points",
      "stats",
      "chart",
      "chart",
      "compare",
      "quote",
      "markdown",
      "sources",
    ]);
  });
  it("loads nothing from outside: no src or href to another file", () => {
    const external = deck.querySelectorAll("[src], link[href]").map((e) => e.getAttribute("src") ?? e.getAttribute("href"));
    // A link to a place in the page itself (the render-blocking "expect" link) loads nothing.
    expect(external.filter((url) => !url!.startsWith("data:") && !url!.startsWith("#"))).toEqual([]);
  });
  it("draws nothing until the whole page is read: the render-blocking link names the body's last element, after every script", () => {
    const expect_ = deck.querySelector('link[rel="expect"][blocking="render"]')!;
    const body = deck.querySelector("body")!.childNodes.filter((node) => node.nodeType === 1) as HTMLElement[];
    expect(`#${body.at(-1)!.id}`).toBe(expect_.getAttribute("href"));
    expect(body.at(-2)!.tagName).toBe("SCRIPT");
  });
  it("keeps speaker notes in reveal's notes element, rendered from Markdown", () => {
    expect(text(slide("points").querySelector("aside.notes"))).toContain("Walk through each point.");
    expect(slide("points").querySelector("aside.notes li")).not.toBeNull();
  });
});

describe("layouts", () => {
  it("title: kicker, title, subtitle, author and the date in the deck's locale", () => {
    const s = slide("title");
    expect(text(s.querySelector(".kicker"))).toBe("TEST BRIEFING"); // capitals set by the model, for every writer
    expect(text(s.querySelector("h1"))).toBe("Harbour traffic — a short briefing");
    expect(text(s.querySelector(".deck-subtitle"))).toBe("Every layout of the format, once");
    expect(text(s.querySelector(".deck-byline"))).toBe("Test deskMarch 4, 2025");
  });
  it("section: title and subtitle", () => {
    expect(text(slide("section").querySelector("h2"))).toBe("The year in numbers");
    expect(text(slide("section").querySelector(".section-subtitle"))).toBe("What the report says");
  });
  it("points: Markdown bullets as fragments, and the figure beside them", () => {
    const s = slide("points");
    const items = s.querySelectorAll("ul.points > li");
    expect(items).toHaveLength(3);
    expect(items.every((li) => li.classList.contains("fragment"))).toBe(true);
    expect(items[0]!.querySelector("strong")?.textContent).toBe("grew");
    // {{costs}} prints the figure as the stats card does, punctuation and all, never as Markdown.
    expect(text(items[1]!)).toBe("Costs: -2.1%, while revenue rose");
    expect(items[2]!.querySelector("a")?.getAttribute("href")).toBe("https://example.org/harbour");
    expect(text(s.querySelector(".points-figure .figure-value"))).toBe("4.5%");
  });
  it("stats: each figure formatted, with its label, negative ones marked", () => {
    const figures = slide("stats").querySelectorAll(".figure");
    expect(figures.map((f) => text(f.querySelector(".figure-value")))).toEqual(["1,250,000", "4.5%", "$3.2 billion", "-2.1%"]);
    expect(text(figures[0]!.querySelector(".figure-label"))).toBe("Containers handled in 2024");
    expect(figures[3]!.classList.contains("tone-negative")).toBe(true);
    // The sign in a span of its own (set without tabular width), the only one on the slide.
    expect(
      slide("stats")
        .querySelectorAll(".sign")
        .map((sign) => sign.text),
    ).toEqual(["-"]);
    expect(figures[3]!.querySelector(".figure-value .sign")).not.toBeNull();
    expect(text(slide("stats").querySelector(".caption"))).toBe("All figures from the report.");
  });
  it("chart: a canvas in a sized frame, described in text", () => {
    const canvas = slide("chart").querySelector(".chart-frame canvas")!;
    expect(canvas.getAttribute("data-chart")).toBe("chart-5");
    expect(canvas.getAttribute("aria-label")).toBe("Growth on the year before: 4.5%; Costs: -2.1%");
  });
  it("compare: two sides with heading, figure and points", () => {
    const sides = slide("compare").querySelectorAll(".compare-side");
    expect(sides.map((s) => text(s.querySelector("h3")))).toEqual(["Revenue", "Costs"]);
    expect(sides.map((s) => text(s.querySelector(".figure-value")))).toEqual(["$3.2 billion", "-2.1%"]);
    expect(text(sides[1]!.querySelector("li"))).toBe("Down on the year");
  });
  it("quote: the words, who said them, their role and the context", () => {
    const s = slide("quote");
    expect(text(s.querySelector("blockquote"))).toBe("We expect another strong year");
    expect(text(s.querySelector("figcaption strong"))).toBe("The director");
    expect(text(s.querySelector(".quote-context"))).toBe("Report, March 2025");
  });
  it("markdown: free content rendered", () => {
    expect(slide("markdown").querySelectorAll(".markdown-body ol li").map(text)).toEqual(["one", "two"]);
  });
  it("sources: the article, every figure with its quote or calculation, unsourced chart data marked", () => {
    const s = slide("sources");
    expect(text(s.querySelector(".source-article"))).toContain("Harbour traffic report — Port Weekly");
    // The URL is a link that wraps after its slashes and before its dots, and reads (and copies) whole.
    const url = s.querySelector("a.source-url")!;
    expect(url.getAttribute("href")).toBe("https://example.org/harbour");
    expect(url.innerHTML).toBe("https://<wbr>example<wbr>.org/<wbr>harbour");
    expect(text(url)).toBe("https://example.org/harbour");
    // Column widths from the model, the same on every page.
    expect(s.querySelectorAll(".source-table col").map((c) => c.getAttribute("style"))).toHaveLength(3);
    const rows = s.querySelectorAll(".source-table tr");
    expect(rows.map((r) => text(r.querySelector("th")))).toEqual([
      "Containers handled in 2024",
      "Growth on the year before",
      "Revenue",
      "Costs",
      "Revenue per container",
      "Quarterly volume (author's data) — Containers (thousand)",
      "The author's own",
    ]);
    expect(text(rows[0]!.querySelector(".source-origin"))).toBe("“handled 1,250,000 containers”");
    expect(text(rows[4]!.querySelector(".source-origin"))).toBe("Calculated: Revenue ÷ Containers handled in 2024");
    expect(rows[5]!.classList.contains("source-unsourced")).toBe(true);
    // {{own: …}} on the quote slide: printed as written there, and listed here as the author's.
    expect(text(slide("quote").querySelector(".quote-context"))).toBe("Report, March 2025");
    expect(rows[6]!.classList.contains("source-own")).toBe(true);
    expect(text(rows[6]!.querySelector(".source-value"))).toBe("Report, March 2025");
    expect(text(rows[6]!.querySelector(".source-origin"))).toBe("Not from the article (Slide 8)");
  });
});

describe("the handout page", () => {
  it("has one page per slide, each with the slide and its notes", () => {
    const pages = handout.querySelectorAll(".handout-unit");
    expect(pages).toHaveLength(10);
    expect(text(pages[2]!.querySelector(".handout-notes"))).toContain("Walk through each point.");
    expect(pages[2]!.querySelector(".handout-slide .layout-points")).not.toBeNull();
    expect(text(pages[1]!.querySelector(".handout-empty"))).toBe("No notes for this slide.");
  });
});

describe("numbers where the author meant text or wrote an exponent", () => {
  it("keeps the decimals 45e-1 means (4.5, one decimal), and takes years as labels and titles", async () => {
    const { deck, model } = await renderFixture(path.join(FIXTURES, "good", "exponent-value"));
    expect(text(deck.querySelector(".figure-value"))).toBe("4.5%");
    expect(text(deck.querySelector(".layout-chart .slide-title"))).toBe("2024");
    expect(model.slides.flatMap((s) => (s.layout === "chart" ? s.plot.categories : []))).toEqual(["2023", "2024"]);
  });
});
