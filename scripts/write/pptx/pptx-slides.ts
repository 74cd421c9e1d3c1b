// Each layout of the deck model drawn on a PowerPoint slide with native, editable parts: text boxes
// with real bullets and the Markdown's emphasis, shapes with text for cards and columns, tables,
// images, native charts. Positions follow templates/slides.css, in the deck's pixels (geometry.ts).
import type { DeckModel, FigureView, SlideView } from "../../render/deck-model.ts";
import type { Layout } from "../../model/briefing.ts";
import type { SourceColumns, SourceRow } from "../../render/sources-model.ts";
import type { ChartView } from "../../render/chart-config.ts";
import { blocksOf, inlineRuns, tightSign, type Run, type TextColors } from "./html-text.ts";
import { addNativeChart, type ChartLabels } from "./native-chart.ts";
import { at, CONTENT_BOTTOM, CONTENT_WIDTH, estimatedLines, FOOTER_TOP, inches, PAD, points, SLIDE, type Box } from "./geometry.ts";
import { pptxColor, type Presentation, type Slide, type TableRow, type TextPropsOptions } from "./pptxgen.ts";

type Colors = DeckModel["theme"]["colors"];

export interface SlideContext {
  pres: Presentation;
  deck: DeckModel;
  colors: Colors;
  font: string;
  textColors: TextColors;
}

/** Draws one slide; returns the labels of the charts it drew, in order. */
export function drawSlide(context: SlideContext, slide: Slide, view: SlideView): ChartLabels[] {
  const { colors } = context;
  const section = view.layout === "section";
  slide.background = { color: pptxColor(section ? colors.sectionGround : colors.background) };
  // The accent bar: full width on the title slide, a short bar elsewhere.
  const bar = view.layout === "title" ? { x: 0, y: 0, w: SLIDE.width, h: 12 } : { x: PAD.left, y: 0, w: 96, h: 8 };
  rect(context, slide, bar, section ? colors.sectionBar : colors.accent);
  // The chart layout returns its chart's labels; the others draw and return nothing.
  const drawn = DRAW[view.layout as Layout](context, slide, view as unknown as Fields);
  drawFooter(context, slide, view);
  return drawn ? [drawn] : [];
}

type Fields = Record<string, unknown>;
type Draw = (context: SlideContext, slide: Slide, fields: Fields) => ChartLabels | void;

/** One drawer per layout of the format (a new layout without one does not compile). */
const DRAW: Record<Layout, Draw> = {
  title: drawTitleSlide,
  section: drawSection,
  points: drawPoints,
  stats: drawStats,
  chart: drawChart,
  compare: drawCompare,
  quote: drawQuote,
  markdown: drawMarkdown,
  sources: drawSources,
};


function rect(context: SlideContext, slide: Slide, box: Box, colour: string): void {
  slide.addShape(context.pres.ShapeType.rect, { ...at(box), fill: { color: pptxColor(colour) }, line: { color: pptxColor(colour), width: 0 } });
}

const base = (context: SlideContext, px: number, colour: string): TextPropsOptions => ({
  fontFace: context.font,
  lang: context.deck.lang,
  rtlMode: context.deck.dir === "rtl",
  fontSize: points(px),
  color: pptxColor(colour),
  margin: 0,
  valign: "top",
  fit: "shrink",
});

/** The slide's title; returns where the content below it starts. */
function slideTitle(context: SlideContext, slide: Slide, title: string): number {
  const lines = Math.min(3, estimatedLines(title, 44, CONTENT_WIDTH));
  const h = Math.ceil(lines * 44 * 1.15) + 6;
  slide.addText(title, { ...at({ x: PAD.left, y: PAD.top, w: CONTENT_WIDTH, h }), ...base(context, 44, context.colors.ink), bold: true, lineSpacingMultiple: 0.95 });
  return PAD.top + h + 28;
}

