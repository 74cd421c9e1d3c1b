// What the page's chart runtime (scripts/runtime/chart-labels.ts) found still wrong with a chart's
// labels after laying them out: a value label cut at the edge, over another label or a category
// name, or hidden. Canvas text is invisible to the HTML overflow check, so the charts report it.
import type { Page } from "puppeteer";
import { CHART, SLIDE } from "../runtime/page-contract.ts";

export async function chartLabelWarnings(page: Page): Promise<string[]> {
  // The callback runs in the page: the names go along as an argument. (Queried there, not with $$eval,
  // which made a handle of each slide and released each: three protocol messages a slide.)
  return page.evaluate(
    ({ chart, slide }) =>
      Array.from(document.querySelectorAll(slide.section)).flatMap((section, i) => {
        const title = section.getAttribute(slide.title) ?? "";
        return Array.from(section.querySelectorAll(chart.selector)).flatMap((canvas) => {
          const problems = JSON.parse(canvas.getAttribute(chart.problems) ?? "[]") as string[];
          if (problems.length === 0) return [];
          // One warning a chart: the first few problems say what is wrong, the count how much.
          const shown = problems.slice(0, 3).join("; ") + (problems.length > 3 ? `; and ${problems.length - 3} more` : "");
          return [`slide ${i + 1} "${title}": chart ${shown}; give the labels room (fewer points, a scale such as billion, or type: hbar)`];
        });
      }),
    { chart: CHART, slide: SLIDE },
  );
}
