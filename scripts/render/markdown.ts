// Markdown → safe HTML: marked renders, sanitize-html removes scripts, event handlers, javascript:
// links and remote resources. Images are replaced by the inlined copies the load stage read.
import { randomUUID } from "node:crypto";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { imagePath, type LoadedImage } from "../load/load-briefing.ts";

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "br", "strong", "b", "em", "i", "u", "s", "del", "mark", "sub", "sup", "small", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "img", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td", "span",
  ],
  allowedAttributes: { a: ["href", "title"], img: ["src", "alt", "title", "width", "height"], th: ["align"], td: ["align"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["data"] },
  allowProtocolRelative: false,
  // An image that is not an inlined copy would be a request leaving the deck: drop it.
  exclusiveFilter: (frame) => frame.tag === "img" && !String(frame.attribs.src ?? "").startsWith("data:"),
};

export type ImageMap = ReadonlyMap<string, LoadedImage>;

export interface MarkdownRenderer {
  /** Block Markdown (paragraphs, lists) → sanitized HTML. */
  block(markdown: string): string;
  /** One-line Markdown (a bullet, a caption) → sanitized inline HTML, without a wrapping <p>. */
  inline(markdown: string): string;
}

/**
 * One renderer for a deck's Markdown fields. Images (inline, <angle brackets>, or by reference) point
 * at short data: placeholders, which marked and the sanitizer pass through and which are filled with
 * the image's bytes afterwards: a photo's megabytes of base64 in marked's input would overflow its
 * stack. The placeholders carry a per-renderer nonce, so text cannot forge one; an image not in the
 * folder keeps its address and is dropped by the sanitizer.
 */
export function markdownRenderer(images: ImageMap): MarkdownRenderer {
  const nonce = randomUUID().replaceAll("-", "");
  const used: LoadedImage[] = [];
  const marked = new Marked({
    gfm: true,
    breaks: false,
    async: false,
    walkTokens(token) {
      if (token.type !== "image") return;
      const image = images.get(imagePath(token.href));
      if (!image) return;
      used.push(image);
      token.href = `data:${image.mime};base64,${nonce}${used.length - 1}`;
    },
  });
  const placeholder = new RegExp(`;base64,${nonce}(\\d+)`, "g");
  const fill = (html: string) =>
    html.replace(placeholder, (_, i: string) => `;base64,${used[Number(i)]!.bytes.toString("base64")}`);
  return {
    block: (markdown) => fill(sanitize(marked.parse(markdown) as string)),
    inline: (markdown) => fill(sanitize(marked.parseInline(markdown) as string)),
  };
}

function sanitize(html: string): string {
  return sanitizeHtml(html, {
    ...SANITIZE,
    transformTags: {
      // Links open outside the deck so a click in the meeting never navigates the presentation away.
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, target: "_blank", rel: "noopener noreferrer" } }),
    },
    allowedAttributes: { ...SANITIZE.allowedAttributes, a: ["href", "title", "target", "rel"] },
  });
}
