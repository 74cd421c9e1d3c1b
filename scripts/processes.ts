// Whether the run that left a folder still runs. A folder is named by a token of its process: the
// process id and, where Linux tells it (/proc), its start time, so neither a zombie nor a later
// process that was given the same id is taken for the run that made it; elsewhere the id alone.
import { readdirSync, readFileSync } from "node:fs";

/** "12345x987654": this process's id and start time (clock ticks since boot); "12345" without /proc. */
export function processToken(pid = process.pid): string {
  const started = stat(pid)?.started;
  return started === undefined ? String(pid) : `${pid}x${started}`;
}

/** The pattern of a token in a folder's name. */
export const TOKEN_PATTERN = "\\d+(?:x\\d+)?";

/** Whether the process a token names still runs (a zombie does not). */
export function isAlive(token: string): boolean {
  const [pid, started] = token.split("x").map(Number);
  if (!pid) return false;
  const now = stat(pid);
  if (now) return !now.zombie && (started === undefined || now.started === started);
  if (hasProc()) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

let proc: boolean | undefined;
const hasProc = () => (proc ??= stat(process.pid) !== undefined);

/** From /proc/PID/stat: its state and start time (fields 3 and 22, after the name in brackets). */
function stat(pid: number): { zombie: boolean; started: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { zombie: fields[0] === "Z" || fields[0] === "X", started: Number(fields[19]) };
  } catch {
    return undefined;
  }
}

/**
 * Every process below `pid` (children, their children…), read from /proc's parent ids; none where
 * there is no /proc. Chromium's zygote and renderers leave the browser's process group, so a group
 * kill alone misses them (a stopped renderer then stays, stopped, after its browser is gone).
 */
export function descendants(pid: number): number[] {
  if (!hasProc()) return [];
  const children = new Map<number, number[]>();
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  for (const entry of entries) {
    try {
      const text = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(text.slice(text.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  for (let queue = [pid]; queue.length > 0; ) {
    const next = children.get(queue.shift()!) ?? [];
    found.push(...next);
    queue.push(...next);
  }
  return found;
}
