// `npm run dev` ends when it is told to or when whatever started it is gone: the port is freed and
// no process is left behind. Each test starts its own command on its own port, as a user would.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { parentOf } from "../../scripts/dev/stop-signals.ts";
import { CLI, PROJECT } from "../helpers/cli.ts";
import { copyFixture, freePort, get, lineMatching, portIsClosed, until, within } from "../dev/dev-helpers.ts";

/** How long a stopped dev command may take to free its port: the parent is polled every 500 ms. */
const STOP_DEADLINE_MS = 5000;
/** Under the 60 s test timeout: a first start (which may compile the CLI) and the first build take a few seconds. */
const START_DEADLINE_MS = 45_000;
const hasProc = existsSync("/proc/self/stat");

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

interface Started {
  child: ChildProcess;
  port: number;
  /** Every process the command started (npm, its shell, node, esbuild), read from /proc. */
  tree: Proc[];
  /** Resolves once every process holding the command's stdout has exited. */
  outputClosed: Promise<void>;
}

/** Start a dev command on a free port and wait until it says it is serving there. */
async function startCommand(command: string, args: string[]): Promise<Started> {
  const fixture = copyFixture();
  const port = await freePort();
  const env = { ...process.env };
  // As a user's shell would start it, not as a script inside `npm test`.
  for (const name of Object.keys(env)) if (name.startsWith("npm_") || name === "INIT_CWD") delete env[name];
  const child = spawn(command, [...args, fixture.folder, "--port", String(port)], { cwd: PROJECT, env, stdio: ["ignore", "pipe", "pipe"] });
  const outputClosed = new Promise<void>((resolve) => child.stdout!.once("close", () => resolve()));
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  let tree: Proc[] = [proc(child.pid!)];
  cleanups.push(() => {
    // Only what this test started, by pid and start time: anything still running after a failed test
    // (read again now, in case the test failed before it read the command's processes).
    const all = hasProc && isAlive(tree[0]!) ? [...tree, ...descendants(child.pid!).map(proc)] : tree;
    for (const p of all.reverse()) if (isAlive(p)) process.kill(p.pid, "SIGKILL");
    fixture.remove();
  });
  const serving = lineMatching(child.stdout!, /serving .* at (http:\/\/127\.0\.0\.1:(\d+)\/)/);
  const [, url, servedPort] = await within(START_DEADLINE_MS, "the dev command to start", serving).catch((error: Error) => {
    throw new Error(`${error.message}\nstderr:\n${stderr}`);
  });
  child.stdout!.resume();
  expect(Number(servedPort)).toBe(port);
  expect((await get(url!, "/")).status).toBe(200);
  tree = hasProc ? [proc(child.pid!), ...descendants(child.pid!).map(proc)] : tree;
  return { child, port, tree, outputClosed };
}

/** After a stop: the port is freed within the deadline and every process of the command has exited. */
async function expectStopped({ port, tree, outputClosed }: Started) {
  await within(STOP_DEADLINE_MS, `the dev command on port ${port} to exit`, outputClosed);
  expect(await portIsClosed(port)).toBe(true);
  await until(STOP_DEADLINE_MS, "every process of the command to exit", () => tree.every((p) => !isAlive(p)));
}

describe("npm run dev stops when its own process is signalled", () => {
  it("kill -TERM <npm pid> frees the port and leaves no process", async () => {
    const started = await startCommand("npm", ["run", "--silent", "dev", "--"]);
    if (hasProc) expect(started.tree.length, "npm, its shell and node at least").toBeGreaterThanOrEqual(3);
    process.kill(started.child.pid!, "SIGTERM");
    await expectStopped(started);
  });

  it("kill -KILL <npm pid> (the parent dies without a word) frees the port and leaves no process", async () => {
    const started = await startCommand("npm", ["run", "--silent", "dev", "--"]);
    process.kill(started.child.pid!, "SIGKILL");
    await expectStopped(started);
  });
});

describe("the dev command itself", () => {
  it.each(["SIGINT", "SIGTERM", "SIGHUP"] as const)("%s closes the server and exits 0", async (signal) => {
    const started = await startCommand(process.execPath, [...CLI, "dev"]);
    const exited = new Promise<number | null>((resolve) => started.child.once("exit", (code) => resolve(code)));
    process.kill(started.child.pid!, signal);
    expect(await within(STOP_DEADLINE_MS, `exit after ${signal}`, exited)).toBe(0);
    await expectStopped(started);
  });
});

describe.skipIf(!hasProc)("reading a process's parent from /proc", () => {
  it("gives this process's parent, and nothing for a pid that does not exist", () => {
    expect(parentOf(process.pid)).toBe(process.ppid);
    expect(parentOf(2 ** 22 + 1)).toBeUndefined();
  });
});

/** A process as seen once: its pid, and its start time so that a reused pid is not taken for it. */
interface Proc {
  pid: number;
  start?: string;
}
const proc = (pid: number): Proc => ({ pid, start: readProcStat(pid)?.start });

/** Still running: not gone, not a zombie (a zombie has exited; only its parent has not read its status). */
function isAlive({ pid, start }: Proc): boolean {
  if (hasProc) {
    const stat = readProcStat(pid);
    return stat !== undefined && stat.state !== "Z" && stat.start === start;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** /proc/PID/stat: "PID (COMM) STATE PPID ..." — COMM may hold spaces, so fields are read after the last ")". */
function readProcStat(pid: number): { state: string; ppid: number; start: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // fields[0] is field 3 of stat(5): state; [1] ppid; [19] field 22, the start time.
    return { state: fields[0]!, ppid: Number(fields[1]), start: fields[19]! };
  } catch {
    return undefined;
  }
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = readProcStat(Number(entry))?.ppid;
    if (ppid !== undefined) children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}
