// Every bad input answered clearly: each broken briefing in test/fixtures/bad/ is checked in-process
// (load → validate → figure check) and must give exactly the problems its case lists, at the right
// line, column and field, printed with the offending line. A few go through the command line's own
// code (main(argv), in-process), which must exit 1 (2 for a wrong command line) and never show a
// stack trace; one of them through the real process, as a user runs it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BriefingError, EXIT, type Problem } from "../../scripts/errors.ts";
import { prepareBriefing, type Reporter } from "../../scripts/pipeline.ts";
import { formatProblems } from "../../scripts/cli/report.ts";
import { runCli, type CliRun } from "../helpers/cli.ts";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";
import { BAD_CASES, type BadCase } from "../fixtures/bad/cases.ts";

const BAD = path.join(FIXTURES, "bad");
const silent: Reporter = { step() {}, warn() {} };
/** As the CLI names a folder given relative to the working directory. */
const folderOf = (name: string) => path.relative(process.cwd(), path.join(BAD, name));
const fileOf = (name: string) => path.join(folderOf(name), "briefing.yaml");
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

async function problemsOf(folder: string): Promise<{ error: BriefingError; problems: Problem[] }> {
  try {
    await prepareBriefing(folder, silent);
  } catch (error) {
    if (error instanceof BriefingError) return { error, problems: error.problems };
    throw error;
  }
  throw new Error(`${folder}: the check found nothing wrong`);
}

async function expectCase(c: BadCase) {
  const { error, problems } = await problemsOf(folderOf(c.name));
  expect(error.exitCode).toBe(c.status);
  expect(problems.map((p) => `${p.line}:${p.column} ${p.field}`)).toEqual(c.problems.map((p) => `${p.line}:${p.column} ${p.field}`));
  const printed = formatProblems(problems);
  // Every problem says what to do, as its "fix:" line, not only the cases that name words of it.
  expect(problems.filter((p) => !/\S/.test(p.hint)).map((p) => p.message)).toEqual([]);
  expect(printed.match(/^ {2}fix: \S/gm)).toHaveLength(problems.length);
  c.problems.forEach((expected, i) => {
    const problem = problems[i]!;
    expect(problem.file).toBe(fileOf(c.name));
    expect(problem.message).toContain(expected.message);
    if (expected.hint !== undefined) expect(problem.hint).toContain(expected.hint);
    // The header names the file, line, column and field; under it the author's own line, then a caret.
    const where = [problem.file, expected.line, expected.column].filter((part) => part !== undefined).join(":");
    const header = `${where}${expected.field ? `  ${expected.field}` : ""}\n  error: ${problem.message}\n`;
    expect(printed).toContain(header);
    if (expected.line !== undefined) {
      const gutter = String(expected.line);
      const caret = `${" ".repeat(gutter.length)} | ${" ".repeat(expected.column! - 1)}^`;
      expect(printed).toContain(`${header}  ${gutter} | ${expected.source}\n  ${caret}\n`);
    }
  });
  expect(printed).not.toMatch(/\r|\uFEFF/);
}

