// YAML text → document with positions. Syntax errors and duplicate keys become problems with
// line, column and the offending line, all of them at once.
import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq, visit, type Document, type YAMLError } from "yaml";
import { BriefingError, type Problem } from "../errors.ts";
import type { FieldPath, Locate } from "../model/briefing.ts";

export interface ParsedYaml {
  text: string;
  document: Document.Parsed;
  /** The plain data of the document. */
  data: unknown;
  locate: Locate;
}

export function parseBriefingYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) {
    // Once the syntax is broken, the library may read lines into the wrong mapping and then report
    // duplicates that are not in the file (a tab-indented "title:" read as a second top-level title).
    const broken = document.errors.some((error) => error.code !== "DUPLICATE_KEY");
    throw new BriefingError(
      document.errors
        .filter((error) => !broken || error.code !== "DUPLICATE_KEY")
        .map((error): Problem => {
          const position = lineCounter.linePos(errorOffset(document, error));
          return {
            file,
            line: position.line,
            column: position.col,
            message: yamlMessage(error, text),
            hint: yamlHint(error),
          };
        }),
    );
  }
  const cut = textCutByComments(document, text, file, lineCounter);
  if (cut.length > 0) throw new BriefingError(cut);
  // A field is found at its key ("quote:" rather than the text after it), so the line shown is the
  // one the author looks for; a missing field falls back to the nearest parent that exists.
  const locate: Locate = (path: FieldPath) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const range = rangeOf(document, path.slice(0, depth));
      if (range !== undefined) {
        const position = lineCounter.linePos(range);
        return { line: position.line, column: position.col };
      }
    }
    return undefined;
  };
  return { text, document, data: toData(document, file), locate };
}

function rangeOf(document: Document.Parsed, path: FieldPath): number | undefined {
  if (path.length === 0) return document.contents?.range?.[0] ?? 0;
  const parent = document.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
    if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
  } else if (isSeq(parent) && typeof last === "number") {
    const item = parent.items[last];
    if (isNode(item) && item.range) return item.range[0];
  }
  return undefined;
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

/**
 * "- Harbour ranked #1 in the region" is, to YAML, the text "Harbour ranked" and a comment: the rest
 * would vanish from the slide. A comment written straight after its "#" ("#1") is text the author
 * meant; a real comment has a space ("# note").
 */
function textCutByComments(document: Document.Parsed, text: string, file: string, lineCounter: LineCounter): Problem[] {
  const problems: Problem[] = [];
  visit(document, {
    Scalar(_, node) {
      const comment = node.comment;
      if (typeof comment !== "string" || !/^\S/.test(comment) || node.type !== "PLAIN" || !node.range || node.value === null) return;
      const hash = text.indexOf("#", node.range[1]);
      // A comment on a line of its own ("  #TODO") is one; only a "#" on the text's own line cuts it.
      if (hash < 0 || text.slice(node.range[1], hash).includes("\n")) return;
      const position = lineCounter.linePos(hash);
      const line = text.slice(text.lastIndexOf("\n", hash) + 1, hash).replace(/^\s*(?:-\s+)?(?:[^:\s][^:]*:\s+)?/, "");
      problems.push({
        file,
        line: position.line,
        column: position.col,
        message: `the text from "#" on is read as a YAML comment and left out: only «${String(node.value)}» remains`,
        hint: `put the whole text in quotes: "${line}#${comment.split("\n")[0]}"`,
      });
    },
  });
  return problems;
}

/** The plain data; aliases that lead nowhere or multiply without end are the author's to fix. */
function toData(document: Document.Parsed, file: string): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new BriefingError([{
      file,
      message: `YAML aliases: ${(error as Error).message}`,
      hint: "write the text out instead of using &anchors and *aliases",
    }]);
  }
}

function yamlHint(error: YAMLError): string {
  if (error.code === "DUPLICATE_KEY") return "each key may appear once in a mapping: remove or rename the repeated one";
  if (error.code === "TAB_AS_INDENT") return "indent with spaces: YAML does not allow tabs there";
  if (/^Missing closing ["']quote/.test(error.message)) return "close the quote at the end of the text, or leave the text unquoted";
  // Text that starts with * & [ { % ! @ or holds ": " or " #" reads as YAML syntax unless quoted.
  if (["UNEXPECTED_TOKEN", "BLOCK_AS_IMPLICIT_KEY", "BAD_DIRECTIVE", "BAD_ALIAS", "BAD_INDENT"].includes(error.code) || /Nested mappings|Unexpected scalar|directive/.test(error.message)) {
    return 'if the text there starts with * & [ { % or ! or holds ": ", put it in quotes: "…"';
  }
  return "fix the YAML syntax at that line (indentation, a missing colon, or an unclosed quote)";
}

/**
 * Where to point for an error. The library reports an unclosed quote where the file ends; the author
 * needs the line where the quote was opened.
 */
function errorOffset(document: Document.Parsed, error: YAMLError): number {
  const at = error.pos[0];
  if (error.code !== "MISSING_CHAR" || !/^Missing closing ["']quote/.test(error.message)) return at;
  let opened: number | undefined;
  visit(document, {
    Scalar(_, node) {
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (quoted && node.range && node.range[0] < at && at <= node.range[2]) opened = node.range[0];
    },
  });
  return opened ?? at;
}
