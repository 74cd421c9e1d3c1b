// After Chromium prints: title/author/subject metadata, bookmarks from slide titles, and fixed
// dates (the briefing's date), so the same sources give the same bytes.
import { PDFDict, PDFDocument, PDFHexString, PDFName, type PDFRef } from "pdf-lib";

export interface PdfInfo {
  title: string;
  author?: string;
  subject: string;
  lang: string;
  /** ISO date (YYYY-MM-DD) stamped as creation and modification date. */
  date: string;
  /** One per page, in order: the page's bookmark title. */
  bookmarks: string[];
}

export interface FinishedPdf {
  bytes: Uint8Array;
  /** The fonts the PDF embeds, without their subset prefix ("Inter-Bold"); "(Type 3)" for a font
   * Chromium drew as glyph outlines, which carries no name. */
  fonts: string[];
}

export async function finishPdf(printed: Uint8Array, info: PdfInfo): Promise<FinishedPdf> {
  const pdf = await PDFDocument.load(printed, { updateMetadata: false });
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
  addOutline(pdf, info.bookmarks);
  return { bytes: await pdf.save({ useObjectStreams: false }), fonts };
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

/** A flat outline: one bookmark per page, pointing at the whole page. */
function addOutline(pdf: PDFDocument, titles: string[]): void {
  const pages = pdf.getPages();
  const count = Math.min(titles.length, pages.length);
  if (count === 0) return;
  const context = pdf.context;
  const outlineRef = context.nextRef();
  const itemRefs: PDFRef[] = Array.from({ length: count }, () => context.nextRef());
  itemRefs.forEach((ref, i) => {
    const item = context.obj({
      Title: PDFHexString.fromText(titles[i]!),
      Parent: outlineRef,
      Dest: [pages[i]!.ref, PDFName.of("Fit")],
      ...(i > 0 ? { Prev: itemRefs[i - 1]! } : {}),
      ...(i < count - 1 ? { Next: itemRefs[i + 1]! } : {}),
    });
    context.assign(ref, item);
  });
  context.assign(outlineRef, context.obj({ Type: "Outlines", First: itemRefs[0]!, Last: itemRefs[count - 1]!, Count: count }));
  pdf.catalog.set(PDFName.of("Outlines"), outlineRef);
  pdf.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}
