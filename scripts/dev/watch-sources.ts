// Watch the briefing folder, templates/ and the page runtime's sources (scripts/runtime/); several
// quick saves coalesce into one rebuild, and a save during a rebuild schedules exactly one more.
import chokidar from "chokidar";
import path from "node:path";
import { RUNTIME_SOURCES } from "../render/runtime-bundle.ts";

export interface ChangeBatch {
  /** True when a template, theme or runtime file changed: the page must reload, caches are stale. */
  templates: boolean;
}

const SETTLE_MS = 25;

export function watchSources(folder: string, templatesDir: string, rebuild: (batch: ChangeBatch) => Promise<void>) {
  // The runtime is part of every page as the templates are: an edit to it reloads the page too.
  const pageSources = [templatesDir, RUNTIME_SOURCES];
  const watcher = chokidar.watch([path.resolve(folder), ...pageSources], {
    ignoreInitial: true,
    ignored: (file) => path.basename(file).startsWith(".") && file !== path.resolve(folder),
  });
  const changes = coalesceChanges(rebuild);
  watcher.on("all", (_event, file) => changes.changed(pageSources.some((dir) => path.resolve(file).startsWith(dir + path.sep))));
  return {
    ready: new Promise<void>((resolve) => watcher.once("ready", () => resolve())),
    close: async () => {
      await watcher.close();
      await changes.close();
    },
  };
}

/**
 * The rebuild schedule, apart from the file system so it can be tested with fake timers: a change
 * waits settleMs for more; changes during a rebuild make one batch, rebuilt when it ends.
 */
export function coalesceChanges(rebuild: (batch: ChangeBatch) => Promise<void>, settleMs = SETTLE_MS) {
  let timer: NodeJS.Timeout | undefined;
  let pending: ChangeBatch | undefined;
  let running: Promise<void> | undefined;

  const run = () => {
    timer = undefined;
    if (running || !pending) return;
    const batch = pending;
    pending = undefined;
    running = rebuild(batch).finally(() => {
      running = undefined;
      if (pending && !timer) run();
    });
  };

  return {
    changed(templates: boolean) {
      pending = { templates: (pending?.templates ?? false) || templates };
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, settleMs);
    },
    /** Drop what is waiting; let a rebuild under way finish. */
    async close() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      pending = undefined;
      await running;
    },
  };
}
