// The deck model's text without its emphasis: speaker notes where only plain text is kept (the
// PowerPoint's notes pane), a paragraph a line and list items marked.
import type { Block, Inline } from "./deck.ts";

const inlineText = (runs: Inline): string => runs.map((run) => (run.lineBreak ? "\n" : run.text)).join("");

export function plainText(blocks: Block[]): string {
  const lines: string[] = [];
  const visit = (block: Block, depth: number) => {
    switch (block.kind) {
      case "paragraph":
      case "heading":
        lines.push(inlineText(block.runs).trim());
        break;
      case "quote":
        for (const inner of block.blocks) visit(inner, depth);
        break;
      case "code":
        lines.push(block.text);
        break;
      case "list":
        block.items.forEach((item, i) => {
          lines.push(`${"  ".repeat(depth)}${block.ordered ? `${block.start + i}.` : "•"} ${inlineText(item.runs).trim()}`);
          for (const nested of item.lists) visit(nested, depth + 1);
        });
        break;
      case "table":
        for (const row of [block.header, ...block.rows]) lines.push(row.map(inlineText).join("\t"));
        break;
      case "image":
        if (block.alt) lines.push(block.alt);
        break;
      case "rule":
        break;
    }
  };
  for (const block of blocks) visit(block, 0);
  return lines.filter((line) => line !== "").join("\n");
}