describe("the corpus of broken briefings", () => {
  it("has a case for every folder and a folder for every case, at least 35", () => {
    const folders = readdirSync(BAD, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(BAD_CASES.map((c) => c.name).sort()).toEqual(folders);
    expect(folders.length).toBeGreaterThanOrEqual(35);
  });

  it("starts from a shape that passes: the good fixture has no problem", async () => {
    const valid = await prepareBriefing(path.join(FIXTURES, "good", "all-layouts"), silent);
    expect(valid.briefing.slides.length).toBe(10);
  });

  it("keeps the BOM and CRLF of bom-and-crlf-but-broken (or it would test nothing)", () => {
    const bytes = readFileSync(path.join(BAD, "bom-and-crlf-but-broken", "briefing.yaml"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toContain("\r\n");
  });

  it("several-errors reports three or more different problems in one run", async () => {
    const { problems } = await problemsOf(folderOf("several-errors"));
    expect(new Set(problems.map((p) => p.field)).size).toBeGreaterThanOrEqual(3);
  });
});

describe("each broken briefing is answered with its file, line, field and a fix", () => {
  for (const c of BAD_CASES) {
    // A pending case names a fault the tool does not catch yet: expected to fail until it does.
    (c.pending ? it.fails : it)(c.pending ? `${c.name} (pending: ${c.pending})` : c.name, () => expectCase(c));
  }
});

describe("the command line on broken briefings", () => {
  const clean = (run: CliRun) => {
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toContain("Internal error");
    return run;
  };
  const cli = async (name: string) => clean(await runMain(["check", folderOf(name)]));

  // The one spawned: node, the launcher and the compiled command line, exit status and all.
  it("unknown-layout (the real process): exit 1, the place, the line and the suggestion", () => {
    const run = clean(runCli(["check", folderOf("unknown-layout")]));
    expect(run.status).toBe(EXIT.briefing);
    expect(run.stderr).toContain(
      `${fileOf("unknown-layout")}:15:5  slides[1].layout\n  error: unknown layout "stat"\n  15 |   - layout: stat\n     |     ^\n  fix: did you mean "stats"?\n`,
    );
    expect(run.stderr).toContain("1 briefing with problems.");
  });

  it("yaml-syntax-error: exit 1 at the line where the quote opens", async () => {
    const run = await cli("yaml-syntax-error");
    expect(run.status).toBe(EXIT.briefing);
    expect(run.stderr).toContain(
      `${fileOf("yaml-syntax-error")}:6:10\n  error: YAML syntax: the quote " opened here is never closed\n  6 |   title: "Harbour traffic report\n`,
    );
  });

  it("quote-not-in-article: exit 1 with the closest passage of the article", async () => {
    const run = await cli("quote-not-in-article");
    expect(run.status).toBe(EXIT.briefing);
    expect(run.stderr).toContain(`${fileOf("quote-not-in-article")}:11:5  figures.containers.quote\n`);
    expect(run.stderr).toContain("did you mean: «handled 1,250,000 containers»?");
  });

  it("bom-and-crlf-but-broken: exit 1, the line counted as the author sees it", async () => {
    const run = await cli("bom-and-crlf-but-broken");
    expect(run.status).toBe(EXIT.briefing);
    expect(run.stderr).toContain(
      `${fileOf("bom-and-crlf-but-broken")}:18:5  slides[1].captoin\n  error: unknown key "captoin"\n  18 |     captoin: From the report.\n`,
    );
    expect(run.stderr).not.toMatch(/\r|\uFEFF/);
  });

  it("several-errors: exit 1, every problem in one run", async () => {
    const run = await cli("several-errors");
    expect(run.status).toBe(EXIT.briefing);
    for (const where of [":7:3  source.publsher", ":10:5  figures.growth.value", ":16:5  slides[1].layout", ":21:5  slides[2].stats"]) {
      expect(run.stderr).toContain(`${fileOf("several-errors")}${where}\n`);
    }
  });

  it("no-briefing-yaml: exit 1, says what a briefing folder holds", async () => {
    const run = await cli("no-briefing-yaml");
    expect(run.status).toBe(EXIT.briefing);
    expect(run.stderr).toContain(`error: no briefing.yaml in ${folderOf("no-briefing-yaml")}\n`);
  });

  it("a good and a bad folder in one run: the good one is ok, the bad one reported, exit 1", async () => {
    const good = path.relative(process.cwd(), path.join(FIXTURES, "good", "all-layouts"));
    const run = await runMain(["check", good, folderOf("derived-cycle")]);
    expect(run.status).toBe(EXIT.briefing);
    expect(run.stdout).toMatch(/all-layouts\s+ok/);
    expect(run.stderr).toContain(`${fileOf("derived-cycle")}:13:5  figures.revenue.derived\n`);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe("the command line itself wrong: exit 2, no stack trace", () => {
  const usage = async (args: string[], message: string) => {
    const run = await runMain(args);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("usage:");
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toContain("Internal error");
  };

  it("an unknown command", () => usage(["chekc", folderOf("unknown-layout")], 'error: unknown command "chekc"'));
  it("an unknown option", () => usage(["check", "--frobnicate", folderOf("unknown-layout")], "--frobnicate"));
  it("a folder that does not exist", () =>
    usage(["check", folderOf("no-such-case")], `error: no such folder: ${folderOf("no-such-case")}`));
  it("a file where a folder is wanted", () => usage(["check", fileOf("unknown-layout")], "is not a folder"));
});
