// The tools people would pick instead, installed at bench time into a cache folder of their own
// (never the project's dependencies), and pointed at the installed Chromium. A peer that cannot be
// had is reported with the reason, and the bench goes on without it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Pinned, so that runs on different days compare the same tools. */
const PEERS = { decktape: "3.16.1", "@marp-team/marp-cli": "4.5.1" } as const;

export interface Peer {
  name: string;
  /** The peer's command-line script, run with this Node; null when it could not be installed. */
  script: string | null;
  reason?: string;
}

function peerCache(): string {
  const base = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache");
  return process.env.BRIEFING_BENCH_PEERS ?? path.join(base, "briefing-decks", "bench-peers");
}

export function installPeers(): { decktape: Peer; marp: Peer } {
  const dir = peerCache();
  const scripts = {
    decktape: path.join(dir, "node_modules", "decktape", "decktape.js"),
    marp: path.join(dir, "node_modules", "@marp-team", "marp-cli", "marp-cli.js"),
  };
  let reason: string | undefined;
  if (!existsSync(scripts.decktape) || !existsSync(scripts.marp)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, description: "peers for npm run bench" }));
    process.stdout.write(
      `installing ${Object.entries(PEERS)
        .map(([n, v]) => `${n}@${v}`)
        .join(" ")} into ${dir} …\n`,
    );
    // No browser download (none can be had here): both are pointed at the installed Chromium.
    const result = spawnSync(
      "npm",
      ["install", "--no-audit", "--no-fund", "--ignore-scripts", ...Object.entries(PEERS).map(([n, v]) => `${n}@${v}`)],
      {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: "true" },
      },
    );
    if (result.status !== 0)
      reason = `npm install failed: ${(result.stderr || result.error?.message || "").trim().split("\n").slice(-1)[0]}`;
  }
  const peer = (name: string, script: string): Peer =>
    existsSync(script) ? { name, script } : { name, script: null, reason: reason ?? `${script} is missing after npm install` };
  return {
    decktape: peer(`decktape ${PEERS.decktape}`, scripts.decktape),
    marp: peer(`Marp CLI ${PEERS["@marp-team/marp-cli"]}`, scripts.marp),
  };
}
