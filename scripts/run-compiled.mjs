// Runs the compiled command line (one script, scripts/compile-cli.mjs) with V8's code cache: the
// compiled code of every function an earlier run of the same kind compiled, read back instead of
// compiled again. Node 20 keeps none between runs of an ES module; a `build --no-pdf` spent about a
// sixth of its time compiling (398 → 333 ms, hyperfine, 15 runs).
// One cache a kind of run: a `check` compiles other functions than a `build` that prints.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import { Script } from "node:vm";
import { isMainThread } from "node:worker_threads";

const tracing = Boolean(process.env.BRIEFING_TRACE);

/** Loads the script and returns its exports; `done()` writes its code cache when it had none that V8 took. */
export function loadCompiled(file, kind) {
  const dir = path.join(path.dirname(file), "code-cache");
  // V8 checks that a cache was made by the same V8 with the same flags, but of its script only the
  // length: the name says which compile of the bundle it is (a compile writes a new file: new inode
  // and time).
  const { ino, mtimeNs } = statSync(file, { bigint: true });
  const name = `${kind}.${ino}.${mtimeNs}.bin`;
  const cachedData = readIfThere(path.join(dir, name));
  const script = new Script(Module.wrap(readFileSync(file, "utf8")), { filename: file, cachedData });
  const used = cachedData !== undefined && !script.cachedDataRejected;
  if (tracing && cachedData) trace(`code cache ${used ? "used" : "refused"}: ${name}`);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    done() {
      // By the main thread, after a run that went well: a failed run compiled only part of what its command runs.
      if (used || !isMainThread || process.exitCode) return;
      try {
        mkdirSync(dir, { recursive: true });
        // Aside, then moved in: a run started meanwhile reads the old cache or the new one, whole.
        const aside = path.join(dir, `.${name}.${process.pid}-${Math.random().toString(36).slice(2)}`);
        writeFileSync(aside, script.createCachedData());
        renameSync(aside, path.join(dir, name));
        // The same kind's caches of earlier compiles, and files left aside by runs killed midway.
        for (const other of readdirSync(dir)) {
          if (other !== name && (other.startsWith(`${kind}.`) || isOldAside(dir, other))) rmSync(path.join(dir, other), { force: true });
        }
        trace(`code cache written: ${name}`);
      } catch {
        // A cache that cannot be written (a read-only install) only makes the next run slower.
      }
    },
  };
}

/** Which cache a command line uses: by its command, and for `build` whether it prints. */
export function runKind(argv) {
  const command = argv.find((arg) => !arg.startsWith("-")) ?? "help";
  if (!["build", "check", "draft", "dev"].includes(command)) return "other";
  return command === "build" && argv.includes("--no-pdf") && !argv.includes("--png") ? "build-html" : command;
}

const ASIDE_OLD_MS = 60 * 60 * 1000;

function isOldAside(dir, name) {
  if (!name.startsWith(".")) return false;
  const modified = statSync(path.join(dir, name), { throwIfNoEntry: false })?.mtimeMs;
  return modified !== undefined && Date.now() - modified > ASIDE_OLD_MS;
}

function readIfThere(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function trace(what) {
  if (tracing) process.stderr.write(`  [${performance.now().toFixed(0).padStart(6)} ms] ${what}\n`);
}
