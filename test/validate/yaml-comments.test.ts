import { describe, expect, it } from "vitest";
import { BriefingError } from "../../scripts/errors.ts";
import { parseBriefingYaml } from "../../scripts/load/parse-yaml.ts";

const problemsOf = (text: string) => {
  try {
    parseBriefingYaml(text, "briefing.yaml");
    return [];
  } catch (error) {
    if (error instanceof BriefingError) return error.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    throw error;
  }
};

describe("a '#' in text", () => {
  it("is reported when it cuts the text on its own line", () => {
    expect(problemsOf("points:\n  - Harbour ranked #1 in the region\n")).toEqual([
      '2:20 the text from "#" on is read as a YAML comment and left out: only «Harbour ranked» remains',
    ]);
  });

  it("is a comment the author meant on a line of its own, after a space, or after an empty value", () => {
    expect(problemsOf("title: Báo cáo quý\n  #TODO: đổi tiêu đề\npoints:\n  - a\n        #- b\n")).toEqual([]);
    expect(problemsOf("title: Báo cáo # a real comment\nsubtitle: #c\n")).toEqual([]);
  });
});
