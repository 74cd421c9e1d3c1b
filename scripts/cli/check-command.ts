// `check`: validate and check the figures of every briefing named; writes nothing.
import { BriefingError } from "../errors.ts";
import { prepareBriefing } from "../pipeline.ts";
import { briefingFolders } from "./briefing-folders.ts";
import { consoleReporter, formatProblems } from "./report.ts";

export async function runCheck(paths: string[]): Promise<number> {
  const reporter = consoleReporter();
  let failed = 0;
  for (const folder of briefingFolders(paths)) {
    try {
      const valid = await prepareBriefing(folder, reporter);
      process.stdout.write(`  ${valid.briefing.name.padEnd(18)} ok        ${valid.briefing.slides.length} slides, ${valid.briefing.figures.length} figures\n`);
    } catch (error) {
      if (!(error instanceof BriefingError)) throw error;
      process.stderr.write(formatProblems(error.problems));
      failed++;
    }
  }
  if (failed > 0) process.stderr.write(`${failed} briefing${failed === 1 ? "" : "s"} with problems.\n`);
  return failed > 0 ? 1 : 0;
}
