// `build --shard I/N`: each briefing in exactly one shard, the same split on every machine (stable
// by name, whatever order the folders are given in), balanced by slide count; and the documented
// CI matrix and Kubernetes Job run the command line as it parses.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { parserOptions, strayOptions } from "../../scripts/cli/options.ts";
import { shardOf, shardOption } from "../../scripts/cli/shard.ts";
import { PROJECT } from "../helpers/cli.ts";
import { runMain } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const GOOD = ["all-layouts", "bank-profits-vi", "charts-vi", "hbar-dates-en", "themes-vi", "tokyo-market-ja", "wide-figures"].map((name) =>
  path.join(FIXTURES, "good", name),
);

describe("shardOf", () => {
  it.each([1, 2, 3, 5, 9])("puts each briefing in exactly one of %i shards", (count) => {
    const shards = Array.from({ length: count }, (_, i) => shardOf(GOOD, { index: i + 1, count }));
    expect(shards.flat().sort()).toEqual([...GOOD].sort());
  });
  it("splits alike whatever order the folders come in", () => {
    const reversed = [...GOOD].reverse();
    for (let index = 1; index <= 3; index++) expect(shardOf(reversed, { index, count: 3 })).toEqual(shardOf(GOOD, { index, count: 3 }));
  });
  it("balances slides, not folders: no shard holds more than the largest briefing over the mean", () => {
    const slides = (folder: string) =>
      (readFileSync(path.join(folder, "briefing.yaml"), "utf8").match(/^\s*-\s+layout\s*:/gm) ?? []).length;
    const loads = [1, 2, 3].map((index) => shardOf(GOOD, { index, count: 3 }).reduce((sum, folder) => sum + slides(folder), 0));
    const total = GOOD.reduce((sum, folder) => sum + slides(folder), 0);
    expect(Math.max(...loads) - total / 3).toBeLessThanOrEqual(Math.max(...GOOD.map(slides)));
  });
});

describe("--shard I/N", () => {
  it("refuses two briefings named alike even when they fall in different shards (exit 2)", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "shard-names-"));
    try {
      for (const parent of ["a", "b"])
        cpSync(path.join(FIXTURES, "good", "hbar-dates-en"), path.join(root, parent, "x"), { recursive: true });
      const folders = [path.join(root, "a", "x"), path.join(root, "b", "x")];
      expect(shardOf(folders, { index: 1, count: 2 })).toHaveLength(1);
      const run = await runMain(["build", ...folders, "--shard", "1/2", "--no-pdf", "--out", path.join(root, "out")]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('two briefings are named "x"');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it("takes one folder written two ways as one", () => {
    const folder = path.join(FIXTURES, "good", "all-layouts");
    const relative = path.relative(process.cwd(), folder);
    expect(shardOf([folder, `./${relative}`], { index: 1, count: 1 })).toHaveLength(1);
  });
  it("takes 1/1 … N/N and refuses the rest, saying what it takes", () => {
    expect(shardOption("2/3")).toEqual({ index: 2, count: 3 });
    for (const bad of ["0/3", "4/3", "3", "1/0", "a/b", "1/3/4"]) expect(() => shardOption(bad), bad).toThrow(/--shard takes I\/N/);
  });
});

/** The build command a documented job runs, for shard index i (1-based), as the command line parses it. */
function parsed(commandLine: string) {
  const words = commandLine.trim().split(/\s+/);
  expect(words.slice(0, 4)).toEqual(["npm", "run", "build", "--"]);
  const { values } = parseArgs({ args: words.slice(4), allowPositionals: true, options: parserOptions() });
  expect(strayOptions("build", Object.keys(values))).toEqual([]);
  return values;
}

describe("the documented shard runners (docs/shards/)", () => {
  it("GitHub Actions: a matrix of 1 … SHARDS, each job building its share with the CLI's own options", () => {
    const workflow = parseYaml(readFileSync(path.join(PROJECT, "docs", "shards", "github-actions.yml"), "utf8")) as {
      env: { SHARDS: number };
      jobs: { build: { strategy: { matrix: { shard: number[] } }; steps: { run?: string }[] } };
    };
    const count = workflow.env.SHARDS;
    const { matrix } = workflow.jobs.build.strategy;
    expect(matrix.shard).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    const run = workflow.jobs.build.steps.find((step) => step.run?.includes("npm run build"))!.run!;
    expect(workflow.jobs.build.steps.some((step) => step.run === "npm run setup")).toBe(true);
    for (const shard of matrix.shard) {
      // GitHub's own expressions (${{ … }}), as the runner fills them in.
      const values = parsed(run.replace(/\$\{\{ matrix\.shard \}\}/, String(shard)).replace(/\$\{\{ env\.SHARDS \}\}/, String(count)));
      expect(shardOption(values.shard as string)).toEqual({ index: shard, count });
    }
  });

  it("Kubernetes: an indexed Job of SHARDS pods, pod i building share i + 1", () => {
    const job = parseYaml(readFileSync(path.join(PROJECT, "docs", "shards", "kubernetes-job.yaml"), "utf8")) as {
      kind: string;
      spec: {
        completionMode: string;
        completions: number;
        parallelism: number;
        template: { spec: { containers: { env: { name: string; value: string }[]; args: string[] }[] } };
      };
    };
    expect(job.kind).toBe("Job");
    expect(job.spec.completionMode).toBe("Indexed");
    const container = job.spec.template.spec.containers[0]!;
    const count = Number(container.env.find((e) => e.name === "SHARDS")!.value);
    expect(job.spec.completions).toBe(count);
    expect(job.spec.parallelism).toBe(count);
    for (let index = 0; index < count; index++) {
      // As the pod's shell expands it, with Kubernetes' JOB_COMPLETION_INDEX.
      const line = container.args[0]!.replace("$((JOB_COMPLETION_INDEX + 1))", String(index + 1)).replace("$SHARDS", String(count));
      expect(shardOption(parsed(line).shard as string)).toEqual({ index: index + 1, count });
    }
  });
});
