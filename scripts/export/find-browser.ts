// Find an installed Chrome or Chromium; never download one (.puppeteerrc.cjs skips the download).
// Order: BRIEFING_BROWSER, PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, then the system's installations
// as chrome-launcher knows them (PATH, .desktop files, the usual install folders).
import { accessSync, constants } from "node:fs";
import { Launcher } from "chrome-launcher";
import { environmentError } from "../errors.ts";

const ENV_VARIABLES = ["BRIEFING_BROWSER", "PUPPETEER_EXECUTABLE_PATH", "CHROME_PATH"] as const;

const HOW_TO_GET_A_BROWSER = [
  "No Chrome or Chromium was found, and the PDFs are printed with one.",
  "Get one, then run the command again:",
  "  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium   (or run: bash scripts/setup.sh as root)",
  "  - Fedora: sudo dnf install chromium      - macOS: brew install --cask google-chrome",
  "  - or point to one you have: BRIEFING_BROWSER=/path/to/chrome npm run build",
  "To build only the HTML deck without a browser: npm run build -- content/NAME --no-pdf",
].join("\n");

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  for (const name of ENV_VARIABLES) {
    const value = env[name];
    if (!value) continue;
    if (isExecutable(value)) return value;
    throw environmentError(`${name} is set to "${value}", which is not an executable file.\n${HOW_TO_GET_A_BROWSER}`);
  }
  const found = Launcher.getInstallations().find(isExecutable);
  if (found) return found;
  throw environmentError(HOW_TO_GET_A_BROWSER);
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
