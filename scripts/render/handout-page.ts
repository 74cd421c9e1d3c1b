// The handout's @page rule: the paper's size, and in its margins the deck's title, the brand's line,
// the date and "page / pages" on every page (CSS page-margin boxes, which Chromium prints since 131),
// so that a loose page still says what it belongs to.
import type { DeckModel } from "./deck-model.ts";

const SIZES = { a4: "A4", letter: "letter" } as const;

export function handoutPageCss(model: DeckModel): string {
  const rtl = model.dir === "rtl";
  const [start, end] = rtl ? ["right", "left"] : ["left", "right"];
  const box = `font-family: "${model.theme.font}", sans-serif; font-size: 8.5pt; color: #5a6678; direction: ${model.dir};`;
  const top = `vertical-align: bottom; padding-bottom: 4mm; ${box}`;
  const bottom = `vertical-align: top; padding-top: 4mm; ${box}`;
  return [
    `@page {`,
    `  size: ${SIZES[model.handout.paper]} portrait;`,
    `  margin: 17mm 16mm 15mm;`,
    `  @top-${start} { content: ${cssString(model.title)}; ${top} }`,
    `  @top-${end} { content: ${cssString(model.dateText)}; ${top} white-space: nowrap; }`,
    model.brand.footer ? `  @bottom-${start} { content: ${cssString(model.brand.footer)}; ${bottom} font-weight: 600; color: #15202e; }` : "",
    // Numbers read left to right in every script: an rtl box would show "1 / 2" as "2 / 1".
    `  @bottom-${end} { content: counter(page) " / " counter(pages); ${bottom} direction: ltr; white-space: nowrap; }`,
    `}`,
  ].filter(Boolean).join("\n");
}

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A, and no "<" to end the style element. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `).replace(/\r?\n/g, "\\a ")}"`;
}
