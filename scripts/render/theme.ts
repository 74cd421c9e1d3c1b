// Themes ship in templates/themes/NAME/: theme.json (colors shared by CSS and charts) and theme.css.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { TEMPLATES_DIR } from "./paths.ts";

export interface Theme {
  name: string;
  font: string;
  colors: Record<"background" | "surface" | "ink" | "muted" | "rule" | "accent" | "accentSoft" | "highlight" | "positive" | "negative", string>;
  series: string[];
  css: string;
}

const THEMES_DIR = path.join(TEMPLATES_DIR, "themes");

export function themeNames(): string[] {
  return readdirSync(THEMES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(THEMES_DIR, entry.name, "theme.json")))
    .map((entry) => entry.name);
}

export function loadTheme(name: string): Theme {
  const dir = path.join(THEMES_DIR, name);
  const json = JSON.parse(readFileSync(path.join(dir, "theme.json"), "utf8")) as Omit<Theme, "name" | "css">;
  return { ...json, name, css: readFileSync(path.join(dir, "theme.css"), "utf8") };
}

/** The theme's colors as CSS custom properties, so CSS and charts share one palette. */
export function themeVariables(theme: Theme): string {
  const vars = Object.entries(theme.colors).map(([key, value]) => `--color-${kebab(key)}: ${value};`);
  theme.series.forEach((color, i) => vars.push(`--series-${i}: ${color};`));
  return `:root { ${vars.join(" ")} --font-body: "${theme.font}", sans-serif; }`;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
