// Stage 5, write: outputs go to a staging folder next to the final one, which becomes dist/NAME/ as
// a whole only when the whole build succeeded: the deck, its PDFs and what else the folder held
// change together. A failed or killed build leaves the previous outputs byte for byte.
import { chmod, cp, link, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { environmentError } from "../errors.ts";
import { PROJECT_DIR } from "../render/paths.ts";
import type { DeckModel } from "../model/deck.ts";
import { isAlive, processToken, TOKEN_PATTERN } from "../processes.ts";

export interface StagedOutputs {
  name: string;
  stagingDir: string;
  finalDir: string;
  deckHtmlFile: string;
  /** The deck and its handout in one page, printed to both PDFs and pictured (--png), never published. */
  printHtmlFile: string;
  /** Pictured as the overview sheet (--png), never published. */
  overviewHtmlFile: string;
  pdfFile: string;
  handoutPdfFile: string;
  /** With --png: one picture a slide (01.png …), and every slide on one sheet. */
  slidesDir: string;
  overviewPngFile: string;
  pptxFile: string;
}

/** The pages the HTML renderer made, as this stage writes them (the renderer's output has this shape). */
export interface RenderedPages {
  deckHtml: string;
  printHtml: string;
  overviewHtml: string;
}

/** What a build makes: the deck always, the PDFs unless --no-pdf, the pictures with --png, the PowerPoint with the PDFs or --pptx. */
export interface Made {
  pdf: boolean;
  png: boolean;
  pptx: boolean;
}

const STAGING_PREFIX = ".staging-";

export async function stageOutputs(rendered: RenderedPages, name: string, outDir: string, made: Made): Promise<StagedOutputs> {
  const stagingDir = await writable(outDir, async () => {
    await mkdir(outDir, { recursive: true });
    // The folder is replaced as a whole: a file standing in its place would be lost, so refuse now.
    const final = await stat(path.join(outDir, name)).catch(() => undefined);
    if (final && !final.isDirectory()) throw Object.assign(new Error("a file stands in the output folder's place"), { code: "EEXIST" });
    await recoverOutputs(outDir, name);
    const dir = await mkdtemp(path.join(outDir, `${STAGING_PREFIX}${name}-${processToken()}-`));
    // mkdtemp makes it private (0700); published, it is a folder like any the user makes: the umask's.
    await chmod(dir, 0o777 & ~process.umask());
    return dir;
  });
  const staged: StagedOutputs = {
    name,
    stagingDir,
    finalDir: path.join(outDir, name),
    deckHtmlFile: path.join(stagingDir, "index.html"),
    printHtmlFile: path.join(stagingDir, "print.html"),
    overviewHtmlFile: path.join(stagingDir, "overview.html"),
    pdfFile: path.join(stagingDir, `${name}.pdf`),
    handoutPdfFile: path.join(stagingDir, `${name}-handout.pdf`),
    slidesDir: path.join(stagingDir, "slides"),
    overviewPngFile: path.join(stagingDir, `${name}-overview.png`),
    pptxFile: path.join(stagingDir, `${name}.pptx`),
  };
  try {
    await writable(outDir, async () => {
      await writeFile(staged.deckHtmlFile, rendered.deckHtml);
      // Pages only a browser reads: the deck and handout to print and picture, the overview sheet.
      if (made.pdf || made.png) await writeFile(staged.printHtmlFile, rendered.printHtml);
      if (made.png) await writeFile(staged.overviewHtmlFile, rendered.overviewHtml);
    });
  } catch (error) {
    // A disk that filled up mid-write leaves no half-written staging folder behind.
    await discardStaging(staged).catch(() => {});
    throw error;
  }
  return staged;
}

/** The editable PowerPoint, from the same deck model as the HTML, into the staging folder. */
export async function writePptx(model: DeckModel, staged: StagedOutputs): Promise<void> {
  // Read when a PowerPoint is written (`check` and `--no-pdf` never read pptxgenjs).
  const { pptxBytes } = await import("./pptx/write-pptx.ts");
  const bytes = await pptxBytes(model);
  await writable(path.dirname(staged.stagingDir), () => writeFile(staged.pptxFile, bytes));
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

/**
 * The staging folder becomes dist/NAME/: it takes over every file of the old folder it did not make
 * (the PDFs with --no-pdf), then the old folder is moved aside and the new one renamed into place,
 * two renames in one parent folder. A crash between them leaves the old folder aside, whole, and
 * the next command puts it back (recoverOutputs): either all old or all new outputs.
 */
export async function publishOutputs(staged: StagedOutputs, made: Made): Promise<string[]> {
  const files = [
    staged.deckHtmlFile,
    ...(made.pdf ? [staged.pdfFile, staged.handoutPdfFile] : []),
    ...(made.pptx ? [staged.pptxFile] : []),
    // The slides folder as a whole: a deck that lost slides must not keep their old pictures.
    ...(made.png ? [staged.slidesDir, staged.overviewPngFile] : []),
  ];
  const parent = path.dirname(staged.finalDir);
  return writable(parent, async () => {
    // printed or pictured, never published
    await Promise.all([rm(staged.printHtmlFile, { force: true }), rm(staged.overviewHtmlFile, { force: true })]);
    const old = await readdir(staged.finalDir).catch(() => [] as string[]);
    const ours = new Set(files.map((file) => path.basename(file)));
    for (const entry of old.filter((e) => !ours.has(e)))
      await carryOver(path.join(staged.finalDir, entry), path.join(staged.stagingDir, entry));
    const aside = path.join(parent, `${PREVIOUS_PREFIX}${staged.name}-${processToken()}`);
    if (old.length > 0 || (await exists(staged.finalDir))) await rename(staged.finalDir, aside);
    await rename(staged.stagingDir, staged.finalDir);
    // The new outputs are published: an old file that cannot be removed (immutable, on a disk gone
    // read-only) is left aside, tried again by the next build, and never fails this one.
    await rm(aside, { recursive: true, force: true }).catch(() => {});
    return files.map((file) => path.join(staged.finalDir, path.basename(file)));
  });
}

/** A hard link where the disk allows one (no copy of a large PDF), else a copy. */
async function carryOver(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await cp(from, to, { recursive: true });
  }
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

const PREVIOUS_PREFIX = ".previous-";

/**
 * A build that was killed leaves its staging folder, and perhaps the old outputs moved aside; the
 * next command that touches that deck (build, check, dev) removes the one and puts the other back,
 * so dist/NAME is never missing for longer than a killed build's last moment.
 */
export async function recoverOutputs(outDir: string, name: string): Promise<void> {
  for (const entry of await readdir(outDir).catch(() => [] as string[])) {
    // Exactly TOKEN-XXXXXX (mkdtemp's six characters) for staging, TOKEN for the old outputs moved
    // aside: ".staging-report-2025-…" is the deck "report-2025"'s, not "report"'s.
    const staging =
      entry.startsWith(`${STAGING_PREFIX}${name}-`) &&
      new RegExp(`^(${TOKEN_PATTERN})-[A-Za-z0-9]{6}$`).exec(entry.slice(STAGING_PREFIX.length + name.length + 1));
    const previous =
      entry.startsWith(`${PREVIOUS_PREFIX}${name}-`) &&
      new RegExp(`^(${TOKEN_PATTERN})$`).exec(entry.slice(PREVIOUS_PREFIX.length + name.length + 1));
    const token = (staging || previous || [])[1];
    if (!token || isAlive(token)) continue;
    const abandoned = path.join(outDir, entry);
    if (previous && !(await exists(path.join(outDir, name)))) await rename(abandoned, path.join(outDir, name));
    // Housekeeping never fails a build: what cannot be removed now is tried again next time.
    else await rm(abandoned, { recursive: true, force: true }).catch(() => {});
  }
}

/** Where a command that names no --out (check, dev) finds a deck's published outputs. */
export const DEFAULT_OUT_DIR = path.join(PROJECT_DIR, "dist");

export async function discardStaging(staged: StagedOutputs): Promise<void> {
  await rm(staged.stagingDir, { recursive: true, force: true });
}
