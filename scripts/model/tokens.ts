// The slide's geometry and type, once: the page's CSS reads these as custom properties (render
// writes them into the deck's :root, templates/slides.css uses var(--…)), and the PowerPoint writer
// and the sources pagination compute with the same numbers. All in the deck's CSS pixels on a
// 1280×720 slide.

export const TOKENS = {
  slide: { width: 1280, height: 720 },
  pad: { top: 56, inline: 80, bottom: 84 },
  /** Between the title and the content, and between a slide's blocks. */
  gap: 28,
  bar: { width: 96, height: 8, titleHeight: 12 },
  footer: { bottom: 22, height: 34, size: 16, logo: 22, gap: 24 },
  title: { size: 44, line: 1.15 },
  deckTitle: { size: 60, line: 1.1, width: 1060 },
  deckSubtitle: 30,
  kicker: 22,
  byline: 22,
  titleLogo: 72,
  points: { size: 30, gap: 20 },
  figure: { value: 56, valueThree: 46, valueCompare: 40, label: 22, labelCompare: 18, width: 340, border: 8, inset: 40 },
  stats: { gap: 28 },
  caption: 20,
  compare: { gap: 40, size: 24, heading: 30, padBlock: 26, padInline: 30, border: 6 },
  quote: { size: 34, line: 1.4, inset: 100, mark: 180, by: 26, role: 22, context: 18 },
  section: { title: 64, subtitle: 30 },
  markdown: { size: 26, table: 22, image: 420 },
  sources: { article: 19, label: 15, table: 17, line: 1.3, cellBlock: 9, cellInline: 12, gap: 18 },
} as const;

/** Where the footer's rule is drawn, and the bottom of the content above it. */
export const FOOTER_TOP = TOKENS.slide.height - TOKENS.footer.bottom - TOKENS.footer.height;
export const CONTENT_BOTTOM = TOKENS.slide.height - TOKENS.pad.bottom;
export const CONTENT_WIDTH = TOKENS.slide.width - 2 * TOKENS.pad.inline;

/** A chart's value labels: smaller when many points share the chart (the page shrinks them further if they collide). */
export function valueLabelPx(points: number): number {
  return points > 16 ? 16 : points > 8 ? 18 : 22;
}

/** The tokens as CSS custom properties (--slide-width: 1280px; --title-size: 44px; …). */
export function tokensCss(): string {
  const vars: string[] = [];
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === "number") vars.push(`--${prefix}: ${value}${prefix.endsWith("-line") ? "" : "px"};`);
    else for (const [key, inner] of Object.entries(value as object)) walk(prefix ? `${prefix}-${kebab(key)}` : kebab(key), inner);
  };
  walk("", TOKENS);
  return `:root { ${vars.join(" ")} }`;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
