// A Markdown field → the deck model's blocks and runs, read once with marked's lexer. Writers never
// see Markdown or HTML: the HTML writer renders these, the PowerPoint writer maps them. Raw HTML in
// the Markdown is read for the emphasis it means (<b>, <sub>, <br>…); every other tag is dropped and
// its text kept as text, so nothing the author types can become markup, a script or a request.
import type { Token, Tokens } from "marked";
import { markdownLexer } from "./markdown-runs.ts";
import { decodeHTML } from "entities";
import sanitizeHtml from "sanitize-html";
import type { Block, Inline, ListItem, Run } from "./deck.ts";
import { imagePath } from "./images.ts";

/** Marks a figure's place in the Markdown: private-use characters that Markdown gives no meaning. */
const OPEN = "\uE000";
const CLOSE = "\uE001";
const FIGURE_PLACE = new RegExp(`${OPEN}(\\d+)${CLOSE}`, "g");

export interface MarkdownReader {
  blocks(markdown: string): Block[];
  inline(markdown: string): Inline;
}

export interface MarkdownSources {
  /** Images of the briefing's folder, by path: an image the Markdown names that is not here is dropped. */
  hasImage(path: string): boolean;
  /** A figure mark `{{id}}`: the figure's text. `{{own: …}}` is the author's words, read as Markdown. */
  figureText(id: string): string;
}

type Style = Omit<Run, "text" | "lineBreak">;

/** Formatting tags the Markdown may hold as raw HTML, and what they mean. */
const TAG_STYLE: Record<string, keyof Style> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  s: "strike",
  del: "strike",
  strike: "strike",
  code: "code",
  sup: "sup",
  sub: "sub",
};
/** Tags whose content is no text a reader should see. */
const HIDDEN = new Set(["script", "style", "textarea", "noscript", "iframe", "object", "template", "title"]);

export function markdownReader(sources: MarkdownSources): MarkdownReader {
  const lexer = markdownLexer;
  // `{{id}}` and `{{own: …}}` are replaced before lexing; a figure by a placeholder that no Markdown
  // rule touches, so its text ("-3,1%", "2025.") is never read as syntax.
  const figures: string[] = [];
  const prepare = (markdown: string) =>
    markdown
      .replace(/[\uE000\uE001]/g, "")
      .replace(/\{\{\s*own\s*:\s*([\s\S]*?)\s*\}\}/gi, "$1")
      .replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, id: string) => `${OPEN}${figures.push(id) - 1}${CLOSE}`);
  const read = new TokenReader(sources, figures);
  return {
    blocks: (markdown) => read.blocks(lexer().lex(prepare(markdown))),
    inline: (markdown) => read.inline(lexer().inlineTokens(prepare(markdown)), {}),
  };
}

class TokenReader {
  constructor(
    private readonly sources: MarkdownSources,
    private readonly figures: string[],
  ) {}

  blocks(tokens: Token[]): Block[] {
    return tokens.flatMap((token): Block[] => {
      switch (token.type) {
        case "paragraph":
        case "text": {
          const t = token as Tokens.Paragraph | Tokens.Text;
          const runs = this.inline(t.tokens ?? [{ type: "text", raw: t.text, text: t.text }], {});
          // A paragraph that is only images is the images.
          const images = (t.tokens ?? []).filter((x) => x.type === "image");
          const onlyImages = images.length > 0 && (t.tokens ?? []).every((x) => x.type === "image" || (x.type === "text" && !x.raw.trim()));
          if (onlyImages) return images.flatMap((image) => this.image(image as Tokens.Image));
          return runs.length > 0 ? [{ kind: "paragraph", runs }] : [];
        }
        case "heading": {
          const t = token as Tokens.Heading;
          return [{ kind: "heading", level: t.depth, runs: this.inline(t.tokens, {}) }];
        }
        case "blockquote":
          return [{ kind: "quote", blocks: this.blocks((token as Tokens.Blockquote).tokens) }];
        case "code":
          return [{ kind: "code", text: (token as Tokens.Code).text }];
        case "list":
          return [this.list(token as Tokens.List)];
        case "table": {
          const t = token as Tokens.Table;
          return [
            {
              kind: "table",
              align: t.align,
              header: t.header.map((cell) => this.inline(cell.tokens, {})),
              rows: t.rows.map((row) => row.map((cell) => this.inline(cell.tokens, {}))),
            },
          ];
        }
        case "hr":
          return [{ kind: "rule" }];
        case "html": {
          const text = htmlText((token as Tokens.HTML).text).trim();
          return text ? [{ kind: "paragraph", runs: this.withFigures(text, {}) }] : [];
        }
        default:
          return [];
      }
    });
  }

  private list(token: Tokens.List): Extract<Block, { kind: "list" }> {
    const items = token.items.map((item): ListItem => {
      const inner = this.blocks(item.tokens);
      const lists = inner.filter((b): b is Extract<Block, { kind: "list" }> => b.kind === "list");
      const runs = inner
        .filter((b) => b.kind !== "list")
        .flatMap((b, i) => [...(i > 0 ? [{ text: "", lineBreak: true }] : []), ...blockRuns(b)]);
      return { runs, lists };
    });
    return { kind: "list", ordered: token.ordered, start: token.ordered && typeof token.start === "number" ? token.start : 1, items };
  }

