// The slides: each checked against its layout's schema (so messages name that layout's keys), then given
// its validated shape: a chart is made one of its two kinds, figures or labels with series.
import type { Problem } from "../errors.ts";
import { layoutNames, layoutSchemas, slideSchema, type chartSchema } from "../model/briefing-schema.ts";
import type { ChartSpec, FieldPath, Slide } from "../model/briefing.ts";
import type { z } from "zod";
import { allowedKeys, keysAt } from "./allowed-keys.ts";
import { suggest } from "./did-you-mean.ts";
import { PARSE, problemAt, zodProblems, type ProblemContext } from "./zod-problems.ts";

/** The slides that validated, in order; the others' problems go to `problems`. */
export function validateSlides(raw: unknown[], context: ProblemContext, problems: Problem[]): Slide[] {
  return raw.flatMap((slide, index): Slide[] => {
    const path: FieldPath = ["slides", index];
    if (slide === null || typeof slide !== "object" || Array.isArray(slide)) {
      problems.push(problemAt(context, path, "each slide must be a mapping with a layout:", "start the item with `- layout: points`"));
      return [];
    }
    const layout = "layout" in slide ? slide.layout : undefined;
    const schema = typeof layout === "string" ? layoutSchemas.get(layout) : undefined;
    if (schema === undefined) {
      const close = typeof layout === "string" ? suggest(layout, layoutNames) : undefined;
      problems.push(
        problemAt(
          context,
          [...path, "layout"],
          layout === undefined ? "layout is required" : `unknown layout "${String(layout)}"`,
          close ? `did you mean "${close}"?` : `use one of: ${layoutNames.join(", ")}`,
        ),
      );
      return [];
    }
    // The layout is known, so the union checks the slide against that layout's schema alone.
    const parsed = slideSchema.safeParse(slide, PARSE);
    if (!parsed.success) {
      const keys = (p: FieldPath) => (p.length === 2 ? allowedKeys(schema) : keysAt(p));
      problems.push(...zodProblems(context, path, parsed.error, keys));
      return [];
    }
    const written = parsed.data;
    if (written.layout !== "chart") return [written];
    const chart = chartSpec(written.chart, context, [...path, "chart"], problems);
    return chart ? [{ ...written, chart }] : [];
  });
}

/** A chart as one of its two kinds; each key is optional to the schema, but not every mix makes a chart. */
function chartSpec(
  written: z.output<typeof chartSchema>,
  context: ProblemContext,
  path: FieldPath,
  problems: Problem[],
): ChartSpec | undefined {
  const { figures, labels, series, ...common } = written;
  if (figures !== undefined && labels === undefined && series === undefined) return { ...common, figures };
  if (figures === undefined && labels !== undefined && series !== undefined) return { ...common, labels, series };
  problems.push(
    figures === undefined && (labels !== undefined || series !== undefined)
      ? problemAt(context, path, "labels: and series: go together", "give one label per value and one or more series")
      : problemAt(
          context,
          path,
          "a chart needs either figures: or labels: with series:, not both",
          "figures: [a, b] draws figures; labels:/series: draws data that is not in the article",
        ),
  );
  return undefined;
}
