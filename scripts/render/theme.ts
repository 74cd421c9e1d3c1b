// Themes ship in templates/themes/NAME/: theme.json (the colours CSS and charts share) and an
// optional theme.css on top of the layout every theme shares (templates/slides.css).
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { Brand } from "../model/briefing.ts";
import { TEMPLATES_DIR } from "./paths.ts";
import { bestOn, brandPalette, type Palette, type ThemeColors } from "../model/colors.ts";

/** Where a section slide's colours come from: roles of the palette. */
type SectionRoles = Record<"ground" | "ink" | "bar", keyof Palette | "onAccent">;

export interface Theme {
  name: string;
  font: string;
  colors: ThemeColors;
  series: string[];
  css: string;
}

const THEMES_DIR = path.join(TEMPLATES_DIR, "themes");

export function themeNames(): string[] {
  return readdirSync(THEMES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(THEMES_DIR, entry.name, "theme.json")))
    .map((entry) => entry.name)
    .sort();
}

/** Every theme's colours by name, for checks that need no CSS (a theme's name, a brand's contrast). */
export function themePalettes(): Map<string, Palette> {
  return new Map(themeNames().map((name) => [name, readThemeJson(name).colors]));
}

export function loadTheme(name: string, brand?: Brand): Theme {
  const json = readThemeJson(name);
  const own = path.join(THEMES_DIR, name, "theme.css");
  const css = [readFileSync(path.join(TEMPLATES_DIR, "slides.css"), "utf8"), existsSync(own) ? readFileSync(own, "utf8") : ""].join("\n");
  const colors = brandPalette(json.colors, brand);
  const series = [...json.series];
  if (brand?.primary) series[0] = brand.primary;
  if (brand?.accent) series[1] = brand.accent;
  // Text on the accent: the theme's background or ink, whichever reads on it.
  const roles = { ...colors, onAccent: bestOn(colors.accent, [colors.background, colors.ink]) };
  const section = { sectionGround: roles[json.section.ground], sectionInk: roles[json.section.ink], sectionBar: roles[json.section.bar] };
  return { name, font: json.font, colors: { ...roles, ...section }, series, css };
}

interface ThemeJson {
  font: string;
  colors: Palette;
  series: string[];
  section: SectionRoles;
}

function readThemeJson(name: string): ThemeJson {
  return JSON.parse(readFileSync(path.join(THEMES_DIR, name, "theme.json"), "utf8")) as ThemeJson;
}

/** The theme's colors as CSS custom properties, so CSS and charts share one palette. */
export function themeVariables(theme: Theme, fontStack: string): string {
  const vars = Object.entries(theme.colors).map(([key, value]) => `--color-${kebab(key)}: ${value};`);
  theme.series.forEach((color, i) => vars.push(`--series-${i}: ${color};`));
  return `:root { ${vars.join(" ")} --font-body: ${fontStack}, sans-serif; }`;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
