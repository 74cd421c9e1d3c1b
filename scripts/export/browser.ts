// One headless browser per command run, always closed, with a fresh profile and no background
// networking (on a closed network Chromium otherwise stalls on its own update and sync calls).
// Chromium is started at once, and Puppeteer, loaded meanwhile, connects to it over its pipe.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import type { Browser, ConnectOptions, Page } from "puppeteer";
import { environmentError } from "../errors.ts";
import { descendants, isAlive, processToken, TOKEN_PATTERN } from "../processes.ts";
import { trace } from "../trace.ts";
import { chromiumArgs } from "./chromium-args.ts";
import { findBrowser } from "./find-browser.ts";
import { PipeTransport } from "./pipe-transport.ts";

export { BROWSER_ARGS } from "./chromium-args.ts";

export interface BrowserSession extends AsyncDisposable {
  browser: Browser;
  /** A tab: one given back (reuseTab) while there is one, else one opened at launch (opening a tab
   * takes Chromium a few tenths of a second, which then pass while the briefing is still being
   * checked), else a fresh one. */
  newTab(): Promise<Page>;
  /**
   * A tab done with, whole (its page said nothing wrong), for the next newTab(): in a run of many
   * briefings each opened and closed a window of its own, about 0.2 s of the browser's work a briefing.
   */
  reuseTab(tab: Page): void;
}

export interface LaunchOptions {
  /** Tabs to open as soon as the browser is up, for the first prints of the run. */
  tabs?: number;
  /** More switches for Chromium: the tests' one browser also listens on a debugging port, for
   * their worker processes to connect to (test/helpers/global-setup.ts). */
  extraArgs?: string[];
}

const PROFILE_PREFIX = "briefing-chromium-";
/**
 * How long a browser may take to answer on its pipe (Chromium does in about a second, a few on a busy
 * machine): one that sleeps, or a wrapper that never starts it, fails the build then, not minutes on.
 */
