// Each layout of the deck model drawn on a PowerPoint slide with native, editable parts: text boxes
// with real bullets and the Markdown's emphasis, shapes with text for cards and columns, images,
// native charts. Positions follow the tokens the CSS reads (model/tokens.ts), in the deck's pixels.
import type { Inline, SlideOf, SlideView } from "../../model/deck.ts";
import { CONTENT_BOTTOM, CONTENT_WIDTH, TOKENS } from "../../model/tokens.ts";
import { addNativeChart, type ChartLabels } from "./native-chart.ts";
import { at, estimatedLines, LEFT, lineEnds, points } from "./geometry.ts";
import { inlineRuns, type PptxRun } from "./pptx-text.ts";
import { base, figureCard, rect, slideTitle, TITLE_SHAPE, type SlideContext } from "./pptx-draw.ts";
import { drawMarkdown } from "./pptx-markdown.ts";
import { drawSources } from "./pptx-sources.ts";
import { dataUrl, logoAlt } from "./pptx-masters.ts";
import { pptxColor, type Slide } from "./pptxgen.ts";
import { officeLanguage } from "./office-language.ts";

export type { SlideContext };

/** Draws one slide's content on its layout (pptx-masters.ts: ground, bar, footer, number); returns the labels of the charts it drew, in order. */
export function drawSlide(context: SlideContext, slide: Slide, view: SlideView): ChartLabels[] {
  const drawn = drawLayout(context, slide, view);
  return drawn ? [drawn] : [];
}

/** One drawer per layout (a new layout without one does not compile: the switch is exhaustive). */
function drawLayout(context: SlideContext, slide: Slide, view: SlideView): ChartLabels | undefined {
  switch (view.layout) {
    case "title":
      return drawTitleSlide(context, slide, view);
    case "section":
      return drawSection(context, slide, view);
    case "points":
      return drawPoints(context, slide, view);
    case "stats":
      return drawStats(context, slide, view);
    case "chart":
      return drawChart(context, slide, view);
    case "compare":
      return drawCompare(context, slide, view);
    case "quote":
      return drawQuote(context, slide, view);
    case "markdown":
      return drawMarkdown(context, slide, view);
    case "sources":
      return drawSources(context, slide, view);
  }
}

function drawTitleSlide(context: SlideContext, slide: Slide, view: SlideOf<"title">): undefined {
  const { colors, deck } = context;
  const { deckTitle, deckSubtitle, kicker, byline, titleLogo, pad, slide: size } = TOKENS;
  const width = deckTitle.width;
  const titleLines = estimatedLines(view.title, deckTitle.size, width, 4);
  const subtitleLines = view.subtitle ? estimatedLines(view.subtitle, deckSubtitle, width, 3) : 0;
  const logo = deck.brand.logo;
  const logoImage = logo && deck.images.get(logo.image);
  const parts = [
    logoImage ? titleLogo + 8 : 0,
    view.kicker ? kicker * 2 : 0,
    Math.ceil(titleLines * deckTitle.size * deckTitle.line) + 22,
    view.subtitle ? Math.ceil(subtitleLines * deckSubtitle * 1.3) + 22 : 0,
    70,
  ];
  let y = Math.max(pad.top + 20, (size.height - parts.reduce((a, b) => a + b, 0)) / 2);
  if (logo && logoImage) {
    const w = Math.min(360, (titleLogo * logo.width) / logo.height);
    slide.addImage({ data: dataUrl(logoImage), altText: logoAlt(deck), ...at({ x: LEFT, y, w, h: titleLogo }) });
    y += parts[0]!;
  }
  if (view.kicker) {
    slide.addText(view.kicker, {
      ...at({ x: LEFT, y, w: width, h: 32 }),
      ...base(context, kicker, colors.highlight),
      bold: true,
      charSpacing: 1.5,
    });
    y += parts[1]!;
  }
  slide.addText(view.title, {
    objectName: TITLE_SHAPE,
    // Said on the shape: a title placeholder otherwise takes the master's centred title style.
    align: lineEnds(context.deck.dir).start,
    ...at({ x: LEFT, y, w: width, h: parts[2]! - 22 }),
    ...base(context, deckTitle.size, colors.ink),
    bold: true,
    lineSpacingMultiple: 0.95,
  });
  y += parts[2]!;
  if (view.subtitle) {
    slide.addText(view.subtitle, { ...at({ x: LEFT, y, w: width, h: parts[3]! - 22 }), ...base(context, deckSubtitle, colors.muted) });
    y += parts[3]!;
  }
  slide.addShape(context.pres.ShapeType.line, {
    ...at({ x: LEFT, y, w: width, h: 0 }),
    line: { color: pptxColor(colors.rule), width: 1.5 },
  });
  const line = [view.author, view.dateText].filter(Boolean).join("     ");
  slide.addText(line, { ...at({ x: LEFT, y: y + 18, w: width, h: 34 }), ...base(context, byline, colors.ink) });
  return undefined;
}

