// After Chromium prints: title/author/subject metadata, bookmarks from slide titles, and fixed
// dates (the briefing's date), so the same sources give the same bytes.
import { PDFDocument, PDFHexString, PDFName, type PDFRef } from "pdf-lib";

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

export async function finishPdf(printed: Uint8Array, info: PdfInfo): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(printed, { updateMetadata: false });
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
  return pdf.save({ useObjectStreams: false });
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