function drawTitleSlide(context: SlideContext, slide: Slide, f: Record<string, unknown>): void {
  const { colors, deck } = context;
  const width = 1060;
  const title = String(f.title ?? "");
  const titleLines = Math.min(4, estimatedLines(title, 60, width));
  const subtitle = f.subtitle as string | undefined;
  const subtitleLines = subtitle ? Math.min(3, estimatedLines(subtitle, 30, width)) : 0;
  const logo = deck.brand.logo;
  const parts = [
    logo ? 80 : 0,
    f.kicker ? 44 : 0,
    Math.ceil(titleLines * 60 * 1.1) + 22,
    subtitle ? Math.ceil(subtitleLines * 30 * 1.3) + 22 : 0,
    70,
  ];
  let y = Math.max(PAD.top + 20, (SLIDE.height - parts.reduce((a, b) => a + b, 0)) / 2);
  if (logo) {
    const h = 72;
    const w = Math.min(360, (h * logo.width) / logo.height);
    slide.addImage({ data: logo.src, ...at({ x: PAD.left, y, w, h }) });
    y += parts[0]!;
  }
  if (f.kicker) {
    slide.addText(String(f.kicker).toLocaleUpperCase(deck.lang), { ...at({ x: PAD.left, y, w: width, h: 32 }), ...base(context, 22, colors.highlight), bold: true, charSpacing: 1.5 });
    y += parts[1]!;
  }
  slide.addText(title, { ...at({ x: PAD.left, y, w: width, h: parts[2]! - 22 }), ...base(context, 60, colors.ink), bold: true, lineSpacingMultiple: 0.95 });
  y += parts[2]!;
  if (subtitle) {
    slide.addText(subtitle, { ...at({ x: PAD.left, y, w: width, h: parts[3]! - 22 }), ...base(context, 30, colors.muted) });
    y += parts[3]!;
  }
  slide.addShape(context.pres.ShapeType.line, { ...at({ x: PAD.left, y, w: width, h: 0 }), line: { color: pptxColor(colors.rule), width: 1.5 } });
  const byline = [deck.author, deck.dateText].filter(Boolean).join("     ");
  slide.addText(byline, { ...at({ x: PAD.left, y: y + 18, w: width, h: 34 }), ...base(context, 22, colors.ink) });
}

function drawSection(context: SlideContext, slide: Slide, f: Record<string, unknown>): void {
  const { colors } = context;
  const title = String(f.title ?? "");
  const lines = Math.min(4, estimatedLines(title, 64, CONTENT_WIDTH));
  const titleH = Math.ceil(lines * 64 * 1.1) + 8;
  const subtitle = f.subtitle as string | undefined;
  const total = titleH + (subtitle ? 24 + 44 : 0);
  let y = (SLIDE.height - total) / 2;
  slide.addText(title, { ...at({ x: PAD.left, y, w: CONTENT_WIDTH, h: titleH }), ...base(context, 64, colors.sectionInk), bold: true, lineSpacingMultiple: 0.95 });
  y += titleH + 24;
  if (subtitle) slide.addText(subtitle, { ...at({ x: PAD.left, y, w: CONTENT_WIDTH, h: 44 }), ...base(context, 30, colors.sectionInk) });
}

/** Bulleted paragraphs, a bullet in the accent before each. */
function bulletRuns(context: SlideContext, items: string[]): Run[] {
  return items.flatMap((html) => {
    const runs = inlineRuns(html, context.textColors);
    if (runs.length === 0) return [];
    runs[0] = { ...runs[0]!, options: { ...runs[0]!.options, bullet: { characterCode: "25A0", indent: 22 }, paraSpaceAfter: 10 } };
    runs[runs.length - 1] = { ...runs[runs.length - 1]!, options: { ...runs[runs.length - 1]!.options, breakLine: true } };
    return runs;
  });
}

function figureCard(context: SlideContext, slide: Slide, figure: FigureView, box: Box, valuePx: number, ground: string): void {
  const { colors } = context;
  const tone = figure.tone === "negative" ? colors.negative : colors.accent;
  rect(context, slide, box, ground);
  rect(context, slide, { x: box.x, y: box.y, w: 8, h: box.h }, tone);
  slide.addText(
    [
      { text: tightSign(figure.text), options: { fontSize: points(valuePx), bold: true, color: pptxColor(tone), breakLine: true } },
      { text: figure.label, options: { fontSize: points(Math.max(16, valuePx * 0.4)), color: pptxColor(colors.muted) } },
    ],
    { ...at({ x: box.x + 26, y: box.y + 14, w: box.w - 40, h: box.h - 24 }), fontFace: context.font, margin: 0, valign: "middle", fit: "shrink", paraSpaceBefore: 0 },
  );
}

