// Stage 5, write: outputs go to a staging folder next to the final one, and are moved into
// dist/NAME/ only when the whole build succeeded. A failed or killed build leaves the previous
// outputs byte for byte; a rename within one folder is atomic.
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { environmentError } from "../errors.ts";
import type { RenderedDeck } from "../render/render-deck.ts";

export interface StagedOutputs {
  name: string;
  stagingDir: string;
  finalDir: string;
  deckHtmlFile: string;
  /** Printed to the handout PDF, never published. */
  handoutHtmlFile: string;
  pdfFile: string;
  handoutPdfFile: string;
}

export const STAGING_PREFIX = ".staging-";

export async function stageOutputs(rendered: RenderedDeck, name: string, outDir: string): Promise<StagedOutputs> {
  const stagingDir = await writable(outDir, async () => {
    await mkdir(outDir, { recursive: true });
    await removeAbandonedStaging(outDir, name);
    return mkdtemp(path.join(outDir, `${STAGING_PREFIX}${name}-${process.pid}-`));
  });
  const staged: StagedOutputs = {
    name,
    stagingDir,
    finalDir: path.join(outDir, name),
    deckHtmlFile: path.join(stagingDir, "index.html"),
    handoutHtmlFile: path.join(stagingDir, "handout.html"),
    pdfFile: path.join(stagingDir, `${name}.pdf`),
    handoutPdfFile: path.join(stagingDir, `${name}-handout.pdf`),
  };
  await writable(outDir, async () => {
    await writeFile(staged.deckHtmlFile, rendered.deckHtml);
    await writeFile(staged.handoutHtmlFile, rendered.handoutHtml);
  });
  return staged;
}

/** A folder that cannot be written (a file in the way, no permission, a full disk) is the environment's. */
async function writable<T>(outDir: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    throw environmentError(`cannot write the outputs under ${outDir} (${code}): ${WRITE_HINTS[code] ?? (error as Error).message}`, error);
  }
}

const WRITE_HINTS: Record<string, string> = {
  EEXIST: "a file stands where the output folder should be; choose another --out",
  ENOTDIR: "part of that path is a file, not a folder; choose another --out",
  EACCES: "no permission to write there; choose another --out or change its permissions",
  EPERM: "no permission to write there; choose another --out or change its permissions",
  EROFS: "the disk is read-only; choose another --out",
  ENOSPC: "the disk is full; free some space",
};

/** Move the finished files into place; files not built this time (PDFs with --no-pdf) stay as they were. */
export async function publishOutputs(staged: StagedOutputs, withPdf: boolean): Promise<string[]> {
  const files = withPdf ? [staged.deckHtmlFile, staged.pdfFile, staged.handoutPdfFile] : [staged.deckHtmlFile];
  const published = await writable(path.dirname(staged.finalDir), async () => {
    await mkdir(staged.finalDir, { recursive: true });
    const done: string[] = [];
    for (const file of files) {
      const target = path.join(staged.finalDir, path.basename(file));
      await rename(file, target);
      done.push(target);
    }
    return done;
  });
  await discardStaging(staged);
  return published;
}

/** A build that was killed leaves its staging folder; the next build of that deck removes it. */
async function removeAbandonedStaging(outDir: string, name: string): Promise<void> {
  const prefix = `${STAGING_PREFIX}${name}-`;
  for (const entry of await readdir(outDir)) {
    // Exactly PID-XXXXXX (mkdtemp's six characters): ".staging-report-2025-…" is another deck's.
    const pid = Number(/^(\d+)-[A-Za-z0-9]{6}$/.exec(entry.slice(prefix.length))?.[1]);
    if (entry.startsWith(prefix) && pid && !isRunning(pid)) await rm(path.join(outDir, entry), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function discardStaging(staged: StagedOutputs): Promise<void> {
  await rm(staged.stagingDir, { recursive: true, force: true });
}
