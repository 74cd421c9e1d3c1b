// The rules across fields that a schema cannot say: figure ids that exist, charts whose figures agree,
// a language Intl knows, a real date, a theme that exists, an article inside the folder.
import path from "node:path";
import { isInside, type LoadedBriefing } from "../load/load-briefing.ts";
import type { Problem } from "../errors.ts";
import type { Briefing, ChartSpec, FieldPath, Figure } from "../model/briefing.ts";
import type { Palette } from "../model/colors.ts";
import { suggest } from "./did-you-mean.ts";
import { checkMarkdownRefs } from "./check-markdown-refs.ts";
import { checkMarks } from "./check-marks.ts";
import { problemAt, type ProblemContext } from "./zod-problems.ts";

export function checkReferences(
  briefing: Briefing,
  loaded: LoadedBriefing,
  context: ProblemContext,
  themes: ReadonlyMap<string, Palette>,
): Problem[] {
  const problems: Problem[] = [];
  const at = (path: FieldPath, message: string, hint: string) => problems.push(problemAt(context, path, message, hint));
  const figures = new Map(briefing.figures.map((f) => [f.id, f]));
  const ids = [...figures.keys()];

  const figureRef = (path: FieldPath, id: string) => {
    if (figures.has(id)) return;
    const close = suggest(id, ids);
    at(
      path,
      `no figure "${id}" under figures:`,
      close ? `did you mean "${close}"?` : `add it under figures:, or use one of: ${ids.join(", ") || "(none yet)"}`,
    );
  };

  checkLanguage(briefing.lang, ["lang"], at);
  // source.lang defaults to lang: a bad lang is reported once, where it is written.
  if (briefing.source.lang !== briefing.lang) checkLanguage(briefing.source.lang, ["source", "lang"], at);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(briefing.date))
    at(["date"], `expected a date as YYYY-MM-DD, found "${briefing.date}"`, "e.g. date: 2025-01-28");
  else if (!isIsoDate(briefing.date))
    at(["date"], `${briefing.date} is not a day of the calendar`, "check the month and the day (YYYY-MM-DD)");
  const theme = themes.get(briefing.theme);
  if (theme === undefined) {
    const names = [...themes.keys()];
    at(
      ["theme"],
      `unknown theme "${briefing.theme}"`,
      suggest(briefing.theme, names) ? `did you mean "${suggest(briefing.theme, names)}"?` : `use one of: ${names.join(", ")}`,
    );
  }
  if (briefing.source.url !== undefined && !/^https?:\/\/\S+$/.test(briefing.source.url)) {
    at(["source", "url"], `expected an http(s) address, found "${briefing.source.url}"`, "the address is shown as a link, never fetched");
  }
  if (path.normalize(briefing.source.file) === "briefing.yaml") {
    at(["source", "file"], "the article cannot be briefing.yaml itself: every quote would be found in it", "name the article's own file");
  } else if (!isInside(loaded.dir, briefing.source.file)) {
    at(
      ["source", "file"],
      `the article must be a file inside the briefing folder, found "${briefing.source.file}"`,
      "put the article next to briefing.yaml and name it relative to the folder",
    );
  } else if (loaded.article === undefined) {
    at(
      ["source", "file"],
      `the article "${briefing.source.file}" is not in the briefing folder`,
      "check the file name (it is relative to the briefing folder)",
    );
  }

  const slideIds = new Set<string>();
  briefing.slides.forEach((slide, index) => {
    const path: FieldPath = ["slides", index];
    if (slide.id !== undefined) {
      // The id is the slide's anchor (#/tom-tat) and its element id: a plain name, nothing a URL or a selector reads otherwise.
      if (!SLIDE_ID.test(slide.id))
        at(
          [...path, "id"],
          `slide id "${slide.id}" cannot be an anchor`,
          "use letters, digits, - and _, starting with a letter (e.g. id: tom-tat)",
        );
      if (slideIds.has(slide.id)) at([...path, "id"], `slide id "${slide.id}" is used twice`, "slide ids must be unique");
      slideIds.add(slide.id);
    }
    if (slide.layout === "points" && slide.figure !== undefined) figureRef([...path, "figure"], slide.figure);
    if (slide.layout === "stats") slide.stats.forEach((id, i) => figureRef([...path, "stats", i], id));
    if (slide.layout === "compare") {
      if (slide.left.figure !== undefined) figureRef([...path, "left", "figure"], slide.left.figure);
      if (slide.right.figure !== undefined) figureRef([...path, "right", "figure"], slide.right.figure);
    }
    if (slide.layout === "chart") checkChart(slide.chart, [...path, "chart"], figures, at, figureRef);
  });
  problems.push(...checkMarkdownRefs(briefing, loaded, context));
  problems.push(...checkMarks(briefing, context));
  return problems;
}

type At = (path: FieldPath, message: string, hint: string) => void;

const SLIDE_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

function checkChart(
  chart: ChartSpec,
  path: FieldPath,
  figures: Map<string, Figure>,
  at: At,
  figureRef: (p: FieldPath, id: string) => void,
) {
  const round = chart.type === "pie" || chart.type === "doughnut";
  if ("figures" in chart) {
    if (chart.scale !== undefined)
      at(
        [...path, "scale"],
        "scale: goes with labels:/series:; the figures of a chart carry their own scale",
        "remove scale: (give each figure its scale)",
      );
    chart.figures.forEach((id, i) => figureRef([...path, "figures", i], id));
    const used = chart.figures.map((id) => figures.get(id)).filter((f): f is Figure => f !== undefined);
    if (round && used.some((f) => f.value < 0))
      at(
        [...path, "type"],
        `a ${chart.type} shows parts of a whole, and ${used
          .filter((f) => f.value < 0)
          .map((f) => f.id)
          .join(", ")} is negative`,
        "use type: bar or hbar, which show a fall below zero",
      );
    const kinds = new Set(used.map((f) => `${f.unit ?? ""}|${f.scale ?? ""}`));
    if (kinds.size > 1) {
      at(
        [...path, "figures"],
        `the figures of one chart must share unit and scale; found ${[...kinds].map((k) => k.replace("|", " ").trim() || "no unit").join(", ")}`,
        "split them into two charts",
      );
    }
    return;
  }
  if (round && chart.series.some((s) => s.values.some((v) => v < 0)))
    at(
      [...path, "type"],
      `a ${chart.type} shows parts of a whole, and a series value is negative`,
      "use type: bar or hbar, which show a fall below zero",
    );
  chart.series.forEach((series, i) => {
    if (series.values.length !== chart.labels.length) {
      at(
        [...path, "series", i, "values"],
        `has ${series.values.length} values for ${chart.labels.length} labels`,
        "give one value per label",
      );
    }
  });
}

export function isKnownLanguage(lang: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([lang]).length > 0;
  } catch {
    return false; // not a BCP 47 tag at all
  }
}

function checkLanguage(lang: string, path: FieldPath, at: At) {
  if (!isKnownLanguage(lang))
    at(path, `"${lang}" is not a language tag this tool can format numbers in`, "use a BCP 47 tag such as vi, en, de, fr-CA");
}

function isIsoDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}
