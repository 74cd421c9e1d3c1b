// One headless browser per command run, always closed, with a fresh profile and no background
// networking (on a closed network Chromium otherwise stalls on its own update and sync calls).
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { isRunning } from "../processes.ts";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "puppeteer";
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
  /** A new tab: one opened at launch while there is one (opening a tab takes Chromium a few tenths
   * of a second, which then pass while the briefing is still being checked), else a fresh one. */
  newTab(): Promise<Page>;
}

export interface LaunchOptions {
  /** Tabs to open as soon as the browser is up, for the first prints of the run. */
  tabs?: number;
}

const PROFILE_PREFIX = "briefing-chromium-";

export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserSession> {
  const executablePath = findBrowser();
  // Loaded only when a PDF is wanted: `check` and `--no-pdf` never pay for it.
  const { default: puppeteer } = await import("puppeteer");
  await sweepProfiles();
  const profile = await mkdtemp(path.join(os.tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  let browser: Browser;
  try {
    // pipe: the browser talks over its stdin/stdout, so it sees the pipe close and quits when this
    // process dies, even by SIGKILL; over a WebSocket it outlived us (9 processes left, parent 1).
    browser = await puppeteer.launch({ executablePath, headless: true, pipe: true, args: BROWSER_ARGS, userDataDir: profile });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw environmentError(`could not start the browser at ${executablePath}: ${(error as Error).message.split("\n")[0]}`, error);
  }
  const opened = Array.from({ length: options.tabs ?? 0 }, () => browser.newPage());
  for (const tab of opened) tab.catch(() => {}); // a tab that failed to open fails where it is taken
  return {
    browser,
    newTab: () => opened.shift() ?? browser.newPage(),
    async [Symbol.asyncDispose]() {
      await browser.close().catch(() => browser.process()?.kill("SIGKILL"));
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The profile folders of runs that were killed (their process is gone): removed by the next run. */
async function sweepProfiles(): Promise<void> {
  const entries = await readdir(os.tmpdir()).catch(() => [] as string[]);
  await Promise.all(entries.map(async (entry) => {
    const pid = Number(new RegExp(`^${PROFILE_PREFIX}(\\d+)-[A-Za-z0-9]{6}$`).exec(entry)?.[1]);
    if (pid && pid !== process.pid && !isRunning(pid)) await rm(path.join(os.tmpdir(), entry), { recursive: true, force: true });
  }));
}
