// The handout's @page rule: paper, and the deck's words in the page margins, escaped so that no title
// can end the string or the style element.
import { describe, expect, it } from "vitest";
import { cssString, handoutPageCss } from "../../scripts/render/handout-page.ts";
import type { DeckModel } from "../../scripts/model/deck.ts";

const model = (over: Partial<DeckModel>) =>
  ({
    title: 'Q3 "flash" \\ </style><script>',
    dateText: "ngày 28 tháng 1 năm 2025",
    dir: "ltr",
    theme: { font: "Inter" },
    brand: {},
    handout: { kind: "notes", paper: "a4", sheets: [] },
    ...over,
  }) as unknown as DeckModel;

describe("the handout's page rule", () => {
  it("escapes the title: quotes, backslashes and angle brackets never leave the string", () => {
    const css = handoutPageCss(model({}));
    expect(css).not.toContain("</style>");
    expect(css).toContain(`content: ${cssString('Q3 "flash" \\ </style><script>')}`);
    expect(cssString('a"b\\c<d\ne')).toBe('"a\\22 b\\5c c\\3c d\\a e"');
  });

  it("sets the paper the briefing asks for", () => {
    expect(handoutPageCss(model({}))).toContain("size: A4 portrait");
    expect(handoutPageCss(model({ handout: { kind: 3, paper: "letter", sheets: [] } }))).toContain("size: letter portrait");
  });

  it("puts the title at the start of the line the deck reads: left in ltr, right in rtl, page numbers left to right", () => {
    expect(handoutPageCss(model({}))).toMatch(/@top-left \{ content: "Q3/);
    const rtl = handoutPageCss(model({ dir: "rtl" }));
    expect(rtl).toMatch(/@top-right \{ content: "Q3/);
    expect(rtl).toMatch(/@bottom-left \{ content: counter\(page\)[^}]*direction: ltr/);
  });

  it("prints the brand's line only when there is one", () => {
    expect(handoutPageCss(model({}))).not.toContain("@bottom-left");
    expect(handoutPageCss(model({ brand: { footer: "Nội bộ" } }))).toContain('@bottom-left { content: "Nội bộ"');
  });
});
