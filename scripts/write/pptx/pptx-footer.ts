// The footer as the deck draws it: logo, the deck's title, the brand's line, the date; the number.
import type { SlideView } from "../../model/deck.ts";
import { CONTENT_WIDTH, FOOTER_TOP, TOKENS } from "../../model/tokens.ts";
import { fitOneLine, textWidth } from "../../model/measure-text.ts";
import { at, LEFT } from "./geometry.ts";
import { base, type SlideContext } from "./pptx-draw.ts";
import { dataUrl } from "./pptx-slides.ts";
import { pptxColor, type Slide } from "./pptxgen.ts";

export function drawFooter(context: SlideContext, slide: Slide, view: SlideView): void {
  const { colors, deck } = context;
  const { footer } = TOKENS;
  const section = view.layout === "section";
  const ink = section ? colors.sectionInk : colors.muted;
  const title = view.layout === "title";
  if (!title || deck.brand.footer) {
    slide.addShape(context.pres.ShapeType.line, {
      ...at({ x: LEFT, y: FOOTER_TOP, w: CONTENT_WIDTH, h: 0 }),
      line: { color: pptxColor(section ? colors.sectionInk : colors.rule), width: 0.75 },
    });
  }
  const y = FOOTER_TOP + 8;
  const h = 28;
  let x = LEFT;
  const logo = deck.brand.logo;
  const logoImage = logo && deck.images.get(logo.image);
  if (logo && logoImage && !title) {
    const w = Math.min(140, (footer.logo * logo.width) / logo.height);
    slide.addImage({ data: dataUrl(logoImage), ...at({ x, y: y + 3, w, h: footer.logo }) });
    x += w + footer.gap;
  }
  const right = LEFT + CONTENT_WIDTH;
  const dateW = title ? 0 : Math.ceil(textWidth(deck.dateText, footer.size)) + 16;
  const brandW = deck.brand.footer ? Math.min(600, Math.ceil(textWidth(deck.brand.footer, footer.size, "bold")) + 16) : 0;
  if (!title) {
    // PowerPoint has no ellipsis: the deck's title is cut to its room, as the deck's footer cuts it.
    const titleW = right - x - dateW - brandW - footer.gap;
    slide.addText(fitOneLine(deck.title, footer.size, titleW), {
      ...at({ x, y, w: titleW, h }),
      ...base(context, footer.size, ink),
      fit: "none",
      wrap: false,
      valign: "middle",
    });
    slide.addText(deck.dateText, {
      ...at({ x: right - dateW, y, w: dateW, h }),
      ...base(context, footer.size, ink),
      align: "right",
      fit: "none",
      valign: "middle",
    });
  }
  if (deck.brand.footer) {
    const bx = title ? LEFT : right - dateW - brandW - 12;
    slide.addText(deck.brand.footer, {
      ...at({ x: bx, y, w: brandW, h }),
      ...base(context, footer.size, ink),
      bold: true,
      align: title ? "left" : "right",
      fit: "none",
      wrap: false,
      valign: "middle",
    });
  }
  slide.addText(String(view.number), {
    ...at({ x: TOKENS.slide.width - 110, y, w: 78, h }),
    ...base(context, footer.size, ink),
    align: "right",
    fit: "none",
    valign: "middle",
  });
}
