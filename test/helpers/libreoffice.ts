// PowerPoints converted to PDF by LibreOffice Impress, headless, as an independent reader of them.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Each file converted into `outDir` (as NAME.pdf), by a LibreOffice with a profile of its own beside
 * it: no lock shared with another soffice, nothing from the user's.
 */
export function convertToPdf(files: string[], outDir: string): void {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(path.join(outDir, "lo-profile")).href}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: 170_000 },
  );
}
