// Stage 5, write: outputs go to a staging folder next to the final one, and are moved into
// dist/NAME/ only when the whole build succeeded. A failed or killed build leaves the previous
// outputs byte for byte; a rename within one folder is atomic.
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
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
  await mkdir(outDir, { recursive: true });
  await removeAbandonedStaging(outDir, name);
  const stagingDir = await mkdtemp(path.join(outDir, `${STAGING_PREFIX}${name}-${process.pid}-`));
  const staged: StagedOutputs = {
    name,
    stagingDir,
    finalDir: path.join(outDir, name),
    deckHtmlFile: path.join(stagingDir, "index.html"),
    handoutHtmlFile: path.join(stagingDir, "handout.html"),
    pdfFile: path.join(stagingDir, `${name}.pdf`),
    handoutPdfFile: path.join(stagingDir, `${name}-handout.pdf`),
  };
  await writeFile(staged.deckHtmlFile, rendered.deckHtml);
  await writeFile(staged.handoutHtmlFile, rendered.handoutHtml);
  return staged;
}

/** Move the finished files into place; files not built this time (PDFs with --no-pdf) stay as they were. */
export async function publishOutputs(staged: StagedOutputs, withPdf: boolean): Promise<string[]> {
  await mkdir(staged.finalDir, { recursive: true });
  const files = withPdf ? [staged.deckHtmlFile, staged.pdfFile, staged.handoutPdfFile] : [staged.deckHtmlFile];
  const published: string[] = [];
  for (const file of files) {
    const target = path.join(staged.finalDir, path.basename(file));
    await rename(file, target);
    published.push(target);
  }
  await discardStaging(staged);
  return published;
}

/** A build that was killed leaves its staging folder; the next build of that deck removes it. */
async function removeAbandonedStaging(outDir: string, name: string): Promise<void> {
  const prefix = `${STAGING_PREFIX}${name}-`;
  for (const entry of await readdir(outDir)) {
    const pid = Number(/^(\d+)-/.exec(entry.slice(prefix.length))?.[1]);
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
