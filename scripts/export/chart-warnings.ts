// What the page's chart runtime (templates/runtime/chart-labels.js) found still wrong with a chart's
// labels after laying them out: a value label cut at the edge, over another label or a category
// name, or hidden. Canvas text is invisible to the HTML overflow check, so the charts report it.
import type { Page } from "puppeteer";

export async function chartLabelWarnings(page: Page): Promise<string[]> {
  return page.$$eval("section[data-title]", (sections) =>
    sections.flatMap((section, i) => {
      const title = section.getAttribute("data-title") ?? "";
      return Array.from(section.querySelectorAll("canvas[data-chart]")).flatMap((canvas) => {
        const problems = JSON.parse(canvas.getAttribute("data-label-problems") ?? "[]") as string[];
        if (problems.length === 0) return [];
        // One warning a chart: the first few problems say what is wrong, the count how much.
        const shown = problems.slice(0, 3).join("; ") + (problems.length > 3 ? `; and ${problems.length - 3} more` : "");
        return [`slide ${i + 1} "${title}": chart ${shown}; give the labels room (fewer points, a scale such as billion, or type: hbar)`];
      });
    }),
  );
}
