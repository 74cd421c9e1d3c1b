// What pptxgenjs cannot say, said in the package it wrote (and nothing else):
// - each chart point's value label is a number format that rebuilds the deck's label from the value
//   (number-format.ts), so an edited value relabels itself; a bar below zero takes the fall colour by
//   rule (invert if negative, with Office 2010's colour for the inverted fill), not a colour a point;
// - the same sources give the same bytes: fixed dates (the briefing's) in the package, its embedded
//   workbooks and their zip entries, and charts numbered from 1 (pptxgenjs counts across a process);
// - the theme's font marked sans-serif, so a viewer without it substitutes one;
// - each slide's title shape its title placeholder (outline view, "Reset", the accessibility check);
// - every run in the deck's language (pptxgenjs tags notes and its own runs en-US);
// - bullets in the accent colour, whatever the first word's;
// - East Asian text in the deck's East Asian face (Noto Sans JP, SC), never in the Latin one;
// - each image stored once, however many layouts and slides show it;
// - repairs of pptxgenjs 4.0.1's XML: a paragraph's properties once, first (it writes them before
//   every run, and a viewer then drops the bullet); data labels where the schema puts them; no
//   content types for slide masters that are not there.
import { OoxmlPackage } from "./ooxml-package.ts";
import type { Inline } from "../../model/deck.ts";
import type { ChartLabels } from "./native-chart.ts";
import { pptxColor } from "./pptxgen.ts";
import type { ComplexScriptFamily } from "../../model/complex-script-face.ts";
import { officeLanguage } from "./office-language.ts";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** What the deck says that pptxgenjs could not write: each chart's labels, each slide's notes as lines of runs. */
export interface Finishing {
  charts: ChartLabels[];
  notes: Inline[][];
  /** The deck's face for East Asian text, when it has any. */
  eastAsianFont?: "Noto Sans JP" | "Noto Sans SC" | "Noto Sans KR";
  /** The deck's face for Arabic or Devanagari text (Office's complex-script slot), when it has any. */
  complexScriptFont?: ComplexScriptFamily;
  /** A right-to-left deck: every slide laid out as its mirror image, as the page is. */
  rtl?: boolean;
}

/** The Windows character set Office names beside an East Asian face: Shift JIS, GB 2312, Hangul (as signed bytes). */
const EAST_ASIAN_CHARSET = { "Noto Sans JP": -128, "Noto Sans SC": -122, "Noto Sans KR": -127 };

export async function finishPptx(
  written: Buffer,
  { charts, notes, eastAsianFont, complexScriptFont, rtl }: Finishing,
  isoDate: string,
  deckLang: string,
  accent: string,
): Promise<Buffer> {
  const lang = officeLanguage(deckLang);
  const faces = { eastAsianFont, complexScriptFont };
  const zip = OoxmlPackage.read(written);
  const slideWidth = Number(/<p:sldSz cx="(\d+)"/.exec(zip.text("ppt/presentation.xml")!)![1]);
  const chartFiles = zip
    .names()
    .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
    .sort((a, b) => chartNumber(a) - chartNumber(b));
  if (chartFiles.length !== charts.length) throw new Error(`the PowerPoint has ${chartFiles.length} charts, the deck ${charts.length}`);
  for (const [i, name] of chartFiles.entries()) {
    zip.set(name, textInLanguage(labelPoints(zip.text(name)!, charts[i]!, lang), lang, faces));
  }
  for (const name of zip.names().filter((n) => /^ppt\/embeddings\/.*\.xlsx$/.test(n))) {
    const workbook = OoxmlPackage.read(zip.bytes(name)!);
    fixDates(workbook, isoDate);
    zip.set(name, workbook.write(isoDate));
  }
  const types = zip.text("[Content_Types].xml")!;
  zip.set(
    "[Content_Types].xml",
    types.replace(/<Override PartName="\/ppt\/slideMasters\/slideMaster(\d+)\.xml"[^>]*\/>/g, (override, n: string) =>
      zip.bytes(`ppt/slideMasters/slideMaster${n}.xml`) ? override : "",
    ),
  );
  // The theme's fonts, like every run's, say they are sans-serif (pitch family 34: variable pitch,
  // Swiss), so Office substitutes its own sans-serif (Arial, Calibri) where the font is not installed.
  for (const name of zip.names().filter((n) => /^ppt\/theme\/theme\d+\.xml$/.test(n))) {
    zip.set(
      name,
      zip
        .text(name)!
        .replace(/<a:latin typeface="([^"]*)"\/>/g, '<a:latin typeface="$1" pitchFamily="34" charset="0"/>')
        .replace(/<a:ea typeface=""\/>/g, eastAsianFont ? `<a:ea typeface="${eastAsianFont}"/>` : "$&")
        .replace(/<a:cs typeface=""\/>/g, complexScriptFont ? `<a:cs typeface="${complexScriptFont}"/>` : "$&"),
    );
  }
  for (const name of zip.names().filter((n) => /^ppt\/(slides|notesSlides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n))) {
    let xml = oneParagraphProperties(zip.text(name)!);
    if (name.startsWith("ppt/slides/")) xml = bulletColour(titlePlaceholder(xml), accent);
    if (rtl && !name.startsWith("ppt/notesSlides/")) xml = mirrored(xml, slideWidth);
    zip.set(name, textInLanguage(xml, lang, faces));
  }
  notesWithEmphasis(zip, notes, lang);
  imagesOnce(zip);
  fixDates(zip, isoDate);
  return renumberCharts(zip, chartFiles).write(isoDate);
}

