// The deck model's blocks as lines: a paragraph a line, list items marked, for text set line by line
// (the PowerPoint's notes pane keeps their emphasis; plainText drops it).
import type { Block, Inline } from "./deck.ts";

const inlineText = (runs: Inline): string => runs.map((run) => (run.lineBreak ? "\n" : run.text)).join("");

export function plainText(blocks: Block[]): string {
  return blockLines(blocks)
    .map((line) => inlineText(line).trim())
    .filter((line) => line !== "")
    .join("\n");
}

/**
 * The blocks as lines of runs, their emphasis kept: a list item after its mark ("•", "2."), a table
 * row's cells parted by tabs, an image by its alt text. Notes a writer sets line by line read so.
 */
export function blockLines(blocks: Block[]): Inline[] {
  const lines: Inline[] = [];
  const text = (value: string): Inline => [{ text: value }];
  const visit = (block: Block, depth: number) => {
    switch (block.kind) {
      case "paragraph":
      case "heading":
        lines.push(block.runs);
        break;
      case "quote":
        for (const inner of block.blocks) visit(inner, depth);
        break;
      case "code":
        lines.push(text(block.text));
        break;
      case "list":
        block.items.forEach((item, i) => {
          lines.push([{ text: `${"  ".repeat(depth)}${block.ordered ? `${block.start + i}.` : "•"} ` }, ...item.runs]);
          for (const nested of item.lists) visit(nested, depth + 1);
        });
        break;
      case "table":
        for (const row of [block.header, ...block.rows]) lines.push(text(row.map(inlineText).join("\t")));
        break;
      case "image":
        if (block.alt) lines.push(text(block.alt));
        break;
      case "rule":
        break;
    }
  };
  for (const block of blocks) visit(block, 0);
  return lines.filter((line) => inlineText(line).trim() !== "");
}
