// The deck model's sanitized HTML (points, captions, notes, Markdown bodies) → PowerPoint text: runs
// with the emphasis the Markdown marked (bold, italic, struck, code, links), paragraphs and bullets.
// The model is read as it is; no Markdown is parsed again. htmlparser2 decodes entities ("&amp;lt;"
// is the text "&lt;"): the text nodes are the text.
import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import { pptxColor, type TextProps, type TextPropsOptions } from "./pptxgen.ts";

export type Run = TextProps;

/** Blocks of a Markdown body, in order: text, a table, an image. */
export type Block =
  | { kind: "text"; runs: Run[]; paragraphs: number; chars: number }
  | { kind: "table"; rows: Run[][][] }
  | { kind: "image"; src: string; width?: number; height?: number };

interface Style {
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  code?: boolean;
  link?: string;
  sup?: boolean;
  sub?: boolean;
}

export interface TextColors {
  ink: string;
  /** Bold text and links in the deck take the accent. */
  accent: string;
  /** A Markdown quote's text. */
  muted: string;
  /** Code's ground. */
  surface: string;
}

const isElement = (node: ChildNode): node is Element => node.type === "tag";

/** One line of inline HTML (a bullet, a caption) → runs, no paragraph break at its end. */
export function inlineRuns(html: string, colors: TextColors): Run[] {
  return runsOf(parseDocument(html).children, {}, colors);
}

function runsOf(nodes: ChildNode[], style: Style, colors: TextColors): Run[] {
  return nodes.flatMap((node): Run[] => {
    if (node.type === "text") return node.data === "" ? [] : [run(node.data, style, colors)];
    if (!isElement(node)) return [];
    const tag = node.name;
    if (tag === "br") return [{ text: "", options: { breakLine: true } }];
    if (tag === "img") return node.attribs.alt ? [run(node.attribs.alt, style, colors)] : [];
    const inner: Style = {
      ...style,
      bold: style.bold || tag === "strong" || tag === "b",
      italic: style.italic || tag === "em" || tag === "i",
      strike: style.strike || tag === "s" || tag === "del",
      code: style.code || tag === "code",
      sup: style.sup || tag === "sup",
      sub: style.sub || tag === "sub",
      link: tag === "a" && node.attribs.href ? node.attribs.href : style.link,
    };
    return runsOf(node.children, inner, colors);
  });
}

function run(text: string, style: Style, colors: TextColors): Run {
  const options: TextPropsOptions = {};
  if (style.bold) {
    options.bold = true;
    options.color = pptxColor(colors.accent);
  }
  if (style.italic) options.italic = true;
  if (style.strike) options.strike = "sngStrike";
  if (style.sup) options.superscript = true;
  if (style.sub) options.subscript = true;
  if (style.code) options.highlight = pptxColor(colors.surface);
  if (style.link) {
    options.hyperlink = { url: style.link };
    options.color = pptxColor(colors.accent);
  }
  return { text: tightSign(text), options };
}

/**
 * Block HTML → blocks: paragraphs, headings, quotes, code and lists as paragraphs of one text block
 * (lists with real bullets or numbers, nested ones indented), tables and images as their own blocks.
 */
