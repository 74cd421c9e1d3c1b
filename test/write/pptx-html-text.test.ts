// The model's sanitized HTML as PowerPoint text: the author's characters as typed (no entity read
// twice), the emphasis, real bullets with their levels, table cells, notes as plain lines.
import { describe, expect, it } from "vitest";
import { blocksOf, inlineRuns, plainText } from "../../scripts/write/pptx/html-text.ts";

const colors = { ink: "#111111", accent: "#0a4f9c", muted: "#555555", surface: "#eeeeee" };
const texts = (runs: { text?: string }[]) => runs.map((r) => r.text).join("");

describe("HTML to PowerPoint text", () => {
  it("keeps the author's text as typed: an escaped &lt; stays the text \"&lt;\", & stays &", () => {
    expect(texts(inlineRuns("a &amp;lt; b &amp; c &lt;d&gt;", colors))).toBe("a &lt; b & c <d>");
    expect(plainText("<p>Q&amp;A &amp;amp; more</p>")).toBe("Q&A &amp; more");
  });

  it("marks bold in the accent, italic, links and code", () => {
    const runs = inlineRuns('x <strong>b</strong> <em>i</em> <a href="https://e.org">l</a> <code>c</code>', colors);
    expect(runs.find((r) => r.text === "b")?.options).toMatchObject({ bold: true, color: "0A4F9C" });
    expect(runs.find((r) => r.text === "i")?.options).toMatchObject({ italic: true });
    expect(runs.find((r) => r.text === "l")?.options).toMatchObject({ hyperlink: { url: "https://e.org" } });
    expect(runs.find((r) => r.text === "c")?.options).toMatchObject({ highlight: "EEEEEE" });
  });

  it("gives lists real bullets, numbered lists numbers, nested items a level", () => {
    const [block] = blocksOf("<ul><li>one<ul><li>inner</li></ul></li></ul><ol><li>first</li></ol>", colors);
    expect(block?.kind).toBe("text");
    const runs = block?.kind === "text" ? block.runs : [];
    expect(runs.find((r) => r.text === "one")?.options).toMatchObject({ bullet: true, indentLevel: 0 });
    expect(runs.find((r) => r.text === "inner")?.options).toMatchObject({ bullet: true, indentLevel: 1 });
    expect(runs.find((r) => r.text === "first")?.options).toMatchObject({ bullet: { type: "number" } });
  });

  it("makes a table a table, its header cells in ink (set bold by the table), and notes plain lines", () => {
    const blocks = blocksOf("<table><thead><tr><th>H</th></tr></thead><tbody><tr><td>v</td></tr></tbody></table>", colors);
    expect(blocks.map((b) => b.kind)).toEqual(["table"]);
    const first = blocks[0];
    const rows = first?.kind === "table" ? first.rows : [];
    expect(rows.map((row) => row.map(texts))).toEqual([["H"], ["v"]]);
    expect(rows[0]![0]![0]!.options?.color).toBeUndefined();
    expect(plainText("<p>Say this.</p><ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>")).toBe("Say this.\n• a\n• b\n1. c");
  });
});
