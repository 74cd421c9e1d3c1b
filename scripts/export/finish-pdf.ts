// After Chromium prints: title/author/subject metadata, bookmarks from slide titles, and fixed
// dates (the briefing's date), so the same sources give the same bytes.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from "pdf-lib";

export interface PdfInfo {
  title: string;
  author?: string;
  subject: string;
  lang: string;
  /** ISO date (YYYY-MM-DD) stamped as creation and modification date. */
  date: string;
  /** One per slide, in order. */
  bookmarks: string[];
  /** Where each bookmark points: page i (the deck), or the heading that ends with it (the handout). */
  bookmarksAt?: "pages" | "headings";
}

export interface FinishedPdf {
  bytes: Uint8Array;
  /** The fonts the PDF embeds, without their subset prefix ("Inter-Bold"); "(Type 3)" for a font
   * Chromium drew as glyph outlines, which carries no name. */
  fonts: string[];
}

const OBJECTS_BETWEEN_YIELDS = 5000;

export async function finishPdf(printed: Uint8Array, info: PdfInfo): Promise<FinishedPdf> {
  // pdf-lib yields to the event loop every 100 objects it reads and 50 it writes, each time through a
  // timer: finishing the seed's tagged handout (975 objects) took 113–123 ms, 66–72 ms with a yield
  // every 5000 only. A 200-slide handout then holds the loop a few tenths of a second at most, not more.
  const pdf = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: OBJECTS_BETWEEN_YIELDS });
  const fonts = embeddedFonts(pdf);
  const stamp = new Date(`${info.date}T00:00:00Z`);
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) pdf.setAuthor(info.author);
  pdf.setSubject(info.subject);
  pdf.setLanguage(info.lang);
  pdf.setCreator("briefing-decks");
  pdf.setProducer("briefing-decks (Chromium, pdf-lib)");
  pdf.setCreationDate(stamp);
  pdf.setModificationDate(stamp);
  addOutline(pdf, info.bookmarks, info.bookmarksAt ?? "pages");
  stableStructureIds(pdf);
  return { bytes: await pdf.save({ useObjectStreams: false, objectsPerTick: OBJECTS_BETWEEN_YIELDS }), fonts };
}

/**
 * The tagged structure names table cells by the DOM node they were printed from ("node00000439"),
 * and a node's number depends on when the page made it: one build in two hundred numbered them
 * otherwise and gave other bytes. Renamed here in the structure's own order (node00000001, …), in the
 * elements, their header references and the ID tree, the same sources give the same bytes.
 */
function stableStructureIds(pdf: PDFDocument): void {
  const { context } = pdf;
  const root = pdf.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  if (!root) return;
  const renamed = new Map<string, string>();
  const elements: { ref: PDFRef; id: string }[] = [];
  const objects = context.enumerateIndirectObjects().sort(([a], [b]) => a.objectNumber - b.objectNumber);
  for (const [ref, object] of objects) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("StructElem")) continue;
    const id = object.get(PDFName.of("ID"));
    if (!(id instanceof PDFString || id instanceof PDFHexString)) continue;
    const stable = `node${String(elements.length + 1).padStart(8, "0")}`;
    renamed.set(id.decodeText(), stable);
    object.set(PDFName.of("ID"), PDFString.of(stable));
    elements.push({ ref, id: stable });
  }
  if (elements.length === 0) return;
  // A header cell is named by its id in each data cell's attributes.
  for (const [, object] of objects) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("StructElem")) continue;
    const attributes = object.get(PDFName.of("A"));
    for (const owner of attributes instanceof PDFArray ? attributes.asArray() : [attributes]) {
      const dict = owner instanceof PDFRef ? context.lookup(owner) : owner;
      const headers = dict instanceof PDFDict ? dict.get(PDFName.of("Headers")) : undefined;
      if (!(dict instanceof PDFDict) || !(headers instanceof PDFArray)) continue;
      const names = headers
        .asArray()
        .map((name) =>
          name instanceof PDFString || name instanceof PDFHexString
            ? PDFString.of(renamed.get(name.decodeText()) ?? name.decodeText())
            : name,
        );
      dict.set(PDFName.of("Headers"), context.obj(names));
    }
  }
  // The ID tree again, flat and sorted by the new names (its old nodes go: they hold the old ones).
  const dropTree = (node: PDFObject | undefined) => {
    if (!(node instanceof PDFRef)) return;
    const kids = context.lookupMaybe(node, PDFDict)?.get(PDFName.of("Kids"));
    if (kids instanceof PDFArray) for (const kid of kids.asArray()) dropTree(kid);
    context.delete(node);
  };
  dropTree(root.get(PDFName.of("IDTree")));
  const names = elements.flatMap(({ ref, id }) => [PDFString.of(id), ref]);
  root.set(PDFName.of("IDTree"), context.register(context.obj({ Names: names })));
}

