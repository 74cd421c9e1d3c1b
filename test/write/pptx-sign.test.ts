// The PowerPoint keeps every sign on the line of its digits (cards, sources, and all text from the slides' HTML): LibreOffice breaks after a
// hyphen-minus, even before a digit, so a word joiner follows each sign that starts a number.
import { describe, expect, it } from "vitest";
import { inlineRuns, tightSign } from "../../scripts/write/pptx/pptx-text.ts";
import { markdownReader } from "../../scripts/model/markdown-blocks.ts";

describe("tightSign", () => {
  it("joins the locale's sign to the number it starts, and nothing else", () => {
    expect(tightSign("-7,45%")).toBe("-\u20607,45%");
    expect(tightSign("Tháng 10: -7,45%")).toBe("Tháng 10: -\u20607,45%");
    expect(tightSign("\u22121,5")).toBe("\u2212\u20601,5"); // sv, fi, nb write U+2212
    expect(tightSign("-$1.5 billion")).toBe("-\u2060$1.5 billion");
    expect(tightSign("Schleswig-Holstein 2024-2025")).toBe("Schleswig-Holstein 2024-\u20602025");
    expect(tightSign("12%").length).toBe(3);
  });

  it("holds in every text the slides' HTML becomes: points, captions, notes", () => {
    const colors = { ink: "#000000", accent: "#0b5cab", muted: "#555555", surface: "#f3f5f8" };
    const reader = markdownReader({ hasImage: () => false, figureText: () => "-3,07%" });
    const runs = inlineRuns(reader.inline("Nasdaq mất **-3,07%** trong phiên"), colors);
    expect(runs.map((r) => r.text).join("")).toBe("Nasdaq mất -\u20603,07% trong phiên");
  });
});
