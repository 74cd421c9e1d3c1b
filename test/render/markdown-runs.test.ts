// A long run of _ * ~ inside a line is read as the text it prints, by an inline rule tried before
// marked's emphasis (which took seconds on one, quadratic, on every check and dev rebuild). Code,
// links and figure marks keep their runs as written, and a line of only the run is a thematic break.
import type { Token } from "marked";
import { describe, expect, it } from "vitest";
import { markdownLexer } from "../../scripts/model/markdown-runs.ts";
import { visibleText } from "../../scripts/figures/visible-text.ts";

const tokens = (markdown: string): Token[] => markdownLexer().lex(markdown);
const all = (list: Token[]): Token[] => list.flatMap((t) => [t, ...all(("tokens" in t && t.tokens) || [])]);

describe("runs of _ * ~", () => {
  it("read as the text they print", () => {
    expect(visibleText(`Sign here: ${"_".repeat(20)} and date`)).toBe(`Sign here: ${"_".repeat(20)} and date`);
    expect(visibleText(`Stars ${"*".repeat(6)} and tildes ${"~".repeat(5)}`)).toBe(`Stars ${"*".repeat(6)} and tildes ${"~".repeat(5)}`);
    const text = `Free content: ${"_".repeat(19_900)}`;
    expect(visibleText(text)).toBe(text);
  });
  it("stay as written in code, fenced blocks, URLs and figure marks", () => {
    const code = all(tokens("Use `PASS____WORD` here")).find((t) => t.type === "codespan");
    expect(code && "text" in code && code.text).toBe("PASS____WORD");
    const fence = tokens("```\nx = a____b\n```").find((t) => t.type === "code");
    expect(fence && "text" in fence && fence.text).toBe("x = a____b");
    const link = all(tokens("See http://x.org/b____c now")).find((t) => t.type === "link");
    expect(link && "href" in link && link.href).toBe("http://x.org/b____c");
    expect(visibleText("Growth {{q1____pct}} in Q1")).toBe("Growth {{q1____pct}} in Q1");
  });
  it("leave emphasis and a thematic break as Markdown reads them", () => {
    expect(all(tokens("**bold** and _it_ and ___both___")).filter((t) => t.type === "strong" || t.type === "em")).toHaveLength(4);
    expect(tokens("a\n\n____\n\nb").some((t) => t.type === "hr")).toBe(true);
  });
});

describe("a single tilde", () => {
  it("is a range, not strikethrough: two of them in a line struck out what stood between", () => {
    const line = "매출 성장률 3~4%, 영업이익률 7~8%";
    expect(all(tokens(line)).some((t) => t.type === "del")).toBe(false);
    expect(visibleText(line)).toBe(line);
    expect(visibleText("目標 4~5%、実績 3~4%")).toBe("目標 4~5%、実績 3~4%");
  });
  it("leaves two tildes to strike through", () => {
    const struck = all(tokens("a ~~withdrawn~~ figure")).find((t) => t.type === "del");
    expect(struck && "text" in struck && struck.text).toBe("withdrawn");
  });
});
