// The compiled command line (scripts/compile-cli.mjs): one script whose entry starts only what every
// command needs, so `build` starts Chromium before it starts the pipeline and `check` never starts the
// printing code (esbuild starts a module reached only through import() on its first use); and the
// code cache it runs with (scripts/run-compiled.mjs). Read from the real bundle, as scripts/briefing.mjs compiles it.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript, no declarations
import { BUNDLE_META, compiledCli } from "../../scripts/compile-cli.mjs";
import { PROJECT, runCli } from "../helpers/cli.ts";

interface Meta {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
}

/** The modules an entry starts, itself included: through imports and require(), or also through import(). */
function started(meta: Meta, entry: string, { dynamic = false } = {}): Set<string> {
  const found = new Set<string>();
  const visit = (input: string) => {
    if (found.has(input) || !meta.inputs[input]) return;
    found.add(input);
    for (const edge of meta.inputs[input].imports) {
      if (!edge.external && (dynamic || edge.kind !== "dynamic-import")) visit(edge.path);
    }
  };
  visit(entry);
  return found;
}

/** Where each library's code comes from. */
const LIBRARIES = {
  zod: "node_modules/zod/",
  "pdf-lib": "node_modules/pdf-lib/",
  puppeteer: "node_modules/puppeteer-core/",
  pptxgenjs: "node_modules/pptxgenjs/",
  "iso-639-3": "node_modules/iso-639-3/",
  chokidar: "node_modules/chokidar/",
  "the figure check": "scripts/figures/check-figures.ts",
};

it("the entry starts the browser's start and none of the pipeline's libraries", async () => {
  await compiledCli();
  const meta = JSON.parse(readFileSync(BUNDLE_META, "utf8")) as Meta;
  const atStart = [...started(meta, "scripts/briefing.ts")];
  expect(atStart).toContain("scripts/export/browser.ts");
  const found = Object.entries(LIBRARIES).filter(([, from]) => atStart.some((input) => input.includes(from)));
  expect(found.map(([name]) => name)).toEqual([]);
  // …and each is started when a command needs it (so each path does name its library).
  const whenNeeded = [...started(meta, "scripts/briefing.ts", { dynamic: true })];
  expect(Object.entries(LIBRARIES).filter(([, from]) => !whenNeeded.some((input) => input.includes(from)))).toEqual([]);
});

it("holds zod's English messages and none of its other locales' (imported as a namespace, zod leaves them out)", async () => {
  const everything = readFileSync((await compiledCli()) as string, "utf8");
  // Words of zod's German and Spanish messages for an invalid input, and its English one; each is in zod's own files.
  const locale = (name: string) => readFileSync(path.join(PROJECT, "node_modules", "zod", "v4", "locales", `${name}.js`), "utf8");
  expect(locale("de")).toContain("Eingabe: erwartet");
  expect(locale("es")).toContain("se esperaba");
  expect(locale("en")).toContain("Invalid input");
  expect(everything.includes("Eingabe: erwartet")).toBe(false);
  expect(everything.includes("se esperaba")).toBe(false);
  expect(everything.includes("Invalid input")).toBe(true);
});

describe("the code cache", () => {
  // A copy of the bundle of its own, so that the other tests' runs never touch its caches (inside
  // the project, where the bundle finds templates/ from).
  const dir = mkdtempSync(path.join(PROJECT, "node_modules", ".cache", "code-cache-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const copy = path.join(dir, "briefing.cjs");
  const cacheDir = path.join(dir, "code-cache");

  /** Loads the copy as the launcher does, in a process of its own; `exitCode` as its run ended. */
  const load = (exitCode = 0) => {
    const script = `import(${JSON.stringify(path.join(PROJECT, "scripts", "run-compiled.mjs"))}).then(({ loadCompiled }) => {
      const compiled = loadCompiled(${JSON.stringify(copy)}, "test");
      if (typeof compiled.exports.start !== "function") throw new Error("no start()");
      process.exitCode = ${exitCode};
      compiled.done();
    });`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      env: { ...process.env, BRIEFING_TRACE: "1" },
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(exitCode);
    return run.stderr;
  };
  const caches = () => readdirSync(cacheDir).filter((name) => name.endsWith(".bin"));

  it("is written by a run that went well, used by the next, and not written by one that failed", async () => {
    copyFileSync((await compiledCli()) as string, copy);
    expect(load(1)).not.toMatch(/code cache/);
    expect(load()).toMatch(/code cache written: test\./);
    expect(load()).toMatch(/code cache used: test\./);
  });

  it("refuses a damaged cache, and the run writes it again", () => {
    const [cache] = caches();
    writeFileSync(path.join(cacheDir, cache!), "not V8's code cache");
    const run = load();
    expect(run).toMatch(/code cache refused/);
    expect(run).toMatch(/code cache written/);
    expect(load()).toMatch(/code cache used/);
  });

  it("never gives a changed script the cache of the one before, even of the same length, and drops that cache", () => {
    const [before] = caches();
    const code = readFileSync(copy, "utf8");
    // The same length (V8 checks only that of the script), one character different.
    const changed = code.replace("Invalid input", "Invalid Input");
    expect(changed.length).toBe(code.length);
    rmSync(copy);
    writeFileSync(copy, changed);
    const run = load();
    expect(run).not.toMatch(/code cache (used|refused)/);
    expect(run).toMatch(/code cache written/);
    expect(caches()).not.toContain(before);
    expect(caches()).toHaveLength(1);
  });
});

it("a command's second run uses the code cache its kind of run wrote", () => {
  const seed = path.join(PROJECT, "content", "deepseek-r1");
  runCli(["check", seed]);
  const second = runCli(["check", seed], { env: { BRIEFING_TRACE: "1" } });
  expect(second.status, second.stderr).toBe(0);
  expect(second.stderr).toMatch(/code cache used: check\./);
});
