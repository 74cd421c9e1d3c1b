// A chart category name cut with "…" loses words a reader needs ("Meta Platforms market value erased,
// 3 Feb…" lost its year): each is a build warning naming the figure and its way out (short:), an error
// with --strict. Pure: read from the briefing before anything is printed, so --no-pdf warns too.
import type { Briefing } from "../model/briefing.ts";
import { isCut, wrapLabel } from "./chart-config.ts";

export function labelCutWarnings(briefing: Pick<Briefing, "slides" | "figures">): string[] {
  const figures = new Map(briefing.figures.map((f) => [f.id, f]));
  return briefing.slides.flatMap((slide, i) => {
    if (slide.layout !== "chart" || ["pie", "doughnut"].includes(slide.chart.type)) return [];
    const where = `slide ${i + 1} "${slide.title}"`;
    const shown = (label: string) => [wrapLabel(label)].flat().join(" ");
    if ("figures" in slide.chart) {
      return slide.chart.figures.flatMap((id) => {
        const figure = figures.get(id);
        const name = figure?.short ?? figure?.label;
        if (!figure || name === undefined || !isCut(name)) return [];
        return [
          `${where}: the chart cuts figure "${id}"'s name to «${shown(name)}»; give the figure a short: name (what the bar shows, in about 45 characters)`,
        ];
      });
    }
    return slide.chart.labels
      .filter(isCut)
      .map((label) => `${where}: the chart cuts the category «${label}» to «${shown(label)}»; shorten the label`);
  });
}
