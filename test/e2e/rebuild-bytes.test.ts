// "The same sources always build to the same bytes" (README), held to many rebuilds: the seed built
// eight times in the run's shared Chromium gives byte-identical deck, PDFs, handout and PowerPoint
// each time (one handout in about two hundred once differed in its tagged structure's names).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { buildIn } from "../helpers/in-process.ts";
import { sharedBrowserAndFolder } from "../helpers/shared-browser.ts";
import { PROJECT } from "../helpers/cli.ts";

const REBUILDS = 8;
const FILES = ["index.html", "deepseek-r1.pdf", "deepseek-r1-handout.pdf", "deepseek-r1.pptx"];
const { browser, dir } = sharedBrowserAndFolder("rebuild-bytes-");

it(`builds the seed ${REBUILDS} times to the same bytes, every output`, async () => {
  const builds: Buffer[][] = [];
  for (let i = 0; i < REBUILDS; i++) {
    const outDir = path.join(dir, String(i));
    await buildIn(path.join(PROJECT, "content", "deepseek-r1"), browser(), { outDir, pptx: true });
    builds.push(FILES.map((file) => readFileSync(path.join(outDir, "deepseek-r1", file))));
  }
  for (const [i, build] of builds.entries())
    FILES.forEach((file, f) => expect(build[f]!.equals(builds[0]![f]!), `build ${i + 1}: ${file} differs from the first`).toBe(true));
}, 240_000);
