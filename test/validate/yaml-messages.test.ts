// YAML slips said where they were made: indentation named at the mis-indented line with the column to
// use, and text holding ": " shown quoted. The fixtures in test/fixtures/bad/yaml-* show the common
// slips through the command line; these are the corners, in memory.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BriefingError, type Problem } from "../../scripts/errors.ts";
import { parseBriefingYaml } from "../../scripts/load/parse-yaml.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const problemsOf = (text: string): Problem[] => {
  try {
    parseBriefingYaml(text, "briefing.yaml");
    return [];
  } catch (error) {
    if (error instanceof BriefingError) return error.problems;
    throw error;
  }
};
const said = (text: string) => problemsOf(text).map((p) => `${p.line}:${p.column} ${p.message} | fix: ${p.hint}`);

const figure = (lines: string[]) => ["figures:", "  growth:", ...lines, "slides:", "  - layout: title", ""].join("\n");

describe("indentation", () => {
  it("blames a first key one space off, not the siblings below it that stand right", () => {
    expect(said(figure(["   value: 4.5", "    unit: '%'", "    label: Growth"]))).toEqual([
      '3:4 YAML indentation: "value:" is indented 3 spaces, but "unit:" below it has 4 | fix: indent "value:" like "unit:" below it (4 spaces)',
    ]);
  });

  it("blames a first figure written as deep as its own keys", () => {
    const text = ["figures:", "    growth:", "    value: 4.5", "  costs:", "    value: 2.1", "slides: []", ""].join("\n");
    expect(said(text)).toEqual([
      '2:5 YAML indentation: "growth:" is indented 4 spaces, but "costs:" below it has 2 | fix: indent "growth:" like "costs:" below it (2 spaces)',
    ]);
  });

  it("names a line of a block text (notes: |) shallower than the text above it", () => {
    const text = ["slides:", "  - layout: title", "    notes: |", "      Say this.", "     - and this", "  - layout: sources", ""].join(
      "\n",
    );
    expect(said(text)).toEqual([
      '5:6 YAML indentation: "- and this" is indented 5 spaces, but "Say this." above it has 6 | fix: indent "- and this" like "Say this." above it (6 spaces)',
    ]);
  });

  it("says one slip once, and still reports an unrelated error further on", () => {
    const problems = said(figure(["    value: 4.5", "   unit: '%'", "    label: Growth", "    quote: 'up 4.5%"]));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^4:4 YAML indentation: "unit:" is indented 3 spaces, but "value:" above it has 4/);
    expect(problems[1]).toMatch(/^6:12 YAML syntax: the quote ' opened here is never closed/);
  });

  it("counts lines and columns as the author sees them in a CRLF file", () => {
    expect(said(figure(["    value: 4.5", "     unit: '%'"]).replace(/\n/g, "\r\n"))).toEqual([
      '4:6 YAML indentation: "unit:" is indented 5 spaces, but "value:" above it has 4 | fix: indent "unit:" like "value:" above it (4 spaces)',
    ]);
  });

  it("blames the first bullet when the bullets below it, all at one column, were read into it", () => {
    const text = ["points:", "   - a", "    - b", "    - c", ""].join("\n");
    expect(said(text)).toEqual([
      '2:4 YAML indentation: "- a" is indented 3 spaces, but "- b" below it has 4, so YAML reads them as one text: «a - b - c» | fix: indent "- a" like "- b" below it (4 spaces)',
    ]);
  });

  it("leaves a list written at its key's own column alone", () => {
    expect(said(["slides:", "- layout: points", "  points:", "  - a", "  - b", "  title: T", "- layout: sources", ""].join("\n"))).toEqual(
      [],
    );
  });
});

describe('text holding ": "', () => {
  it("quotes the value of a key, not the key with it", () => {
    expect(said("title: Exports: up 14.5%, imports: up 16.7%\n")).toEqual([
      '1:8 YAML read «Exports» as a key inside "title", because ": " follows it | fix: put the text in quotes: title: "Exports: up 14.5%, imports: up 16.7%"',
    ]);
  });

  it('quotes a bullet holding " with single quotes', () => {
    expect(said('points:\n  - Director: "a strong year"\n')).toEqual([
      `2:5 YAML read «Director» as a key, because ": " follows it, so this item is a mapping, not text | fix: put the whole text in quotes: - 'Director: "a strong year"'`,
    ]);
  });

  it("names the point by its field, as the validator would", () => {
    const [problem] = problemsOf("slides:\n  - layout: points\n    points:\n      - a\n      - 2024: up 14.5%\n");
    expect(problem).toMatchObject({
      line: 5,
      column: 9,
      field: "slides[0].points[1]",
      hint: 'put the whole text in quotes: - "2024: up 14.5%"',
    });
  });

  it("leaves a mapping the author meant alone: a quoted key, a {flow} mapping, a list of slides", () => {
    expect(said('points:\n  - "Exports": up\n  - { Exports: up }\nslides:\n  - layout: title\n')).toEqual([]);
  });
});

describe("every line of a good briefing, one column off", () => {
  const file = path.join(FIXTURES, "good", "all-layouts", "briefing.yaml");
  const lines = readFileSync(file, "utf8").split("\n");
  it("is answered with a fix for every problem, naming the line moved or the line to match", () => {
    const unnamed: string[] = [];
    lines.forEach((line, i) => {
      if (!/^ *(- |[\w"]+:)/.test(line)) return;
      for (const moved of [` ${line}`, line.replace(/^ /, "")]) {
        if (moved === line) continue;
        const problems = problemsOf([...lines.slice(0, i), moved, ...lines.slice(i + 1)].join("\n"));
        expect(problems.every((p) => p.hint)).toBe(true);
        const labels = [/^ *(- [^:]*)/.exec(line)?.[1], /([\w"]+:)/.exec(line)?.[1]].filter((l) => l !== undefined);
        const named = problems.some((p) => p.line === i + 1 || labels.some((label) => p.hint!.includes(`"${label}`)));
        // A key moved onto the column of the keys inside the key above it is valid YAML, read as more
        // keys of that mapping: the library reports the duplicates that follow.
        if (!named && !problems.every((p) => p.message.startsWith("duplicate key"))) unnamed.push(`${i + 1}: ${JSON.stringify(moved)}`);
      }
    });
    expect(unnamed).toEqual([]);
  });
});
