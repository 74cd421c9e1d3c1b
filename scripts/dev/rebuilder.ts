// Where the dev server's rebuilds run: in a worker thread of their own when the command line runs
// from its compiled bundle, so a slow rebuild (a long article, a large Markdown body) never keeps the
// server from answering requests and event streams; in this thread otherwise (the tests import the
// sources, which a worker could not load without a TypeScript loader).
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { liveBuild, reloadLiveClient, type LiveBuild } from "./live-build.ts";
import { reloadAssets } from "../render/assets.ts";
import { reloadTemplates } from "../render/render-deck.ts";

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

const ROLE = "briefing-rebuilds";

/** True in the worker thread a Rebuilder started: the entry point then serves rebuilds, not the command line. */
export const isRebuildWorker = () => !isMainThread && (workerData as { role?: string } | undefined)?.role === ROLE;

export function startRebuilder(): Rebuilder {
  const here = import.meta.url;
  // The bundle is one .mjs file that holds this module too: a worker runs it again in its role.
  if (!here.endsWith(".mjs")) return inThisThread();
  const worker = new Worker(fileURLToPath(here), { workerData: { role: ROLE } });
  worker.unref();
  const waiting = new Map<number, (build: LiveBuild) => void>();
  let next = 0;
  const failAll = (message: string) => {
    for (const resolve of waiting.values()) resolve({ ok: false, problems: `Internal error: ${message}` });
    waiting.clear();
  };
  worker.on("message", ({ id, build }: { id: number; build: LiveBuild }) => {
    waiting.get(id)?.(build);
    waiting.delete(id);
  });
  worker.on("error", (error) => failAll(`the rebuild thread failed: ${error.message}`));
  worker.on("exit", () => failAll("the rebuild thread stopped"));
  return {
    build(folder, version, templates) {
      const id = next++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage({ id, folder, version, templates } satisfies Request);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

/** The worker's side: each request rebuilt in turn, answered with its build. */
export function serveRebuilds(): void {
  parentPort!.on("message", async ({ id, folder, version, templates }: Request) => {
    if (templates) reloadEverything();
    parentPort!.postMessage({ id, build: await liveBuild(folder, version) });
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
  reloadAssets();
  reloadLiveClient();
}
