// An SVG is a program as much as a picture: it may hold scripts, event handlers, links to other
// servers and <use> references that expand without bound (a billion copies from a few kilobytes).
// Read at load, once, for every writer: the deck shows it as an image (where no script runs), but
// the PowerPoint stores its bytes and a viewer may do more with them. Read as XML (htmlparser2),
// what is not drawing is taken out and the rest written back as it was (dom-serializer, XML mode:
// empty attributes, CDATA and namespaces kept, so Inkscape's and Illustrator's files stay valid);
// one that expands past any logo's needs, or nests without end, is refused.
import render from "dom-serializer";
import { type ChildNode, type Document, Element, isCDATA, isDirective, isTag, isText } from "domhandler";
import { decodeXML, encodeXML } from "entities";
import { parseDocument } from "htmlparser2";

/** Far above any logo or chart export (a few hundred elements, a few <use>s of icons). */
export const MAX_SVG_ELEMENTS = 100_000;
/** Groups in groups: exports nest a few levels, ten or twenty at most. */
export const MAX_SVG_DEPTH = 200;

const NOT_DRAWING = new Set(["script", "foreignobject", "iframe", "object", "embed", "audio", "video", "handler", "listener"]);
/** A reference that stays inside the file: a fragment, or a picture carried in it. */
const OWN_REFERENCE = /^\s*(?:#|data:image\/(?:png|jpe?g|gif|webp);)/i;

export type SvgReading = { ok: true; bytes: Buffer } | { ok: false; reason: string };

export function safeSvg(bytes: Buffer): SvgReading {
  const text = withEntitiesExpanded(bytes.toString("utf8"));
  if (text === undefined) return { ok: false, reason: "its document type declares entities that hold markup" };
  const document = parseDocument(text, { xmlMode: true, decodeEntities: false });
  const drawn = drawnElements(document);
  if (drawn === "too deep") return { ok: false, reason: `it nests elements more than ${MAX_SVG_DEPTH} deep` };
  if (drawn > MAX_SVG_ELEMENTS) {
    return {
      ok: false,
      reason: `it draws ${drawn === Infinity ? "endlessly many" : `about ${drawn.toLocaleString("en")}`} elements once its <use> references are expanded`,
    };
  }
  clean(document);
  return { ok: true, bytes: Buffer.from(render(document, { xmlMode: true, decodeEntities: false }), "utf8") };
}

/** An element's or attribute's name without its namespace prefix ("svg:script" → "script"), in lower case. */
const localName = (name: string) => name.slice(name.indexOf(":") + 1).toLowerCase();

/** Scripts and foreign content out; handlers, outside links and styles that reach outside taken off the rest. */
function clean(node: Document | Element): void {
  for (const child of [...node.children]) {
    if (isDirective(child) && /^!doctype/i.test(child.data)) removeNode(child); // its entities are expanded already
    if (!isTag(child)) continue;
    const name = localName(child.name);
    // An animation may set a link or a handler after load: <set attributeName="href" to="javascript:…">.
    const animates = /^(?:set|animate\w*)$/.test(name) && /^(?:on|.*href$)/i.test(localName(child.attribs.attributeName ?? ""));
    if (NOT_DRAWING.has(name) || animates) {
      removeNode(child);
      continue;
    }
    // Values as the XML reader will see them (entities decoded: "&#x6A;avascript:" is javascript:).
    for (const [attribute, raw] of Object.entries(child.attribs)) {
      const bare = localName(attribute);
      const value = decodeXML(raw);
      if (bare.startsWith("on") || ((bare === "href" || bare === "src") && !OWN_REFERENCE.test(value))) delete child.attribs[attribute];
      else if (/url\s*\(|@import|\\/i.test(value)) child.attribs[attribute] = encodeXML(ownStyle(value));
    }
    if (name === "style") {
      for (const part of child.children) {
        if (isText(part)) part.data = encodeXML(ownStyle(decodeXML(part.data)));
        // CDATA is read as written: no entities there.
        if (isCDATA(part)) for (const inner of part.children) if (isText(inner)) inner.data = ownStyle(inner.data).replace(/\]\]>/g, "");
      }
    } else clean(child);
  }
}

function removeNode(node: ChildNode): void {
  const siblings = node.parent?.children;
  if (siblings) siblings.splice(siblings.indexOf(node), 1);
}

/**
 * A style without imports or addresses outside the file (url(#gradient) and carried pictures stay).
 * CSS escapes are taken out first: "u\72l(" is url( to a browser.
 */
function ownStyle(css: string): string {
  return css
    .replace(/\\([0-9a-f]{1,6})\s?|\\(.)/gi, (_, hex: string | undefined, escaped: string | undefined) =>
      hex ? String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)) : (escaped ?? ""),
    )
    .replace(/@import[^;]*;?/gi, "")
    .replace(/url\(\s*(['"]?)(?!#|data:image\/)[^)]*\1\s*\)/gi, "none");
}

/**
 * Illustrator writes its namespaces as entities of the document type ("&ns_svg;"): they are put in
 * the text, and the document type goes. Undefined when an entity holds markup (it could carry a
 * script past every check).
 */
function withEntitiesExpanded(text: string): string | undefined {
  const doctype = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i.exec(text);
  if (!doctype) return text;
  const entities = new Map<string, string>();
  for (const [, name, value] of doctype[1]!.matchAll(/<!ENTITY\s+([\w.-]+)\s+(?:"([^"]*)"|'([^']*)')\s*>/g)) {
    if (/[<>&]/.test(value ?? "")) return undefined;
    entities.set(name!, value ?? "");
  }
  const body = text.slice(0, doctype.index) + text.slice(doctype.index + doctype[0].length);
  return body.replace(/&([\w.-]+);/g, (whole, name: string) => entities.get(name) ?? whole);
}

/**
 * How many elements the SVG draws with every <use> expanded: each element counts as itself and all
 * its descendants, a <use> as what it points to. A reference cycle is endless.
 */
function drawnElements(document: Document): number | "too deep" {
  const byId = new Map<string, Element>();
  let deepest = 0;
  const index = (node: Document | Element, depth: number) => {
    deepest = Math.max(deepest, depth);
    if (depth > MAX_SVG_DEPTH) return;
    for (const child of node.children) {
      if (!(child instanceof Element)) continue;
      if (child.attribs.id) byId.set(child.attribs.id, child);
      index(child, depth + 1);
    }
  };
  index(document, 0);
  if (deepest > MAX_SVG_DEPTH) return "too deep";
  const sizes = new Map<Element, number>();
  const visiting = new Set<Element>();
  const sizeOf = (node: Element): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    // A cycle, or a chain of references longer than any drawing has: endless for this purpose.
    if (visiting.has(node) || visiting.size > 2 * MAX_SVG_DEPTH) return Infinity;
    visiting.add(node);
    let size = 1;
    if (localName(node.name) === "use") {
      const reference = Object.entries(node.attribs).find(([name]) => localName(name) === "href")?.[1] ?? "";
      const target = reference.startsWith("#") ? byId.get(reference.slice(1)) : undefined;
      if (target) size += sizeOf(target);
    }
    for (const child of node.children) if (child instanceof Element) size += sizeOf(child);
    visiting.delete(node);
    // Capped: past the limit the exact number says nothing more, and the sums stay finite.
    const capped = size === Infinity ? Infinity : Math.min(size, MAX_SVG_ELEMENTS * 10);
    sizes.set(node, capped);
    return capped;
  };
  return document.children.reduce((sum, child) => sum + (child instanceof Element ? sizeOf(child) : 0), 0);
}
