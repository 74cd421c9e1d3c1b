// One rebuild for the dev server: the build's own composition root up to render, in memory, with
// the live client in the page. Templates, assets and fonts stay compiled between rebuilds.
import { BriefingError } from "../errors.ts";
import { renderBriefing, type Reporter } from "../pipeline.ts";
import type { RenderedDeck } from "../render/render-deck.ts";
import { script } from "../render/assets.ts";
import { runtimeScript } from "../render/runtime-bundle.ts";
import { formatProblems } from "../problem-text.ts";

export type LiveBuild = { ok: true; rendered: RenderedDeck } | { ok: false; problems: string };

const quiet: Reporter = { step() {}, warn() {} };
let liveJs: string | undefined;

export async function liveBuild(folder: string, version: number): Promise<LiveBuild> {
  try {
    liveJs ??= liveClient();
    const { rendered } = await renderBriefing(folder, quiet, { live: { liveJs, version } });
    return { ok: true, rendered };
  } catch (error) {
    if (error instanceof BriefingError) return { ok: false, problems: formatProblems(error.problems) };
    return { ok: false, problems: `Internal error: ${(error as Error).message}` };
  }
}

/** The live client (scripts/runtime/live.ts, bundled), made safe to inline: the deck and the problems page run it. */
export function liveClient(): string {
  return script(runtimeScript("live"));
}

/** Forget the client script too when templates/ changes. */
export function reloadLiveClient(): void {
  liveJs = undefined;
}
