// In-process speed of the dev loop: a warm HTML rebuild, and an edit saved → the page in a real
// browser showing it.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { launchBrowser } from "../scripts/export/browser.ts";
import { startDev } from "../scripts/cli/dev-command.ts";
import { liveBuild } from "../scripts/dev/live-build.ts";
import { stats, type Stats } from "./measure.ts";

export async function warmRebuild(folder: string, runs: number): Promise<Stats> {
  await liveBuild(folder, 0); // the caches warm, as the dev server has them after its first build
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = await liveBuild(folder, i + 1);
    if (!result.ok) throw new Error(result.problems);
    times.push({ ms: performance.now() - start, peakMb: null });
  }
  return stats(times);
}

export async function editToPage(seed: string, work: string, runs: number): Promise<Stats> {
  const folder = path.join(work, "edit-to-page", path.basename(seed));
  cpSync(seed, folder, { recursive: true });
  const yamlFile = path.join(folder, "briefing.yaml");
  const original = readFileSync(yamlFile, "utf8");
  const dev = await startDev(folder, 0, () => {});
  const session = await launchBrowser();
  const times = [];
  try {
    const page = await session.newTab();
    await page.goto(dev.url);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
    for (let i = 0; i <= runs; i++) {
      const before = await page.$eval("html", (html) => Number(html.getAttribute("data-version")));
      const start = performance.now();
      writeFileSync(yamlFile, `${original}\n# edit ${i}\n`);
      await page.waitForFunction(
        (v) => Number(document.documentElement.getAttribute("data-version")) > v,
        { timeout: 20_000, polling: "raf" },
        before,
      );
      if (i > 0) times.push({ ms: performance.now() - start, peakMb: null }); // the first is the warm-up
    }
  } finally {
    await session[Symbol.asyncDispose]();
    await dev.close();
  }
  return stats(times);
}