/** Every font dictionary's name (the fonts of all pages: Chromium shares one object per face). */
function embeddedFonts(pdf: PDFDocument): string[] {
  const names = new Set<string>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of("Type")) !== PDFName.of("Font")) continue;
    const subtype = object.get(PDFName.of("Subtype"));
    if (subtype === PDFName.of("CIDFontType0") || subtype === PDFName.of("CIDFontType2")) continue; // the Type 0 font above it names it
    const base = object.get(PDFName.of("BaseFont"));
    names.add(base instanceof PDFName ? base.decodeText().replace(/^[A-Z]{6}\+/, "") : "(Type 3)");
  }
  return [...names].sort();
}

/**
 * A flat outline, one bookmark per title: page i for title i, or — when the layout decided the pages
 * (the handout) — wherever Chromium's own outline (printed with `outline: true`) found the heading
 * that ends with the title, in order.
 */
function addOutline(pdf: PDFDocument, titles: string[], at: "pages" | "headings"): void {
  const pages = pdf.getPages();
  const dests =
    at === "pages"
      ? titles.slice(0, pages.length).map((_, i) => pdf.context.obj([pages[i]!.ref, PDFName.of("Fit")]))
      : destsOfHeadings(pdf, titles);
  const count = dests.length;
  if (count === 0) return;
  const context = pdf.context;
  const outlineRef = context.nextRef();
  const itemRefs: PDFRef[] = Array.from({ length: count }, () => context.nextRef());
  itemRefs.forEach((ref, i) => {
    const item = context.obj({
      Title: PDFHexString.fromText(titles[i]!),
      Parent: outlineRef,
      Dest: dests[i]!,
      ...(i > 0 ? { Prev: itemRefs[i - 1]! } : {}),
      ...(i < count - 1 ? { Next: itemRefs[i + 1]! } : {}),
    });
    context.assign(ref, item);
  });
  context.assign(outlineRef, context.obj({ Type: "Outlines", First: itemRefs[0]!, Last: itemRefs[count - 1]!, Count: count }));
  pdf.catalog.set(PDFName.of("Outlines"), outlineRef);
  pdf.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

/** The destinations of Chromium's outline items whose titles end with each title, matched in order. */
function destsOfHeadings(pdf: PDFDocument, titles: string[]): PDFObject[] {
  const items: { title: string; dest: PDFObject }[] = [];
  const walk = (ref: PDFObject | undefined) => {
    for (let node = ref; node instanceof PDFRef; ) {
      const item = pdf.context.lookup(node, PDFDict);
      const title = item.get(PDFName.of("Title"));
      const dest = item.get(PDFName.of("Dest"));
      if ((title instanceof PDFHexString || title instanceof PDFString) && dest) items.push({ title: squash(title.decodeText()), dest });
      walk(item.get(PDFName.of("First")));
      node = item.get(PDFName.of("Next"));
    }
  };
  walk(pdf.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict)?.get(PDFName.of("First")));
  const dests: PDFObject[] = [];
  let next = 0;
  for (const title of titles) {
    const found = items.findIndex((item, i) => i >= next && item.title.endsWith(squash(title)));
    if (found < 0) break;
    dests.push(items[found]!.dest);
    next = found + 1;
  }
  return dests;
}

// Chromium's outline drops the space where a heading's line wrapped ("haichuỗi"): compared without any.
const squash = (text: string) => text.replace(/\s+/g, "");
