// A build killed by SIGKILL as each step ends (the next one under way): no Chromium is left, the
// outputs are all old or all new, never mixed, and the next build runs clean. Only the Node process
// is killed, as a CI time-out or `kill -9` would: the browser must go by itself. So each killed build
// is a real process with its own Chromium, and the build after each starts a Chromium of its own as
// a user's next run would, which is what sweeps the killed run's profile.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, PROJECT } from "../helpers/cli.ts";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const NAME = "harbour";
let work: string;
let folder: string;
let out: string;
let original: string;
const outputs = () => ["index.html", `${NAME}.pdf`, `${NAME}-handout.pdf`, `${NAME}.pptx`].map((f) => path.join(out, NAME, f));
const snapshot = () => outputs().map((file) => readFileSync(file));

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), "killed-builds-"));
  folder = path.join(work, NAME);
  out = path.join(work, "dist");
  cpSync(path.join(FIXTURES, "good", "all-layouts"), folder, { recursive: true });
  original = readFileSync(path.join(folder, "briefing.yaml"), "utf8");
  const first = await runMain(["build", folder, "--out", out]);
  expect(first.status, first.stderr).toBe(0);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("nothing lost when a build is killed", () => {
  for (const step of ["check", "render", "write", "export"]) {
    it(`a build killed by SIGKILL after "${step}" leaves no browser and no mixed outputs`, async () => {
      const before = snapshot();
      writeFileSync(path.join(folder, "briefing.yaml"), original.replace("title: Key points", `title: Key points, killed after ${step}`));
      const child = spawn(process.execPath, [...CLI, "build", folder, "--out", out], {
        cwd: PROJECT,
        stdio: ["ignore", "pipe", "pipe"],
      });
      const exited = new Promise((resolve) => child.once("exit", resolve));
      await new Promise<void>((resolve) => {
        child.stdout.on("data", (chunk: Buffer) => new RegExp(`\\s${step}\\s`).test(chunk.toString()) && resolve());
      });
      process.kill(child.pid!, "SIGKILL");
      await exited;
      writeFileSync(path.join(folder, "briefing.yaml"), original);
      expect(await browsersOf(child.pid!)).toEqual([]);
      const after = snapshot();
      const same = after.map((bytes, i) => bytes.equals(before[i]!));
      // All old, or (killed as it published) all new: never an old PDF beside a new deck.
      expect(same.every(Boolean) || same.every((s) => !s), `${outputs().join(", ")}: ${same}`).toBe(true);
      // The next build clears what the killed one left (its own browser's start sweeps the profile).
      const next = await runMain(["build", folder, "--out", out]);
      expect(next.status, next.stderr).toBe(0);
      expect(readdirSync(out).filter((entry) => entry.startsWith("."))).toEqual([]);
      expect(readdirSync(os.tmpdir()).filter((entry) => entry.startsWith(`briefing-chromium-${child.pid}-`))).toEqual([]);
      snapshot().forEach((bytes, i) => expect(bytes.equals(before[i]!), outputs()[i]).toBe(true));
    }, 150_000); // two builds with PDFs and a killed one: generous for a busy 2-core machine
  }
});

/**
 * Chromium processes started by the build with that process id (its profile folder names it) still
 * there after 15 s. Chromium shuts down on its own when the pipe to the dead build closes: in 1.0–1.3 s
 * on an idle machine, but one run beside a LibreOffice install still had them after 5 s (Chromium
 * writes its profile on the way out). The claim is that it goes by itself, not how fast.
 */
async function browsersOf(pid: number): Promise<string[]> {
  const find = () =>
    readdirSync("/proc")
      .filter((entry) => /^\d+$/.test(entry))
      .filter((entry) => {
        try {
          return readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(`briefing-chromium-${pid}-`);
        } catch {
          return false; // gone while we looked
        }
      });
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    if (find().length === 0) return [];
  }
  return find();
}
