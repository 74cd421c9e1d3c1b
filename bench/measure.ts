// Wall time and peak memory of whole processes, repeated after a warm-up. Memory is the sum of the
// proportional set size (PSS) of the process and every descendant (npm, node, each Chromium process),
// sampled every 100 ms from /proc; null where there is no /proc. The two are measured in separate runs,
// as hyperfine-style harnesses do: reading every process's page tables ten times a second costs CPU a
// timed run on two cores must not share (the timed runs are never sampled).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

export interface Run {
  ms: number;
  peakMb: number | null;
}

export interface Stats {
  median: number;
  min: number;
  max: number;
  /** The highest peak of any run. */
  peakMb: number | null;
  runs: number;
}

export interface Command {
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

const HAS_PROC = existsSync("/proc/self/task");

/**
 * One run of a command; a non-zero exit is an error that names the command and its output. Its peak
 * memory only when asked (`sampleMemory`): then its time is not one to report.
 */
export function runProcess({ command, args, cwd, env }: Command, { sampleMemory = false } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    let peakKb: number | null = HAS_PROC && sampleMemory ? 0 : null;
    const sample = () => {
      if (peakKb !== null && child.pid) peakKb = Math.max(peakKb, treeKb(child.pid));
    };
    const sampler = sampleMemory ? setInterval(sample, 100) : undefined;
    child.once("error", (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.once("exit", (code) => {
      const ms = performance.now() - start;
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output.slice(-2000)}`));
      else resolve({ ms, peakMb: peakKb === null ? null : peakKb / 1024 });
    });
  });
}

/**
 * `warmUp` once (by default one run of the measurement itself), then `runs` timed runs, unsampled,
 * then one more run whose peak memory is taken (where /proc is), and whose time is not counted.
 */
export async function repeat(
  runs: number,
  measure: (sampleMemory: boolean) => Promise<Run>,
  warmUp: () => Promise<unknown> = () => measure(false),
): Promise<Stats> {
  await warmUp();
  const timed: Run[] = [];
  for (let i = 0; i < runs; i++) timed.push(await measure(false));
  const sampled = HAS_PROC ? await measure(true) : undefined;
  return { ...stats(timed), peakMb: sampled?.peakMb ?? null };
}

export function stats(results: Run[]): Stats {
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const peaks = results.map((r) => r.peakMb).filter((p): p is number => p !== null);
  return {
    median: times[Math.floor(times.length / 2)]!,
    min: times[0]!,
    max: times[times.length - 1]!,
    peakMb: peaks.length > 0 ? Math.max(...peaks) : null,
    runs: results.length,
  };
}

/** PSS in kB of a process and all its descendants, now. */
function treeKb(root: number): number {
  let total = 0;
  for (const pids = [root]; pids.length > 0; ) {
    const pid = pids.pop()!;
    total += memoryKb(pid);
    pids.push(...childrenOf(pid));
  }
  return total;
}

/** From /proc/PID/task/TID/children: a few small reads, where listing every process in /proc every
 * 100 ms took enough CPU on two cores to slow the builds being measured. */
function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((tid) => readOrEmpty(`/proc/${pid}/task/${tid}/children`).split(" ").filter(Boolean).map(Number));
}

function memoryKb(pid: number): number {
  const pss = /^Pss:\s+(\d+) kB/m.exec(readOrEmpty(`/proc/${pid}/smaps_rollup`));
  if (pss) return Number(pss[1]);
  const rss = /^VmRSS:\s+(\d+) kB/m.exec(readOrEmpty(`/proc/${pid}/status`));
  return rss ? Number(rss[1]) : 0;
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return ""; // the process ended between the listing and the read
  }
}
