// The run's one Chromium (started by global-setup.ts), reached from a test file: a session as
// browser.ts gives one, whose tabs are windows of their own (so each paints, as the build's do).
// Disposing it only disconnects this file: the browser serves the others until the run ends, and
// closes then with every tab still open (a file's pages cannot be told apart from another's).
import puppeteer from "puppeteer";
import { inject } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";

export async function sharedBrowser(): Promise<BrowserSession> {
  const browser = await puppeteer.connect({ browserURL: inject("browserURL"), defaultViewport: null });
  return {
    browser,
    newTab: () => browser.newPage({ type: "window" }),
    async [Symbol.asyncDispose]() {
      await browser.disconnect();
    },
  };
}
