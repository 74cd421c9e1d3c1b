// Entry point of the command line, compiled by scripts/compile-cli.mjs and started by scripts/briefing.mjs
// (the npm scripts call that).
// What it imports here is only what every command needs: the rest is run when a command asks for it
// (scripts/compile-cli.mjs says why).
import { existsSync } from "node:fs";
import { main } from "./cli/main.ts";
import { isRebuildWorker, setCompiledEntry } from "./dev/rebuild-role.ts";

/**
 * Runs the command line, or in the dev server's rebuild thread serves rebuilds. `launcher` is the
 * file that loaded this bundle (scripts/briefing.mjs): a rebuild thread runs it again.
 */
export async function start(launcher: string): Promise<void> {
  setCompiledEntry(launcher);
  // `npm run check -- deepseek-r1` typed in content/ runs this from the package root: the paths on the
  // command line are the user's, from where they typed them (npm says where, in INIT_CWD).
  const typedIn = process.env.INIT_CWD;
  const ownScript = ["build", "check", "dev"].includes(process.env.npm_lifecycle_event ?? "");
  // (Once, in the main thread: a worker shares its directory and may not change it.)
  if (!isRebuildWorker() && ownScript && typedIn && typedIn !== process.cwd() && existsSync(typedIn)) process.chdir(typedIn);

  // The same file runs the dev server's rebuild thread (scripts/dev/rebuilder.ts).
  if (isRebuildWorker()) (await import("./dev/rebuilder.ts")).serveRebuilds();
  else process.exitCode = await main(process.argv.slice(2));
}
