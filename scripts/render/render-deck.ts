// Stage 4, render: the deck model → the HTML of the deck and of the handout, via Handlebars
// templates in templates/ (one per layout, shared partials). Compiled once per process.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import type { DeckModel } from "./deck-model.ts";
import { deckAssets, jsonScript } from "./assets.ts";
import { TEMPLATES_DIR } from "./paths.ts";
import { themeVariables, type Theme } from "./theme.ts";

export interface RenderedDeck {
  deckHtml: string;
  handoutHtml: string;
  /** The parts a live page swaps in on an edit, without reloading. */
  live: { slidesHtml: string; themeCss: string; data: DeckData };
}

export interface DeckData {
  font: string;
  ink: string;
  charts: DeckModel["charts"];
}

export interface RenderOptions {
  /** The dev server's client script: the page then may connect back to its own origin. */
  liveJs?: string;
  /** The dev server's build number, stamped on <html> so the page and tests know which build shows. */
  version?: number;
}

/**
 * Nothing the deck needs comes from the network: scripts and styles are inline, fonts and images
 * are data: URLs. Frames are the deck itself (the speaker view shows it in iframes).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "font-src data:",
  "frame-src 'self' file:",
  "child-src 'self' file:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

interface Compiled {
  deck: Handlebars.TemplateDelegate;
  handout: Handlebars.TemplateDelegate;
  slides: Handlebars.TemplateDelegate;
}

let compiled: Compiled | undefined;

export function renderDeck(model: DeckModel, theme: Theme, options: RenderOptions = {}): RenderedDeck {
  compiled ??= compileTemplates();
  const data: DeckData = { font: theme.font, ink: theme.colors.ink, charts: model.charts };
  const themeCss = `${themeVariables(theme)}\n${theme.css}`;
  const context = {
    deck: model,
    assets: deckAssets(),
    csp: options.liveJs ? CONTENT_SECURITY_POLICY.replace("connect-src 'none'", "connect-src 'self'") : CONTENT_SECURITY_POLICY,
    themeCss,
    dataJson: jsonScript(data),
    liveJs: options.liveJs,
    version: options.version,
  };
  return {
    deckHtml: compiled.deck(context),
    handoutHtml: compiled.handout(context),
    live: { slidesHtml: compiled.slides(context), themeCss, data },
  };
}

/** Forget compiled templates: the dev server calls this when templates/ changes. */
export function reloadTemplates(): void {
  compiled = undefined;
}

function compileTemplates(): Compiled {
  const handlebars = Handlebars.create();
  for (const folder of ["partials", "layouts"]) {
    for (const file of readdirSync(path.join(TEMPLATES_DIR, folder))) {
      if (!file.endsWith(".hbs")) continue;
      const name = folder === "layouts" ? `layout-${file.slice(0, -4)}` : file.slice(0, -4);
      handlebars.registerPartial(name, readFileSync(path.join(TEMPLATES_DIR, folder, file), "utf8"));
    }
  }
  const compile = (file: string) =>
    handlebars.compile(readFileSync(path.join(TEMPLATES_DIR, file), "utf8"), { strict: false, noEscape: false });
  return {
    deck: compile("deck.hbs"),
    handout: compile("handout.hbs"),
    slides: handlebars.compile(readFileSync(path.join(TEMPLATES_DIR, "partials", "deck-slides.hbs"), "utf8")),
  };
}
