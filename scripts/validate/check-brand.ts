// A brand's colours must read as text on the theme they are laid over, and its logo must be an image
// in the folder: a pale primary gives a deck whose figures nobody in the room can read.
import { isInside, type LoadedBriefing } from "../load/load-briefing.ts";
import { imagePath } from "../model/images.ts";
import type { Problem } from "../errors.ts";
import { imageSize } from "image-size";
import type { Brand, WrittenBrand } from "../model/briefing.ts";
import { brandPalette, contrast, difference, isDark, readableShade, type Palette } from "../model/colors.ts";
import { suggest } from "./did-you-mean.ts";
import { problemAt, type ProblemContext } from "./zod-problems.ts";

/**
 * How unlike the theme's colour for falls the primary must look (CIEDE2000): rises are drawn in the
 * primary, so a red primary would make every rise read as a loss. 0.2 keeps reds, crimsons and
 * orange-reds out, and every blue, green, purple or amber in.
 */
const UNLIKE_NEGATIVE = 0.2;

const GROUND_NAMES: Partial<Record<keyof Palette, string>> = { background: "background", surface: "cards", accentSoft: "title slide tint" };

/** WCAG 2's minimum for body text (AA): what the themes' own text colours meet. */
const TEXT_CONTRAST = 4.5;

// Where each brand colour is drawn as text: figures and bold text on slides and cards (primary), the
// title slide's kicker on its tinted ground (accent).
const GROUNDS: Record<"primary" | "accent", readonly (keyof Palette)[]> = {
  primary: ["background", "surface", "accentSoft"],
  accent: ["background", "accentSoft"],
};

/** The worst ground a brand colour is drawn on as text, and its contrast there. */
function worstGround(field: "primary" | "accent", colour: string, theme: Palette): { name: keyof Palette; colour: string; ratio: number } {
  return GROUNDS[field]
    .map((name) => ({ name, colour: theme[name], ratio: contrast(colour, theme[name]) }))
    .reduce((a, b) => (b.ratio < a.ratio ? b : a));
}

/**
 * The brand as the deck uses it (colours in lower case, the logo measured, once), and what is wrong
 * with it. An unknown theme is reported on its own: there is nothing to hold the colours to then.
 */
export function checkBrand(
  written: WrittenBrand,
  themeName: string,
  themePalette: Palette | undefined,
  loaded: LoadedBriefing,
  context: ProblemContext,
): { brand: Brand; problems: Problem[] } {
  const brand = { ...written, primary: written.primary?.trim().toLowerCase(), accent: written.accent?.trim().toLowerCase() };
  const problems: Problem[] = [];
  const theme = themePalette && brandPalette(themePalette, brand);
  for (const field of ["primary", "accent"] as const) {
    const colour = brand[field];
    if (colour === undefined || theme === undefined || themePalette === undefined) continue;
    if (field === "primary" && difference(colour, theme.negative) < UNLIKE_NEGATIVE) {
      problems.push(
        problemAt(
          context,
          ["brand", "primary"],
          `brand.primary "${colour}" looks like the ${themeName} theme's colour for falls (${theme.negative}): rises and falls would be drawn alike`,
          `give a red brand colour as brand.accent (kicker, second series) and a primary in another hue; the theme keeps its red for falls`,
        ),
      );
      continue;
    }
    const worst = worstGround(field, colour, theme);
    if (worst.ratio >= TEXT_CONTRAST) continue;
    // The shade is held to the palette it would make (the title slide's tint follows the primary).
    const towards = isDark(themePalette.background) ? "lighter" : "darker";
    const shade = readableShade(
      colour,
      towards,
      (s) =>
        worstGround(field, s, brandPalette(themePalette, { ...brand, [field]: s })).ratio >= TEXT_CONTRAST &&
        (field !== "primary" || difference(s, themePalette.negative) >= UNLIKE_NEGATIVE),
    );
    problems.push(
      problemAt(
        context,
        ["brand", field],
        `brand.${field} "${colour}" has a contrast of ${worst.ratio.toFixed(2)}:1 on the ${themeName} theme's ${GROUND_NAMES[worst.name]} (${worst.colour}); text needs at least ${TEXT_CONTRAST}:1`,
        shade ? `use a ${towards} shade such as "${shade}", or another theme` : "choose another colour, or another theme",
      ),
    );
  }
  const logo = brand.logo === undefined ? undefined : measureLogo(brand.logo, loaded);
  if (brand.logo !== undefined) {
    const images = [...loaded.images.keys()];
    if (!isInside(loaded.dir, brand.logo)) {
      problems.push(
        problemAt(
          context,
          ["brand", "logo"],
          `the logo must be an image inside the briefing folder, found "${brand.logo}"`,
          "copy the logo next to briefing.yaml and name it relative to the folder",
        ),
      );
    } else if (!loaded.images.has(imagePath(brand.logo))) {
      const close = suggest(imagePath(brand.logo), images);
      problems.push(
        problemAt(
          context,
          ["brand", "logo"],
          `the logo "${brand.logo}" is not an image in the briefing folder`,
          close
            ? `did you mean "${close}"?`
            : images.length > 0
              ? `the folder's images: ${images.slice(0, 5).join(", ")}${images.length > 5 ? ", …" : ""}`
              : "put the logo in the folder: .png, .jpg, .gif, .webp, .svg or .avif (an SVG stays sharp at every size)",
        ),
      );
    } else if (logo === undefined) {
      problems.push(
        problemAt(
          context,
          ["brand", "logo"],
          `the logo "${brand.logo}" cannot be read as an image (no width and height found in it)`,
          "save it again as PNG or SVG (an SVG needs a width and height or a viewBox)",
        ),
      );
    }
  }
  return { brand: { ...brand, logo }, problems };
}

/** The logo's file and its size in pixels (an SVG's from its width/height or viewBox). */
function measureLogo(file: string, loaded: LoadedBriefing): { file: string; width: number; height: number } | undefined {
  const image = loaded.images.get(imagePath(file));
  if (!image) return undefined;
  try {
    const { width, height } = imageSize(image.bytes);
    return width > 0 && height > 0 ? { file: imagePath(file), width, height } : undefined;
  } catch {
    return undefined;
  }
}
