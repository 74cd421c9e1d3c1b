// Colour arithmetic the themes and the brand check share: WCAG contrast, mixing, and the nearest
// shade of a colour that reads on a ground. colord does the maths; this names what the product needs.
import { colord, extend } from "colord";
import a11yPlugin from "colord/plugins/a11y";
import labPlugin from "colord/plugins/lab";
import mixPlugin from "colord/plugins/mix";

extend([a11yPlugin, labPlugin, mixPlugin]);

/** WCAG 2 contrast ratio of two colours, 1–21. */
export function contrast(a: string, b: string): number {
  return colord(a).contrast(b);
}

/** How different two colours look (CIEDE2000, 0: the same, 1: as far apart as colours go). */
export function difference(a: string, b: string): number {
  return colord(a).delta(b);
}

/** `share` of `colour` laid over `ground` (0: the ground, 1: the colour), as #rrggbb. */
function mix(ground: string, colour: string, share: number): string {
  return colord(ground).mix(colour, share).toHex();
}

/** Of the candidates, the one that reads best on the ground. */
export function bestOn(ground: string, candidates: readonly string[]): string {
  return candidates.reduce((best, c) => (contrast(c, ground) > contrast(best, ground) ? c : best));
}

/**
 * The shade of `colour` nearest to it (same hue, lightness moved `towards` light or dark) that
 * `reads`; undefined when no shade does.
 */
export function readableShade(colour: string, towards: "lighter" | "darker", reads: (shade: string) => boolean): string | undefined {
  for (let step = 0; step <= 100; step += 1) {
    const shade = (towards === "lighter" ? colord(colour).lighten(step / 100) : colord(colour).darken(step / 100)).toHex();
    if (reads(shade)) return shade;
  }
  return undefined;
}

/** True when the colour is dark (a dark theme's background). */
export function isDark(colour: string): boolean {
  return colord(colour).isDark();
}

/** A palette's colours by role, as a theme's theme.json names them. */
export type Palette = Record<
  "background" | "surface" | "ink" | "muted" | "rule" | "accent" | "accentSoft" | "highlight" | "positive" | "negative",
  string
>;

/**
 * A brand laid over a theme's palette: its primary takes the accent's places (figures, bold text, the
 * section slide, the tinted title ground, the first series), its accent the highlight's (the kicker,
 * the second side of a comparison, the second series). The build draws with this palette, and the
 * brand check holds the colours to it.
 */
export function brandPalette(palette: Palette, brand: { primary?: string; accent?: string } | undefined): Palette {
  const colors = { ...palette };
  if (brand?.primary) {
    colors.accent = brand.primary;
    // A tint of the primary, as light as it must be for the theme's ink and muted text to read on it.
    const tints = [0.12, 0.1, 0.08, 0.06, 0.04, 0.02, 0].map((share) => mix(palette.background, brand.primary!, share));
    colors.accentSoft = tints.find((tint) => contrast(palette.ink, tint) >= 4.5 && contrast(palette.muted, tint) >= 4.5)!;
  }
  if (brand?.accent) colors.highlight = brand.accent;
  return colors;
}

/** A theme's palette with the roles derived from it: text on the accent, and the section slide's colours. */
export type ThemeColors = Palette & Record<"onAccent" | "sectionGround" | "sectionInk" | "sectionBar", string>;
