// A failed build, or one killed half-way through the PDF, leaves the previous outputs byte for
// byte; the same sources build to the same bytes.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/render-fixture.ts";
import { PROJECT, runCli } from "../helpers/cli.ts";

const NAME = "harbour";
let work: string;
let folder: string;
let out: string;
let original: string;
const outputs = () => ["index.html", `${NAME}.pdf`, `${NAME}-handout.pdf`].map((f) => path.join(out, NAME, f));
const snapshot = () => outputs().map((file) => readFileSync(file));

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), "nothing-lost-"));
  folder = path.join(work, NAME);
  out = path.join(work, "dist");
  cpSync(path.join(FIXTURES, "good", "all-layouts"), folder, { recursive: true });
  original = readFileSync(path.join(folder, "briefing.yaml"), "utf8");
  const first = runCli(["build", folder, "--out", out]);
  expect(first.status, first.stderr).toBe(0);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("byte-identical rebuilds", () => {
  it("builds the same sources to the same bytes: deck, PDF and handout", () => {
    const before = snapshot();
    const second = runCli(["build", folder, "--out", out]);
    expect(second.status, second.stderr).toBe(0);
    snapshot().forEach((bytes, i) => expect(bytes.equals(before[i]!), outputs()[i]).toBe(true));
  });
});

describe("nothing lost", () => {
  it("a build that fails on a wrong briefing leaves the previous outputs as they were", () => {
    const before = snapshot();
    writeFileSync(path.join(folder, "briefing.yaml"), original.replace("quote: up 4.5% on the year", "quote: up 4.6% on the year"));
    const failed = runCli(["build", folder, "--out", out]);
    writeFileSync(path.join(folder, "briefing.yaml"), original);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("previous outputs left as they were");
    snapshot().forEach((bytes, i) => expect(bytes.equals(before[i]!), outputs()[i]).toBe(true));
  });

  it("a build killed half-way through the PDF leaves the previous outputs byte for byte", async () => {
    const before = snapshot();
    // Change the deck, so a build that did publish would change the bytes.
    writeFileSync(path.join(folder, "briefing.yaml"), original.replace("title: Key points", "title: Key points, changed"));
    const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT, "scripts", "briefing.ts"), "build", folder, "--out", out], {
      cwd: PROJECT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // The staged deck is written just before the browser starts printing.
    await new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes(" write ") && resolve());
    });
    process.kill(-child.pid!, "SIGKILL");
    await exited;
    writeFileSync(path.join(folder, "briefing.yaml"), original);
    snapshot().forEach((bytes, i) => expect(bytes.equals(before[i]!), outputs()[i]).toBe(true));
    expect(readdirSync(out).filter((entry) => entry.startsWith(".staging-"))).toHaveLength(1);
    // The next build clears the killed build's staging folder.
    expect(runCli(["build", folder, "--out", out, "--no-pdf"]).status).toBe(0);
    expect(readdirSync(out).filter((entry) => entry.startsWith(".staging-"))).toEqual([]);
    expect(existsSync(path.join(out, NAME, `${NAME}.pdf`))).toBe(true);
  });
});
