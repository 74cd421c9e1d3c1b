// What a reader sees of a Markdown field: the text of its words, without the markup ("**rất**" is
// "rất"), link addresses or image paths, which hold digits that are no number on the slide.
import type { Token } from "marked";
import { markdownLexer } from "../model/markdown-runs.ts";

const BLOCKS = new Set(["paragraph", "heading", "list_item", "code", "blockquote", "space", "hr", "table"]);

export function visibleText(markdown: string): string {
  return textOf(markdownLexer().lex(markdown)).replace(/\n+$/, "");
}

function textOf(tokens: Token[]): string {
  let out = "";
  for (const token of tokens) {
    if (token.type === "image" || token.type === "html") continue;
    const t = token as Token & {
      tokens?: Token[];
      items?: Token[];
      header?: { tokens: Token[] }[];
      rows?: { tokens: Token[] }[][];
      text?: string;
    };
    if (t.type === "table") {
      for (const row of [t.header ?? [], ...(t.rows ?? [])]) out += `${row.map((cell) => textOf(cell.tokens)).join("\n")}\n`;
      continue;
    }
    const children = t.tokens ?? t.items;
    if (children) out += textOf(children);
    else if (t.type !== "space" && t.type !== "hr" && t.type !== "br") out += t.text ?? "";
    else if (t.type === "br") out += "\n";
    if (BLOCKS.has(t.type) || t.type === "list") out += "\n";
  }
  return out;
}
