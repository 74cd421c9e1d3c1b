// Text the theme's embedded font cannot draw. Chromium then takes a system font — or none, and the
// PDF shows empty boxes — with no error anywhere: a Japanese deck on a machine without a Japanese
// font prints as boxes. Chromium says which fonts drew each node's text (CSS.getPlatformFontsForNode);
// any that is not one of the page's own @font-face fonts is named in a warning.
import type { Page, Protocol } from "puppeteer";

/**
 * The fonts a printed PDF embeds that are not of the deck's families ("Inter" → "Inter-Bold" is,
 * "Noto Sans JP" → "NotoSansJP-Regular" is): the cheap first look. Only when there is one does fallbackFontWarnings ask the page which text
 * it drew with it (two CDP calls a text element, a few hundred a deck: a second of work saved on
 * every build that has nothing to report).
 */
export function foreignFonts(pdfFonts: string[], families: string[]): string[] {
  const prefixes = families.map((family) => family.replace(/\s+/g, ""));
  return pdfFonts.filter((font) => !prefixes.some((prefix) => font.startsWith(prefix)));
}

/**
 * `within`: a class of the element that holds the content (not reveal's own controls and overlays);
 * `families`: the deck's fonts (the theme's, its East Asian face); `show`: lays that content out, if
 * the page has another part on show, before the page is asked (only then: it costs a layout).
 */
export async function fallbackFontWarnings(
  page: Page,
  what: string,
  within: string,
  pdfFonts: string[],
  families: string[],
  show?: () => Promise<void>,
): Promise<string[]> {
  const foreign = foreignFonts(pdfFonts, families);
  if (foreign.length === 0) return [];
  await show?.();
  const cdp = await page.createCDPSession();
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const fallbacks = new Map<string, { glyphs: number; sample: string }>();
    // Asked all at once: one round trip each, not one after another.
    const holders = textHolders(root, within);
    const answers = await Promise.all(holders.map((node) => cdp.send("CSS.getPlatformFontsForNode", { nodeId: node.nodeId })));
    for (const [i, { fonts }] of answers.entries()) {
      const node = holders[i]!;
      for (const font of fonts.filter((f) => !f.isCustomFont)) {
        const seen = fallbacks.get(font.familyName);
        fallbacks.set(font.familyName, { glyphs: (seen?.glyphs ?? 0) + font.glyphCount, sample: seen?.sample ?? textOf(node) });
      }
    }
    // In the PDF, but in no text element the page can name (drawn by the page's chrome): said as is.
    if (fallbacks.size === 0)
      return [`${what}: the PDF embeds the font(s) ${foreign.join(", ")}, which are not the theme's; look at the PDF`];
    return [...fallbacks].map(
      ([family, { glyphs, sample }]) =>
        `${what}: ${glyphs} character(s) are not in the theme's font and are drawn in the system font "${family}" ` +
        `(e.g. «${sample}»): the PDF embeds it, but the deck needs it on the laptop that presents, and where no ` +
        "font has a character the page shows an empty box; look at the PDF, or choose a font that covers the language",
    );
  } finally {
    await cdp.detach();
  }
}

/** Elements with text of their own, inside an element of class `within`. */
function textHolders(root: Protocol.DOM.Node, within: string): Protocol.DOM.Node[] {
  const found: Protocol.DOM.Node[] = [];
  const visit = (node: Protocol.DOM.Node, inside: boolean) => {
    if (node.nodeName === "SCRIPT" || node.nodeName === "STYLE" || node.nodeName === "HEAD") return;
    const holds = inside || classesOf(node).includes(within);
    if (holds && node.children?.some((child) => child.nodeType === 3 && child.nodeValue.trim() !== "")) found.push(node);
    node.children?.forEach((child) => visit(child, holds));
  };
  visit(root, false);
  return found;
}

function classesOf(node: Protocol.DOM.Node): string[] {
  const attributes = node.attributes ?? [];
  const at = attributes.findIndex((name, i) => i % 2 === 0 && name === "class");
  return at < 0 ? [] : (attributes[at + 1] ?? "").split(/\s+/);
}

function textOf(node: Protocol.DOM.Node): string {
  const text = (node.children ?? [])
    .filter((c) => c.nodeType === 3)
    .map((c) => c.nodeValue)
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
