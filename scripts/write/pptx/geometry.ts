// The PowerPoint slide measured as the deck's: 1280×720 CSS pixels at 96 to the inch is 13.333×7.5 in,
// PowerPoint's 16:9. Positions are written in the deck's pixels and converted here, so a layout reads
// like its CSS (templates/slides.css).
export const SLIDE = { width: 1280, height: 720 };
export const PAD = { left: 80, right: 80, top: 56, bottom: 84 };
export const CONTENT_WIDTH = SLIDE.width - PAD.left - PAD.right;
/** Where the footer's rule is drawn; content stops above it. */
export const FOOTER_TOP = 664;
export const CONTENT_BOTTOM = 636;

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

/**
 * Lines a text takes in a box, estimated from its length: Inter's characters average about half
 * their size in width (0.52 em in Latin and Vietnamese text). Used to stack boxes, not to fit text:
 * every text box also shrinks its text on overflow.
 */
export function estimatedLines(text: string, fontPx: number, widthPx: number): number {
  const perLine = Math.max(1, Math.floor(widthPx / (fontPx * 0.52)));
  return text.split("\n").reduce((lines, line) => lines + Math.max(1, Math.ceil(line.length / perLine)), 0);
}
