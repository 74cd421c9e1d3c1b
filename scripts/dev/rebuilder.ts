// Where the dev server's rebuilds run: in a worker thread of their own when the command line runs
// from its compiled bundle, so a slow rebuild (a long article, a large Markdown body) never keeps the
// server from answering requests and event streams; in this thread otherwise (the tests import the
// sources, which a worker could not load without a TypeScript loader).
import { fileURLToPath } from "node:url";
import { parentPort, Worker } from "node:worker_threads";
import { liveBuild, reloadLiveClient, type LiveBuild } from "./live-build.ts";
import { reloadAssets } from "../render/assets.ts";
import { reloadTemplates } from "../render/render-deck.ts";
import { forgetTemplateCharacters } from "../render/inter-css.ts";
import { compiledEntry, REBUILD_ROLE } from "./rebuild-role.ts";

export interface Rebuilder {
  /** A fresh build of the folder; `templates`: templates/ changed, so compiled templates and assets are read again. */
  build(folder: string, version: number, templates: boolean): Promise<LiveBuild>;
  close(): Promise<void>;
}

interface Request {
  id: number;
  folder: string;
  version: number;
  templates: boolean;
}

export function startRebuilder(): Rebuilder {
  // A worker runs the compiled entry point again, in its role.
  const entry = compiledEntry();
  if (entry === undefined) return inThisThread();
  const waiting = new Map<number, (build: LiveBuild) => void>();
  let next = 0;
  let closing = false;
  const failAll = (message: string) => {
    for (const resolve of waiting.values()) resolve({ ok: false, problems: `Internal error: ${message}` });
    waiting.clear();
  };
  // A thread that died (a bug met in a rebuild) is replaced: the next save gets a fresh one.
  const start = (): Worker => {
    const started = new Worker(fileURLToPath(entry), { workerData: { role: REBUILD_ROLE } });
    started.unref();
    started.on("message", ({ id, build }: { id: number; build: LiveBuild }) => {
      waiting.get(id)?.(build);
      waiting.delete(id);
    });
    started.on("error", (error) => failAll(`the rebuild thread failed: ${error.message}`));
    started.on("exit", () => {
      failAll("the rebuild thread stopped");
      if (!closing) worker = start();
    });
    return started;
  };
  let worker = start();
  return {
    build(folder, version, templates) {
      const id = next++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage({ id, folder, version, templates } satisfies Request);
      });
    },
    async close() {
      closing = true;
      await worker.terminate();
    },
  };
}

/** The worker's side: each request rebuilt in turn, answered with its build. */
export function serveRebuilds(): void {
  parentPort!.on("message", async ({ id, folder, version, templates }: Request) => {
    let build: LiveBuild;
    try {
      if (templates) reloadEverything();
      build = await liveBuild(folder, version);
    } catch (error) {
      // Every request is answered, whatever it met.
      build = { ok: false, problems: `Internal error: ${(error as Error)?.message ?? String(error)}` };
    }
    parentPort!.postMessage({ id, build });
  });
}

function inThisThread(): Rebuilder {
  return {
    async build(folder, version, templates) {
      if (templates) reloadEverything();
      return liveBuild(folder, version);
    },
    async close() {},
  };
}

function reloadEverything(): void {
  reloadTemplates();
  forgetTemplateCharacters();
  reloadAssets();
  reloadLiveClient();
}
