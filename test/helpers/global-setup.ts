// Before any test file: one Chromium for the whole run, started through the project's own launcher
// and listening on a debugging port the workers connect to (test/helpers/shared-browser.ts), and one
// build of the decks that many files only read (the two seed decks, as `npm run build` makes them), into a temp
// folder: never into the repository's dist/. Both go when the run ends.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startBrowser } from "../../scripts/export/browser.ts";
import { buildBriefing } from "../../scripts/pipeline.ts";
import { PROJECT } from "./cli.ts";

/** The decks built once for every test that reads their outputs: content/NAME → BUILT/NAME. */
export const SHARED_DECKS = ["deepseek-r1", "deepseek-r1-en"];

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the shared browser answers: http://127.0.0.1:PORT. */
    browserURL: string;
    /** The folder holding NAME/ for each of SHARED_DECKS, built as `npm run build` builds them. */
    builtDir: string;
    /** Each shared deck's step lines and warnings, as the build reported them. */
    buildLog: string;
  }
}

/** A port nobody listens on now (Chromium takes it a moment later). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export default async function setup(project: TestProject) {
  const port = await freePort();
  const starting = startBrowser({ tabs: 2, extraArgs: [`--remote-debugging-port=${port}`, "--remote-debugging-address=127.0.0.1"] });
  const builtDir = mkdtempSync(path.join(os.tmpdir(), "briefing-tests-"));
  const log: string[] = [];
  const reporter = {
    step: (name: string, step: string, ms: number, detail?: string) =>
      log.push(`${name} ${step} ${Math.round(ms)} ms${detail ? `  ${detail}` : ""}`),
    warn: (name: string, message: string) => log.push(`${name} warning ${message}`),
  };
  try {
    await Promise.all(
      SHARED_DECKS.map((name) =>
        buildBriefing(path.join(PROJECT, "content", name), {
          outDir: builtDir,
          pdf: true,
          png: false,
          pptx: true,
          strict: false,
          browser: () => starting.session(),
          reporter,
        }),
      ),
    );
  } catch (error) {
    await starting[Symbol.asyncDispose]();
    rmSync(builtDir, { recursive: true, force: true });
    throw error;
  }
  project.provide("browserURL", `http://127.0.0.1:${port}`);
  project.provide("builtDir", builtDir);
  project.provide("buildLog", log.join("\n"));
  return async () => {
    await starting[Symbol.asyncDispose]();
    rmSync(builtDir, { recursive: true, force: true });
  };
}
