// "The same sources always build to the same bytes" (README), held to many rebuilds: the seed built
// eight times in the run's shared Chromium gives byte-identical deck, PDFs, handout and PowerPoint
// each time (one handout in about two hundred once differed in its tagged structure's names).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";
import { buildIn } from "../helpers/in-process.ts";
import { sharedBrowser } from "../helpers/shared-browser.ts";
import { PROJECT } from "../helpers/cli.ts";

const REBUILDS = 8;
const FILES = ["index.html", "deepseek-r1.pdf", "deepseek-r1-handout.pdf", "deepseek-r1.pptx"];
const dir = mkdtempSync(path.join(os.tmpdir(), "rebuild-bytes-"));
let session: BrowserSession;
beforeAll(async () => {
  session = await sharedBrowser();
});
afterAll(async () => {
  await session?.[Symbol.asyncDispose]();
  rmSync(dir, { recursive: true, force: true });
});

it(`builds the seed ${REBUILDS} times to the same bytes, every output`, async () => {
  const builds: Buffer[][] = [];
  for (let i = 0; i < REBUILDS; i++) {
    const outDir = path.join(dir, String(i));
    await buildIn(path.join(PROJECT, "content", "deepseek-r1"), session, { outDir, pptx: true });
    builds.push(FILES.map((file) => readFileSync(path.join(outDir, "deepseek-r1", file))));
  }
  for (const [i, build] of builds.entries())
    FILES.forEach((file, f) => expect(build[f]!.equals(builds[0]![f]!), `build ${i + 1}: ${file} differs from the first`).toBe(true));
}, 240_000);
