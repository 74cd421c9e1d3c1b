// What every PowerPoint layout draws with: the slide's context, text options in the deck's type, a
// filled box, the slide's title and a figure's card. Sizes are the tokens the CSS reads.
import { officeLanguage } from "./office-language.ts";
import type { DeckModel, FigureView } from "../../model/deck.ts";
import { textWidth } from "../../model/measure-text.ts";
import { CONTENT_WIDTH, TOKENS } from "../../model/tokens.ts";
import { at, estimatedLines, LEFT, lineEnds, points, type Box } from "./geometry.ts";
import { tightSign, type TextColors } from "./pptx-text.ts";
import { pptxColor, type Presentation, type Slide, type TextPropsOptions } from "./pptxgen.ts";

export interface SlideContext {
  pres: Presentation;
  deck: DeckModel;
  colors: DeckModel["theme"]["colors"];
  font: string;
  textColors: TextColors;
}

export function rect(context: SlideContext, slide: Slide, box: Box, colour: string): void {
  slide.addShape(context.pres.ShapeType.rect, {
    ...at(box),
    fill: { color: pptxColor(colour) },
    line: { color: pptxColor(colour), width: 0 },
  });
}

export const base = (context: SlideContext, px: number, colour: string): TextPropsOptions => ({
  fontFace: context.font,
  lang: officeLanguage(context.deck.lang),
  rtlMode: context.deck.dir === "rtl",
  // A right-to-left paragraph starts at the right, as the page's text does.
  ...(context.deck.dir === "rtl" ? { align: "right" as const } : {}),
  fontSize: points(px),
  color: pptxColor(colour),
  margin: 0,
  valign: "top",
  fit: "shrink",
});

/** The name a slide's title shape is given: finish-pptx.ts makes it the slide's title placeholder. */
export const TITLE_SHAPE = "Title";

/** The slide's title; returns where the content below it starts. */
export function slideTitle(context: SlideContext, slide: Slide, title: string): number {
  const { size, line } = TOKENS.title;
  const h = Math.ceil(estimatedLines(title, size, CONTENT_WIDTH, 3) * size * line) + 6;
  slide.addText(title, {
    objectName: TITLE_SHAPE,
    // Said on the shape: a title placeholder otherwise takes the master's centred title style.
    align: lineEnds(context.deck.dir).start,
    ...at({ x: LEFT, y: TOKENS.pad.top, w: CONTENT_WIDTH, h }),
    ...base(context, size, context.colors.ink),
    bold: true,
    lineSpacingMultiple: 0.95,
  });
  return TOKENS.pad.top + h + TOKENS.gap;
}

export function figureCard(
  context: SlideContext,
  slide: Slide,
  figure: FigureView,
  box: Box,
  valuePx: number,
  labelPx: number,
  ground: string,
): void {
  const { colors } = context;
  const tone = figure.tone === "negative" ? colors.negative : colors.accent;
  rect(context, slide, box, ground);
  rect(context, slide, { x: box.x, y: box.y, w: TOKENS.figure.border, h: box.h }, tone);
  slide.addText(
    [
      {
        text: tightSign(figure.text),
        options: {
          fontSize: points(fittedValuePx(figure.text, valuePx, box.w - TOKENS.figure.inset)),
          bold: true,
          color: pptxColor(tone),
          breakLine: true,
        },
      },
      { text: figure.label, options: { fontSize: points(labelPx), color: pptxColor(colors.muted) } },
    ],
    {
      ...at({ x: box.x + 26, y: box.y + 14, w: box.w - TOKENS.figure.inset, h: box.h - 24 }),
      align: lineEnds(context.deck.dir).start,
      rtlMode: context.deck.dir === "rtl",
      fontFace: context.font,
      margin: 0,
      valign: "middle",
      fit: "shrink",
      paraSpaceBefore: 0,
    },
  );
}

/**
 * The figure's size on its card: a figure held together by no-break spaces (build-deck.ts) that would
 * run past the card is set smaller, as the deck's page shrinks it. PowerPoint and LibreOffice do not
 * shrink text when a file opens, and a viewer without Inter draws it wider (DejaVu Sans by about a
 * sixth): the room is measured with that margin. Never below half the size.
 */
function fittedValuePx(text: string, valuePx: number, room: number): number {
  if (/ /.test(text)) return valuePx; // it may wrap at its spaces
  const needed = textWidth(text, valuePx, "bold") * SUBSTITUTE_WIDER;
  return needed <= room ? valuePx : Math.max(valuePx / 2, Math.floor((valuePx * room) / needed));
}

/** How much wider a viewer's substitute for Inter may set the same text (DejaVu Sans: about a sixth). */
export const SUBSTITUTE_WIDER = 1.18;
