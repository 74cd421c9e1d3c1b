// The handout's named page of this deck: the paper's size, and in its margins the deck's title, the
// brand's line, the date and "page / pages" on every page (CSS page-margin boxes, printed by Chromium
// since 131), so that a loose page still says what it belongs to. Their margins and type: handout.css.
import type { DeckModel } from "../model/deck.ts";

const SIZES = { a4: "A4", letter: "letter" } as const;

export function handoutPageCss(model: DeckModel): string {
  const [start, end] = model.dir === "rtl" ? ["right", "left"] : ["left", "right"];
  const dir = `direction: ${model.dir};`;
  return [
    `@page handout {`,
    // !important: reveal's print view adds its unnamed @page later, which Chromium lets win (handout.css).
    `  size: ${SIZES[model.handout.paper]} portrait !important;`,
    `  @top-${start} { content: ${cssString(model.title)}; ${dir} }`,
    `  @top-${end} { content: ${cssString(model.dateText)}; ${dir} white-space: nowrap; }`,
    model.brand.footer
      ? `  @bottom-${start} { content: ${cssString(model.brand.footer)}; ${dir} font-weight: 600; color: var(--paper-ink); }`
      : "",
    // Numbers read left to right in every script: an rtl box would show "1 / 2" as "2 / 1".
    `  @bottom-${end} { content: counter(page) " / " counter(pages); direction: ltr; white-space: nowrap; }`,
    `}`,
  ]
    .filter(Boolean)
    .join("\n");
}

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A, and no "<" to end the style element. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `).replace(/\r?\n/g, "\\a ")}"`;
}
