// A long run of _ * ~ inside a line is read as the text it prints, escaped before marked sees it:
// marked's emphasis rules took seconds on one (quadratic), on every check and dev rebuild.
import { Lexer } from "marked";
import { describe, expect, it } from "vitest";
import { withPlainRuns } from "../../scripts/model/markdown-runs.ts";
import { visibleText } from "../../scripts/figures/visible-text.ts";

describe("withPlainRuns", () => {
  it("escapes a run of four or more inside a line, which then reads as itself", () => {
    expect(withPlainRuns("Name: ________")).toBe(`Name: ${"\\_".repeat(8)}`);
    expect(visibleText(`Sign here: ${"_".repeat(20)} and date`)).toBe(`Sign here: ${"_".repeat(20)} and date`);
    expect(visibleText(`Stars ${"*".repeat(6)} and tildes ${"~".repeat(5)}`)).toBe(`Stars ${"*".repeat(6)} and tildes ${"~".repeat(5)}`);
  });
  it("leaves emphasis, a thematic break and short runs as Markdown reads them", () => {
    for (const text of ["**bold** and _it_", "___both___", "____", "  ****", "- item", "* item\n* other"])
      expect(withPlainRuns(text)).toBe(text);
    expect(Lexer.lex(withPlainRuns("a\n\n____\n\nb")).some((token) => token.type === "hr")).toBe(true);
  });
  it("reads 20,000 underscores, the most a body may hold, as text", () => {
    const text = `Free content: ${"_".repeat(19_900)}`;
    expect(visibleText(text)).toBe(text);
  });
});
