// Stage 4, render: the deck model → the HTML of the deck, of its print document (the deck and the
// handout in one page, loaded once to print both) and of the overview sheet, via Handlebars templates
// in templates/ (one per layout, shared partials). Compiled once per process, from code kept between
// processes (precompiled-templates.ts).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import type { DeckImage, DeckModel } from "../model/deck.ts";
import { TOKENS, tokensCss } from "../model/tokens.ts";
import { deckAssets, jsonScript, script } from "./assets.ts";
import { contentSecurityPolicy } from "./content-security-policy.ts";
import { handoutPageCss } from "./handout-page.ts";
import { numberText, urlText } from "./template-helpers.ts";
import { precompiledTemplates } from "./precompiled-templates.ts";
import { slidesHtml } from "./slide-html.ts";
import type { PageData } from "../runtime/page-contract.ts";
import { TEMPLATES_DIR } from "./paths.ts";
import { themeVariables, type Theme } from "./theme.ts";
import { fontStack } from "../model/east-asian-face.ts";

export interface RenderedDeck {
  deckHtml: string;
  /**
   * The deck and its handout in one page, never published: the exporter loads it once, prints the
   * slides (data-print="deck"), then the handout's pages (data-print="handout") on their own paper.
   */
  printHtml: string;
  /** Every slide on one sheet; its pictures are filled in by the export (--png). */
  overviewHtml: string;
  /** The parts a live page swaps in on an edit, without reloading. */
  live: { slidesHtml: string; themeCss: string; data: DeckData };
}

/** The page's data as the runtime reads it (the page contract's shape). */
export type DeckData = PageData;

export interface RenderOptions {
  /** The dev server's client script: the page then may connect back to its own origin. */
  liveJs?: string;
  /** The dev server's build number, stamped on <html> so the page and tests know which build shows. */
  version?: number;
  /** The deck's faces as @font-face rules (inter-css.ts, script-face-css.ts), cut to its text. */
  fontCss: string;
}

interface Compiled {
  deck: Handlebars.TemplateDelegate;
  overview: Handlebars.TemplateDelegate;
  slides: Handlebars.TemplateDelegate;
}

let compiled: Compiled | undefined;

export function renderDeck(model: DeckModel, theme: Theme, options: RenderOptions): RenderedDeck {
  compiled ??= compileTemplates();
  const { slides, charts } = slidesHtml(model);
  // The templates' deck: the model, its slides as HTML views (the handout's sheets too).
  const byNumber = new Map(slides.map((slide) => [slide.number, slide]));
  const deck = {
    ...model,
    slides,
    handout: { ...model.handout, sheets: model.handout.sheets.map((sheet) => sheet.map((slide) => byNumber.get(slide.number)!)) },
  };
  const font = fontStack(model.theme);
  const data: DeckData = { font, lineHeight: model.theme.complexScript ? 1.5 : 1.2, ink: theme.colors.ink, charts };
  const logo = model.brand.logo && model.images.get(model.brand.logo.image);
  // The faces are in the theme's style, which a live page swaps on an edit: new text brings its glyphs.
  const themeCss = `${options.fontCss}\n${tokensCss()}\n${themeVariables(theme, font)}\n${logo ? logoCss(logo, model.brand.logo!) : ""}${theme.css}`;
  const assets = deckAssets();
  // Each page's inline scripts, in the order they run: the page's policy allows exactly these.
  // The print document runs the deck's own scripts (reveal's print view lays its slides out), but
  // not the speaker view's plugin (69 KB) nor ever the live client.
  const printScripts = [assets.revealJs, assets.chartJs, assets.datalabelsJs, assets.runtimeJs];
  const presented = [assets.revealJs, assets.notesJs, assets.chartJs, assets.datalabelsJs, assets.runtimeJs];
  const deckScripts = options.liveJs === undefined ? presented : [...presented, script(options.liveJs)];
  const context = {
    deck,
    slide: TOKENS.slide,
    assets,
    themeCss,
    dataJson: jsonScript(data),
    live: options.liveJs !== undefined,
    version: options.version,
  };
  const deckCsp = contentSecurityPolicy([...deckScripts, assets.speakerViewJs], { frames: true, connect: options.liveJs !== undefined });
  const printCsp = contentSecurityPolicy(printScripts, { frames: false, connect: false });
  const overviewCsp = contentSecurityPolicy([], { frames: false, connect: false });
  return {
    deckHtml: compiled.deck({ ...context, csp: deckCsp, scripts: deckScripts }),
    printHtml: compiled.deck({
      ...context,
      live: false,
      version: undefined,
      print: true,
      csp: printCsp,
      scripts: printScripts,
      handoutPageCss: handoutPageCss(model),
    }),
    overviewHtml: compiled.overview({ ...context, csp: overviewCsp, ...overviewGrid(model.slides.length) }),
    live: { slidesHtml: compiled.slides(context), themeCss, data },
  };
}

/**
 * The overview's columns: near-square sheets for a few slides, at most six across for many; the
 * thumbnails as wide as a sheet about 1700 px wide allows (400 px, a third of a slide, at most).
 */
function overviewGrid(slides: number): { columns: number; thumbWidth: number } {
  const columns = Math.min(6, Math.max(1, Math.ceil(Math.sqrt(slides * 0.9))));
  return { columns, thumbWidth: Math.min(400, Math.floor((1700 - 64 - (columns - 1) * 20) / columns)) };
}

/**
 * The logo is drawn as a background from one CSS variable, so its bytes are in the page once, not
 * once a slide; its widths follow its proportions at the heights the slides give it.
 */
function logoCss(image: DeckImage, size: { width: number; height: number }): string {
  const ratio = size.width / size.height;
  return `:root { --brand-logo: url("data:${image.mime};base64,${image.bytes.toString("base64")}"); --brand-logo-ratio: ${ratio.toFixed(4)}; }\n`;
}

/** Forget compiled templates: the dev server calls this when templates/ changes. */
export function reloadTemplates(): void {
  compiled = undefined;
}

function compileTemplates(): Compiled {
  const handlebars = Handlebars.create();
  handlebars.registerHelper("number-text", numberText);
  handlebars.registerHelper("url-text", urlText);
  const partials: Record<string, string> = {};
  for (const folder of ["partials", "layouts"]) {
    for (const file of readdirSync(path.join(TEMPLATES_DIR, folder))) {
      if (!file.endsWith(".hbs")) continue;
      const name = folder === "layouts" ? `layout-${file.slice(0, -4)}` : file.slice(0, -4);
      partials[name] = readFileSync(path.join(TEMPLATES_DIR, folder, file), "utf8");
    }
  }
  const pages = {
    [DECK_PAGE]: readFileSync(path.join(TEMPLATES_DIR, "deck.hbs"), "utf8"),
    [OVERVIEW_PAGE]: readFileSync(path.join(TEMPLATES_DIR, "overview.hbs"), "utf8"),
  };
  const templates = precompiledTemplates(handlebars, { ...partials, ...pages }, { strict: false, noEscape: false });
  for (const name of Object.keys(partials)) handlebars.registerPartial(name, templates[name]!);
  return { deck: templates[DECK_PAGE]!, overview: templates[OVERVIEW_PAGE]!, slides: templates["deck-slides"]! };
}

/** The pages' names among the templates: not a partial's (a file name has no slash). */
const DECK_PAGE = "page/deck";
const OVERVIEW_PAGE = "page/overview";
