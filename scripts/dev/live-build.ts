// One rebuild for the dev server: the build's own composition root up to render, in memory, with
// the live client in the page. Templates, assets and fonts stay compiled between rebuilds.
import { readFileSync } from "node:fs";
import path from "node:path";
import { BriefingError } from "../errors.ts";
import { renderBriefing, type Reporter } from "../pipeline.ts";
import type { RenderedDeck } from "../render/render-deck.ts";
import { script } from "../render/assets.ts";
import { TEMPLATES_DIR } from "../render/paths.ts";
import { formatProblems } from "../problem-text.ts";

export type LiveBuild = { ok: true; rendered: RenderedDeck } | { ok: false; problems: string };

const quiet: Reporter = { step() {}, warn() {} };
let liveJs: string | undefined;

export async function liveBuild(folder: string, version: number): Promise<LiveBuild> {
  liveJs ??= script(readFileSync(path.join(TEMPLATES_DIR, "runtime", "live.js"), "utf8"));
  try {
    const { rendered } = await renderBriefing(folder, quiet, { live: { liveJs, version } });
    return { ok: true, rendered };
  } catch (error) {
    if (error instanceof BriefingError) return { ok: false, problems: formatProblems(error.problems) };
    return { ok: false, problems: `Internal error: ${(error as Error).message}` };
  }
}

/** Forget the client script too when templates/ changes. */
export function reloadLiveClient(): void {
  liveJs = undefined;
}
