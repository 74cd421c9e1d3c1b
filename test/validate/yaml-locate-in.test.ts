// locateIn: a character inside a field's text found on its own line of briefing.yaml, for each way
// YAML writes text. `where` answers with the position and the file from there on that line, so a
// wrong column shows as wrong text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, stringify, type Scalar } from "yaml";
import { parseBriefingYaml } from "../../scripts/load/parse-yaml.ts";

type Path = (string | number)[];

/** Where `needle` (the nth time it occurs in the field's value) stands: "line:column rest-of-line". */
const where = (text: string, path: Path, needle: string, nth = 0) => {
  const parsed = parseBriefingYaml(text, "briefing.yaml");
  const value = parsed.document.getIn(path);
  if (typeof value !== "string") throw new Error(`${path.join(".")} is not a text`);
  let index = -1;
  for (let n = 0; n <= nth; n++) index = value.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`"${needle}" is not in ${JSON.stringify(value)}`);
  return said(text, parsed.locateIn(path, index));
};

const said = (text: string, position: { line: number; column: number } | undefined) => {
  if (!position) return "nowhere";
  const line = text.split(/\r?\n/)[position.line - 1]!;
  return `${position.line}:${position.column} ${line.slice(position.column - 1)}`;
};

describe("locateIn, in a literal block (|)", () => {
  // The 5th line of notes, in a file saved on Windows with a BOM.
  const text =
    "\uFEFFtitle: Quý 3\r\nnotes: |\r\n  Say this first.\r\n  Then the rest.\r\n\r\n  Exports grew 14.5%\r\n  in the quarter.\r\nslides: []\r\n";

  it("points at the character on its own line, not at notes:", () => {
    expect(where(text, ["notes"], "14.5%")).toBe("6:16 14.5%");
    expect(where(text, ["notes"], "Say")).toBe("3:3 Say this first.");
    expect(where(text, ["notes"], "quarter")).toBe("7:10 quarter.");
  });

  it("points a line break at the end of its line, CR or not", () => {
    const parsed = parseBriefingYaml(text, "briefing.yaml");
    const value = parsed.document.getIn(["notes"]) as string;
    expect(parsed.locateIn(["notes"], value.indexOf("\n"))).toEqual({ line: 3, column: 18 });
  });

  it("keeps the lines of |- and |+ as they are", () => {
    expect(where("notes: |-\n  a\n\n  b 2\nx: 1\n", ["notes"], "2")).toBe("4:5 2");
    expect(where("notes: |+ # kept\n  a\n  # not a comment 3\n\nx: 1\n", ["notes"], "3")).toBe("3:19 3");
  });

  it("counts an indentation indicator (|2) from the parent, keeping the spaces past it", () => {
    const list = "slides:\n  - notes: |2\n        one\n       two 9\n";
    const value = parseBriefingYaml(list, "briefing.yaml").document.getIn(["slides", 0, "notes"]);
    expect(value).toBe("  one\n two 9\n");
    expect(where(list, ["slides", 0, "notes"], "9")).toBe("4:12 9");
    expect(where(list, ["slides", 0, "notes"], " ")).toBe("3:7   one");
    expect(where(list, ["slides", 0, "notes"], " ", 2)).toBe("4:7  two 9");
  });
});

describe("locateIn, in a folded block (>)", () => {
  const text = "notes: >\n  Exports grew\n  14.5% this year.\n\n  Imports fell\n    by 2.1%\n  in all.\nslides: []\n";

  it("finds words on the lines folding joined", () => {
    expect(parseBriefingYaml(text, "briefing.yaml").document.getIn(["notes"])).toBe(
      "Exports grew 14.5% this year.\nImports fell\n  by 2.1%\nin all.\n",
    );
    expect(where(text, ["notes"], "14.5%")).toBe("3:3 14.5% this year.");
    expect(where(text, ["notes"], "fell")).toBe("5:11 fell");
    expect(where(text, ["notes"], "2.1%")).toBe("6:8 2.1%");
    expect(where(text, ["notes"], "all")).toBe("7:6 all.");
  });

  it("puts a space folded from a line break on the line it ends", () => {
    expect(where(text, ["notes"], " ", 1)).toBe("2:15 ");
  });

  it("puts a kept line break on the empty line it stands for (folding drops the break before it)", () => {
    const paragraphs = "notes: >\n  a\n\n\n  b\n";
    expect(parseBriefingYaml(paragraphs, "briefing.yaml").document.getIn(["notes"])).toBe("a\n\nb\n");
    expect(where(paragraphs, ["notes"], "\n")).toBe("3:1 ");
    expect(where(paragraphs, ["notes"], "\n", 1)).toBe("4:1 ");
  });
});