/**
 * Every run in the deck's language (pptxgenjs tags notes, its own runs and the charts' axes en-US),
 * and in the deck's East Asian face for East Asian text: pptxgenjs names the Latin face (Inter) there,
 * with a Chinese charset. A deck without East Asian text names none (the theme's per-script faces apply).
 * Likewise the complex-script slot, where pptxgenjs names Inter with a Hebrew charset: the deck's
 * Arabic or Devanagari face, or none.
 */
function textInLanguage(xml: string, lang: string, { eastAsianFont, complexScriptFont }: Omit<Finishing, "charts" | "notes">): string {
  let out = xml.replace(/<a:(?:ea|cs) typeface="[^"]*"(?: pitchFamily="\d+")?(?: charset="-?\d+")?\/>/g, "");
  const slots = [
    eastAsianFont ? `<a:ea typeface="${eastAsianFont}" pitchFamily="34" charset="${EAST_ASIAN_CHARSET[eastAsianFont]}"/>` : "",
    complexScriptFont ? `<a:cs typeface="${complexScriptFont}" pitchFamily="34" charset="0"/>` : "",
  ].join("");
  if (slots) out = out.replace(/(<a:latin typeface="[^"]*"[^>]*\/>)/g, `$1${slots}`);
  return out.replace(/\slang="en-US"/g, () => ` lang="${escapeXml(lang)}"`);
}

/**
 * Every shape, picture and chart at its mirror place across the slide (pptxgenjs lays out left to
 * right): a right-to-left deck's first stat card on the right, its accent bars on the cards' right
 * edge, its footer's date on the right, as the page shows them. A group's own transform (its child
 * offsets follow it) stays.
 */
function mirrored(xml: string, slideWidth: number): string {
  return xml.replace(
    /(<a:off x=")(\d+)(" y="\d+"\/><a:ext cx=")(\d+)(" cy="\d+"\/>)(?!<a:chOff)/g,
    (_, open: string, x: string, middle: string, cx: string, close: string) =>
      `${open}${Math.max(0, slideWidth - Number(x) - Number(cx))}${middle}${cx}${close}`,
  );
}

const chartNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)![1]);