const CONNECT_TIMEOUT_MS = 15_000;
const PROTOCOL_TIMEOUT_MS = 90_000;

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
  const profile = mkdtempSync(path.join(os.tmpdir(), `${PROFILE_PREFIX}${processToken()}-`));
  trace("browser launch");
  // In a process group of its own, so that what it started goes with it: a wrapper script's Chromium,
  // its renderers. (Killed with us, it still goes: Chromium exits when its pipe closes.)
  // Its own temporary files (org.chromium.Chromium.*) inside its profile: a Chromium killed with its
  // group leaves them there, and the profile's sweep takes them, where they would pile up in /tmp.
  const temporary = path.join(profile, "tmp");
  mkdirSync(temporary);
  const child = spawn(executablePath, [...chromiumArgs(profile), ...(options.extraArgs ?? [])], {
    stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
    detached: true,
    env: { ...process.env, TMPDIR: temporary },
  });
  const killTree = (tree: number[]) => {
    for (const pid of tree) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // gone already
      }
    }
  };
  // Our ends of its pipes: a process it left behind that holds them (a stopped renderer, a wrapper's
  // child) keeps this one from exiting.
  const letGo = () => {
    for (const stream of [child.stderr, child.stdio[3], child.stdio[4]]) (stream as Readable | Writable | null)?.destroy();
  };
  const killAll = () => {
    // Its whole tree first (read while the browser still holds it together), then its group.
    killTree(child.pid === undefined ? [] : descendants(child.pid));
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    } catch {
      child.kill("SIGKILL"); // the group is gone already
    }
    letGo();
  };
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let fail: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      reject(new Error(`it exited (${signal ?? `status ${code}`})${stderr.trim() ? `: ${stderr.trim().split("\n").slice(-1)[0]}` : ""}`)),
    );
  });
  failed.catch(() => {}); // after a good start, an exit is the close's business
  const transport = new PipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable, (error) =>
    fail(new Error(`it answered something that is not the DevTools protocol (${error.message.split("\n")[0]})`)),
  );
  const removeProfile = () => rm(profile, { recursive: true, force: true });
  let opened: Promise<Page>[] = [];
  let abandoned = false;

  const connected = (async (): Promise<Browser> => {
    try {
      // Loaded only when a PDF is wanted (`check` and `--no-pdf` never pay for it), while Chromium starts.
      const [connect] = await Promise.all([loadConnect(), sweepProfiles()]);
      if (abandoned) throw new Error("not needed after all");
      const deadline = setTimeout(() => fail(new Error(`it did not answer within ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
      // Every call to the browser answers within 90 s (Puppeteer's default is 180): a renderer stopped
      // while a tab opens or loads ends the build then. A 200-slide deck prints in about 20 s.
      const browser = await Promise.race([
        connect({ transport, defaultViewport: null, protocolTimeout: PROTOCOL_TIMEOUT_MS }),
        failed,
      ]).finally(() => clearTimeout(deadline));
      trace("browser up");
      if (abandoned) return browser;
      // The tab Chromium opens at start (about:blank, alone in its window) is the first print tab:
      // left unused, it held a renderer of about 90 MB for the whole run.
      const [initial] = options.tabs ? await browser.pages() : [];
      opened = Array.from({ length: options.tabs ?? 0 }, (_, i) => (i === 0 && initial ? Promise.resolve(initial) : openTab(browser)));
      for (const tab of opened) tab.catch(() => {}); // a tab that failed to open fails where it is taken
      return browser;
    } catch (error) {
      killAll();
      // Puppeteer's connection, still waiting on its first call, hears the pipe is closed and lets go
      // (else its 180 s protocol timer holds this process).
      transport.close();
      transport.onclose?.();
      await removeProfile();
      throw environmentError(
        `could not start the browser at ${executablePath}: ${(error as Error).message.split("\n")[0]}; ` +
          "set BRIEFING_BROWSER to a working Chrome or Chromium, or run npm run setup",
        error,
      );
    }
  })();
  connected.catch(() => {}); // reported to whoever asks for the session

  let session: Promise<BrowserSession> | undefined;
  const idle: Page[] = [];
  const connectedSession = async (): Promise<BrowserSession> => {
    const browser = await connected;
    return {
      browser,
      newTab: () => {
        // A tab given back may have been closed since (a failed print closes every tab it had).
        let tab = idle.pop();
        while (tab?.isClosed()) tab = idle.pop();
        return tab ? Promise.resolve(tab) : (opened.shift() ?? openTab(browser));
      },
      reuseTab: (tab) => {
        if (!tab.isClosed()) idle.push(tab);
      },
      async [Symbol.asyncDispose]() {
        trace("browser close");
        // A tab still opening when the browser closes leaves Puppeteer waiting out its own 30 s timeout.
        await Promise.allSettled(opened);
        // Killed, with all it started, rather than asked to close: everything it made is written by
        // now, and its profile is thrown away, so a clean shutdown (saving that profile, ending each
        // process in turn: 80-90 ms of a seed build) saves nothing anyone reads.
        // The kernel takes 20-35 ms to take a killed Chromium's memory back: its profile is removed
        // meanwhile (a killed process writes nothing more).
        killAll();
        await Promise.all([exited.then(() => browser.disconnect().catch(() => {})), removeProfile()]);
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
      killAll();
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
 * Puppeteer's connect, from its entry for connecting over a transport of one's own (its "browser"
 * build): the same connection and pages as its Node entry, without the launchers and the browser
 * downloader this never uses. As files, Node read it in 60-65 ms, the Node entry in 115-145 ms, on
 * the main thread that checks and renders the briefing while Chromium starts (a seed build
 * 1.48 → 1.39 s); compiled into the command line's script, it is in the code cache too.
 */
async function loadConnect(): Promise<(options: ConnectOptions) => Promise<Browser>> {
  const { connect } = await import("puppeteer-core/internal/puppeteer-core-browser.js");
  // Its declarations are a second copy of the same classes, which TypeScript tells apart by their
  // private fields.
  return connect as unknown as (options: ConnectOptions) => Promise<Browser>;
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
      const token = new RegExp(`^${PROFILE_PREFIX}(${TOKEN_PATTERN})-[A-Za-z0-9]{6}$`).exec(entry)?.[1];
      if (token && !isAlive(token)) await rm(path.join(os.tmpdir(), entry), { recursive: true, force: true }).catch(() => {});
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