function drawPoints(context: SlideContext, slide: Slide, f: Record<string, unknown>): void {
  const top = slideTitle(context, slide, String(f.title));
  const figure = f.figure as FigureView | undefined;
  const width = figure ? CONTENT_WIDTH - 340 - 56 : CONTENT_WIDTH;
  slide.addText(bulletRuns(context, f.points as string[]), { ...at({ x: PAD.left, y: top + 8, w: width, h: CONTENT_BOTTOM - top - 8 }), ...base(context, 30, context.colors.ink) });
  if (figure) figureCard(context, slide, figure, { x: PAD.left + width + 56, y: top + 8, w: 340, h: 190 }, 56, context.colors.surface);
}

function drawStats(context: SlideContext, slide: Slide, f: Record<string, unknown>): void {
  const top = slideTitle(context, slide, String(f.title));
  const stats = f.stats as FigureView[];
  const caption = f.captionHtml as string | undefined;
  const bottom = caption ? CONTENT_BOTTOM - 44 : CONTENT_BOTTOM;
  const columns = stats.length === 1 ? 1 : [3, 5, 6].includes(stats.length) ? 3 : 2;
  const rows = Math.ceil(stats.length / columns);
  const gap = 28;
  const w = (CONTENT_WIDTH - gap * (columns - 1)) / columns;
  const h = Math.min(180, (bottom - top - gap * (rows - 1)) / rows);
  const y0 = top + (bottom - top - (rows * h + gap * (rows - 1))) / 2;
  stats.forEach((figure, i) => {
    const box = { x: PAD.left + (i % columns) * (w + gap), y: y0 + Math.floor(i / columns) * (h + gap), w, h };
    figureCard(context, slide, figure, box, columns === 3 ? 46 : 56, context.colors.surface);
  });
  if (caption) slide.addText(inlineRuns(caption, context.textColors), { ...at({ x: PAD.left, y: CONTENT_BOTTOM - 32, w: CONTENT_WIDTH, h: 32 }), ...base(context, 20, context.colors.muted) });
}

function drawChart(context: SlideContext, slide: Slide, f: Record<string, unknown>): ChartLabels {
  const top = slideTitle(context, slide, String(f.title));
  const caption = f.captionHtml as string | undefined;
  const bottom = caption ? CONTENT_BOTTOM - 44 : CONTENT_BOTTOM;
  const chart = context.deck.charts[String(f.chartId)] as ChartView;
  const { colors } = context;
  const labels = addNativeChart(context.pres, slide, chart.plot, { x: PAD.left, y: top, w: CONTENT_WIDTH, h: bottom - top }, { font: context.font, ink: colors.ink, rule: colors.rule, negative: colors.negative });
  if (caption) slide.addText(inlineRuns(caption, context.textColors), { ...at({ x: PAD.left, y: CONTENT_BOTTOM - 32, w: CONTENT_WIDTH, h: 32 }), ...base(context, 20, colors.muted) });
  return labels;
}

function drawCompare(context: SlideContext, slide: Slide, f: Record<string, unknown>): void {
  const top = slideTitle(context, slide, String(f.title));
  const { colors } = context;
  const sides = f.sides as { heading: string; figure?: FigureView; points: string[] }[];
  const gap = 40;
  const w = (CONTENT_WIDTH - gap) / 2;
  const h = CONTENT_BOTTOM - top;
  sides.forEach((side, i) => {
    const x = PAD.left + i * (w + gap);
    rect(context, slide, { x, y: top, w, h }, colors.surface);
    rect(context, slide, { x, y: top, w, h: 6 }, i === 0 ? colors.accent : colors.highlight);
    let y = top + 26;
    slide.addText(side.heading, { ...at({ x: x + 30, y, w: w - 60, h: 40 }), ...base(context, 30, colors.ink), bold: true });
    y += 58;
    if (side.figure) {
      figureCard(context, slide, side.figure, { x: x + 30, y, w: w - 60, h: 110 }, 40, colors.background);
      y += 128;
    }
    slide.addText(bulletRuns(context, side.points), { ...at({ x: x + 30, y, w: w - 60, h: top + h - y - 20 }), ...base(context, 24, colors.ink) });
  });
}

