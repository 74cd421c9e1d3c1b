// A failed build leaves the previous outputs byte for byte; the same sources build to the same bytes
// (the PowerPoint too). The builds run the command line's main() in this process and print in the
// run's shared Chromium. A build killed half-way is a real process of its own: test/process/killed-builds.test.ts.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";
import { PROJECT } from "../helpers/cli.ts";
import { runMain } from "../helpers/in-process.ts";
import { sharedBrowser } from "../helpers/shared-browser.ts";

const NAME = "deepseek-r1";
let work: string;
let folder: string;
let out: string;
let original: string;
let session: BrowserSession;
const outputs = () => ["index.html", `${NAME}.pdf`, `${NAME}-handout.pdf`, `${NAME}.pptx`].map((f) => path.join(out, NAME, f));
const snapshot = () => outputs().map((file) => readFileSync(file));

beforeAll(async () => {
  session = await sharedBrowser();
  work = mkdtempSync(path.join(os.tmpdir(), "nothing-lost-"));
  folder = path.join(work, NAME);
  out = path.join(work, "dist");
  cpSync(path.join(PROJECT, "content", NAME), folder, { recursive: true });
  original = readFileSync(path.join(folder, "briefing.yaml"), "utf8");
  // The previous outputs: the run's one build of the seed (global-setup.ts), as `npm run build` made them.
  cpSync(path.join(inject("builtDir"), NAME), path.join(out, NAME), { recursive: true });
});

afterAll(async () => {
  await session?.[Symbol.asyncDispose]();
  rmSync(work, { recursive: true, force: true });
});

describe("byte-identical rebuilds", () => {
  it("builds the same sources to the same bytes: deck, PDFs and PowerPoint", async () => {
    const before = snapshot();
    const second = await runMain(["build", folder, "--out", out], session);
    expect(second.status, second.stderr).toBe(0);
    snapshot().forEach((bytes, i) => expect(bytes.equals(before[i]!), outputs()[i]).toBe(true));
  });
});

describe("nothing lost", () => {
  it("a build that fails on a wrong briefing leaves the previous outputs as they were", async () => {
    const before = snapshot();
    writeFileSync(
      path.join(folder, "briefing.yaml"),
      original.replace('quote: "xuống còn 19.341,43 điểm"', 'quote: "xuống còn 19.341,48 điểm"'),
    );
    const failed = await runMain(["build", folder, "--out", out], session);
    writeFileSync(path.join(folder, "briefing.yaml"), original);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("previous outputs left as they were");
    snapshot().forEach((bytes, i) => expect(bytes.equals(before[i]!), outputs()[i]).toBe(true));
  });
});
