// The sources layout on a PowerPoint slide: the article, then a table of every figure with where
// the article says it, in the columns the model measured for the deck.
import type { SlideOf, SourceRow } from "../../model/deck.ts";
import { CONTENT_BOTTOM, CONTENT_WIDTH, TOKENS } from "../../model/tokens.ts";
import { at, estimatedLines, inches, LEFT, points } from "./geometry.ts";
import { tightSign, type PptxRun } from "./pptx-text.ts";
import { base, SUBSTITUTE_WIDER, slideTitle, type SlideContext } from "./pptx-draw.ts";
import { pptxColor, type Slide, type TableRow } from "./pptxgen.ts";

export function drawSources(context: SlideContext, slide: Slide, view: SlideOf<"sources">): undefined {
  const top = slideTitle(context, slide, view.title);
  const { colors, deck } = context;
  const { sources } = TOKENS;
  let y = top;
  const article = view.article;
  if (article) {
    const runs: PptxRun[] = [
      { text: `${article.label}  `, options: { bold: true, color: pptxColor(colors.ink), fontSize: points(sources.label) } },
      { text: article.title, options: { color: pptxColor(colors.ink) } },
    ];
    if (article.publisher) runs.push({ text: ` — ${article.publisher}` });
    if (article.published) runs.push({ text: ` · ${deck.ui.published} ${article.published}` });
    if (article.url)
      runs.push({ text: " · " }, { text: article.url, options: { hyperlink: { url: article.url }, color: pptxColor(colors.accent) } });
    // As many lines as the header takes in a wider substitute font: the table starts below them.
    const lines = estimatedLines(runs.map((run) => run.text).join(""), sources.article, CONTENT_WIDTH / SUBSTITUTE_WIDER, 4);
    const h = Math.ceil(lines * sources.article * 1.45);
    slide.addText(runs, { ...at({ x: LEFT, y, w: CONTENT_WIDTH, h }), ...base(context, sources.article, colors.muted) });
    y += h + 8;
  }
  const originOptions = (row: SourceRow) => ({
    color: pptxColor(row.kind === "unsourced" ? colors.negative : colors.muted),
    italic: row.kind === "unsourced" || row.kind === "own",
  });
  // Each piece of a value is kept on one line (no-break spaces inside it); lines break between pieces.
  const valueText = (row: SourceRow) => row.items.map((item) => tightSign(item.replace(/ /g, "\u00a0"))).join("; ");
  const table: TableRow[] = view.rows.map((row) => [
    { text: row.label, options: { bold: true, color: pptxColor(colors.ink) } },
    ...(row.wide
      ? // As on the slide: a series' values flow across both columns, under the note that says whose they are.
        [
          {
            text: [
              { text: row.origin, options: { ...originOptions(row), breakLine: true } },
              { text: valueText(row), options: { bold: true, color: pptxColor(colors.accent) } },
            ],
            options: { colspan: 2 },
          },
        ]
      : [
          { text: valueText(row), options: { bold: true, color: pptxColor(colors.accent) } },
          { text: row.origin, options: originOptions(row) },
        ]),
  ]);
  slide.addTable(table, {
    ...at({ x: LEFT, y, w: CONTENT_WIDTH, h: Math.min(CONTENT_BOTTOM - y, view.rows.length * 46) }),
    colW: view.columns.map((share) => inches(CONTENT_WIDTH * share)),
    fontFace: context.font,
    fontSize: points(sources.table),
    valign: "top",
    border: { type: "solid", pt: 0.75, color: pptxColor(colors.rule) },
    margin: [4, 6, 4, 6],
  });
  return undefined;
}
