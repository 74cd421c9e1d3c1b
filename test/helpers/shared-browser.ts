// The run's one Chromium (started by global-setup.ts), reached from a test file: a session as
// browser.ts gives one, whose tabs are windows of their own (so each paints, as the build's do).
// Disposing it only disconnects this file: the browser serves the others until the run ends, and
// closes then with every tab still open (a file's pages cannot be told apart from another's).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer from "puppeteer";
import { afterAll, beforeAll, inject } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";

export async function sharedBrowser(): Promise<BrowserSession> {
  const browser = await puppeteer.connect({ browserURL: inject("browserURL"), defaultViewport: null });
  return {
    browser,
    newTab: () => browser.newPage({ type: "window" }),
    // Each test's tabs are its own: one given back is closed, not handed to another test.
    reuseTab: (tab) => void tab.close().catch(() => {}),
    async [Symbol.asyncDispose]() {
      await browser.disconnect();
    },
  };
}

/**
 * For a test file: the run's browser, connected before its tests, and a temporary folder of its
 * own, both let go after them. `browser()` is the session once connected.
 */
export function sharedBrowserAndFolder(prefix: string): { browser: () => BrowserSession; dir: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await sharedBrowser();
  });
  afterAll(async () => {
    await session?.[Symbol.asyncDispose]();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    browser: () => {
      if (!session) throw new Error("the shared browser is connected in beforeAll: ask for it inside a test");
      return session;
    },
    dir,
  };
}
