// Every theme, and every brand the check lets through, reads: each text colour on each ground it is
// drawn on has WCAG contrast ≥ 4.5:1, and chart colours ≥ 3:1 on the slide (graphics). axe-core checks
// the built decks (test/e2e/themes.test.ts) but cannot judge text on the title slide's gradient, so
// the palette itself is held to the numbers here, for the themes and for any brand colour.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contrast } from "../../scripts/model/colors.ts";
import { loadTheme, themeNames, themePalettes, type Theme } from "../../scripts/render/theme.ts";
import { checkBrand } from "../../scripts/validate/check-brand.ts";
import type { LoadedBriefing } from "../../scripts/load/load-briefing.ts";

/** Text colours and the grounds each is drawn on (slides.css). */
function textPairs(theme: Theme): [string, string, string, string][] {
  const c = theme.colors;
  const pairs: [string, keyof Theme["colors"], (keyof Theme["colors"])[]][] = [
    ["ink", "ink", ["background", "surface", "accentSoft"]],
    ["muted", "muted", ["background", "surface", "accentSoft"]],
    ["accent (figures, bold text)", "accent", ["background", "surface", "accentSoft"]],
    ["highlight (kicker)", "highlight", ["background", "accentSoft"]],
    ["negative (falls)", "negative", ["background", "surface"]],
    ["section slide text", "sectionInk", ["sectionGround"]],
  ];
  return pairs.flatMap(([what, fg, grounds]) => grounds.map((g): [string, string, string, string] => [what, c[fg], g, c[g]]));
}

function shortfalls(theme: Theme): string[] {
  const text = textPairs(theme)
    .filter(([, fg, , bg]) => contrast(fg, bg) < 4.5)
    .map(([what, fg, ground, bg]) => `${theme.name}: ${what} ${fg} on ${ground} ${bg}: ${contrast(fg, bg).toFixed(2)}`);
  const graphics = [...theme.series, theme.colors.negative]
    .filter((colour) => contrast(colour, theme.colors.background) < 3)
    .map((colour) => `${theme.name}: chart colour ${colour} on the background: ${contrast(colour, theme.colors.background).toFixed(2)}`);
  return [...text, ...graphics];
}

const noImages = { dir: "/nowhere", images: new Map() } as unknown as LoadedBriefing;
const context = { file: "briefing.yaml", locate: () => undefined };
const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, "0")}`);

describe("theme contrast", () => {
  it("ships a light and a dark theme", () => {
    expect(themeNames()).toEqual(expect.arrayContaining(["light", "dark"]));
  });

  it.each(themeNames())("%s: every text colour reads on its grounds, every chart colour on the slide", (name) => {
    expect(shortfalls(loadTheme(name))).toEqual([]);
  });

  it.each(themeNames())("%s: any brand the check accepts keeps every text and chart colour readable", (name) => {
    const palette = themePalettes().get(name)!;
    fc.assert(
      fc.property(hex, hex, (primary, accent) => {
        const brand = { primary, accent };
        if (checkBrand(brand, name, palette, noImages, context).problems.length > 0) return;
        expect(shortfalls(loadTheme(name, brand))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("refuses a pale primary on light and a dark one on dark, naming the field and the ratio", () => {
    const [light] = checkBrand({ primary: "#9ec5ff" }, "light", themePalettes().get("light")!, noImages, context).problems;
    expect(light?.field).toBe("brand.primary");
    expect(light?.message).toMatch(/contrast of 1\.\d\d:1 .* at least 4\.5:1/);
    const [dark] = checkBrand({ accent: "#0b3d91" }, "dark", themePalettes().get("dark")!, noImages, context).problems;
    expect(dark?.field).toBe("brand.accent");
    expect(dark?.hint).toMatch(/lighter shade such as "#[0-9a-f]{6}"/);
  });

  it("offers a shade that passes the check itself", () => {
    fc.assert(
      fc.property(hex, fc.constantFrom(...themeNames()), (primary, name) => {
        const palette = themePalettes().get(name)!;
        const [problem] = checkBrand({ primary }, name, palette, noImages, context).problems;
        const offered = /such as "(#[0-9a-f]{6})"/.exec(problem?.hint ?? "")?.[1];
        if (!offered) return;
        expect(checkBrand({ primary: offered }, name, palette, noImages, context).problems).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
