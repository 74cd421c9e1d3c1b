// Work kept between processes in node_modules/.cache/briefing/FOLDER/: one file per piece of work,
// named by the hash of everything it was made from (the caller's key and the installed packages, as
// the lock file names them), so an upgrade or any change to the key makes it again. The least
// recently used go first past `kept` files. A file that cannot be read, or is damaged, is made again;
// one that cannot be written only costs the next process the work.
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_DIR } from "./render/paths.ts";

/** A file left aside by a process that died before renaming it, removed once this old. */
const STALE_ASIDE_MS = 60 * 60 * 1000;

export class DiskCache {
  readonly folder: string;

  constructor(
    name: string,
    private readonly kept: number,
  ) {
    this.folder = path.join(PROJECT_DIR, "node_modules", ".cache", "briefing", name);
  }

  /** The file that keeps the work made from `key`. */
  fileFor(key: string): string {
    const hash = createHash("sha256").update(installed()).update("\u0000").update(key).digest("hex");
    return path.join(this.folder, `${hash.slice(0, 40)}.json`);
  }

  /** What was kept for `key`, if it is there and `whole` accepts it. */
  read<T>(key: string, whole: (value: unknown) => value is T): T | undefined {
    const file = this.fileFor(key);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      return undefined; // not made yet, or damaged
    }
    try {
      const now = new Date();
      utimesSync(file, now, now); // so that pruning keeps what is in use
    } catch {
      // a read-only cache is still read
    }
    return whole(value) ? value : undefined;
  }

  write(key: string, value: unknown): void {
    const file = this.fileFor(key);
    // Written aside and renamed: processes started together (the tests, --jobs) never read half a file.
    const aside = `${file}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
    try {
      mkdirSync(this.folder, { recursive: true });
      writeFileSync(aside, JSON.stringify(value));
      renameSync(aside, file);
      this.prune();
    } catch {
      try {
        rmSync(aside, { force: true });
      } catch {
        // nor does an aside file that cannot be removed (the next prune removes it)
      }
    }
  }

  private prune(): void {
    const now = Date.now();
    const files = readdirSync(this.folder).flatMap((name) => {
      const file = path.join(this.folder, name);
      const used = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
      return used === undefined ? [] : [{ file, name, used }];
    });
    for (const { file } of files.filter(({ name, used }) => name.endsWith(".tmp") && now - used > STALE_ASIDE_MS))
      rmSync(file, { force: true });
    const kept = files.filter(({ name }) => name.endsWith(".json")).sort((a, b) => b.used - a.used);
    for (const { file } of kept.slice(this.kept)) rmSync(file, { force: true });
  }
}

let lockHash: string | undefined;

/** The installed packages, as the lock file names them: read once. */
function installed(): string {
  if (lockHash === undefined) {
    let lock: Buffer | string;
    try {
      lock = readFileSync(path.join(PROJECT_DIR, "package-lock.json"));
    } catch {
      lock = "no lock file"; // keyed by the caller's key alone
    }
    lockHash = createHash("sha256").update(lock).digest("hex");
  }
  return lockHash;
}
