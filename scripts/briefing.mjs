#!/usr/bin/env node
// The command line as users run it (`npm run build|check|dev`): runs scripts/briefing.ts compiled
// into JavaScript (an entry and its chunks), so a run does not transpile TypeScript first (tsx took
// about a second of every build). The bundle is rebuilt here whenever a source under scripts/ is newer than it.
import { pathToFileURL } from "node:url";
import { compiledCli } from "./compile-cli.mjs";

await import(pathToFileURL(await compiledCli()).href);
