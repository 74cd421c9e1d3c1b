// An SVG is a program as much as a picture: it may hold scripts, event handlers, links to other
// servers and <use> references that expand without bound (a billion copies from a few kilobytes).
// Read at load, once, for every writer: the deck shows it as an image (where no script runs), but
// the PowerPoint stores its bytes and a viewer may do more with them. What is not drawing is taken
// out (sanitize-html, in XML mode); one that expands past any logo's needs is refused.
import { Parser } from "htmlparser2";
import sanitizeHtml from "sanitize-html";

/** Far above any logo or chart export (a few hundred elements, a few <use>s of icons). */
export const MAX_SVG_ELEMENTS = 100_000;
/** Groups in groups: exports nest a few levels, ten or twenty at most. */
export const MAX_SVG_DEPTH = 200;

const NOT_DRAWING = new Set(["script", "foreignobject", "iframe", "object", "embed", "audio", "video", "handler", "listener"]);
/** A reference that stays inside the file: a fragment, or an image carried in it. */
const OWN_REFERENCE = /^\s*(?:#|data:image\/(?:png|jpe?g|gif|webp);)/i;

export type SvgReading = { ok: true; bytes: Buffer } | { ok: false; reason: string };

export function safeSvg(bytes: Buffer): SvgReading {
  const text = bytes.toString("utf8");
  const drawn = drawnElements(text);
  if (drawn === "too deep") return { ok: false, reason: `it nests elements more than ${MAX_SVG_DEPTH} deep` };
  if (drawn > MAX_SVG_ELEMENTS) {
    return {
      ok: false,
      reason: `it draws ${drawn === Infinity ? "endlessly many" : `about ${drawn.toLocaleString("en")}`} elements once its <use> references are expanded`,
    };
  }
  const clean = sanitizeHtml(text, {
    parser: { xmlMode: true, lowerCaseTags: false, lowerCaseAttributeNames: false, recognizeSelfClosing: true },
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    // Links are judged by drawingAttributes (a fragment, or a picture carried in the file).
    allowedSchemes: ["data"],
    allowProtocolRelative: false,
    exclusiveFilter: (frame) => NOT_DRAWING.has(frame.tag.toLowerCase()),
    transformTags: {
      "*": (tagName, attribs) => ({ tagName, attribs: drawingAttributes(attribs) }),
      style: (tagName, attribs) => ({ tagName, attribs: drawingAttributes(attribs) }),
    },
  });
  // A <style>'s text is passed through as it is (sanitize-html filters no text of a style): cleaned here.
  const styled = clean.replace(
    /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi,
    (_, open: string, css: string, close: string) => open + ownStyle(css) + close,
  );
  return { ok: true, bytes: Buffer.from(styled, "utf8") };
}

/** Event handlers out, and every link or style that reaches outside the file. */
function drawingAttributes(attribs: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(attribs)) {
    const bare = name.toLowerCase();
    if (bare.startsWith("on")) continue;
    if ((bare === "href" || bare.endsWith(":href") || bare === "src") && !OWN_REFERENCE.test(value)) continue;
    kept[name] = bare === "style" ? ownStyle(value) : value;
  }
  return kept;
}

/** A style without imports or addresses outside the file (url(#gradient) stays). */
function ownStyle(css: string): string {
  return css.replace(/@import[^;]*;?/gi, "").replace(/url\(\s*(['"]?)(?!#|data:image\/)[^)]*\1\s*\)/gi, "none");
}

/**
 * How many elements the SVG draws with every <use> expanded: each element with an id counts as
 * itself and all its descendants, a <use> as what it points to. A reference cycle is endless.
 */
function drawnElements(text: string): number | "too deep" {
  interface Node {
    id?: string;
    uses: string[];
    size: number;
    children: Node[];
  }
  const root: Node = { uses: [], size: 0, children: [] };
  const stack: Node[] = [root];
  const byId = new Map<string, Node>();
  let tooDeep = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const node: Node = { id: attribs.id, uses: [], size: 1, children: [] };
        if (name.toLowerCase() === "use") {
          const reference = attribs.href ?? attribs["xlink:href"] ?? "";
          if (reference.startsWith("#")) node.uses.push(reference.slice(1));
        }
        stack.at(-1)!.children.push(node);
        if (node.id) byId.set(node.id, node);
        stack.push(node);
        if (stack.length > MAX_SVG_DEPTH + 1) tooDeep = true;
      },
      onclosetag() {
        stack.pop();
      },
    },
    { xmlMode: true },
  );
  parser.write(text);
  parser.end();
  // Counted by recursion below: a nesting this deep is refused before it.
  if (tooDeep) return "too deep";
  const sizes = new Map<Node, number>();
  const visiting = new Set<Node>();
  const sizeOf = (node: Node): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (visiting.has(node)) return Infinity;
    visiting.add(node);
    let size = node.size;
    for (const use of node.uses) {
      const target = byId.get(use);
      if (target) size += sizeOf(target);
    }
    for (const child of node.children) size += sizeOf(child);
    visiting.delete(node);
    // Capped: past the limit the exact number says nothing more, and the sums stay finite.
    const capped = Math.min(size, MAX_SVG_ELEMENTS * 10);
    sizes.set(node, size === Infinity ? Infinity : capped);
    return size === Infinity ? Infinity : capped;
  };
  return sizeOf(root);
}
