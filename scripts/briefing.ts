#!/usr/bin/env node
// Entry point: `tsx scripts/briefing.ts build|check|dev ...` (the npm scripts call this).
import { main } from "./cli/main.ts";

process.exitCode = await main(process.argv.slice(2));