function drawQuote(context: SlideContext, slide: Slide, f: Record<string, unknown>): void {
  const { colors } = context;
  const blocks = blocksOf(String(f.quoteHtml ?? ""), context.textColors);
  const runs = blocks.flatMap((b) => (b.kind === "text" ? b.runs : []));
  const chars = blocks.reduce((n, b) => n + (b.kind === "text" ? b.chars : 0), 0);
  const lines = Math.min(8, estimatedLines("x".repeat(chars), 34, CONTENT_WIDTH - 140));
  const quoteH = Math.ceil(lines * 34 * 1.4) + 10;
  const caption: Run[] = [{ text: String(f.by ?? ""), options: { bold: true, fontSize: points(26), color: pptxColor(colors.ink), breakLine: true } }];
  if (f.role) caption.push({ text: String(f.role), options: { fontSize: points(22), color: pptxColor(colors.muted), breakLine: true } });
  if (f.context) caption.push({ text: String(f.context), options: { fontSize: points(18), color: pptxColor(colors.muted) } });
  const captionH = 40 + (f.role ? 32 : 0) + (f.context ? 26 : 0);
  let y = Math.max(PAD.top, (SLIDE.height - quoteH - 28 - captionH) / 2);
  slide.addText("“", { ...at({ x: PAD.left, y: y - 48, w: 100, h: 150 }), ...base(context, 180, colors.accent), bold: true, transparency: 75, fit: "none" });
  slide.addText(runs, { ...at({ x: PAD.left + 100, y, w: CONTENT_WIDTH - 140, h: quoteH }), ...base(context, 34, colors.ink), lineSpacingMultiple: 1.15 });
  y += quoteH + 28;
  slide.addText(caption, { ...at({ x: PAD.left + 100, y, w: CONTENT_WIDTH - 140, h: captionH }), fontFace: context.font, margin: 0, valign: "top", fit: "shrink" });
}

function drawMarkdown(context: SlideContext, slide: Slide, f: Record<string, unknown>): void {
  const top = slideTitle(context, slide, String(f.title));
  const { colors } = context;
  let y = top;
  const blocks = blocksOf(String(f.bodyHtml ?? ""), context.textColors);
  for (const block of blocks) {
    const room = CONTENT_BOTTOM - y;
    if (room < 24) break;
    if (block.kind === "text") {
      const lines = block.paragraphs + Math.floor((block.chars * 26 * 0.52) / CONTENT_WIDTH);
      const h = Math.min(room, Math.ceil(lines * 26 * 1.4 + block.paragraphs * 10) + 8);
      slide.addText(block.runs.map((r) => ({ ...r, options: { ...r.options, paraSpaceAfter: 8 } })), { ...at({ x: PAD.left, y, w: CONTENT_WIDTH, h }), ...base(context, 26, colors.ink) });
      y += h + 12;
    } else if (block.kind === "table") {
      const rows: TableRow[] = block.rows.map((row, r) =>
        row.map((cell) => ({
          text: cell.length > 0 ? cell : [{ text: "" }],
          options: { fill: r === 0 ? { color: pptxColor(colors.surface) } : undefined, bold: r === 0, color: pptxColor(colors.ink) },
        })),
      );
      const h = Math.min(room, rows.length * 44);
      slide.addTable(rows, { ...at({ x: PAD.left, y, w: Math.min(CONTENT_WIDTH, 360 * (rows[0]?.length ?? 1)), h }), fontFace: context.font, fontSize: points(22), border: { type: "solid", pt: 0.75, color: pptxColor(colors.rule) }, margin: [3, 8, 3, 8] });
      y += h + 16;
    } else {
      const ratio = block.width && block.height ? block.width / block.height : 16 / 9;
      const h = Math.min(room, 420, CONTENT_WIDTH / ratio);
      slide.addImage({ data: block.src, ...at({ x: PAD.left, y, w: h * ratio, h }) });
      y += h + 16;
    }
  }
}

