// The library's syntax errors and duplicate keys in the author's terms: all of them at once, in file
// order, each with its line, column and a fix. An indentation slip or a bullet holding ": " gets words
// of its own (yaml-indentation.ts, yaml-misread.ts), as the library points past them.
import { visit, type Document, type LineCounter, type YAMLError } from "yaml";
import type { Problem } from "../errors.ts";
import { indentationSlips, shapesOf, slipWords, type Slip } from "./yaml-indentation.ts";
import { colonInText } from "./yaml-misread.ts";
import { inFileOrder } from "./yaml-words.ts";

/** The library's errors, in the author's terms and in file order. */
export function syntaxProblems(document: Document.Parsed, text: string, file: string, lineCounter: LineCounter): Problem[] {
  // Once the syntax is broken, the library may read lines into the wrong mapping and then report
  // duplicates that are not in the file (a tab-indented "title:" read as a second top-level title).
  const broken = document.errors.some((error) => error.code !== "DUPLICATE_KEY");
  const errors = document.errors.filter((error) => !broken || error.code !== "DUPLICATE_KEY");
  const lines = text.split("\n").map((line) => line.replace(/\r$/, ""));
  const shapes = shapesOf(lines);
  const lineOf = (error: YAMLError) => lineCounter.linePos(errorOffset(document, error)).line;
  // An indentation slip derails the parser after the line before it or on its own, then again on each
  // sibling after it: one problem, said at the slip. A slip no error points near is left alone.
  const generic = errors.filter((error) => !["DUPLICATE_KEY", "TAB_AS_INDENT"].includes(error.code) && !isUnclosedQuote(error));
  const explains = (slip: Slip, error: YAMLError) => generic.includes(error) && slip.from <= lineOf(error) && lineOf(error) <= slip.end;
  const slips = indentationSlips(shapes).filter((slip) => errors.some((error) => explains(slip, error)));
  const rest = errors.filter((error) => !slips.some((slip) => explains(slip, error)));
  // "a: b, c: d: e" trips the library once per extra key; the author has one line to fix.
  const once = (problem: Problem, i: number, all: Problem[]) =>
    all.findIndex((other) => other.line === problem.line && other.column === problem.column && other.message === problem.message) === i;
  return inFileOrder(
    [
      ...slips.map((slip): Problem => ({ file, line: slip.line, column: slip.indent + 1, ...slipWords(slip) })),
      ...rest.map((error): Problem => {
        const position = lineCounter.linePos(errorOffset(document, error));
        const colon = colonInText(error, lines, shapes, lineCounter);
        if (colon) return { file, line: position.line, ...colon };
        return { file, line: position.line, column: position.col, message: yamlMessage(error, text), hint: yamlHint(error) };
      }),
    ].filter(once),
  );
}

/** The YAML library's first sentence, without its own position suffix, in the author's terms where we can. */
function yamlMessage(error: YAMLError, text: string): string {
  if (error.code === "DUPLICATE_KEY") {
    const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]+?)\s*:/.exec(text.slice(error.pos[0]))?.[1];
    return `duplicate key${key ? ` "${key.replace(/^["']|["']$/g, "")}"` : ""}: map keys must be unique`;
  }
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote) return `YAML syntax: the quote ${quote} opened here is never closed`;
  return `YAML syntax: ${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`;
}

function yamlHint(error: YAMLError): string {
  if (error.code === "DUPLICATE_KEY") return "each key may appear once in a mapping: remove or rename the repeated one";
  if (error.code === "TAB_AS_INDENT") return "indent with spaces: YAML does not allow tabs there";
  if (isUnclosedQuote(error)) return "close the quote at the end of the text, or leave the text unquoted";
  // Text that starts with * & [ { % ! @ or holds ": " or " #" reads as YAML syntax unless quoted.
  if (
    ["UNEXPECTED_TOKEN", "BLOCK_AS_IMPLICIT_KEY", "BAD_DIRECTIVE", "BAD_ALIAS", "BAD_INDENT"].includes(error.code) ||
    /Nested mappings|Unexpected scalar|directive/.test(error.message)
  ) {
    return 'if the text there starts with * & [ { % or ! or holds ": ", put it in quotes: "…"';
  }
  return "fix the YAML syntax at that line (indentation, a missing colon, or an unclosed quote)";
}

const isUnclosedQuote = (error: YAMLError) => error.code === "MISSING_CHAR" && /^Missing closing ["']quote/.test(error.message);

/**
 * Where to point for an error. The library reports an unclosed quote where the file ends; the author
 * needs the line where the quote was opened.
 */
function errorOffset(document: Document.Parsed, error: YAMLError): number {
  const at = error.pos[0];
  if (!isUnclosedQuote(error)) return at;
  let opened: number | undefined;
  visit(document, {
    Scalar(_, node) {
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (quoted && node.range && node.range[0] < at && at <= node.range[2]) opened = node.range[0];
    },
  });
  return opened ?? at;
}
