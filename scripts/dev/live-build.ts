// One rebuild for the dev server: the same stages as a build up to render, in memory, with the
// live client in the page. Templates, assets and fonts stay compiled between rebuilds.
import { readFileSync } from "node:fs";
import path from "node:path";
import { BriefingError } from "../errors.ts";
import { prepareBriefing, type Reporter } from "../pipeline.ts";
import { deckModel } from "../render/deck-model.ts";
import { renderDeck, type RenderedDeck } from "../render/render-deck.ts";
import { loadTheme } from "../render/theme.ts";
import { script } from "../render/assets.ts";
import { TEMPLATES_DIR } from "../render/paths.ts";
import { formatProblems } from "../cli/report.ts";

export type LiveBuild = { ok: true; rendered: RenderedDeck } | { ok: false; problems: string };

const quiet: Reporter = { step() {}, warn() {} };
let liveJs: string | undefined;

export async function liveBuild(folder: string, version: number): Promise<LiveBuild> {
  liveJs ??= script(readFileSync(path.join(TEMPLATES_DIR, "runtime", "live.js"), "utf8"));
  try {
    const valid = await prepareBriefing(folder, quiet);
    const theme = loadTheme(valid.briefing.theme);
    const model = deckModel(valid.briefing, valid.images, theme);
    return { ok: true, rendered: renderDeck(model, theme, { liveJs, version }) };
  } catch (error) {
    if (error instanceof BriefingError) return { ok: false, problems: formatProblems(error.problems) };
    return { ok: false, problems: `Internal error: ${(error as Error).message}` };
  }
}

/** Forget the client script too when templates/ changes. */
export function reloadLiveClient(): void {
  liveJs = undefined;
}
