// Render a fixture briefing in memory through the one composition root (load → validate → check
// figures → render), as the build does; nothing is written to disk.
import path from "node:path";
import { parse } from "node-html-parser";
import { renderBriefing, type Reporter } from "../../scripts/pipeline.ts";

export const FIXTURES = path.join(import.meta.dirname, "..", "fixtures");

const silent: Reporter = { step() {}, warn() {} };

export async function renderFixture(folder: string) {
  const { valid, model, rendered } = await renderBriefing(folder, silent);
  return {
    valid,
    model,
    rendered,
    deck: parse(rendered.deckHtml),
    handout: parse(rendered.printHtml).querySelector('[data-briefing="handout"]')!,
  };
}

export const text = (element: { textContent: string } | null | undefined) => element?.textContent.replace(/\s+/g, " ").trim() ?? "";
