// A chart category name cut with "…" is said, with the figure and the way out; a name that fits, or a
// short: name, is not. Japanese names, with no spaces, break into lines like any other.
import { describe, expect, it } from "vitest";
import { labelCutWarnings } from "../../scripts/render/label-cuts.ts";
import { wrapLabel } from "../../scripts/render/chart-config.ts";
import type { Figure, Slide } from "../../scripts/model/briefing.ts";

const figure = (id: string, label: string, short?: string): Figure => ({
  id,
  value: -279,
  decimals: 0,
  unit: "USD",
  scale: "billion",
  label,
  ...(short ? { short } : {}),
  approx: false,
  quote: "x",
});
const chart = (figures: string[]): Slide => ({ layout: "chart", title: "Market value erased", chart: { type: "hbar", figures } });

describe("cut chart names", () => {
  it("warns for a name the chart cuts, naming the figure and short:", () => {
    const long = figure("meta", "Meta Platforms market value erased, 3 February 2025 session");
    expect(labelCutWarnings({ slides: [chart(["meta"])], figures: [long] })).toEqual([
      'slide 1 "Market value erased": the chart cuts figure "meta"\'s name to «Meta Platforms market value erased, 3…»; give the figure a short: name (what the bar shows, in about 45 characters)',
    ]);
  });
  it("says nothing of a name that fits or of a short: name", () => {
    const fine = figure("meta", "Meta Platforms market value erased, 3 February 2025 session", "Meta, 3 Feb 2025");
    expect(labelCutWarnings({ slides: [chart(["meta"])], figures: [fine, figure("n", "Nvidia")] })).toEqual([]);
  });
  it("breaks a name with no spaces into lines", () => {
    // A character of these scripts is drawn about twice as wide as a Latin one: eight make a line.
    expect(wrapLabel("東京エレクトロンの株価は前日比5.2%安")).toEqual(["東京エレクトロン", "の株価は前日比", "5.2%安"]);
    // No line starts with a small kana: 「ィ」 goes down with the 「デ」 before it.
    expect(wrapLabel("東京電力ホールディングス")).toEqual(["東京電力ホール", "ディングス"]);
    const cut = wrapLabel("三菱UFJフィナンシャル・グループの2026年3月期の純利益見通し") as string[];
    expect(cut).toHaveLength(3);
    expect(cut[2]!.endsWith("…")).toBe(true);
  });
});
