// When `npm run dev` must stop: Ctrl-C (SIGINT), SIGTERM, SIGHUP (the terminal closed), or the
// process that started it gone. A process owns what it starts: the server, the watcher and the
// port must not outlive the command the user ran.
import { readFileSync } from "node:fs";

export type StopReason = "SIGINT" | "SIGTERM" | "SIGHUP" | "parent exited";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** How often the parent is checked: a killed `npm run dev` frees its port within about this long. */
const PARENT_POLL_MS = 500;

export interface StopWatch {
  /** Settles once, with the first reason to stop. */
  stopped: Promise<StopReason>;
  /** Remove the signal handlers and the timer. */
  dispose(): void;
}

export function watchForStop(pollMs = PARENT_POLL_MS): StopWatch {
  let stop!: (reason: StopReason) => void;
  let stopping = false;
  const stopped = new Promise<StopReason>((resolve) => (stop = resolve));

  const onSignal = (signal: NodeJS.Signals) => {
    // A second Ctrl-C while closing: the user wants out now.
    if (stopping) process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGHUP" ? 1 : 15));
    stopping = true;
    stop(signal as StopReason);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);

  // Node has no "tell me when my parent dies" (no PR_SET_PDEATHSIG), and nobody tells us: npm passes
  // SIGTERM only to its own child, the `sh -c` that runs the script, which dies without passing it
  // on, and SIGKILL passes nothing. So the parent is polled: once it is gone we are re-parented and
  // process.ppid changes. Debian's sh (dash) waits for the script instead of exec-ing it, so when
  // npm is SIGKILLed that shell stays alive and our ppid does not change: under npm we also watch the
  // shell's own parent. The timer is unref'd so that it never keeps the process alive by itself.
  const parent = process.ppid;
  const npmShellParent = npmScriptShell(parent) ? parentOf(parent) : undefined;
  const timer = setInterval(() => {
    const orphaned = process.ppid !== parent || (npmShellParent !== undefined && parentOf(parent) !== npmShellParent);
    if (orphaned && !stopping) {
      stopping = true;
      stop("parent exited");
    }
  }, pollMs);
  timer.unref();

  return {
    stopped,
    dispose() {
      clearInterval(timer);
      for (const signal of SIGNALS) process.off(signal, onSignal);
    },
  };
}

/** True when pid is the `sh -c "<script> ARGS"` npm started this script with (Linux: read from /proc). */
function npmScriptShell(pid: number): boolean {
  const script = process.env.npm_lifecycle_script;
  const argv = readProc(`/proc/${pid}/cmdline`)?.split("\0");
  return Boolean(script && argv?.[1] === "-c" && argv[2]?.startsWith(script));
}

/** The parent of pid, from /proc/PID/stat; undefined where there is no /proc or pid is gone. */
export function parentOf(pid: number): number | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  // "PID (COMM) STATE PPID ...": COMM may hold spaces and parentheses, so read after the last ")".
  const ppid = stat === undefined ? NaN : Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
