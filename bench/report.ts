// The bench's verdict: ratios of medians from the one run (ours ÷ theirs: below 1 is faster), each
// held to the target of issue #11, printed as tables and returned for results.json.
import type { Stats } from "./measure.ts";

export interface Target {
  name: string;
  value: number | null;
  /** "≤ 1.5", "< 200 ms", … */
  goal: string;
  /** Decimals shown: 2 for a ratio, 0 for milliseconds and megabytes. */
  digits: number;
  met: boolean | null;
  reason?: string;
}

export interface Report {
  summary: {
    ratios: Record<string, number | null>;
    /** Why a ratio is null: the peer that could not be had. */
    ratio_reasons: Record<string, string>;
    html_rebuild_ms: number | null;
    edit_to_page_ms: number | null;
    peak_rss_200_mb: number | null;
  };
  targets: Target[];
}

type Results = Record<string, Stats | null>;

const LABELS: Record<string, string> = {
  floor: "floor: Chromium launch + blank page.pdf + close",
  print_only: "Chromium's part of the full build: the seed's print document loaded, deck and handout printed",
  full: "ours: npm run build (HTML + deck PDF + handout + PowerPoint)",
  no_pdf: "ours: npm run build --no-pdf",
  check: "ours: npm run check",
  full_node: "ours: node scripts/briefing.mjs build (full)",
  no_pdf_node: "ours: node scripts/briefing.mjs build --no-pdf",
  html_rebuild: "ours: warm HTML rebuild (in process)",
  edit_to_page: "ours: edit saved → page updated",
  decktape: "decktape (defaults) printing our index.html",
  marp_html: "Marp CLI: Markdown → HTML (node marp-cli.js)",
  marp_pdf: "Marp CLI: Markdown → PDF (node marp-cli.js)",
  marp_html_npm: "Marp CLI: Markdown → HTML (npm run)",
  marp_pdf_npm: "Marp CLI: Markdown → PDF (npm run)",
  scale200: "ours: 200 slides, 60 charts (full build)",
  batch20: "ours: 20 briefings in one build",
  separate20: "ours: 20 separate builds, one after another",
};

