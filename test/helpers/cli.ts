// Run the real command line, as a user would (node + tsx + scripts/briefing.ts).
import { spawnSync } from "node:child_process";
import path from "node:path";

export const PROJECT = path.resolve(import.meta.dirname, "..", "..");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT, "scripts", "briefing.ts"), ...args], {
    cwd: options.cwd ?? PROJECT,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    timeout: 170_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
