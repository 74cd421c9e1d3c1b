// BRIEFING_TRACE=1: one line on stderr for each moment the export passes, in ms since the process
// started — where the seconds of a build go, without a profiler (see README, Performance).
const on = Boolean(process.env.BRIEFING_TRACE);

export function trace(what: string): void {
  if (on) process.stderr.write(`  [${performance.now().toFixed(0).padStart(6)} ms] ${what}\n`);
}
