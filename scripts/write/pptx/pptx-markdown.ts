// The markdown layout on a PowerPoint slide: its text in boxes stacked down the slide, its tables as
// tables, its images once each (the model holds their bytes once).
import type { SlideOf } from "../../model/deck.ts";
import { CONTENT_BOTTOM, CONTENT_WIDTH, TOKENS } from "../../model/tokens.ts";
import { at, estimatedLines, LEFT, points } from "./geometry.ts";
import { pptxBlocks } from "./pptx-text.ts";
import { base, slideTitle, type SlideContext } from "./pptx-draw.ts";
import { dataUrl } from "./pptx-masters.ts";
import { pptxColor, type Slide, type TableRow } from "./pptxgen.ts";

export function drawMarkdown(context: SlideContext, slide: Slide, view: SlideOf<"markdown">): undefined {
  const top = slideTitle(context, slide, view.title);
  const { colors, deck } = context;
  const { markdown } = TOKENS;
  let y = top;
  for (const block of pptxBlocks(view.body, context.textColors)) {
    const room = CONTENT_BOTTOM - y;
    if (room < 24) break;
    if (block.kind === "text") {
      const lines = estimatedLines(block.text.trimEnd(), markdown.size, CONTENT_WIDTH);
      const h = Math.min(room, Math.ceil(lines * markdown.size * 1.4 + block.paragraphs * 10) + 8);
      slide.addText(
        block.runs.map((r) => ({ ...r, options: { ...r.options, paraSpaceAfter: 8 } })),
        { ...at({ x: LEFT, y, w: CONTENT_WIDTH, h }), ...base(context, markdown.size, colors.ink) },
      );
      y += h + 12;
    } else if (block.kind === "table") {
      // A header cell is set bold by its table (in ink, as the deck's), not as emphasis (in the accent).
      const rows: TableRow[] = [block.header, ...block.rows].map((row, r) =>
        row.map((cell) => ({
          text: cell.length > 0 ? cell : [{ text: "" }],
          options: { fill: r === 0 ? { color: pptxColor(colors.surface) } : undefined, bold: r === 0, color: pptxColor(colors.ink) },
        })),
      );
      const h = Math.min(room, rows.length * 44);
      slide.addTable(rows, {
        ...at({ x: LEFT, y, w: Math.min(CONTENT_WIDTH, 360 * (rows[0]?.length ?? 1)), h }),
        fontFace: context.font,
        fontSize: points(markdown.table),
        border: { type: "solid", pt: 0.75, color: pptxColor(colors.rule) },
        margin: [3, 8, 3, 8],
      });
      y += h + 16;
    } else {
      const image = deck.images.get(block.image);
      if (!image) continue;
      const ratio = image.width && image.height ? image.width / image.height : 16 / 9;
      const h = Math.min(room, markdown.image, CONTENT_WIDTH / ratio);
      slide.addImage({ data: dataUrl(image), altText: block.alt, ...at({ x: LEFT, y, w: h * ratio, h }) });
      y += h + 16;
    }
  }
  return undefined;
}
