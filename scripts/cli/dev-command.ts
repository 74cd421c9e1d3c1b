// `dev PATH [--port N]`: serve the deck on 127.0.0.1 and update the open page on every save.
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { DEFAULT_OUT_DIR, recoverOutputs } from "../write/write-outputs.ts";
import { CliError, EXIT, usageError } from "../errors.ts";
import { startRebuilder } from "../dev/rebuilder.ts";
import { PortBusyError, startDevServer } from "../dev/dev-server.ts";
import { watchSources } from "../dev/watch-sources.ts";
import { watchForStop } from "../dev/stop-signals.ts";
import { TEMPLATES_DIR } from "../render/paths.ts";

const DEFAULT_PORT = 4173;
/** How long closing may take before the process exits anyway (a stuck handle must not keep the port). */
const CLOSE_DEADLINE_MS = 2000;

export interface DevSession {
  url: string;
  close(): Promise<void>;
}

export async function startDev(folder: string, port: number | undefined, log: (line: string) => void): Promise<DevSession> {
  let version = 1;
  // A build killed mid-swap left dist/NAME aside: put it back before anything else.
  await recoverOutputs(DEFAULT_OUT_DIR, path.basename(path.resolve(folder))).catch(() => {});
  // Rebuilds run beside the server, not in its thread: it answers while one is under way.
  const rebuilder = startRebuilder();
  const first = await rebuilder.build(folder, version, false);
  let server: Awaited<ReturnType<typeof startDevServer>>;
  try {
    server = await startDevServer(first, port ?? DEFAULT_PORT, port !== undefined);
  } catch (error) {
    await rebuilder.close();
    if (error instanceof PortBusyError) throw new CliError(error.message, EXIT.environment);
    throw error;
  }
  log(first.ok ? `serving ${folder} at ${server.url}` : `serving ${folder} at ${server.url} (the briefing has problems: see the page)`);
  const watcher = watchSources(folder, TEMPLATES_DIR, async (batch) => {
    const start = performance.now();
    const build = await rebuilder.build(folder, ++version, batch.templates);
    server.publish(build, version, batch.templates);
    log(build.ok ? `rebuilt in ${Math.round(performance.now() - start)} ms` : `problems:\n${build.problems}`);
  });
  await watcher.ready;
  return {
    url: server.url,
    async close() {
      await watcher.close();
      await server.close();
      await rebuilder.close();
    },
  };
}

export async function runDev(paths: string[], portOption: string | undefined): Promise<number> {
  if (paths.length !== 1) throw usageError("dev takes exactly one briefing folder: npm run dev -- content/NAME");
  const folder = paths[0]!;
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw usageError(`no such folder: ${folder}`);
  const port = portOption === undefined ? undefined : /^\d+$/.test(portOption) ? Number(portOption) : NaN;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536))
    throw usageError(`--port takes a number from 1 to 65535, not "${portOption}"`);
  // Watched from the start: a stop during the first build closes the session as soon as it exists.
  const stop = watchForStop();
  try {
    const session = await startDev(folder, port, (line) => process.stdout.write(`${line}\n`));
    process.stdout.write("Edit the briefing, its article or templates/ and the page follows. Ctrl-C stops.\n");
    await stop.stopped;
    await Promise.race([session.close(), new Promise((resolve) => setTimeout(resolve, CLOSE_DEADLINE_MS).unref())]);
  } finally {
    stop.dispose();
  }
  // Everything this command started is closed, so the process ends by itself; should anything still
  // hold the event loop (a stuck close), it ends anyway. Unref'd: it never delays a clean exit.
  setTimeout(() => process.exit(), CLOSE_DEADLINE_MS).unref();
  return EXIT.ok;
}
