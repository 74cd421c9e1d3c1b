// Markdown → safe HTML: marked renders, sanitize-html removes scripts, event handlers, javascript:
// links and remote resources. Images are replaced by the inlined copies the load stage read.
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

/** Block Markdown (paragraphs, lists) → sanitized HTML. */
export function renderMarkdown(markdown: string, images: ImageMap): string {
  const { marked, fill } = withImages(images);
  return fill(sanitize(marked.parse(markdown) as string));
}

/** One-line Markdown (a bullet, a caption) → sanitized inline HTML, without a wrapping <p>. */
export function renderInlineMarkdown(markdown: string, images: ImageMap): string {
  const { marked, fill } = withImages(images);
  return fill(sanitize(marked.parseInline(markdown) as string));
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

/**
 * A Markdown renderer whose images (inline, <angle brackets>, or by reference) point at short data:
 * placeholders, which marked and the sanitizer pass through and `fill` replaces with the image's
 * bytes: a photo's megabytes of base64 in marked's input would overflow its stack. An image not in
 * the folder keeps its address and is dropped by the sanitizer.
 */
function withImages(images: ImageMap): { marked: Marked; fill: (html: string) => string } {
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
      token.href = `data:${image.mime};base64,BRIEFINGIMAGE${used.length - 1}`;
    },
  });
  const fill = (html: string) =>
    html.replace(/;base64,BRIEFINGIMAGE(\d+)/g, (whole, i: string) => {
      const image = used[Number(i)];
      return image ? `;base64,${image.bytes.toString("base64")}` : whole;
    });
  return { marked, fill };
}
