// Find an installed Chrome or Chromium; never download one (.puppeteerrc.cjs skips the download).
// Order: BRIEFING_BROWSER, PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, then Chrome or Chromium on PATH,
// then the system's installations as chrome-launcher knows them (.desktop files, the usual install
// folders, macOS's and Windows' places).
import { accessSync, constants } from "node:fs";
import { Launcher } from "chrome-launcher";
import which from "which";
import { environmentError } from "../errors.ts";

const ENV_VARIABLES = ["BRIEFING_BROWSER", "PUPPETEER_EXECUTABLE_PATH", "CHROME_PATH"] as const;
const ON_PATH = ["google-chrome-stable", "google-chrome", "chromium-browser", "chromium"];

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
  // The names chrome-launcher looks for on PATH, in its order of preference, looked up in this
  // process: chrome-launcher runs `which` for each and a shell's grep over the .desktop files, 15-30 ms
  // of every build before Chromium could start.
  const path = env.PATH ?? process.env.PATH;
  for (const name of ON_PATH) {
    const found = which.sync(name, { nothrow: true, path });
    if (found && isExecutable(found)) return found;
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
