// Run the real command line, as a user would (what `npm run build|check|dev` runs).
import { spawnSync } from "node:child_process";
import path from "node:path";

export const PROJECT = path.resolve(import.meta.dirname, "..", "..");
/** Node's arguments that start the command line: the launcher, which runs the compiled CLI. */
export const CLI = [path.join(PROJECT, "scripts", "briefing.mjs")];

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [...CLI, ...args], {
    cwd: options.cwd ?? PROJECT,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    timeout: 170_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
