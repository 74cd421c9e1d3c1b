// Exit 3 when the environment lacks a browser, with the exact way to get one; --no-pdf needs none.
// The exit 3 is the real command line's, spawned with the environment it reads; --no-pdf runs main()
// in this process, with BRIEFING_BROWSER pointing nowhere while it runs.
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";
import { findBrowser } from "../../scripts/export/find-browser.ts";

const out = mkdtempSync(path.join(os.tmpdir(), "env-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const fixture = path.join(FIXTURES, "good", "all-layouts");
const noBrowser = { BRIEFING_BROWSER: "/nonexistent/chrome" };

describe("without a browser", () => {
  it("build exits 3 and says how to get one, without a stack trace", () => {
    const run = runCli(["build", fixture, "--out", out], { env: noBrowser });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('BRIEFING_BROWSER is set to "/nonexistent/chrome"');
    expect(run.stderr).toContain("apt-get install -y chromium");
    expect(run.stderr).toContain("--no-pdf");
    expect(run.stderr).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    expect(existsSync(path.join(out, "all-layouts", "index.html"))).toBe(false);
  });

  it("build --no-pdf builds the deck without looking for one", async () => {
    vi.stubEnv("BRIEFING_BROWSER", noBrowser.BRIEFING_BROWSER);
    const run = await runMain(["build", fixture, "--out", out, "--no-pdf"]).finally(() => vi.unstubAllEnvs());
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(path.join(out, "all-layouts", "index.html"))).toBe(true);
    expect(existsSync(path.join(out, "all-layouts", "all-layouts.pdf"))).toBe(false);
  });
});

describe("finding a browser", () => {
  it("takes BRIEFING_BROWSER first when it is executable", () => {
    expect(findBrowser({ BRIEFING_BROWSER: process.execPath })).toBe(process.execPath);
  });
  it("finds the installed Chromium on this machine", () => {
    expect(findBrowser({})).toMatch(/chrom/i);
  });
  it("looks on PATH for Chrome before Chromium, and takes only an executable file", () => {
    const bin = mkdtempSync(path.join(os.tmpdir(), "path-"));
    const chromium = path.join(bin, "chromium");
    const chrome = path.join(bin, "google-chrome");
    writeFileSync(chromium, "#!/bin/sh\n", { mode: 0o755 });
    writeFileSync(chrome, "#!/bin/sh\n", { mode: 0o644 });
    expect(findBrowser({ PATH: bin })).toBe(chromium);
    chmodSync(chrome, 0o755);
    expect(findBrowser({ PATH: bin })).toBe(chrome);
    rmSync(bin, { recursive: true, force: true });
  });
});
