// The PowerPoint writer: the deck model → NAME.pptx, 16:9, a slide per deck slide, everything
// editable (text boxes, shapes, tables, images, native charts holding the figures), speaker notes in
// PowerPoint's notes. No reading of the briefing: the same model the HTML is rendered from.
import type { DeckModel, Inline } from "../../model/deck.ts";
import { blockLines, plainText } from "../../model/plain-text.ts";
import { finishPptx } from "./finish-pptx.ts";
import { defineMasters, masterOf } from "./pptx-masters.ts";
import { drawSlide, type SlideContext } from "./pptx-slides.ts";
import type { ChartLabels } from "./native-chart.ts";
import { PptxGenJS } from "./pptxgen.ts";

export async function pptxBytes(deck: DeckModel): Promise<Buffer> {
  const pres = new PptxGenJS();
  pres.layout = "LAYOUT_WIDE"; // 13.333 × 7.5 in: the deck's 1280 × 720 px at 96 to the inch
  const font = deck.theme.font;
  pres.theme = { headFontFace: font, bodyFontFace: font };
  pres.title = deck.title;
  pres.subject = deck.subject;
  if (deck.author) pres.author = deck.author;
  pres.company = "";
  pres.rtlMode = deck.dir === "rtl";
  const colors = deck.theme.colors;
  const context: SlideContext = {
    pres,
    deck,
    colors,
    font,
    textColors: { ink: colors.ink, accent: colors.accent, muted: colors.muted, surface: colors.surface },
  };
  defineMasters(pres, deck);
  const charts: ChartLabels[] = [];
  const notes: Inline[][] = [];
  for (const view of deck.slides) {
    const slide = pres.addSlide({ masterName: masterOf(view) });
    charts.push(...drawSlide(context, slide, view));
    if (view.notes.length > 0) slide.addNotes(plainText(view.notes));
    notes.push(blockLines(view.notes));
  }
  const written = (await pres.write({ outputType: "nodebuffer" })) as Buffer;
  return finishPptx(
    written,
    {
      charts,
      notes,
      eastAsianFont: deck.theme.eastAsian?.family,
      complexScriptFont: deck.theme.complexScript?.family,
      rtl: deck.dir === "rtl",
    },
    deck.isoDate,
    deck.lang,
    colors.accent,
  );
}