export function evaluateTargets(results: Results, missing: Record<string, string>): Report {
  const median = (key: string) => results[key]?.median ?? null;
  const ratio = (ours: string, theirs: string) => {
    const a = median(ours);
    const b = median(theirs);
    return a !== null && b !== null ? a / b : null;
  };
  // Each tool against the other run the same way: both by `npm run`, or both as `node SCRIPT` (ours by
  // npm against Marp's bare script charged npm's start, about 0.18 s, to ours alone).
  const ratios = {
    full_vs_floor: ratio("full", "floor"),
    full_node_vs_floor: ratio("full_node", "floor"),
    /** The least the full build ÷ floor can be: Chromium's work on the page, with no Node work beside it. */
    print_only_vs_floor: ratio("print_only", "floor"),
    pdf_vs_decktape: ratio("full", "decktape"),
    pdf_vs_marp: ratio("full", "marp_pdf_npm"),
    pdf_vs_marp_node: ratio("full_node", "marp_pdf"),
    html_vs_marp: ratio("no_pdf", "marp_html_npm"),
    html_vs_marp_node: ratio("no_pdf_node", "marp_html"),
    scale200_vs_seed: ratio("scale200", "full"),
    batch20_vs_separate: ratio("batch20", "separate20"),
  };
  const ratioReasons: Record<string, string> = {};
  if (missing.decktape) ratioReasons.pdf_vs_decktape = `decktape: ${missing.decktape}`;
  if (missing.marp) {
    for (const key of ["pdf_vs_marp", "pdf_vs_marp_node", "html_vs_marp", "html_vs_marp_node"])
      ratioReasons[key] = `Marp CLI: ${missing.marp}`;
  }
  const peak200 = results.scale200?.peakMb ?? null;
  const summary = {
    ratios,
    ratio_reasons: ratioReasons,
    html_rebuild_ms: median("html_rebuild"),
    edit_to_page_ms: median("edit_to_page"),
    peak_rss_200_mb: peak200,
  };

  const target = (name: string, value: number | null, goal: string, holds: (v: number) => boolean, reason?: string): Target => ({
    name,
    value,
    goal,
    digits: /ms|MB/.test(name + goal) ? 0 : 2,
    met: value === null ? null : holds(value),
    ...(value === null && reason ? { reason } : {}),
  });
  return {
    summary,
    targets: [
      target("full build (npm run) ÷ floor", ratios.full_vs_floor, "≤ 1.5", (v) => v <= 1.5),
      target("full build (node SCRIPT) ÷ floor", ratios.full_node_vs_floor, "≤ 1.5", (v) => v <= 1.5),
      target("our PDF ÷ decktape", ratios.pdf_vs_decktape, "≤ 0.2 (5× faster)", (v) => v <= 0.2, ratioReasons.pdf_vs_decktape),
      target("our PDF ÷ Marp PDF, both by npm run", ratios.pdf_vs_marp, "< 1", (v) => v < 1, ratioReasons.pdf_vs_marp),
      target("our PDF ÷ Marp PDF, both as node SCRIPT", ratios.pdf_vs_marp_node, "< 1", (v) => v < 1, ratioReasons.pdf_vs_marp_node),
      target("our --no-pdf ÷ Marp HTML, both by npm run", ratios.html_vs_marp, "< 1", (v) => v < 1, ratioReasons.html_vs_marp),
      target(
        "our --no-pdf ÷ Marp HTML, both as node SCRIPT",
        ratios.html_vs_marp_node,
        "< 1",
        (v) => v < 1,
        ratioReasons.html_vs_marp_node,
      ),
      target("warm HTML rebuild", summary.html_rebuild_ms, "< 50 ms", (v) => v < 50),
      target("edit → page", summary.edit_to_page_ms, "< 200 ms", (v) => v < 200),
      target("200 slides ÷ seed", ratios.scale200_vs_seed, "≤ 6", (v) => v <= 6),
      target("200 slides, peak memory (MB)", peak200, "< 1024", (v) => v < 1024),
      target("20 in one run ÷ 20 runs", ratios.batch20_vs_separate, "≤ 0.3", (v) => v <= 0.3),
    ],
  };
}

export function printReport(
  results: Results,
  report: Report,
  missing: Record<string, string>,
  about: { runs: number; machine: Record<string, unknown> },
): void {
  const floor = results.floor?.median;
  const ms = (v: number) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(0)} ms`);
  console.log(
    `\n${Object.entries(about.machine)
      .map(([k, v]) => `${k}: ${v}`)
      .join(" · ")} · ${about.runs} runs each after a warm-up\n`,
  );
  console.log(`| measurement | median | min | max | peak memory | × floor |`);
  console.log(`| --- | ---: | ---: | ---: | ---: | ---: |`);
  for (const [key, label] of Object.entries(LABELS)) {
    const s = results[key];
    if (!s) {
      const peer = key.startsWith("marp") ? missing.marp : missing[key];
      if (peer) console.log(`| ${label} | not measured: ${peer} | | | | |`);
      continue;
    }
    const memory = s.peakMb === null ? "–" : `${s.peakMb.toFixed(0)} MB`;
    const times = floor && !["html_rebuild", "edit_to_page"].includes(key) ? `${(s.median / floor).toFixed(2)}×` : "";
    console.log(`| ${label} | ${ms(s.median)} | ${ms(s.min)} | ${ms(s.max)} | ${memory} | ${times} |`);
  }
  console.log(`\n| target | measured | goal | |`);
  console.log(`| --- | ---: | --- | --- |`);
  for (const t of report.targets) {
    const value = t.value === null ? `– (${t.reason ?? "not measured"})` : t.value.toFixed(t.digits);
    console.log(`| ${t.name} | ${value} | ${t.goal} | ${t.met === null ? "not measured" : t.met ? "met" : "missed"} |`);
  }
  const bound = report.summary.ratios.print_only_vs_floor;
  if (typeof bound === "number") {
    console.log(
      `\nChromium's part alone ÷ floor: ${bound.toFixed(2)} (the least a full build ÷ floor can be: the print of this page ` +
        "with no check, no PowerPoint and no PDF finishing beside it)",
    );
  }
}
