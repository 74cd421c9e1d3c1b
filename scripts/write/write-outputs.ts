// Stage 5, write: outputs go to a staging folder next to the final one, and are moved into
// dist/NAME/ only when the whole build succeeded. A failed or killed build leaves the previous
// outputs byte for byte; a rename within one folder is atomic.
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
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
  const stagingDir = await mkdtemp(path.join(outDir, `${STAGING_PREFIX}${name}-`));
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

export async function discardStaging(staged: StagedOutputs): Promise<void> {
  await rm(staged.stagingDir, { recursive: true, force: true });
}
