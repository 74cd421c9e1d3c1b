// Watch the briefing folder and templates/; several quick saves coalesce into one rebuild, and a
// save during a rebuild schedules exactly one more.
import chokidar from "chokidar";
import path from "node:path";

export interface ChangeBatch {
  /** True when a template, theme or runtime file changed: the page must reload, caches are stale. */
  templates: boolean;
}

const SETTLE_MS = 25;

export function watchSources(folder: string, templatesDir: string, rebuild: (batch: ChangeBatch) => Promise<void>) {
  const watcher = chokidar.watch([path.resolve(folder), templatesDir], {
    ignoreInitial: true,
    ignored: (file) => path.basename(file).startsWith(".") && file !== path.resolve(folder),
  });
  let timer: NodeJS.Timeout | undefined;
  let pending: ChangeBatch | undefined;
  let running: Promise<void> | undefined;

  const run = async () => {
    timer = undefined;
    if (running || !pending) return;
    const batch = pending;
    pending = undefined;
    running = rebuild(batch).finally(() => {
      running = undefined;
      if (pending && !timer) void run();
    });
  };

  watcher.on("all", (_event, file) => {
    const templates = path.resolve(file).startsWith(templatesDir + path.sep);
    pending = { templates: (pending?.templates ?? false) || templates };
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), SETTLE_MS);
  });
  return {
    ready: new Promise<void>((resolve) => watcher.once("ready", () => resolve())),
    close: async () => {
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}