/** Each series' data labels: one per point with its number format and colour; the fall colour of bars. */
function labelPoints(xml: string, labels: ChartLabels, lang: string): string {
  let index = 0;
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const series = labels.series[index++];
    const found = /<c:dLbls>[\s\S]*?<\/c:dLbls>/.exec(ser);
    if (!series || !found) return ser;
    const original = found[0];
    // pptxgenjs writes its own per-point labels for pies: their style is the one to keep.
    const style = /<a:defRPr[\s\S]*?<\/a:defRPr>|<a:defRPr[^>]*\/>/.exec(original)?.[0] ?? "<a:defRPr/>";
    const position = /<c:dLblPos val="[^"]*"\/>/.exec(original)?.[0] ?? "";
    const points = series.formats.map((format, i) => pointLabel(i, format, series.colors[i]!, style, position, lang)).join("");
    // A point added later takes the series' format: the first point's.
    // (Replacements by function: a format code's "$" must not be read as a replacement pattern.)
    const dLbls = original
      .replace(/<c:dLbl>[\s\S]*?<\/c:dLbl>/g, "")
      .replace(/<c:numFmt [^>]*\/>/, () => `<c:numFmt formatCode="${escapeXml(series.formats[0] ?? "General")}" sourceLinked="0"/>`)
      .replace(/<a:defRPr\b(?![^>]*\slang=)/g, () => `<a:defRPr lang="${escapeXml(lang)}"`)
      .replace("<c:dLbls>", () => `<c:dLbls>${points}`);
    // The schema wants the labels after the points' colours and markers, before the categories.
    const labelled = ser.replace(original, "").replace("<c:cat>", () => `${dLbls}<c:cat>`);
    return labels.fallColor ? invertIfNegative(labelled, labels.fallColor) : labelled;
  });
}

