// YAML text → document with positions. Syntax errors and duplicate keys become problems with
// line, column and the offending line, all of them at once.
import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq, type Document } from "yaml";
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
    throw new BriefingError(
      document.errors.map((error): Problem => {
        const position = lineCounter.linePos(error.pos[0]);
        return {
          file,
          line: position.line,
          column: position.col,
          message: yamlMessage(error.code, error.message),
          hint:
            error.code === "DUPLICATE_KEY"
              ? "each key may appear once in a mapping: remove or rename the repeated one"
              : "fix the YAML syntax at that line (indentation, a missing colon, or an unclosed quote)",
        };
      }),
    );
  }
  // A field is found at its key ("quote:" rather than the text after it), so the line shown is the
  // one the author looks for; a missing field falls back to the nearest parent that exists.
  const locate: Locate = (path: FieldPath) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const range = rangeOf(document, path.slice(0, depth));
      if (range) {
        const position = lineCounter.linePos(range);
        return { line: position.line, column: position.col };
      }
    }
    return undefined;
  };
  return { text, document, data: document.toJS(), locate };
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

/** The YAML library's first sentence, without its own position suffix. */
function yamlMessage(code: string, message: string): string {
  const first = message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  return code === "DUPLICATE_KEY" ? "duplicate key: map keys must be unique" : `YAML syntax: ${first}`;
}
