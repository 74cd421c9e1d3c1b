// Load, validate and render a fixture briefing in memory (no figure check, no disk writes).
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { loadBriefing } from "../../scripts/load/load-briefing.ts";
import { validateBriefing } from "../../scripts/validate/validate-briefing.ts";
import { deckModel } from "../../scripts/render/deck-model.ts";
import { renderDeck } from "../../scripts/render/render-deck.ts";
import { loadTheme, themeNames } from "../../scripts/render/theme.ts";

export const FIXTURES = path.join(import.meta.dirname, "..", "fixtures");

export async function renderFixture(folder: string) {
  const loaded = await loadBriefing(folder);
  const valid = validateBriefing(loaded, { themes: themeNames() });
  const theme = loadTheme(valid.briefing.theme);
  const model = deckModel(valid.briefing, valid.images, theme);
  const rendered = renderDeck(model, theme);
  return { valid, model, rendered, deck: parse(rendered.deckHtml), handout: parse(rendered.handoutHtml) };
}

export const text = (element: HTMLElement | null | undefined) => element?.textContent.replace(/\s+/g, " ").trim() ?? "";