/** One point's label: its number format, in the series' label style (size, weight, font) and this point's colour. */
function pointLabel(index: number, format: string, colour: string, style: string, position: string, lang: string): string {
  const fill = `<a:solidFill><a:srgbClr val="${pptxColor(colour)}"/></a:solidFill>`;
  const attributes = (/^<a:defRPr([^>]*?)\/?>/.exec(style)?.[1] ?? "").replace(/\slang="[^"]*"/, "");
  const font = /<a:latin[^>]*\/>/.exec(style)?.[0] ?? "";
  // On one line: a viewer must not break "-0,635 tỷ USD" after its sign.
  const text = `<c:txPr><a:bodyPr wrap="none"/><a:lstStyle/><a:p><a:pPr><a:defRPr lang="${escapeXml(lang)}"${attributes}>${fill}${font}</a:defRPr></a:pPr><a:endParaRPr lang="${escapeXml(lang)}"/></a:p></c:txPr>`;
  return (
    `<c:dLbl><c:idx val="${index}"/>` +
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${text}${position}` +
    `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`
  );
}

/**
 * A bar below zero in the fall colour, by rule: invertIfNegative, and the colour of the inverted fill
 * as Office 2010 and later write it (c14:invertSolidFillFmt, in the series' extension list).
 */
function invertIfNegative(ser: string, fallColor: string): string {
  const c14 = "http://schemas.microsoft.com/office/drawing/2007/8/2/chart";
  const extension =
    `<c:extLst><c:ext uri="{6F2FDCE9-48DA-4B69-8628-5D25D57E0C5C}" xmlns:c14="${c14}"><c14:invertSolidFillFmt>` +
    `<c14:spPr xmlns:c14="${c14}"><a:solidFill><a:srgbClr val="${pptxColor(fallColor)}"/></a:solidFill></c14:spPr>` +
    "</c14:invertSolidFillFmt></c:ext></c:extLst>";
  return ser.replace(/<c:invertIfNegative val="0"\/>/, '<c:invertIfNegative val="1"/>').replace(/<\/c:ser>$/, () => `${extension}</c:ser>`);
}

/** The shape named as a slide's title (pptx-draw.ts, TITLE_SHAPE) made the slide's title placeholder. */
function titlePlaceholder(xml: string): string {
  return xml.replace(
    /(<p:cNvPr id="\d+" name="Title"(?:[^>]*\/>|[^>]*>\s*<\/p:cNvPr>)\s*<p:cNvSpPr[^>]*\/>\s*)<p:nvPr(?:\/>|><\/p:nvPr>)/,
    (_, head: string) => `${head}<p:nvPr><p:ph type="title"/></p:nvPr>`,
  );
}

/** Each slide's notes as paragraphs of runs, bold and italic kept (pptxgenjs writes one plain run). */
function notesWithEmphasis(zip: OoxmlPackage, notes: Inline[][], lang: string): void {
  for (const [i, lines] of notes.entries()) {
    if (lines.length === 0) continue;
    const rels = zip.text(`ppt/slides/_rels/slide${i + 1}.xml.rels`);
    const target = rels && /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    if (!target) continue;
    const file = `ppt/notesSlides/${target}`;
    const paragraphs = lines.map((line) => `<a:p>${line.map((run) => noteRun(run, lang)).join("")}</a:p>`).join("");
    const xml = zip
      .text(file)!
      .replace(
        /(<p:ph type="body"[^>]*\/>[\s\S]*?<p:txBody><a:bodyPr\/><a:lstStyle\/>)[\s\S]*?(<\/p:txBody>)/,
        (_, head: string, tail: string) => `${head}${paragraphs}${tail}`,
      );
    zip.set(file, xml);
  }
}

function noteRun(run: Inline[number], lang: string): string {
  if (run.lineBreak) return "<a:br/>";
  const emphasis = `${run.bold ? ' b="1"' : ""}${run.italic ? ' i="1"' : ""}`;
  return `<a:r><a:rPr lang="${escapeXml(lang)}"${emphasis} dirty="0"/><a:t>${escapeXml(run.text)}</a:t></a:r>`;
}

/** Every bullet in the accent, as the deck's squares: else a bullet takes the colour of its first word. */
function bulletColour(xml: string, accent: string): string {
  return xml.replace(
    /(<a:buSzPct [^>]*\/>)?<a:buChar /g,
    (bullet) => `<a:buClr><a:srgbClr val="${pptxColor(accent)}"/></a:buClr>${bullet}`,
  );
}

/** Identical media files kept once: every relationship to a copy points at the first. */
function imagesOnce(zip: OoxmlPackage): void {
  const media = zip
    .names()
    .filter((name) => /^ppt\/media\/./.test(name))
    .sort();
  const firstOf = new Map<string, string>();
  const moved = new Map<string, string>();
  for (const name of media) {
    const key = Buffer.from(zip.bytes(name)!).toString("base64") + extname(name);
    const first = firstOf.get(key);
    if (first) moved.set(name, first);
    else firstOf.set(key, name);
  }
  if (moved.size === 0) return;
  for (const rels of zip.names().filter((name) => name.endsWith(".rels"))) {
    const xml = zip.text(rels)!;
    const redirected = xml.replace(/Target="\.\.\/media\/([^"]+)"/g, (target, file: string) => {
      const first = moved.get(`ppt/media/${file}`);
      return first ? `Target="../media/${first.slice("ppt/media/".length)}"` : target;
    });
    if (redirected !== xml) zip.set(rels, redirected);
  }
  for (const name of moved.keys()) zip.remove(name);
}

const extname = (name: string) => /\.[^.]+$/.exec(name)?.[0] ?? "";

const PARAGRAPH_PROPERTIES = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g;

/** A paragraph's properties once, as its first child (pptxgenjs writes them before every run). */
function oneParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (paragraph, inner: string) => {
    const found = inner.match(PARAGRAPH_PROPERTIES);
    if (!found || (found.length === 1 && inner.startsWith(found[0]))) return paragraph;
    return `<a:p>${found[0]}${inner.replace(PARAGRAPH_PROPERTIES, "")}</a:p>`;
  });
}

/** The package's own dates (created, modified) the briefing's day; its entries are dated when written. */
function fixDates(zip: OoxmlPackage, isoDate: string): void {
  const core = zip.text("docProps/core.xml");
  if (core) {
    const stamp = `${isoDate}T00:00:00Z`;
    const xml = core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
    zip.set("docProps/core.xml", xml);
  }
}

/** Charts numbered 1…n in slide order, whatever pptxgenjs's process-wide counter had reached. */
function renumberCharts(zip: OoxmlPackage, chartFiles: string[]): OoxmlPackage {
  const numbers = new Map(chartFiles.map((name, i) => [String(chartNumber(name)), String(i + 1)]));
  const renumber = (text: string) =>
    text
      .replace(/(charts\/(?:_rels\/)?chart)(\d+)(\.xml)/g, (_, a: string, n: string, b: string) => a + (numbers.get(n) ?? n) + b)
      .replace(/(Microsoft_Excel_Worksheet)(\d+)(\.xlsx)/g, (_, a: string, n: string, b: string) => a + (numbers.get(n) ?? n) + b);
  for (const name of zip.names().filter((n) => /\.(xml|rels)$/.test(n))) zip.set(name, renumber(zip.text(name)!));
  return zip.renamed(renumber);
}
