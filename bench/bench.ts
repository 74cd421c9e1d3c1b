// `npm run bench`: how fast a briefing rebuilds, as ratios against a baseline measured in the same
// run (a cold `build --no-pdf` in a fresh process), because these machines are too noisy for
// absolute numbers. Measures the seed deck by default; `npm run bench -- content/NAME` for another.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { launchBrowser } from "../scripts/export/browser.ts";
import { startDev } from "../scripts/cli/dev-command.ts";
import { liveBuild } from "../scripts/dev/live-build.ts";
import { PROJECT_DIR } from "../scripts/render/paths.ts";

const source = path.resolve(process.argv[2] ?? path.join(PROJECT_DIR, "content", "deepseek-r1"));
const RUNS = 15;
const work = mkdtempSync(path.join(os.tmpdir(), "bench-"));
const folder = path.join(work, path.basename(source));
cpSync(source, folder, { recursive: true });
const yamlFile = path.join(folder, "briefing.yaml");
const original = readFileSync(yamlFile, "utf8");

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const cli = (...args: string[]) => {
  const start = performance.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_DIR, "scripts", "briefing.ts"), ...args], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  return performance.now() - start;
};

try {
  const out = path.join(work, "dist");
  const cold = median(Array.from({ length: 5 }, () => cli("build", folder, "--out", out, "--no-pdf")));
  const withPdf = cli("build", folder, "--out", out);

  await liveBuild(folder, 0); // warm the caches, as the dev server has them after its first build
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await liveBuild(folder, i + 1);
    warm.push(performance.now() - start);
  }

  const dev = await startDev(folder, 0, () => {});
  const session = await launchBrowser();
  const editToPage: number[] = [];
  try {
    const page = await session.browser.newPage();
    await page.goto(dev.url);
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
    for (let i = 0; i < RUNS; i++) {
      const before = await page.$eval("html", (html) => Number(html.getAttribute("data-version")));
      const start = performance.now();
      writeFileSync(yamlFile, `${original}\n# edit ${i}\n`);
      await page.waitForFunction((v) => Number(document.documentElement.getAttribute("data-version")) > v, { timeout: 20_000, polling: "raf" }, before);
      editToPage.push(performance.now() - start);
    }
  } finally {
    await session[Symbol.asyncDispose]();
    await dev.close();
  }

  const rows: [string, number][] = [
    ["cold build --no-pdf (baseline, fresh process)", cold],
    ["full build with both PDFs (fresh process)", withPdf],
    ["warm in-process rebuild (dev server)", median(warm)],
    ["edit saved → page updated (dev server + Chromium)", median(editToPage)],
  ];
  console.log(`briefing: ${path.relative(process.cwd(), source)}   runs: ${RUNS} (medians)\n`);
  for (const [name, ms] of rows) console.log(`${name.padEnd(52)} ${ms.toFixed(0).padStart(7)} ms   ${(ms / cold).toFixed(3)}× baseline`);
  console.log(`\nedit→page median ${median(editToPage).toFixed(0)} ms (target < 200 ms)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