describe("locateIn, in quoted text", () => {
  it('reads the escapes of double quotes (\\" \\n \\u00e9) and a line joined by "\\"', () => {
    const text = 'quote: "He said \\"up 4.5%\\"\\n then\n  fell \\u00e9 3.2% to\\\n   day 7"\nslides: []\n';
    expect(parseBriefingYaml(text, "briefing.yaml").document.getIn(["quote"])).toBe('He said "up 4.5%"\n then fell é 3.2% today 7');
    expect(where(text, ["quote"], "4.5%")).toBe('1:22 4.5%\\"\\n then');
    expect(where(text, ["quote"], '"')).toBe('1:17 \\"up 4.5%\\"\\n then');
    expect(where(text, ["quote"], "\n")).toBe("1:28 \\n then");
    expect(where(text, ["quote"], "é")).toBe("2:8 \\u00e9 3.2% to\\");
    expect(where(text, ["quote"], "3.2%")).toBe("2:15 3.2% to\\");
    expect(where(text, ["quote"], "day")).toBe('3:4 day 7"');
    expect(where(text, ["quote"], "7")).toBe('3:8 7"');
  });

  it("reads '' in single quotes as one '", () => {
    const text = "quote: 'It''s up\n  4.5% now'\n";
    expect(where(text, ["quote"], "'")).toBe("1:11 ''s up");
    expect(where(text, ["quote"], "4.5%")).toBe("2:3 4.5% now'");
  });
});

describe("locateIn, in plain text", () => {
  it("finds words on the lines after the key's", () => {
    const text = "slides:\n  - layout: title\n    subtitle: Exports grew\n      14.5% in Q3\n\n      and 2.1% in Q4 # a comment\n";
    expect(where(text, ["slides", 0, "subtitle"], "grew")).toBe("3:23 grew");
    expect(where(text, ["slides", 0, "subtitle"], "14.5%")).toBe("4:7 14.5% in Q3");
    expect(where(text, ["slides", 0, "subtitle"], "2.1%")).toBe("6:11 2.1% in Q4 # a comment");
  });

  it("finds a character on the key's own line, in a line of Vietnamese", () => {
    expect(where("title: Xuất khẩu tăng 14,5%\n", ["title"], "14,5%")).toBe("1:23 14,5%");
  });
});

describe("locateIn, when there is no text to index into", () => {
  const text = "figures:\n  growth:\n    value: 4.5\n    label: Growth\nslides: []\n";
  const parsed = parseBriefingYaml(text, "briefing.yaml");

  it("finds a mapping, a list or a missing field as locate does", () => {
    for (const path of [["figures", "growth"], ["slides"], ["figures", "growth", "unit"], []]) {
      expect(parsed.locateIn(path, 3)).toEqual(parsed.locate(path));
    }
  });

  it("finds a number at its value", () => {
    expect(said(text, parsed.locateIn(["figures", "growth", "value"], 2))).toBe("3:12 4.5");
  });

  it("keeps an offset past either end inside the text", () => {
    expect(said(text, parsed.locateIn(["figures", "growth", "label"], 99))).toBe("4:17 h");
    expect(said(text, parsed.locateIn(["figures", "growth", "label"], -5))).toBe("4:12 Growth");
  });

  it("says where the text starts when the value's words are not the file's", () => {
    const folded = parseBriefingYaml("notes: >\n  one\n  two 3\n", "briefing.yaml");
    (folded.document.getIn(["notes"], true) as Scalar).value = "one two three";
    expect(folded.locateIn(["notes"], 8)).toEqual({ line: 2, column: 3 });
  });
});

/** Whether the yaml library reads its own output without an error. */
function readsBack(text: string): boolean {
  try {
    parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("locateIn, for any text in any style the yaml library writes", () => {
  const styles = ["PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED"] as const;
  const word = fc.stringMatching(/^[a-zA-Z0-9%.,'"\\éễ😀\u00a0:#-]{1,8}$/u);
  const gap = fc.constantFrom(" ", "  ", "\n", "\n\n", " \n  ", "\t");
  const textArb = fc
    .tuple(fc.array(fc.tuple(word, gap), { maxLength: 12 }), word)
    .map(([pairs, last]) => pairs.map(([w, g]) => w + g).join("") + last);

  it("points every character of a word at that character in the file", () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom(...styles), fc.constantFrom(12, 40, 80), fc.boolean(), (written, style, lineWidth, crlf) => {
        let text = stringify(
          { slides: [{ layout: "title", notes: written }] },
          { defaultStringType: style, lineWidth, minContentWidth: 8 },
        );
        if (crlf) text = text.replace(/\n/g, "\r\n");
        // The library sometimes writes a double-quoted string it cannot read back itself (a fold inside
        // an escape: "\\\\" then "\1" on the next line): no text a user's editor would hand us.
        fc.pre(readsBack(text));
        const parsed = parseBriefingYaml(text, "briefing.yaml");
        const node = parsed.document.getIn(["slides", 0, "notes"], true) as Scalar;
        // The value as read back, which the library does not always write faithfully (a leading '"' in plain).
        const value = String(node.value);
        const lines = text.split(/\r?\n/);
        for (let i = 0; i < value.length; i++) {
          if (/[ \t\n]/.test(value[i]!)) continue;
          const { line, column } = parsed.locateIn(["slides", 0, "notes"], i)!;
          const found = lines[line - 1]![column - 1];
          // An escaped character stands at its backslash; a quote in single quotes at the first of ''.
          const escaped = node.type === "QUOTE_DOUBLE" && found === "\\";
          expect(
            found === value[i] || escaped,
            `${JSON.stringify(value[i])} at ${i} of ${JSON.stringify(value)} in ${node.type}:\n${text}`,
          ).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