function drawSources(context: SlideContext, slide: Slide, f: Record<string, unknown>): void {
  const top = slideTitle(context, slide, String(f.title));
  const { colors, deck } = context;
  let y = top;
  const article = f.article as { title: string; publisher?: string; published?: string; url?: string } | undefined;
  if (article) {
    const runs: Run[] = [
      { text: `${deck.ui.article.toLocaleUpperCase(deck.lang)}  `, options: { bold: true, color: pptxColor(colors.ink), fontSize: points(15) } },
      { text: article.title, options: { color: pptxColor(colors.ink) } },
    ];
    if (article.publisher) runs.push({ text: ` — ${article.publisher}` });
    if (article.published) runs.push({ text: ` · ${deck.ui.published} ${article.published}` });
    if (article.url) runs.push({ text: " · " }, { text: article.url, options: { hyperlink: { url: article.url }, color: pptxColor(colors.accent) } });
    slide.addText(runs, { ...at({ x: PAD.left, y, w: CONTENT_WIDTH, h: 52 }), ...base(context, 19, colors.muted) });
    y += 60;
  }
  const rows = f.rows as SourceRow[];
  const originOptions = (row: SourceRow) => ({ color: pptxColor(row.kind === "unsourced" ? colors.negative : colors.muted), italic: row.kind === "unsourced" || row.kind === "own" });
  // Each piece of a value is kept on one line (no-break spaces inside it); lines break between pieces.
  const valueText = (row: SourceRow) => row.items.map((item) => tightSign(item.replace(/ /g, "\u00a0"))).join("; ");
  const table: TableRow[] = rows.map((row) => [
    { text: row.label, options: { bold: true, color: pptxColor(colors.ink) } },
    ...(row.wide
      // As on the slide: a series' values flow across both columns, under the note that says whose they are.
      ? [{ text: [
        { text: row.origin, options: { ...originOptions(row), breakLine: true } },
        { text: valueText(row), options: { bold: true, color: pptxColor(colors.accent) } },
      ], options: { colspan: 2 } }]
      : [
        { text: valueText(row), options: { bold: true, color: pptxColor(colors.accent) } },
        { text: row.origin, options: originOptions(row) },
      ]),
  ]);
  slide.addTable(table, {
    ...at({ x: PAD.left, y, w: CONTENT_WIDTH, h: Math.min(CONTENT_BOTTOM - y, rows.length * 46) }),
    colW: (f.columns as SourceColumns).map((share) => inches(CONTENT_WIDTH * share)),
    fontFace: context.font,
    fontSize: points(17),
    valign: "top",
    border: { type: "solid", pt: 0.75, color: pptxColor(colors.rule) },
    margin: [4, 6, 4, 6],
  });
}

/** The footer as the deck draws it: logo, the deck's title, the brand's line, the date; the number. */
function drawFooter(context: SlideContext, slide: Slide, view: SlideView): void {
  const { colors, deck } = context;
  const section = view.layout === "section";
  const ink = section ? colors.sectionInk : colors.muted;
  const title = view.layout === "title";
  if (!title || deck.brand.footer) {
    slide.addShape(context.pres.ShapeType.line, { ...at({ x: PAD.left, y: FOOTER_TOP, w: CONTENT_WIDTH, h: 0 }), line: { color: pptxColor(section ? colors.sectionInk : colors.rule), width: 0.75 } });
  }
  const y = FOOTER_TOP + 8;
  let x = PAD.left;
  const logo = deck.brand.logo;
  if (logo && !title) {
    const w = Math.min(140, (22 * logo.width) / logo.height);
    slide.addImage({ data: logo.src, ...at({ x, y: y + 3, w, h: 22 }) });
    x += w + 24;
  }
  const right = PAD.left + CONTENT_WIDTH;
  const dateW = title ? 0 : 170;
  // Widths from the text's length, generous (bold, and a viewer's substitute font may run wider than Inter).
  const brandW = deck.brand.footer ? Math.min(600, deck.brand.footer.length * 10 + 16) : 0;
  if (!title) {
    // PowerPoint has no ellipsis: the deck's title is cut to its room, as the deck's footer cuts it.
    const titleW = right - x - dateW - brandW - 24;
    const room = Math.floor(titleW / (16 * 0.58));
    const shown = deck.title.length > room ? `${deck.title.slice(0, Math.max(1, room - 1)).trimEnd()}…` : deck.title;
    slide.addText(shown, { ...at({ x, y, w: titleW, h: 28 }), ...base(context, 16, ink), fit: "none", wrap: false, valign: "middle" });
    slide.addText(deck.dateText, { ...at({ x: right - dateW, y, w: dateW, h: 28 }), ...base(context, 16, ink), align: "right", fit: "none", valign: "middle" });
  }
  if (deck.brand.footer) {
    const bx = title ? PAD.left : right - dateW - brandW - 12;
    slide.addText(deck.brand.footer, { ...at({ x: bx, y, w: brandW, h: 28 }), ...base(context, 16, ink), bold: true, align: title ? "left" : "right", fit: "none", wrap: false, valign: "middle" });
  }
  slide.addText(String(view.number), { ...at({ x: SLIDE.width - 110, y, w: 78, h: 28 }), ...base(context, 16, ink), align: "right", fit: "none", valign: "middle" });
}