  private image(token: Tokens.Image): Block[] {
    const path = imagePath(token.href);
    if (!this.sources.hasImage(path)) return [];
    return [{ kind: "image", image: path, alt: token.text, ...(token.title ? { title: token.title } : {}) }];
  }

  inline(tokens: Token[], style: Style): Inline {
    const runs: Run[] = [];
    let current = style;
    const hidden: string[] = [];
    for (const token of tokens) {
      if (hidden.length > 0) {
        if (token.type === "html" && closingTag(token.text) === hidden.at(-1)) hidden.pop();
        continue;
      }
      switch (token.type) {
        case "text":
        case "escape": {
          const t = token as Tokens.Text;
          runs.push(...(t.tokens ? this.inline(t.tokens, current) : this.withFigures(decodeHTML(t.text), current)));
          break;
        }
        case "strong":
        case "em":
        case "del": {
          const key = token.type === "strong" ? "bold" : token.type === "em" ? "italic" : "strike";
          runs.push(...this.inline((token as Tokens.Strong).tokens, { ...current, [key]: true }));
          break;
        }
        case "codespan":
          runs.push({ ...current, code: true, text: decodeHTML((token as Tokens.Codespan).text) });
          break;
        case "br":
          runs.push({ text: "", lineBreak: true });
          break;
        case "link": {
          const t = token as Tokens.Link;
          const link = safeLink(t.href);
          runs.push(...this.inline(t.tokens, link ? { ...current, link } : current));
          break;
        }
        case "image": {
          // An image inside a line is its words: a line of text holds no picture.
          const t = token as Tokens.Image;
          if (t.text) runs.push({ ...current, text: t.text });
          break;
        }
        case "html": {
          const tag = openingTag(token.text);
          const closing = closingTag(token.text);
          if (tag === "br") runs.push({ text: "", lineBreak: true });
          else if (tag && HIDDEN.has(tag) && !/\/>$/.test(token.text)) hidden.push(tag);
          else if (tag && TAG_STYLE[tag]) current = { ...current, [TAG_STYLE[tag]]: true };
          else if (closing && TAG_STYLE[closing]) current = { ...style, ...restyle(current, style, TAG_STYLE[closing]) };
          break;
        }
        default:
          if ("raw" in token && typeof token.raw === "string" && token.raw) runs.push(...this.withFigures(htmlText(token.raw), current));
      }
    }
    return mergeRuns(runs);
  }

  /** Text with the figures' places turned into figure runs. */
  withFigures(text: string, style: Style): Run[] {
    const runs: Run[] = [];
    let last = 0;
    for (const match of text.matchAll(FIGURE_PLACE)) {
      if (match.index > last) runs.push({ ...style, text: text.slice(last, match.index) });
      const id = this.figures[Number(match[1])]!;
      runs.push({ ...style, text: this.sources.figureText(id), figure: id });
      last = match.index + match[0].length;
    }
    if (last < text.length) runs.push({ ...style, text: text.slice(last) });
    return runs;
  }
}

/** A closing tag takes back only the style it names; the styles around it stay. */
function restyle(current: Style, outer: Style, key: keyof Style): Style {
  const next = { ...current };
  if (outer[key] === undefined) delete next[key];
  return next;
}

const openingTag = (html: string) => /^<([a-z][a-z0-9]*)\b/i.exec(html.trim())?.[1]?.toLowerCase();
const closingTag = (html: string) => /^<\/([a-z][a-z0-9]*)\s*>$/i.exec(html.trim())?.[1]?.toLowerCase();

/** Raw HTML's text: every tag dropped (and what scripts and styles hold), entities decoded. */
function htmlText(html: string): string {
  return decodeHTML(sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }));
}

/** Links leave the deck only to the web or mail; anything else (javascript:, data:, files) is no link. */
function safeLink(href: string): string | undefined {
  const trimmed = href.trim();
  return /^(https?:|mailto:)/i.test(trimmed) ? trimmed : undefined;
}

/** A block's text as runs (a list item's paragraphs, a quote's lines). */
function blockRuns(block: Block): Run[] {
  switch (block.kind) {
    case "paragraph":
    case "heading":
      return block.runs;
    case "code":
      return [{ text: block.text, code: true }];
    case "quote":
      return block.blocks.flatMap(blockRuns);
    case "image":
      return block.alt ? [{ text: block.alt }] : [];
    default:
      return [];
  }
}

/** Neighbouring runs of one style as one run: fewer pieces for every writer. */
function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && !last.figure && !run.figure && !last.lineBreak && !run.lineBreak && sameStyle(last, run)) last.text += run.text;
    else if (run.text !== "" || run.lineBreak) merged.push({ ...run });
  }
  return merged;
}

const STYLE_KEYS = ["bold", "italic", "strike", "code", "sup", "sub", "link"] as const;
const sameStyle = (a: Run, b: Run) => STYLE_KEYS.every((key) => a[key] === b[key]);
