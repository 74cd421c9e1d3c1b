// The deck model's runs and blocks → PowerPoint text: runs with the emphasis the Markdown marked
// (bold in the accent, italic, struck, code, links), paragraphs, real bullets and numbers, tables.
import type { Block, Inline, Run } from "../../model/deck.ts";
import { numberParts } from "../../format/number-sign.ts";
import { pptxColor, type TextProps, type TextPropsOptions } from "./pptxgen.ts";

export type PptxRun = TextProps;

export interface TextColors {
  ink: string;
  /** Bold text and links in the deck take the accent. */
  accent: string;
  /** A Markdown quote's text. */
  muted: string;
  /** Code's ground. */
  surface: string;
}

/** Blocks of a Markdown body as the PowerPoint draws them: text, a table, an image. */
export type PptxBlock =
  | { kind: "text"; runs: PptxRun[]; paragraphs: number; text: string }
  | { kind: "table"; header: PptxRun[][]; rows: PptxRun[][][] }
  | { kind: "image"; image: string; alt: string };

/**
 * A number's minus sign held to its digits (format/number-sign.ts): LibreOffice breaks a line after a
 * hyphen-minus even before a digit ("Tháng 10: -" / "7,45%"), so a word joiner (U+2060) follows it.
 */
export function tightSign(text: string): string {
  return numberParts(text)
    .map((part) => (part.sign ? `${part.text}\u2060` : part.text))
    .join("");
}

/** One line of inline text (a bullet, a caption) → runs, no paragraph break at its end. */
export function inlineRuns(runs: Inline, colors: TextColors): PptxRun[] {
  return runs.map((run) => pptxRun(run, colors));
}

function pptxRun(run: Run, colors: TextColors): PptxRun {
  if (run.lineBreak) return { text: "", options: { breakLine: true } };
  const options: TextPropsOptions = {};
  if (run.bold) {
    options.bold = true;
    options.color = pptxColor(colors.accent);
  }
  if (run.italic) options.italic = true;
  if (run.strike) options.strike = "sngStrike";
  if (run.sup) options.superscript = true;
  if (run.sub) options.subscript = true;
  if (run.code) options.highlight = pptxColor(colors.surface);
  if (run.link) {
    options.hyperlink = { url: run.link };
    options.color = pptxColor(colors.accent);
  }
  return { text: tightSign(run.text), options };
}

/**
 * Blocks → PowerPoint blocks: paragraphs, headings, quotes, code and lists as paragraphs of one text
 * block (lists with real bullets or numbers, nested ones indented), tables and images as their own.
 */
export function pptxBlocks(blocks: Block[], colors: TextColors): PptxBlock[] {
  const out: PptxBlock[] = [];
  let runs: PptxRun[] = [];
  let paragraphs = 0;
  let text = "";
  const flush = () => {
    if (runs.length > 0) out.push({ kind: "text", runs, paragraphs, text });
    runs = [];
    paragraphs = 0;
    text = "";
  };
  const paragraph = (line: PptxRun[], options: TextPropsOptions = {}) => {
    if (line.length === 0) return;
    // The paragraph's options ride on its first run; the last run ends the line.
    line[0] = { ...line[0]!, options: { ...line[0]!.options, ...options } };
    line[line.length - 1] = { ...line[line.length - 1]!, options: { ...line[line.length - 1]!.options, breakLine: true } };
    runs.push(...line);
    paragraphs++;
    text += `${line.map((r) => r.text ?? "").join("")}\n`;
  };
  const visit = (block: Block, quoted: boolean) => {
    const ink = (line: PptxRun[]) =>
      quoted ? line.map((r) => ({ ...r, options: { ...r.options, color: r.options?.color ?? pptxColor(colors.muted) } })) : line;
    switch (block.kind) {
      case "paragraph":
        paragraph(ink(inlineRuns(block.runs, colors)), quoted ? { indentLevel: 1 } : {});
        break;
      case "heading":
        paragraph(ink(block.runs.map((run) => pptxRun({ ...run, bold: true }, colors))));
        break;
      case "quote":
        for (const inner of block.blocks) visit(inner, true);
        break;
      case "code":
        paragraph([{ text: block.text, options: { highlight: pptxColor(colors.surface) } }]);
        break;
      case "list": {
        const list = (l: Extract<Block, { kind: "list" }>, level: number) => {
          for (const item of l.items) {
            paragraph(ink(inlineRuns(item.runs, colors)), {
              bullet: l.ordered ? { type: "number", numberStartAt: l.start } : true,
              indentLevel: level,
            });
            for (const nested of item.lists) list(nested, level + 1);
          }
        };
        list(block, 0);
        break;
      }
      case "table":
        flush();
        out.push({
          kind: "table",
          header: block.header.map((cell) => inlineRuns(cell, colors)),
          rows: block.rows.map((row) => row.map((cell) => inlineRuns(cell, colors))),
        });
        break;
      case "image":
        flush();
        out.push({ kind: "image", image: block.image, alt: block.alt });
        break;
      case "rule":
        break;
    }
  };
  for (const block of blocks) visit(block, false);
  flush();
  return out;
}
