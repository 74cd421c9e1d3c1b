// One headless browser per command run, always closed, with a fresh profile and no background
// networking (on a closed network Chromium otherwise stalls on its own update and sync calls).
// Chromium is started at once, and Puppeteer, loaded meanwhile, connects to it over its pipe.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import type { Browser, Page } from "puppeteer";
import { environmentError } from "../errors.ts";
import { isRunning } from "../processes.ts";
import { trace } from "../trace.ts";
import { chromiumArgs } from "./chromium-args.ts";
import { findBrowser } from "./find-browser.ts";
import { PipeTransport } from "./pipe-transport.ts";

export { BROWSER_ARGS } from "./chromium-args.ts";

export interface BrowserSession extends AsyncDisposable {
  browser: Browser;
  /** A new tab: one opened at launch while there is one (opening a tab takes Chromium a few tenths
   * of a second, which then pass while the briefing is still being checked), else a fresh one. */
  newTab(): Promise<Page>;
}

export interface LaunchOptions {
  /** Tabs to open as soon as the browser is up, for the first prints of the run. */
  tabs?: number;
  /** More switches for Chromium: the tests' one browser also listens on a debugging port, for
   * their worker processes to connect to (test/helpers/global-setup.ts). */
  extraArgs?: string[];
}

const PROFILE_PREFIX = "briefing-chromium-";
/** How long a closing browser may take before it is killed. */
const CLOSE_TIMEOUT_MS = 5_000;

/** A browser on its way up: started at once, connected in the background. */
export interface StartingBrowser extends AsyncDisposable {
  /** The connected browser. A run that never asks for it has its Chromium killed at once on dispose. */
  session(): Promise<BrowserSession>;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserSession> {
  return startBrowser(options).session();
}

export function startBrowser(options: LaunchOptions = {}): StartingBrowser {
  let executablePath: string;
  try {
    executablePath = findBrowser();
  } catch (error) {
    // No browser: said by the first build that needs one, after its briefing's own problems.
    return { session: () => Promise.reject(error), [Symbol.asyncDispose]: async () => {} };
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  trace("browser launch");
  const child = spawn(executablePath, [...chromiumArgs(profile), ...(options.extraArgs ?? [])], {
    stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const failed = new Promise<never>((_, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      reject(new Error(`it exited (${signal ?? `status ${code}`}): ${stderr.trim().split("\n").slice(-1)[0] ?? ""}`)),
    );
  });
  failed.catch(() => {}); // after a good start, an exit is the close's business
  const removeProfile = () => rm(profile, { recursive: true, force: true });
  let opened: Promise<Page>[] = [];
  let abandoned = false;

  const connected = (async (): Promise<Browser> => {
    try {
      // Loaded only when a PDF is wanted (`check` and `--no-pdf` never pay for it), while Chromium starts.
      const [{ default: puppeteer }] = await Promise.all([import("puppeteer"), sweepProfiles()]);
      if (abandoned) throw new Error("not needed after all");
      const transport = new PipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable);
      const browser = await Promise.race([puppeteer.connect({ transport, defaultViewport: null }), failed]);
      trace("browser up");
      if (abandoned) return browser;
      opened = Array.from({ length: options.tabs ?? 0 }, () => openTab(browser));
      for (const tab of opened) tab.catch(() => {}); // a tab that failed to open fails where it is taken
      return browser;
    } catch (error) {
      child.kill("SIGKILL");
      await removeProfile();
      throw environmentError(`could not start the browser at ${executablePath}: ${(error as Error).message.split("\n")[0]}`, error);
    }
  })();
  connected.catch(() => {}); // reported to whoever asks for the session

  let session: Promise<BrowserSession> | undefined;
  const connectedSession = async (): Promise<BrowserSession> => {
    const browser = await connected;
    return {
      browser,
      newTab: () => opened.shift() ?? openTab(browser),
      async [Symbol.asyncDispose]() {
        trace("browser close");
        // A tab still opening when the browser closes leaves Puppeteer waiting out its own 30 s timeout.
        await Promise.allSettled(opened);
        await browser.close().catch(() => {});
        const killer = setTimeout(() => child.kill("SIGKILL"), CLOSE_TIMEOUT_MS);
        await exited;
        clearTimeout(killer);
        await removeProfile();
        trace("browser closed");
      },
    };
  };
  return {
    session: () => (session ??= connectedSession()),
    async [Symbol.asyncDispose]() {
      if (session) {
        await (await session.catch(() => undefined))?.[Symbol.asyncDispose]();
        return;
      }
      // Nobody printed (every briefing failed its check): no reason to wait for a clean close. Tabs
      // already opening are let finish: one cut off by the kill holds Puppeteer for its 180 s timeout.
      abandoned = true;
      await Promise.allSettled(opened);
      child.kill("SIGKILL");
      await exited;
      await connected.then(
        (browser) => browser.disconnect(),
        () => {},
      );
      await removeProfile();
      trace("browser killed, unused");
    },
  };
}

/**
 * The profile folders of runs that were killed (their process is gone): removed by the next run.
 * Housekeeping never fails a build: the Chromium of a run killed a moment ago may still be writing
 * its profile on its way out (rm then meets ENOTEMPTY), and a later run takes the folder.
 */
async function sweepProfiles(): Promise<void> {
  const entries = await readdir(os.tmpdir()).catch(() => [] as string[]);
  await Promise.all(
    entries.map(async (entry) => {
      const pid = Number(new RegExp(`^${PROFILE_PREFIX}(\\d+)-[A-Za-z0-9]{6}$`).exec(entry)?.[1]);
      if (pid && pid !== process.pid && !isRunning(pid))
        await rm(path.join(os.tmpdir(), entry), { recursive: true, force: true }).catch(() => {});
    }),
  );
}

/**
 * Each tab in a window of its own: every one is then the visible tab of its window, so it paints
 * (a background tab gets no frames, and a screenshot of it waits for one that never comes).
 */
function openTab(browser: Browser): Promise<Page> {
  return browser.newPage({ type: "window" });
}
