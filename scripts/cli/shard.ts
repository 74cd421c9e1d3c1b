// `build --shard I/N`: this machine's share of the briefings, so that N machines of a CI matrix or
// an indexed Kubernetes Job build them all between them with no coordinator: every machine computes
// the same split from the same list. Stable by name (the folders sorted, whatever order they were
// given in or the file system lists them), balanced by slide count (the largest first, each to the
// shard with the fewest slides so far, ties to the lower shard): a shard's work is its slides.
import { readFileSync } from "node:fs";
import path from "node:path";
import { usageError } from "../errors.ts";

export interface Shard {
  /** 1-based, as CI matrices and the command line count. */
  index: number;
  count: number;
}

/** "--shard 2/3" → { index: 2, count: 3 }. */
export function shardOption(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const match = /^([1-9]\d{0,2})\/([1-9]\d{0,2})$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index > count) throw usageError(`--shard takes I/N, this machine's share of N (1 ≤ I ≤ N ≤ 999), not "${value}"`);
  return { index, count };
}

/** The folders shard `index` of `count` builds: each folder in exactly one shard. */
export function shardOf(folders: string[], { index, count }: Shard): string[] {
  // "a/x" and "./a/x" are one folder.
  const byName = [...new Map(folders.map((folder) => [path.resolve(folder), folder])).values()].map((folder) => ({
    folder,
    name: path.basename(path.resolve(folder)),
    slides: slideCount(folder),
  }));
  byName.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.folder < b.folder ? -1 : 1));
  const largestFirst = [...byName].sort((a, b) => b.slides - a.slides); // stable: equal counts stay in name order
  const load = Array.from({ length: count }, () => 0);
  const mine = new Set<string>();
  for (const { folder, slides } of largestFirst) {
    const lightest = load.indexOf(Math.min(...load));
    load[lightest]! += Math.max(1, slides);
    if (lightest === index - 1) mine.add(folder);
  }
  return byName.filter(({ folder }) => mine.has(folder)).map(({ folder }) => folder);
}

/**
 * A briefing's slides, counted from its file's text without reading it as a whole (the build reads
 * it properly): each "- layout:" item. A file that cannot be read counts as one slide; its build
 * says what is wrong.
 */
function slideCount(folder: string): number {
  try {
    return (readFileSync(path.join(folder, "briefing.yaml"), "utf8").match(/^\s*-\s+layout\s*:/gm) ?? []).length;
  } catch {
    return 1;
  }
}
