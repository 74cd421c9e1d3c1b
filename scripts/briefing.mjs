#!/usr/bin/env node
// The command line as users run it (`npm run build|check|dev`): runs scripts/briefing.ts compiled
// into one JavaScript file, so a run does not transpile TypeScript first (tsx took about a second of
// every build), with V8's code cache (scripts/run-compiled.mjs). The bundle is compiled again here
// whenever a source under scripts/ is newer than it; the dev server's rebuild thread runs this file
// too, and takes the bundle its server started with.
import { isMainThread } from "node:worker_threads";
import { BUNDLE, compiledCli } from "./compile-cli.mjs";
import { loadCompiled, runKind } from "./run-compiled.mjs";

const compiled = loadCompiled(isMainThread ? await compiledCli() : BUNDLE, runKind(process.argv.slice(2)));
await compiled.exports.start(import.meta.url);
compiled.done();
