// Inter cut to a deck's characters (scripts/render/inter-css.ts) must draw what the whole face
// draws: the same glyphs, kerning and features (tabular figures, cv11, contextual forms), and every
// character the page writes itself (a chart axis's numbers, in the deck's locale). The real
// Chromium prints a page in each, and pdftoppm's pixels are compared.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { packageFile } from "../../scripts/render/assets.ts";
import { interFaceCss } from "../../scripts/render/inter-css.ts";
import { shownCharacters } from "../../scripts/model/east-asian-face.ts";
import { sharedBrowserAndFolder } from "../helpers/shared-browser.ts";

const { browser, dir } = sharedBrowserAndFolder("inter-cut-");

// Kerning pairs, Vietnamese stacked marks, calt's arrows and case-aware brackets, Greek, Cyrillic,
// Latin beyond Latin-1, and signs.
const SAMPLE = [
  "Lợi nhuận trước thuế quý III/2025 đạt 12.345 tỷ đồng, tăng 17% — “quả bom” AI; Ư Ơ Ỹ ỹ ẫ",
  "AVAVA Tý Wo To Yo LT P. F, ‘quoted’ «guillemets» -> <- => (HALT) [H] {X} 1/2 3×4",
  "Straße Œuvre ÆØÅ Łódź İstanbul ğ ş ț — Ελλάδα Россия № ≈ −4,5 % ‰ € £ ¥ ₫ 1⁄2 3⁄4",
  // Typed decomposed (a letter, then its marks), as Vietnamese keyboards may: drawn composed.
  "Lợi nhuận tăng ấn tượng, ưu đãi ơn".normalize("NFD"),
];
const WEIGHTS: [number, string][] = [
  [400, "normal"],
  [400, "italic"],
  [600, "normal"],
  [700, "normal"],
  [800, "normal"],
];

/** A page of the sample in every weight, plain and with the slides' number features. */
function samplePage(fontCss: string): string {
  const lines = WEIGHTS.flatMap(([weight, style]) =>
    SAMPLE.map((line) => `<p style="font-weight:${weight};font-style:${style}">${line} <span class="num">−1 234 567,89</span></p>`),
  );
  // Small capitals, which Chromium makes of capitals (reveal's paper style sets them on h4).
  lines.push(`<p style="font-variant: small-caps">${SAMPLE[0]}</p>`);
  return `<!doctype html><meta charset="utf-8"><style>${fontCss}
    body { font-family: "Inter"; font-size: 15px; margin: 20px; }
    p { margin: 0 0 4px; }
    .num { font-feature-settings: "tnum" 1, "cv11" 1; }
  </style>${lines.join("\n")}`;
}

/** The whole faces, as the deck had them before the cut. */
function wholeFacesCss(): string {
  const web = path.join(path.dirname(packageFile("inter-ui/package.json")), "web");
  const files: Record<string, string> = {
    "400normal": "Inter-Regular",
    "400italic": "Inter-Italic",
    "600normal": "Inter-SemiBold",
    "700normal": "Inter-Bold",
    "800normal": "Inter-ExtraBold",
  };
  return WEIGHTS.map(([weight, style]) => {
    const data = readFileSync(path.join(web, `${files[`${weight}${style}`]}.woff2`)).toString("base64");
    return `@font-face { font-family: "Inter"; font-weight: ${weight}; font-style: ${style}; src: url(data:font/woff2;base64,${data}) format("woff2"); }`;
  }).join("\n");
}

async function printedPixels(html: string, name: string): Promise<Buffer> {
  const tab = await browser().newTab();
  try {
    await tab.setContent(html, { waitUntil: "load" });
    await tab.evaluate(() => document.fonts.ready);
    const pdf = path.join(dir, `${name}.pdf`);
    writeFileSync(pdf, await tab.pdf({ width: "210mm", height: "297mm", printBackground: true }));
    execFileSync("pdftoppm", ["-r", "150", "-gray", "-singlefile", pdf, path.join(dir, name)]);
    return readFileSync(path.join(dir, `${name}.pgm`));
  } finally {
    await tab.close();
  }
}

describe("Inter cut to the deck's characters", () => {
  it("prints the sample exactly as the whole faces do, in every weight", async () => {
    // The characters as the deck model gives them (each once, sorted: marks apart from their letters).
    const cut = await interFaceCss(shownCharacters(SAMPLE.join("")).theme, "vi");
    expect(cut.length).toBeLessThan(wholeFacesCss().length / 3);
    const [whole, cutPixels] = [await printedPixels(samplePage(wholeFacesCss()), "whole"), await printedPixels(samplePage(cut), "cut")];
    expect(cutPixels.length).toBe(whole.length);
    expect(cutPixels.equals(whole)).toBe(true);
  });

  // Chart.js writes a value axis's numbers in the page, with Intl in the deck's locale: narrow
  // no-break spaces (fr), the minus sign (sv, nb), apostrophes (de-CH). The deck's own text may
  // hold none of them.
  for (const lang of ["fr", "sv", "nb", "de-CH", "vi", "ru", "el", "pt-BR"]) {
    it(`draws every number Chart.js writes in ${lang} (none of it in the deck's text) in Inter`, async () => {
      const css = await interFaceCss("Abc", lang);
      const tab = await browser().newTab();
      try {
        await tab.setContent(`<!doctype html><meta charset="utf-8"><style>${css} p { font-family: "Inter"; }</style><p></p>`);
        // Written by Chromium's Intl, as Chart.js writes them in the page.
        const numbers = await tab.evaluate((locale) => {
          const text = [-1234567.891, 0.5, 1e21, -0.000012]
            .flatMap((n) => [new Intl.NumberFormat(locale).format(n), new Intl.NumberFormat(locale, { notation: "scientific" }).format(n)])
            .join(" ");
          document.querySelector("p")!.textContent = text;
          return text;
        }, lang);
        await tab.evaluate(() => document.fonts.ready);
        const cdp = await tab.createCDPSession();
        await cdp.send("DOM.enable");
        await cdp.send("CSS.enable");
        const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
        const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "p" });
        const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
        expect(
          fonts.filter((font) => !font.isCustomFont),
          numbers,
        ).toEqual([]);
        expect(fonts.length).toBeGreaterThan(0);
      } finally {
        await tab.close();
      }
    });
  }
});
