// `check`: validate and check the figures of every briefing named; writes nothing (it only puts back
// a deck's outputs that a build killed mid-swap left aside, as every command that touches a deck does).
import path from "node:path";
import { BriefingError, CliError } from "../errors.ts";
import { prepareBriefing } from "../pipeline.ts";
import { briefingFolders } from "./briefing-folders.ts";
import { consoleReporter, formatProblems, INTERNAL_ERROR_STATUS, reportInternalError } from "./report.ts";
import { environmentFault } from "../environment-faults.ts";
import { DEFAULT_OUT_DIR, recoverOutputs } from "../write/write-outputs.ts";

export async function runCheck(paths: string[], debug = false): Promise<number> {
  const reporter = consoleReporter();
  let failed = 0;
  let internal = false;
  for (const folder of briefingFolders(paths)) {
    await recoverOutputs(DEFAULT_OUT_DIR, path.basename(path.resolve(folder))).catch(() => {});
    try {
      const valid = await prepareBriefing(folder, reporter);
      process.stdout.write(
        `  ${valid.briefing.name.padEnd(18)} ok        ${valid.briefing.slides.length} slides, ${valid.briefing.figures.length} figures\n`,
      );
    } catch (thrown) {
      const error = environmentFault(thrown) ?? thrown;
      if (!(error instanceof BriefingError)) {
        // A bug met in one briefing is reported, and the others are still checked.
        if (error instanceof CliError) throw error;
        reportInternalError(error, debug, path.basename(path.resolve(folder)));
        internal = true;
        continue;
      }
      process.stderr.write(formatProblems(error.problems));
      failed++;
    }
  }
  if (failed > 0) process.stderr.write(`${failed} briefing${failed === 1 ? "" : "s"} with problems.\n`);
  return internal ? INTERNAL_ERROR_STATUS : failed > 0 ? 1 : 0;
}
