// One headless browser per command run, always closed, with a fresh profile and no background
// networking (on a closed network Chromium otherwise stalls on its own update and sync calls).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser } from "puppeteer";
import { environmentError } from "../errors.ts";
import { findBrowser } from "./find-browser.ts";

export const BROWSER_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  "--font-render-hinting=none",
];

export interface BrowserSession extends AsyncDisposable {
  browser: Browser;
}

export async function launchBrowser(): Promise<BrowserSession> {
  const executablePath = findBrowser();
  // Loaded only when a PDF is wanted: `check` and `--no-pdf` never pay for it.
  const { default: puppeteer } = await import("puppeteer");
  const profile = await mkdtemp(path.join(os.tmpdir(), "briefing-chromium-"));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({ executablePath, headless: true, args: BROWSER_ARGS, userDataDir: profile });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw environmentError(`could not start the browser at ${executablePath}: ${(error as Error).message.split("\n")[0]}`, error);
  }
  return {
    browser,
    async [Symbol.asyncDispose]() {
      await browser.close().catch(() => browser.process()?.kill("SIGKILL"));
      await rm(profile, { recursive: true, force: true });
    },
  };
}
