// The PowerPoint slide measured as the deck's: 1280×720 CSS pixels at 96 to the inch is 13.333×7.5 in,
// PowerPoint's 16:9. Positions are written in the deck's pixels (model/tokens.ts, the numbers the CSS
// reads) and converted here.
import { TOKENS } from "../../model/tokens.ts";
import { textLines } from "../../model/measure-text.ts";

export const inches = (px: number) => Math.round((px / 96) * 10000) / 10000;
export const points = (px: number) => Math.round(px * 0.75 * 10) / 10;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A box in pixels → pptxgenjs's position options, in inches. */
export const at = (box: Box) => ({ x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) });

/** Where a slide's content starts on the left. */
export const LEFT = TOKENS.pad.inline;

/**
 * Lines a text takes in a box (model/measure-text.ts, the one estimate), at most `max`. Used to stack
 * boxes, not to fit text: every text box also shrinks its text on overflow.
 */
export function estimatedLines(text: string, fontPx: number, widthPx: number, max = Infinity): number {
  return Math.min(max, textLines(text, fontPx, widthPx));
}

/** Where a line of the deck's text starts and ends: the left and the right, or the other way round. */
export const lineEnds = (dir: "ltr" | "rtl") =>
  dir === "rtl" ? ({ start: "right", end: "left" } as const) : ({ start: "left", end: "right" } as const);