export function blocksOf(html: string, colors: TextColors): Block[] {
  const blocks: Block[] = [];
  let text: Run[] = [];
  let paragraphs = 0;
  let chars = 0;
  const flush = () => {
    if (text.length > 0) blocks.push({ kind: "text", runs: text, paragraphs, chars });
    text = [];
    paragraphs = 0;
    chars = 0;
  };
  const paragraph = (runs: Run[], options: TextPropsOptions = {}) => {
    if (runs.length === 0) return;
    // The paragraph's options ride on its first run; the last run ends the line.
    runs[0] = { ...runs[0]!, options: { ...runs[0]!.options, ...options } };
    runs[runs.length - 1] = { ...runs[runs.length - 1]!, options: { ...runs[runs.length - 1]!.options, breakLine: true } };
    text.push(...runs);
    paragraphs++;
    chars += runs.reduce((n, r) => n + (r.text?.length ?? 0), 0);
  };
  const list = (element: Element, level: number) => {
    const numbered = element.name === "ol";
    for (const item of element.children.filter(isElement).filter((c) => c.name === "li")) {
      const own = item.children.filter((c) => !(isElement(c) && (c.name === "ul" || c.name === "ol")));
      // A loose list item wraps its text in <p>: its inline content is what the bullet holds.
      const inline = own.flatMap((c) => (isElement(c) && c.name === "p" ? c.children : [c]));
      paragraph(runsOf(inline, {}, colors), { bullet: numbered ? { type: "number" } : true, indentLevel: level });
      for (const nested of item.children.filter(isElement).filter((c) => c.name === "ul" || c.name === "ol")) list(nested, level + 1);
    }
  };
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === "text") {
        if (node.data.trim()) paragraph(runsOf([node], {}, colors));
        continue;
      }
      if (!isElement(node)) continue;
      switch (node.name) {
        case "ul":
        case "ol":
          list(node, 0);
          break;
        case "blockquote":
          for (const child of node.children.filter(isElement)) {
            paragraph(runsOf(child.name === "p" ? child.children : [child], { italic: false }, colors).map((r) => ({ ...r, options: { ...r.options, color: r.options?.color ?? pptxColor(colors.muted) } })), { indentLevel: 1 });
          }
          break;
        case "pre":
          paragraph(runsOf(node.children, { code: true }, colors));
          break;
        case "h3":
        case "h4":
        case "h5":
        case "h6":
          paragraph(runsOf(node.children, { bold: true }, colors));
          break;
        case "table":
          flush();
          blocks.push({ kind: "table", rows: tableRows(node, colors) });
          break;
        case "hr":
          break;
        case "p": {
          // A paragraph that is only an image is the image.
          const images = node.children.filter(isElement).filter((c) => c.name === "img");
          if (images.length > 0 && node.children.every((c) => (isElement(c) && c.name === "img") || (c.type === "text" && !c.data.trim()))) {
            flush();
            for (const image of images) blocks.push(imageBlock(image));
          } else {
            paragraph(runsOf(node.children, {}, colors));
          }
          break;
        }
        case "img":
          flush();
          blocks.push(imageBlock(node));
          break;
        default:
          paragraph(runsOf(node.children, {}, colors));
      }
    }
  };
  visit(parseDocument(html).children);
  flush();
  return blocks;
}

function imageBlock(image: Element): Block {
  const number = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined);
  return { kind: "image", src: image.attribs.src ?? "", width: number(image.attribs.width), height: number(image.attribs.height) };
}

function tableRows(table: Element, colors: TextColors): Run[][][] {
  const rows: Element[] = [];
  const collect = (element: Element) => {
    for (const child of element.children.filter(isElement)) {
      if (child.name === "tr") rows.push(child);
      else if (child.name === "thead" || child.name === "tbody") collect(child);
    }
  };
  collect(table);
  return rows.map((row) =>
    // A header cell is set bold by its table (in ink, as the deck's), not as emphasis (in the accent).
    row.children.filter(isElement).filter((c) => c.name === "th" || c.name === "td").map((cell) => runsOf(cell.children, {}, colors)),
  );
}

/** Speaker notes as PowerPoint keeps them: plain text, a paragraph a line, list items marked. */
export function plainText(html: string): string {
  const lines: string[] = [];
  const text = (nodes: ChildNode[]): string =>
    nodes.map((n) => (n.type === "text" ? n.data : isElement(n) ? (n.name === "br" ? "\n" : text(n.children)) : "")).join("");
  const visit = (nodes: ChildNode[], depth: number) => {
    for (const node of nodes) {
      if (node.type === "text") {
        if (node.data.trim()) lines.push(node.data.trim());
      } else if (isElement(node)) {
        if (node.name === "ul" || node.name === "ol") {
          node.children.filter(isElement).forEach((item, i) => {
            const own = item.children.filter((c) => !(isElement(c) && (c.name === "ul" || c.name === "ol")));
            lines.push(`${"  ".repeat(depth)}${node.name === "ol" ? `${i + 1}.` : "•"} ${text(own).trim()}`);
            visit(item.children.filter((c) => isElement(c) && (c.name === "ul" || c.name === "ol")), depth + 1);
          });
        } else if (node.name === "blockquote") {
          visit(node.children, depth);
        } else {
          lines.push(text(node.children).trim());
        }
      }
    }
  };
  visit(parseDocument(html).children, 0);
  return lines.filter((line) => line !== "").join("\n");
}

/**
 * A minus sign held to its digits: LibreOffice breaks a line after a hyphen-minus even before a digit
 * ("Tháng 10: -" / "7,45%"), so a word joiner (U+2060, invisible) follows each sign that starts a number.
 */
export function tightSign(text: string): string {
  return text.replace(/([-\u2212])(?=[\d\p{Sc}])/gu, "$1\u2060");
}
