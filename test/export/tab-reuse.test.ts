// The run's browser hands a tab given back to the next print, never one closed since: a run of many
// briefings opens a window per briefing built at once, not one per briefing. The real Chromium.
import { afterAll, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/export/browser.ts";

const session = await launchBrowser({ tabs: 1 });
afterAll(() => session[Symbol.asyncDispose]());

it("gives a tab given back to the next print, and skips one closed since", async () => {
  const first = await session.newTab();
  session.reuseTab(first);
  expect(await session.newTab()).toBe(first);
  session.reuseTab(first);
  await first.close();
  const next = await session.newTab();
  expect(next).not.toBe(first);
  expect(next.isClosed()).toBe(false);
  // Nothing given back: a new tab each time.
  expect(await session.newTab()).not.toBe(next);
});
