// Which part a thread of the compiled command line plays: the command itself, or the dev server's
// rebuild thread (rebuilder.ts). Apart from rebuilder.ts so that the entry point can ask without
// reading the pipeline.
import { isMainThread, workerData } from "node:worker_threads";

export const REBUILD_ROLE = "briefing-rebuilds";

/** True in the worker thread a Rebuilder started: the entry point then serves rebuilds, not the command line. */
export const isRebuildWorker = () => !isMainThread && (workerData as { role?: string } | undefined)?.role === REBUILD_ROLE;

let entry: string | undefined;

/**
 * The URL of the launcher that started the compiled command line (scripts/briefing.mjs), said by the
 * entry point: a rebuild thread runs that file again. Unset when the sources run as TypeScript.
 */
export function setCompiledEntry(url: string): void {
  if (url.endsWith(".mjs")) entry = url;
}

export const compiledEntry = () => entry;
