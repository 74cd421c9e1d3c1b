// The PowerPoint's numbers keep their sign on the line of their digits: LibreOffice breaks after a
// hyphen-minus, even before a digit, so a word joiner follows each sign that starts a number.
import { describe, expect, it } from "vitest";
import { tightSign } from "../../scripts/write/pptx/pptx-slides.ts";

describe("tightSign", () => {
  it("joins the locale's sign to the number it starts, and nothing else", () => {
    expect(tightSign("-7,45%")).toBe("-\u20607,45%");
    expect(tightSign("Tháng 10: -7,45%")).toBe("Tháng 10: -\u20607,45%");
    expect(tightSign("\u22121,5")).toBe("\u2212\u20601,5"); // sv, fi, nb write U+2212
    expect(tightSign("-$1.5 billion")).toBe("-\u2060$1.5 billion");
    expect(tightSign("Schleswig-Holstein 2024-2025")).toBe("Schleswig-Holstein 2024-\u20602025");
    expect(tightSign("12%").length).toBe(3);
  });
});