function drawSection(context: SlideContext, slide: Slide, view: SlideOf<"section">): undefined {
  const { colors } = context;
  const { section } = TOKENS;
  const titleH = Math.ceil(estimatedLines(view.title, section.title, CONTENT_WIDTH, 4) * section.title * 1.1) + 8;
  const total = titleH + (view.subtitle ? 24 + 44 : 0);
  let y = (TOKENS.slide.height - total) / 2;
  slide.addText(view.title, {
    objectName: TITLE_SHAPE,
    // Said on the shape: a title placeholder otherwise takes the master's centred title style.
    align: lineEnds(context.deck.dir).start,
    ...at({ x: LEFT, y, w: CONTENT_WIDTH, h: titleH }),
    ...base(context, section.title, colors.sectionInk),
    bold: true,
    lineSpacingMultiple: 0.95,
  });
  y += titleH + 24;
  if (view.subtitle)
    slide.addText(view.subtitle, { ...at({ x: LEFT, y, w: CONTENT_WIDTH, h: 44 }), ...base(context, section.subtitle, colors.sectionInk) });
  return undefined;
}

/** Bulleted paragraphs, a bullet in the accent before each. */
function bulletRuns(context: SlideContext, items: Inline[]): PptxRun[] {
  return items.flatMap((item) => {
    const runs = inlineRuns(item, context.textColors);
    if (runs.length === 0) return [];
    runs[0] = { ...runs[0]!, options: { ...runs[0]!.options, bullet: { characterCode: "25A0", indent: 22 }, paraSpaceAfter: 10 } };
    runs[runs.length - 1] = { ...runs[runs.length - 1]!, options: { ...runs[runs.length - 1]!.options, breakLine: true } };
    return runs;
  });
}

function drawPoints(context: SlideContext, slide: Slide, view: SlideOf<"points">): undefined {
  const top = slideTitle(context, slide, view.title);
  const { figure } = TOKENS;
  const gap = 56;
  const width = view.figure ? CONTENT_WIDTH - figure.width - gap : CONTENT_WIDTH;
  slide.addText(bulletRuns(context, view.points), {
    ...at({ x: LEFT, y: top + 8, w: width, h: CONTENT_BOTTOM - top - 8 }),
    ...base(context, TOKENS.points.size, context.colors.ink),
  });
  if (view.figure)
    figureCard(
      context,
      slide,
      view.figure,
      { x: LEFT + width + gap, y: top + 8, w: figure.width, h: 190 },
      figure.value,
      figure.label,
      context.colors.surface,
    );
  return undefined;
}

function caption(context: SlideContext, slide: Slide, runs: Inline | undefined): number {
  if (!runs) return CONTENT_BOTTOM;
  const h = Math.ceil(TOKENS.caption * 1.6);
  slide.addText(inlineRuns(runs, context.textColors), {
    ...at({ x: LEFT, y: CONTENT_BOTTOM - h, w: CONTENT_WIDTH, h }),
    ...base(context, TOKENS.caption, context.colors.muted),
  });
  return CONTENT_BOTTOM - h - 12;
}

function drawStats(context: SlideContext, slide: Slide, view: SlideOf<"stats">): undefined {
  const top = slideTitle(context, slide, view.title);
  const bottom = caption(context, slide, view.caption);
  const count = view.stats.length;
  const columns = count === 1 ? 1 : [3, 5, 6].includes(count) ? 3 : 2;
  const rows = Math.ceil(count / columns);
  const gap = TOKENS.stats.gap;
  const w = (CONTENT_WIDTH - gap * (columns - 1)) / columns;
  const h = Math.min(180, (bottom - top - gap * (rows - 1)) / rows);
  const y0 = top + (bottom - top - (rows * h + gap * (rows - 1))) / 2;
  view.stats.forEach((figure, i) => {
    const box = { x: LEFT + (i % columns) * (w + gap), y: y0 + Math.floor(i / columns) * (h + gap), w, h };
    figureCard(
      context,
      slide,
      figure,
      box,
      columns === 3 ? TOKENS.figure.valueThree : TOKENS.figure.value,
      TOKENS.figure.label,
      context.colors.surface,
    );
  });
  return undefined;
}

