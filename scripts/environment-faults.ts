// Faults of the machine, not of the briefing or of our code: a full or read-only disk, no permission,
// the browser or a renderer gone mid-print. Each is exit 3 with its real cause (README, "Commands");
// 70 stays for our own bugs. An error is read through its causes, as Node and Puppeteer nest them.
import { CliError, environmentError } from "./errors.ts";

const SYSTEM_FAULTS: Record<string, string> = {
  ENOSPC: "the disk is full; free some space and build again",
  EDQUOT: "the disk quota is used up; free some space and build again",
  EROFS: "the file system is read-only; choose another --out",
  EACCES: "no permission; choose another --out or change its permissions",
  EPERM:
    "the operation is not permitted there (a read-only, immutable or append-only file or folder?); choose another --out or change its attributes",
  EIO: "the disk reported an input/output error",
  EMFILE: "too many open files; close some programs or raise the limit (ulimit -n)",
  ENFILE: "the system has too many open files; close some programs",
  ENOMEM: "the machine is out of memory",
};

// What Puppeteer says when the browser or the page's renderer went away under it.
const BROWSER_GONE =
  /Target closed|Target crashed|Session closed|Connection closed|Page crashed|Printing failed|Navigating frame was detached|browser has disconnected|Protocol error .*(?:closed|crashed)/i;

/** The error as a CliError of the environment, when the machine caused it; undefined when it did not. */
export function environmentFault(error: unknown): CliError | undefined {
  if (error instanceof CliError) return undefined;
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    const { code, path: file, syscall } = cause as NodeJS.ErrnoException;
    if (code && SYSTEM_FAULTS[code]) {
      const where = file ? ` ${syscall ?? "on"} ${file}` : "";
      return environmentError(`the machine refused${where} (${code}): ${SYSTEM_FAULTS[code]}`, error);
    }
    // Puppeteer's own deadline on a print or a picture: every page error ends the wait at once, so
    // one that runs out is a renderer that stopped or never got the CPU.
    if (cause.name === "TimeoutError" || /timed out\. Increase the 'protocolTimeout'/.test(cause.message)) {
      return environmentError(
        `the browser did not finish within its time (${cause.message.split("\n")[0]}): a renderer stopped, or the machine is overloaded; build again`,
        error,
      );
    }
    if (BROWSER_GONE.test(cause.message)) {
      return environmentError(
        `the browser stopped while printing (${cause.message.split("\n")[0]}): was it killed, or out of memory? build again`,
        error,
      );
    }
  }
  return undefined;
}
