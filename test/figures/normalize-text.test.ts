import { describe, expect, it } from "vitest";
import { normalizeText } from "../../scripts/figures/normalize-text.ts";

describe("normalizeText", () => {
  it("composes to NFC", () => {
    const nfd = "gia\u0309m"; // "giảm" with a combining hook above
    expect(nfd).not.toBe("giảm");
    expect(normalizeText(nfd)).toBe("giảm");
  });

  it("removes a BOM and stray zero-width no-break spaces without leaving a space", () => {
    expect(normalizeText("\uFEFFTin\uFEFFtức")).toBe("Tintức");
  });

  it("folds every run of white space to one ASCII space and trims", () => {
    expect(normalizeText("  giảm\u00A0612,47\u202Fđiểm\r\n\t(-3,07%)\u2028xuống  ")).toBe("giảm 612,47 điểm (-3,07%) xuống");
  });

  it("leaves other characters alone (quotes and dashes are compared as written)", () => {
    expect(normalizeText("“DeepSeek R1” – ‘bom tấn’")).toBe("“DeepSeek R1” – ‘bom tấn’");
  });
});
