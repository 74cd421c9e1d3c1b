// The deck's frame as PowerPoint's own: three slide layouts (the title slide, section slides, every
// other slide) carry the ground, the accent bar, the footer — logo, the deck's title, the brand's line,
// the date — and the slide number as a field. A colleague retitles the footer once, in the master,
// and the logo is stored once. Each layout has a title placeholder where the deck's titles stand.
import { officeLanguage } from "./office-language.ts";
import type { DeckModel, SlideView } from "../../model/deck.ts";
import { fitOneLine, textWidth } from "../../model/measure-text.ts";
import { CONTENT_WIDTH, FOOTER_TOP, TOKENS } from "../../model/tokens.ts";
import { at, LEFT, lineEnds, points } from "./geometry.ts";
import { pptxColor, type Presentation } from "./pptxgen.ts";

export type MasterName = "TITLE" | "SECTION" | "CONTENT";

export const masterOf = (view: SlideView): MasterName =>
  view.layout === "title" ? "TITLE" : view.layout === "section" ? "SECTION" : "CONTENT";

type MasterObject = NonNullable<Parameters<Presentation["defineSlideMaster"]>[0]["objects"]>[number];

export const dataUrl = (image: { mime: string; bytes: Buffer }) => `data:${image.mime};base64,${image.bytes.toString("base64")}`;

/** What the logo says to a screen reader and in PowerPoint's alt text: the organisation's line, else the author. */
export const logoAlt = (deck: DeckModel) => deck.brand.footer ?? deck.author ?? deck.title;

export function defineMasters(pres: Presentation, deck: DeckModel): void {
  for (const name of ["TITLE", "SECTION", "CONTENT"] as const) {
    const { colors } = deck.theme;
    const section = name === "SECTION";
    const { bar } = TOKENS;
    const barBox =
      name === "TITLE" ? { x: 0, y: 0, w: TOKENS.slide.width, h: bar.titleHeight } : { x: LEFT, y: 0, w: bar.width, h: bar.height };
    const ink = section ? colors.sectionInk : colors.muted;
    const { footer } = TOKENS;
    pres.defineSlideMaster({
      title: name,
      background: { color: pptxColor(section ? colors.sectionGround : colors.background) },
      objects: [
        { rect: { ...at(barBox), fill: { color: pptxColor(section ? colors.sectionBar : colors.accent) }, line: { width: 0 } } },
        ...footerObjects(deck, name, ink),
        {
          placeholder: {
            options: {
              name: "title",
              type: "title",
              ...at({ x: LEFT, y: TOKENS.pad.top, w: CONTENT_WIDTH, h: Math.ceil(TOKENS.title.size * TOKENS.title.line * 2) }),
              fontFace: deck.theme.font,
              fontSize: points(TOKENS.title.size),
              bold: true,
              color: pptxColor(section ? colors.sectionInk : colors.ink),
              valign: "top",
              align: lineEnds(deck.dir).start,
              margin: 0,
            },
            text: "",
          },
        },
      ],
      slideNumber: {
        ...at({ x: TOKENS.slide.width - 110, y: FOOTER_TOP + 8, w: 78, h: 28 }),
        fontFace: deck.theme.font,
        fontSize: points(footer.size),
        color: pptxColor(ink),
        // At the line's end: finish-pptx.ts mirrors a right-to-left deck's places, not its alignments.
        align: lineEnds(deck.dir).end,
        valign: "middle",
        margin: 0,
      },
    });
  }
}

/** The footer as the deck draws it: the rule, the logo, the deck's title, the brand's line, the date. */
function footerObjects(deck: DeckModel, name: MasterName, ink: string): MasterObject[] {
  const { colors } = deck.theme;
  const { footer } = TOKENS;
  const title = name === "TITLE";
  const objects: MasterObject[] = [];
  const text = (
    value: string,
    box: { x: number; w: number },
    options: { align?: "left" | "right"; bold?: boolean } = {},
  ): MasterObject => ({
    text: {
      text: value,
      options: {
        ...at({ ...box, y: FOOTER_TOP + 8, h: 28 }),
        fontFace: deck.theme.font,
        fontSize: points(footer.size),
        color: pptxColor(ink),
        lang: officeLanguage(deck.lang),
        margin: 0,
        valign: "middle",
        fit: "none",
        wrap: false,
        ...options,
      },
    },
  });
  if (!title || deck.brand.footer) {
    objects.push({
      line: {
        ...at({ x: LEFT, y: FOOTER_TOP, w: CONTENT_WIDTH, h: 0 }),
        line: { color: pptxColor(name === "SECTION" ? colors.sectionInk : colors.rule), width: 0.75 },
      },
    });
  }
  let x = LEFT;
  const logo = deck.brand.logo;
  const logoImage = logo && deck.images.get(logo.image);
  if (logo && logoImage && !title) {
    const w = Math.min(140, (footer.logo * logo.width) / logo.height);
    objects.push({ image: { data: dataUrl(logoImage), altText: logoAlt(deck), ...at({ x, y: FOOTER_TOP + 11, w, h: footer.logo }) } });
    x += w + footer.gap;
  }
  const right = LEFT + CONTENT_WIDTH;
  // The line's start and end: finish-pptx.ts mirrors a right-to-left deck's places, not its alignments.
  const { start, end } = lineEnds(deck.dir);
  const dateW = title ? 0 : Math.ceil(textWidth(deck.dateText, footer.size)) + 16;
  const brandW = deck.brand.footer ? Math.min(600, Math.ceil(textWidth(deck.brand.footer, footer.size, "bold")) + 16) : 0;
  if (!title) {
    // PowerPoint has no ellipsis: the deck's title is cut to its room, as the deck's footer cuts it (once, here).
    const titleW = right - x - dateW - brandW - footer.gap;
    objects.push(text(fitOneLine(deck.title, footer.size, titleW), { x, w: titleW }, { align: start }));
    objects.push(text(deck.dateText, { x: right - dateW, w: dateW }, { align: end }));
  }
  if (deck.brand.footer) {
    const bx = title ? LEFT : right - dateW - brandW - 12;
    objects.push(text(deck.brand.footer, { x: bx, w: brandW }, { bold: true, align: title ? start : end }));
  }
  return objects;
}
