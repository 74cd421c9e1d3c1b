// The {{…}} marks in text fields: {{id}} names a figure that exists, {{own: …}} holds some words, and
// labels hold no figure (a label names a figure; charts and tables print it as words), only {{own: …}}.
import type { Problem } from "../errors.ts";
import type { Briefing } from "../model/briefing.ts";
import { splitInline } from "../model/inline-marks.ts";
import { textFields } from "../model/text-fields.ts";
import { suggest } from "./did-you-mean.ts";
import { problemAt, type ProblemContext } from "./zod-problems.ts";

export function checkMarks(briefing: Briefing, context: ProblemContext): Problem[] {
  const ids = briefing.figures.map((f) => f.id);
  const problems: Problem[] = [];
  for (const field of textFields(briefing)) {
    for (const part of splitInline(field.text)) {
      if (part.kind === "text") continue;
      if (!field.marks && part.kind !== "own") {
        problems.push(
          problemAt(
            context,
            field.path,
            `a label cannot hold ${part.raw}`,
            "write the label as plain text, or mark your own words as {{own: …}}; a number in it must be one the article states",
          ),
        );
      } else if (part.kind === "bad") {
        const own = /^\{\{\s*own\s+([^:][\s\S]*?)\s*\}\}$/i.exec(part.raw)?.[1];
        problems.push(
          problemAt(
            context,
            field.path,
            `${part.raw} is neither a figure nor your own words`,
            own
              ? `write {{own: ${own}}} (with a colon)`
              : `write {{figure_id}} to show a figure (e.g. {{${ids[0] ?? "nasdaq_pct"}}}), or {{own: 2 phút}} for a number of your own; marks do not nest`,
          ),
        );
      } else if (part.kind === "figure" && !ids.includes(part.id)) {
        const close = suggest(part.id, ids);
        problems.push(
          problemAt(
            context,
            field.path,
            `${part.raw}: no figure "${part.id}" under figures:`,
            close ? `did you mean {{${close}}}?` : `add it under figures:, or use one of: ${ids.join(", ") || "(none yet)"}`,
          ),
        );
      }
    }
  }
  return problems;
}
