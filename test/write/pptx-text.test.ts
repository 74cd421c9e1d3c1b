// Markdown read once into the model's runs and blocks, then mapped to PowerPoint text: the author's
// characters as typed (no entity read twice), the emphasis, real bullets with their levels, table
// cells, notes as plain lines. No HTML is parsed on the way.
import { describe, expect, it } from "vitest";
import { markdownReader } from "../../scripts/model/markdown-blocks.ts";
import { plainText } from "../../scripts/model/plain-text.ts";
import { inlineRuns, pptxBlocks } from "../../scripts/write/pptx/pptx-text.ts";

const colors = { ink: "#111111", accent: "#0a4f9c", muted: "#555555", surface: "#eeeeee" };
const texts = (runs: { text?: string }[]) => runs.map((r) => r.text).join("");
const reader = markdownReader({ hasImage: () => false, figureText: (id) => (id === "drop" ? "-3,07%" : id) });
const inline = (md: string) => inlineRuns(reader.inline(md), colors);

describe("Markdown to PowerPoint text", () => {
  it('keeps the author\'s text as typed: an escaped &lt; stays the text "&lt;", & stays &', () => {
    expect(texts(inline("a \\&lt; b & c &lt;d&gt;"))).toBe("a &lt; b & c <d>");
    expect(plainText(reader.blocks("Q&A &amp;amp; more"))).toBe("Q&A &amp; more");
  });

  it("marks bold in the accent, italic, links and code; a javascript: link is no link", () => {
    const runs = inline("x **b** *i* [l](https://e.org) `c` [j](javascript:alert(1))");
    expect(runs.find((r) => r.text === "b")?.options).toMatchObject({ bold: true, color: "0A4F9C" });
    expect(runs.find((r) => r.text === "i")?.options).toMatchObject({ italic: true });
    expect(runs.find((r) => r.text === "l")?.options).toMatchObject({ hyperlink: { url: "https://e.org" } });
    expect(runs.find((r) => r.text === "c")?.options).toMatchObject({ highlight: "EEEEEE" });
    expect(runs.find((r) => r.text === "j")?.options?.hyperlink).toBeUndefined();
  });

  it("reads the emphasis raw HTML means, and shows no script's text", () => {
    const runs = inline("H<sub>2</sub>O <b>bold</b> <script>alert(1)</script>end");
    expect(runs.find((r) => r.text === "2")?.options).toMatchObject({ subscript: true });
    expect(runs.find((r) => r.text === "bold")?.options).toMatchObject({ bold: true });
    expect(texts(runs)).toBe("H2O bold end");
  });

  it("prints a figure whole, its sign held to its digits", () => {
    expect(texts(inline("Nasdaq mất **{{drop}}** trong phiên"))).toBe("Nasdaq mất -\u20603,07% trong phiên");
  });

  it("gives lists real bullets, numbered lists numbers from their start, nested items a level", () => {
    const [block] = pptxBlocks(reader.blocks("- one\n  - inner\n\n3. third"), colors);
    expect(block?.kind).toBe("text");
    const runs = block?.kind === "text" ? block.runs : [];
    expect(runs.find((r) => r.text === "one")?.options).toMatchObject({ bullet: true, indentLevel: 0 });
    expect(runs.find((r) => r.text === "inner")?.options).toMatchObject({ bullet: true, indentLevel: 1 });
    expect(runs.find((r) => r.text === "third")?.options).toMatchObject({ bullet: { type: "number", numberStartAt: 3 } });
  });

  it("makes a table a table, its header cells in ink (set bold by the table), and notes plain lines", () => {
    const blocks = pptxBlocks(reader.blocks("| H |\n|---|\n| v |"), colors);
    expect(blocks.map((b) => b.kind)).toEqual(["table"]);
    const first = blocks[0];
    const rows = first?.kind === "table" ? [first.header, ...first.rows] : [];
    expect(rows.map((row) => row.map(texts))).toEqual([["H"], ["v"]]);
    expect(rows[0]![0]![0]!.options?.color).toBeUndefined();
    expect(plainText(reader.blocks("Say this.\n\n- a\n- b\n\n1. c"))).toBe("Say this.\n• a\n• b\n1. c");
  });
});
