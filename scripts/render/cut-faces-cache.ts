// Faces cut to a deck's characters, kept between processes in node_modules/.cache/briefing/faces/:
// cutting Inter's five faces costs a fresh process ~250 ms (HarfBuzz's WebAssembly runs cold), about
// as much as the lighter page saves Chromium; a rebuild whose text brings no new character reads one
// file instead. Keyed by all the cut is made of: the caller's description of it (files, characters,
// every option given the cutter) and the installed packages (the lock file), so an upgrade, a new
// character or a changed option cuts again.
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_DIR } from "./paths.ts";

const CACHE = path.join(PROJECT_DIR, "node_modules", ".cache", "briefing", "faces");
/** Cuts kept on disk (~150 KB each): a morning's batch of decks; the least recently used go first. */
const KEPT_FILES = 256;
/** A file left aside by a process that died before renaming it, removed once this old. */
const STALE_ASIDE_MS = 60 * 60 * 1000;

/** This process's cuts: a dev server asks again on every rebuild. One deck's at a time per kind of face. */
const inMemory = new Map<string, { key: string; faces: string[] }>();

/**
 * The `count` faces (each a font file, base64) that `cut()` makes for `recipe` (everything the cut
 * depends on but the installed packages), from this process's memory, the disk, or by cutting.
 * `kind` names the faces (one cut of each kind is remembered in memory).
 */
export async function cutFaces(kind: string, recipe: string, count: number, cut: () => Promise<string[]>): Promise<string[]> {
  const file = cutFile(kind, recipe);
  const remembered = inMemory.get(kind);
  if (remembered?.key === file) return remembered.faces;
  let faces = readCut(file, count);
  if (faces === undefined) {
    faces = await cut();
    if (faces.length !== count) throw new Error(`Internal error: ${faces.length} ${kind} faces cut, ${count} asked for`);
    keep(file, JSON.stringify(faces));
  }
  inMemory.set(kind, { key: file, faces });
  return faces;
}

/** The file that keeps the cut of `kind` made for `recipe`. */
export function cutFile(kind: string, recipe: string): string {
  const key = createHash("sha256").update(installed()).update("\u0000").update(kind).update("\u0000").update(recipe).digest("hex");
  return path.join(CACHE, `${key.slice(0, 40)}.json`);
}

let lockHash: string | undefined;

/** The installed packages, as the lock file names them (fonts, cutter, its converters): read once. */
function installed(): string {
  if (lockHash === undefined) {
    let lock: Buffer | string;
    try {
      lock = readFileSync(path.join(PROJECT_DIR, "package-lock.json"));
    } catch {
      lock = "no lock file"; // keyed by the recipe alone
    }
    lockHash = createHash("sha256").update(lock).digest("hex");
  }
  return lockHash;
}

function readCut(file: string, count: number): string[] | undefined {
  let faces: unknown;
  try {
    faces = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined; // not cut yet, or damaged: cut again
  }
  try {
    const now = new Date();
    utimesSync(file, now, now); // so that pruning keeps what is in use
  } catch {
    // a read-only cache is still read
  }
  const whole = (value: unknown): value is string[] =>
    Array.isArray(value) && value.length === count && value.every((face) => typeof face === "string" && face !== "");
  return whole(faces) ? faces : undefined;
}

function keep(file: string, text: string): void {
  // Written aside and renamed: processes started together (the tests, --jobs) never read half a file.
  const aside = `${file}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  try {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(aside, text);
    renameSync(aside, file);
    prune();
  } catch {
    // A read-only or full node_modules only costs the next process the cut.
    try {
      rmSync(aside, { force: true });
    } catch {
      // nor does an aside file that cannot be removed (the next prune removes it)
    }
  }
}

function prune(): void {
  const now = Date.now();
  const files = readdirSync(CACHE).flatMap((name) => {
    const file = path.join(CACHE, name);
    const used = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    return used === undefined ? [] : [{ file, name, used }];
  });
  for (const { file } of files.filter(({ name, used }) => name.endsWith(".tmp") && now - used > STALE_ASIDE_MS))
    rmSync(file, { force: true });
  const cuts = files.filter(({ name }) => name.endsWith(".json")).sort((a, b) => b.used - a.used);
  for (const { file } of cuts.slice(KEPT_FILES)) rmSync(file, { force: true });
}