function drawChart(context: SlideContext, slide: Slide, view: SlideOf<"chart">): ChartLabels {
  const top = slideTitle(context, slide, view.title);
  const bottom = caption(context, slide, view.caption);
  const { colors } = context;
  return addNativeChart(
    context.pres,
    slide,
    view.plot,
    { x: LEFT, y: top, w: CONTENT_WIDTH, h: bottom - top },
    { font: context.font, ink: colors.ink, rule: colors.rule, negative: colors.negative },
    context.deck.lang,
  );
}

function drawCompare(context: SlideContext, slide: Slide, view: SlideOf<"compare">): undefined {
  const top = slideTitle(context, slide, view.title);
  const { colors } = context;
  const { compare, figure } = TOKENS;
  const w = (CONTENT_WIDTH - compare.gap) / 2;
  const h = CONTENT_BOTTOM - top;
  view.sides.forEach((side, i) => {
    const x = LEFT + i * (w + compare.gap);
    const inner = { x: x + compare.padInline, w: w - 2 * compare.padInline };
    rect(context, slide, { x, y: top, w, h }, colors.surface);
    rect(context, slide, { x, y: top, w, h: compare.border }, i === 0 ? colors.accent : colors.highlight);
    let y = top + compare.padBlock;
    slide.addText(side.heading, { ...at({ ...inner, y, h: 40 }), ...base(context, compare.heading, colors.ink), bold: true });
    y += 58;
    if (side.figure) {
      figureCard(context, slide, side.figure, { ...inner, y, h: 110 }, figure.valueCompare, figure.labelCompare, colors.background);
      y += 128;
    }
    slide.addText(bulletRuns(context, side.points), {
      ...at({ ...inner, y, h: top + h - y - 20 }),
      ...base(context, compare.size, colors.ink),
    });
  });
  return undefined;
}

function drawQuote(context: SlideContext, slide: Slide, view: SlideOf<"quote">): undefined {
  const { colors } = context;
  const { quote, pad } = TOKENS;
  const text = view.quote.flatMap((block) => (block.kind === "paragraph" ? [block.runs] : []));
  const runs = text.flatMap((line, i) =>
    inlineRuns(line, context.textColors).map((run, j, all) =>
      j === all.length - 1 && i < text.length - 1 ? { ...run, options: { ...run.options, breakLine: true } } : run,
    ),
  );
  const width = CONTENT_WIDTH - quote.inset - 40;
  const lines = estimatedLines(runs.map((r) => r.text ?? "").join(""), quote.size, width, 8);
  const quoteH = Math.ceil(lines * quote.size * quote.line) + 10;
  // The speaker is the slide's title (the deck's outline names a quote by who said it); the rest of the caption below.
  const captionRuns: PptxRun[] = [];
  if (view.role)
    captionRuns.push({ text: view.role, options: { fontSize: points(quote.role), color: pptxColor(colors.muted), breakLine: true } });
  if (view.context) captionRuns.push({ text: view.context, options: { fontSize: points(quote.context), color: pptxColor(colors.muted) } });
  const byH = 40;
  const captionH = byH + (view.role ? 32 : 0) + (view.context ? 26 : 0);
  let y = Math.max(pad.top, (TOKENS.slide.height - quoteH - TOKENS.gap - captionH) / 2);
  slide.addText("“", {
    ...at({ x: LEFT, y: y - 48, w: quote.inset, h: 150 }),
    ...base(context, quote.mark, colors.accent),
    bold: true,
    transparency: 75,
    fit: "none",
  });
  slide.addText(runs, {
    ...at({ x: LEFT + quote.inset, y, w: width, h: quoteH }),
    ...base(context, quote.size, colors.ink),
    lineSpacingMultiple: 1.15,
  });
  y += quoteH + TOKENS.gap;
  slide.addText(view.by, {
    objectName: TITLE_SHAPE,
    align: lineEnds(context.deck.dir).start,
    ...at({ x: LEFT + quote.inset, y, w: width, h: byH }),
    ...base(context, quote.by, colors.ink),
    bold: true,
  });
  if (captionRuns.length > 0)
    slide.addText(captionRuns, {
      ...at({ x: LEFT + quote.inset, y: y + byH, w: width, h: captionH - byH }),
      ...(context.deck.dir === "rtl" ? { align: "right" as const, rtlMode: true } : {}),
      fontFace: context.font,
      lang: officeLanguage(context.deck.lang),
      margin: 0,
      valign: "top",
      fit: "shrink",
    });
  return undefined;
}
