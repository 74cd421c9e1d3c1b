// Faces cut to a deck's characters, kept between processes in node_modules/.cache/briefing/faces/:
// cutting Inter's five faces costs a fresh process ~250 ms (HarfBuzz's WebAssembly runs cold), about
// as much as the lighter page saves Chromium; a rebuild whose text brings no new character reads one
// file instead. Keyed by the characters and the versions of the fonts and the cutter, so an upgrade
// or a new character cuts again.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { packageFile } from "./assets.ts";
import { PROJECT_DIR } from "./paths.ts";

const CACHE = path.join(PROJECT_DIR, "node_modules", ".cache", "briefing", "faces");
/** Cuts kept on disk: a few dozen decks' worth (~150 KB each); the least recently used go first. */
const KEPT_FILES = 64;
/** The packages whose versions decide a cut's bytes, besides the fonts' own. */
const CUTTER = ["subset-font", "harfbuzzjs"];

/** This process's cuts: a dev server asks again on every rebuild. One deck's at a time per font package. */
const inMemory = new Map<string, { key: string; faces: string[] }>();

/**
 * The faces (each a font file, base64) that `cut()` makes of `fontPackage`'s for `what` (the files,
 * the characters, the options: all the cut depends on), from this process's memory, the disk, or by cutting.
 */
export async function cutFaces(fontPackage: string, what: string, cut: () => Promise<string[]>): Promise<string[]> {
  const key = createHash("sha256")
    .update([fontPackage, ...CUTTER].map((name) => `${name}@${versionOf(name)}`).join(" "))
    .update("\u0000")
    .update(what)
    .digest("hex")
    .slice(0, 40);
  const remembered = inMemory.get(fontPackage);
  if (remembered?.key === key) return remembered.faces;
  const file = path.join(CACHE, `${key}.json`);
  let faces = readCut(file);
  if (faces === undefined) {
    faces = await cut();
    keep(file, JSON.stringify(faces));
  }
  inMemory.set(fontPackage, { key, faces });
  return faces;
}

function readCut(file: string): string[] | undefined {
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
  return Array.isArray(faces) && faces.every((face) => typeof face === "string") ? faces : undefined;
}

function keep(file: string, text: string): void {
  try {
    mkdirSync(CACHE, { recursive: true });
    // Written aside and renamed: processes started together (the tests, --jobs) never read half a file.
    const aside = `${file}.${process.pid}.tmp`;
    writeFileSync(aside, text);
    renameSync(aside, file);
    prune();
  } catch {
    // A read-only node_modules only costs the next process the cut.
  }
}

function prune(): void {
  const files = readdirSync(CACHE)
    .filter((name) => name.endsWith(".json"))
    .map((name) => ({ file: path.join(CACHE, name), used: statSync(path.join(CACHE, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.used - a.used);
  for (const { file } of files.slice(KEPT_FILES)) rmSync(file, { force: true });
}

const versions = new Map<string, string>();

function versionOf(name: string): string {
  let version = versions.get(name);
  if (version === undefined) {
    version = (JSON.parse(readFileSync(packageFile(`${name}/package.json`), "utf8")) as { version: string }).version;
    versions.set(name, version);
  }
  return version;
}
