// The sources slides' model: pages filled before the next starts, one set of column widths for all of
// them, a series' values as pieces a line breaks between.
import { describe, expect, it } from "vitest";
import type { Briefing, Figure } from "../../scripts/model/briefing.ts";
import { sourcesSlides } from "../../scripts/model/sources-view.ts";
import { uiStrings } from "../../scripts/format/ui-strings.ts";
import { textWidth } from "../../scripts/model/measure-text.ts";

const figure = (i: number, quote = `rose ${i}%`): Figure => ({
  id: `f${i}`,
  value: i,
  decimals: 0,
  unit: "%",
  label: `Figure ${i}`,
  approx: false,
  quote,
});
const briefing = (figures: Figure[], slides: Briefing["slides"] = [{ layout: "sources" }]): Briefing => ({
  name: "t",
  title: "T",
  date: "2025-01-01",
  lang: "en",
  theme: "light",
  source: { file: "a.md", title: "Report", lang: "en" },
  figures,
  slides,
});
const pagesOf = (b: Briefing) => sourcesSlides(b, "Sources", uiStrings("en"));

describe("the sources slides", () => {
  it("take a Korean, Japanese or Chinese character as a whole em, not a Latin letter's width", () => {
    // A Korean draft's 17 figures were paged as if its labels were Latin, and the table ran past the slide.
    expect(textWidth("기준금리", 10)).toBe(40);
    expect(textWidth("売上高", 10)).toBe(30);
    expect(textWidth("rate", 10)).toBeCloseTo(22.4);
    const rows = (label: string) => pagesOf(briefing(Array.from({ length: 17 }, (_, i) => ({ ...figure(i + 1), label }))))[0]!.rows.length;
    expect(rows("가".repeat(24))).toBeLessThan(rows("a".repeat(24)));
  });

  it("fill a page with short rows before starting the next (more than the seven a page they once had)", () => {
    const pages = pagesOf(briefing(Array.from({ length: 20 }, (_, i) => figure(i + 1))));
    expect(pages[0]!.rows.length).toBeGreaterThan(7);
    expect(pages.flatMap((p) => p.rows)).toHaveLength(20);
    expect(pages.map((p) => p.title)).toEqual(pages.map((_, i) => `Sources (${i + 1}/${pages.length})`));
  });

  it("give rows that wrap the room they take: fewer long rows fit a page than short ones", () => {
    const long = "rose by a great deal more than anyone had expected in the quarter, said the report ".repeat(2);
    const short = pagesOf(briefing(Array.from({ length: 12 }, (_, i) => figure(i + 1))));
    const tall = pagesOf(briefing(Array.from({ length: 12 }, (_, i) => figure(i + 1, long))));
    expect(tall[0]!.rows.length).toBeLessThan(short[0]!.rows.length);
  });

  it("keep one set of column widths on every page, the value column as wide as its longest piece", () => {
    const figures = Array.from({ length: 20 }, (_, i) => figure(i + 1));
    figures[15] = { ...figures[15]!, value: 1234567.89, decimals: 2, unit: "USD", scale: "billion" };
    const pages = pagesOf(briefing(figures));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.columns).toEqual(pages[0]!.columns);
    const [label, value, origin] = pages[0]!.columns;
    expect(label + value + origin).toBeCloseTo(1);
    expect(value).toBeGreaterThan(0.16); // "$1,234,567.89 billion" needs more than the old fixed 16%
  });

  it("break a series' values only between its labelled values", () => {
    const [page] = pagesOf(
      briefing(
        [],
        [
          {
            layout: "chart",
            title: "Volume",
            chart: { type: "bar", labels: ["Q1", "Q2"], series: [{ name: "Boxes", values: [-1.5, 2] }], unit: "USD", scale: "billion" },
          },
          { layout: "sources" },
        ],
      ),
    );
    expect(page!.rows[0]!.items).toEqual(["Q1: -$1.5 billion", "Q2: $2 billion"]);
    expect(page!.rows[0]!.wide).toBe(true);
  });
});

describe("the author's own words ({{own: …}})", () => {
  const ownRows = (b: Briefing) => pagesOf(b).flatMap((p) => p.rows.filter((r) => r.kind === "own"));

  it("are listed when the audience sees them on a slide, naming the slide", () => {
    const rows = ownRows(
      briefing(
        [figure(1)],
        [{ layout: "points", title: "Points", points: ["About {{own: two minutes}} of reading"] }, { layout: "sources" }],
      ),
    );
    expect(rows.map((r) => [r.items, r.origin])).toEqual([[["two minutes"], "Not from the article (Slide 1)"]]);
  });

  it("are not listed when they stand only in the speaker notes (a timing cue, a pointer to a paragraph)", () => {
    const rows = ownRows(
      briefing(
        [figure(1)],
        [
          {
            layout: "points",
            title: "Points",
            points: ["Traffic grew"],
            notes: "**Opening ({{own: 30 seconds}}):** from paragraph {{own: 3}}.",
          },
          { layout: "sources" },
        ],
      ),
    );
    expect(rows).toEqual([]);
  });
});
