// We start Chromium ourselves (scripts/export/chromium-args.ts) with the flags Puppeteer's own
// launch would give it: a Puppeteer update that changes them must change ours too.
import puppeteer from "puppeteer";
import { describe, expect, it } from "vitest";
import { BROWSER_ARGS, chromiumArgs, DISABLED_FEATURES, PUPPETEER_DEFAULT_ARGS } from "../../scripts/export/chromium-args.ts";

describe("the browser's command line", () => {
  it("holds every flag puppeteer.launch() passes for a headless run", () => {
    const theirs = puppeteer.defaultArgs({ headless: true, args: [] }).filter((arg) => arg !== "about:blank");
    expect(PUPPETEER_DEFAULT_ARGS).toEqual(theirs);
  });

  it("adds ours, a fresh profile and the DevTools pipe, each once", () => {
    const args = chromiumArgs("/tmp/profile-x");
    const features = PUPPETEER_DEFAULT_ARGS.filter((arg) => arg.startsWith("--disable-features="));
    for (const arg of [...PUPPETEER_DEFAULT_ARGS, ...BROWSER_ARGS].filter((a) => !features.includes(a)))
      expect(args.filter((a) => a === arg)).toHaveLength(1);
    // One --disable-features (Chromium reads only the last): Puppeteer's features, then ours.
    const disabled = args.filter((a) => a.startsWith("--disable-features="));
    expect(disabled).toEqual([`${features[0]},${DISABLED_FEATURES.join(",")}`]);
    expect(args).toContain("--user-data-dir=/tmp/profile-x");
    expect(args).toContain("--remote-debugging-pipe");
  });

  it("holds every flag a headless Chromium needs on a closed network", () => {
    const args = chromiumArgs("/tmp/profile-x");
    for (const flag of [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ]) {
      expect(args).toContain(flag);
    }
  });
});
