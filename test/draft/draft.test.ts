// `npm run draft`: an article → a briefing that `check` passes and `build` builds, through the
// command line's own code (main(argv), in-process; the build prints in the run's shared Chromium).
// Its figures are measured against hand-checked lists: the seed's own briefing (content/deepseek-r1),
// an English market story and a German text with scale words. Each test drafts what it reads, or
// reads the seed's draft made once before them all: none reads what another test wrote.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserSession } from "../../scripts/export/browser.ts";
import { PROJECT, type CliRun } from "../helpers/cli.ts";
import { runMain } from "../helpers/in-process.ts";
import { sharedBrowser } from "../helpers/shared-browser.ts";

// The seed article as the repository keeps it (byte for byte the team's seed file, which lives
// outside the repository and is not there in a fresh clone).
const SEED = path.join(PROJECT, "content", "deepseek-r1", "article.txt");
const FIXTURES = path.join(PROJECT, "test", "fixtures", "draft");

interface Figure {
  value: number;
  unit?: string;
  scale?: string;
  quote?: string;
}

let out: string;
let session: BrowserSession;
/** The seed article drafted once, before any test: out/draft-seed. */
let seedRun: CliRun;
const seedFolder = () => path.join(out, "draft-seed");
/** The seed's draft, once it is sure the draft was made. */
function seedDraft(): string {
  expect(seedRun.stderr).toBe("");
  expect(seedRun.status).toBe(0);
  return seedFolder();
}

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), "draft-"));
  session = await sharedBrowser();
  seedRun = await runMain(["draft", SEED, "--name", "draft-seed", "--out", out]);
});
afterAll(async () => {
  await session?.[Symbol.asyncDispose]();
  rmSync(out, { recursive: true, force: true });
});

const figuresOf = (folder: string): Figure[] =>
  Object.values((parseYaml(readFileSync(path.join(folder, "briefing.yaml"), "utf8")) as { figures: Record<string, Figure> }).figures ?? {});
const identity = (f: Figure) => `${f.value} ${f.unit ?? ""} ${f.scale ?? ""}`.trim();

/** Recall: share of the expected figures found with the same value, unit and scale; precision: share of those found that are expected. */
function measure(found: Figure[], expected: Figure[]): { recall: number; precision: number; missed: string[]; extra: string[] } {
  const left = found.map(identity);
  const missed: string[] = [];
  for (const want of expected.map(identity)) {
    const at = left.indexOf(want);
    if (at >= 0) left.splice(at, 1);
    else missed.push(want);
  }
  return {
    recall: (expected.length - missed.length) / expected.length,
    precision: (found.length - left.length) / found.length,
    missed,
    extra: left,
  };
}

