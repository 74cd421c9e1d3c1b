import { describe, expect, it } from "vitest";
import { closestPassage } from "../../scripts/figures/closest-passage.ts";

const article = "Trong phiên giao dịch ngày 27/1, chỉ số Nasdaq Composite giảm 612,47 điểm (-3,07%) xuống còn 19.341,43 điểm.";

describe("closestPassage", () => {
  it("finds the span a mistyped quote was copied from, widened to whole words", () => {
    expect(closestPassage(article, "giảm 612,74 điểm")).toMatchObject({ text: "giảm 612,47 điểm", distance: 2 });
  });

  it("finds a quote typed without diacritics", () => {
    const passage = closestPassage(article, "chi so Nasdaq Composite giam");
    expect(passage?.text).toBe("chỉ số Nasdaq Composite giảm");
    expect(passage?.distance).toBe(3); // ỉ, ố, ả
  });

  it("prefers the whole passage to a shorter one with fewer edits", () => {
    const text = "Cụ thể, cổ phiếu Nvidia giảm gần 17%; cổ phiếu Tesla lao dốc 12%";
    expect(closestPassage(text, "Nvidia giảm 17%")?.text).toBe("Nvidia giảm gần 17%;");
    expect(closestPassage(text, "Tesla tăng 12%")?.text).toBe("Tesla lao dốc 12%");
  });

  it("offers nothing when no span has more in common with the quote than it differs", () => {
    expect(closestPassage(article, "the quick brown fox jumps")).toBeUndefined();
  });

  it("gives offsets into the text", () => {
    const passage = closestPassage(article, "xuong con");
    expect(passage && article.slice(passage.start, passage.end)).toBe("xuống còn");
  });

  it("has nothing to offer for an empty quote or text", () => {
    expect(closestPassage(article, "")).toBeUndefined();
    expect(closestPassage("", "x")).toBeUndefined();
  });

  it("stays fast on a 50 KB article", () => {
    const long = `${"Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(900)}${article}`;
    const start = performance.now();
    const passage = closestPassage(long, "Nasdaq Composite giam 612,47 diem (-3,07%) xuong con 19.341,43 diem");
    expect(passage?.text).toBe("Nasdaq Composite giảm 612,47 điểm (-3,07%) xuống còn 19.341,43 điểm.");
    // Generous for a slow CI machine; the quadratic-window approach takes seconds here.
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
