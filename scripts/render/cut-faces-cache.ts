// Faces cut to a deck's characters, kept between processes in node_modules/.cache/briefing/faces/:
// cutting Inter's five faces costs a fresh process ~250 ms (HarfBuzz's WebAssembly runs cold), about
// as much as the lighter page saves Chromium; a rebuild whose text brings no new character reads one
// file instead. Keyed by all the cut is made of: the caller's description of it (files, characters,
// every option given the cutter) and the installed packages, so an upgrade, a new character or a
// changed option cuts again.
import { DiskCache } from "../disk-cache.ts";

/** Cuts kept on disk (~150 KB each): a morning's batch of decks. */
const cuts = new DiskCache("faces", 256);

/** This process's cuts: a dev server asks again on every rebuild. One deck's at a time per kind of face. */
const inMemory = new Map<string, { key: string; faces: string[] }>();

/**
 * The `count` faces (each a font file, base64) that `cut()` makes for `recipe` (everything the cut
 * depends on but the installed packages), from this process's memory, the disk, or by cutting.
 * `kind` names the faces (one cut of each kind is remembered in memory).
 */
export async function cutFaces(kind: string, recipe: string, count: number, cut: () => Promise<string[]>): Promise<string[]> {
  const key = `${kind}\u0000${recipe}`;
  const remembered = inMemory.get(kind);
  if (remembered?.key === key) return remembered.faces;
  const whole = (value: unknown): value is string[] =>
    Array.isArray(value) && value.length === count && value.every((face) => typeof face === "string" && face !== "");
  let faces = cuts.read(key, whole);
  if (faces === undefined) {
    faces = await cut();
    if (faces.length !== count) throw new Error(`Internal error: ${faces.length} ${kind} faces cut, ${count} asked for`);
    cuts.write(key, faces);
  }
  inMemory.set(kind, { key, faces });
  return faces;
}

/** The file that keeps the cut of `kind` made for `recipe`. */
export function cutFile(kind: string, recipe: string): string {
  return cuts.fileFor(`${kind}\u0000${recipe}`);
}
