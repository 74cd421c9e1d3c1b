// A slide whose text runs past its frame is a warning (exit 0), and an error with --strict.
// The command line's main() runs in this process, printing in the run's shared Chromium: the
// warning comes from the print's page checks, so the PDF step stays on.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";
import { sharedBrowserAndFolder } from "../helpers/shared-browser.ts";

const { browser, dir: out } = sharedBrowserAndFolder("overflow-");
const fixture = path.join(FIXTURES, "warn", "overflowing-slide");

describe("a slide that overflows", () => {
  it("--strict fails the build and publishes nothing", async () => {
    const run = await runMain(["build", fixture, "--out", out, "--strict"], browser());
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/warning\s+slide 2 "Far too much to say on one slide": the content runs past the slide/);
    expect(existsSync(path.join(out, "overflowing-slide"))).toBe(false);
  });

  it("is a warning that names the slide, and the build still succeeds", async () => {
    const run = await runMain(["build", fixture, "--out", out], browser());
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/warning\s+slide 2 "Far too much to say on one slide"/);
    expect(run.stdout).not.toMatch(/slide 1 "Lending"/);
    expect(existsSync(path.join(out, "overflowing-slide", "overflowing-slide.pdf"))).toBe(true);
  });
});

describe("text wider than its own box, inside the slide", () => {
  it("is a warning too: a label spilling over the next card", async () => {
    const run = await runMain(["build", path.join(FIXTURES, "warn", "spilling-label"), "--out", out], browser());
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/warning\s+slide 1 "Lending": the content runs past the slide/);
  });
});