describe("npm run draft -- ARTICLE", () => {
  it("drafts the seed article into a briefing that check passes and build turns into a deck and its PDFs", async () => {
    const folder = seedDraft();
    expect(seedRun.stdout).toContain("drafted");
    expect(readFileSync(path.join(folder, "article.txt"), "utf8")).toBe(readFileSync(SEED, "utf8").replace(/^\uFEFF/, ""));
    const checked = await runMain(["check", folder]);
    expect(checked.stderr).toBe("");
    expect(checked.status).toBe(0);
    // The first line points an editor at the JSON Schema, wherever --out put the draft.
    const modeline = /^# yaml-language-server: \$schema=(\S+)\n/.exec(readFileSync(path.join(folder, "briefing.yaml"), "utf8"));
    expect(modeline).not.toBeNull();
    expect(path.resolve(folder, modeline![1]!)).toBe(path.join(PROJECT, "docs", "briefing.schema.json"));
    const built = await runMain(["build", folder, "--out", path.join(out, "dist")], session);
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);
    expect(built.stdout).not.toContain("warning");
    for (const file of ["index.html", "draft-seed.pdf", "draft-seed-handout.pdf"])
      expect(existsSync(path.join(out, "dist", "draft-seed", file)), file).toBe(true);
  }, 120_000);

  it("finds at least 90% of the seed briefing's quoted figures with the same value, unit and scale, and no date or name", () => {
    const handWritten = figuresOf(path.join(PROJECT, "content", "deepseek-r1")).filter((f) => f.quote !== undefined);
    const drafted = figuresOf(seedDraft());
    const { recall, precision, missed } = measure(drafted, handWritten);
    process.stdout.write(
      `draft seed: ${handWritten.length} quoted figures by hand, recall ${(recall * 100).toFixed(0)}%, precision ${(precision * 100).toFixed(0)}%\n`,
    );
    expect(recall, `missed: ${missed.join("; ")}`).toBeGreaterThanOrEqual(0.9);
    // Nothing found is a date (27/1, 22/1, 28/01/2025, 10:43) or part of a name (R1, o1, GPT-o1).
    expect(
      drafted
        .map((f) => Math.abs(f.value))
        .filter((v) => [1, 10, 22, 27, 28, 43, 2025].includes(v) && !handWritten.some((h) => Math.abs(h.value) === v)),
    ).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it.each(["market-en", "inflation-de", "industrie-fr"])(
    "finds the hand-checked figures of %s, in the language it detects (recall and precision in the README)",
    async (name) => {
      const expected = JSON.parse(readFileSync(path.join(FIXTURES, name, "expected.json"), "utf8")) as { lang: string; figures: Figure[] };
      // No --lang: the draft detects the article's language, and says so.
      const drafted = await runMain(["draft", path.join(FIXTURES, name, "article.md"), "--out", out, "--name", name]);
      expect(drafted.status, drafted.stderr).toBe(0);
      expect(drafted.stdout).toMatch(new RegExp(`${name}\\s+language\\s+${expected.lang}, detected in the article`));
      const checked = await runMain(["check", path.join(out, name)]);
      expect(checked.status, checked.stderr).toBe(0);
      const { recall, precision, missed, extra } = measure(figuresOf(path.join(out, name)), expected.figures);
      process.stdout.write(
        `draft ${name}: recall ${(recall * 100).toFixed(0)}%, precision ${(precision * 100).toFixed(0)}%; missed ${missed.join("; ") || "none"}; extra ${extra.join("; ") || "none"}\n`,
      );
      expect(recall, `missed: ${missed.join("; ")}`).toBeGreaterThanOrEqual(0.85);
      expect(precision, `extra: ${extra.join("; ")}`).toBeGreaterThanOrEqual(0.85);
    },
  );

  it("numbers paragraphs as a reader counts them (blank lines are none): the headline is 1, the lead 2", async () => {
    const drafted = await runMain(["draft", path.join(FIXTURES, "industrie-fr", "article.md"), "--out", out, "--name", "fr-paragraphs"]);
    expect(drafted.status, drafted.stderr).toBe(0);
    const yaml = readFileSync(path.join(out, "fr-paragraphs", "briefing.yaml"), "utf8");
    // The lead's first figure, and the last paragraph's ("3,1 millions de salariés", the article's fifth).
    expect(yaml).toMatch(/# à relire: du paragraphe 2\n\s+value: -0\.9\n/);
    expect(yaml).toMatch(/# à relire: du paragraphe 5\n\s+value: 3\.1\n/);
    expect(yaml).toContain('notes: "Du paragraphe {{own: 1}}."');
  });

  it("never overwrites a briefing: exit 1, naming it", async () => {
    const before = readFileSync(path.join(seedDraft(), "briefing.yaml"));
    const again = await runMain(["draft", SEED, "--name", "draft-seed", "--out", out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("draft-seed already exists");
    expect(readFileSync(path.join(seedFolder(), "briefing.yaml")).equals(before)).toBe(true);
  });

  it("reads the article as build does: BOM and CRLF give the same draft", async () => {
    const crlf = path.join(out, "crlf.txt");
    writeFileSync(crlf, `\uFEFF${readFileSync(SEED, "utf8").replace(/\n/g, "\r\n")}`);
    const drafted = await runMain(["draft", crlf, "--out", out]);
    expect(drafted.status, drafted.stderr).toBe(0);
    const figures = figuresOf(path.join(out, "crlf")).map(identity);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures).toEqual(figuresOf(seedDraft()).map(identity));
  });

  it("says clearly when it cannot read the article", async () => {
    const latin1 = path.join(out, "latin1.txt");
    writeFileSync(latin1, Buffer.from([0x47, 0x69, 0xe1, 0x20, 0x31, 0x30, 0x25]));
    const run = await runMain(["draft", latin1, "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("not UTF-8");
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(out, "latin1"))).toBe(false);
    const missing = await runMain(["draft", path.join(out, "nowhere.txt"), "--out", out]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("no such file");
  });
});
