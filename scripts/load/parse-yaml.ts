// YAML text → document with positions. Syntax errors and duplicate keys become problems with
// line, column and the offending line, all of them at once (yaml-syntax.ts); text that parsed but
// that YAML read as other than the author meant is said too (yaml-misread.ts).
import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq, type Document } from "yaml";
import { BriefingError, withSourceLines } from "../errors.ts";
import type { FieldPath, Locate, LocateIn } from "../model/briefing.ts";
import { syntaxProblems } from "./yaml-syntax.ts";
import { bulletsReadAsOther, textCutByComments } from "./yaml-misread.ts";
import { sourceOffsetOf } from "./yaml-scalar-offsets.ts";
import { inFileOrder } from "./yaml-words.ts";

export interface ParsedYaml {
  text: string;
  document: Document.Parsed;
  /** The plain data of the document. */
  data: unknown;
  locate: Locate;
  locateIn: LocateIn;
}

export function parseBriefingYaml(text: string, file: string): ParsedYaml {
  try {
    return parse(text, file);
  } catch (error) {
    // The reporter shows each problem's line as it was read here, never the file read again.
    if (error instanceof BriefingError) throw new BriefingError(withSourceLines(error.problems, text));
    throw error;
  }
}

/** Far deeper than a briefing nests (five levels); the YAML reader recurses once a level. */
export const MAX_YAML_DEPTH = 32;

function parse(text: string, file: string): ParsedYaml {
  const tooDeep = flowTooDeep(text);
  if (tooDeep) throw new BriefingError([nestingProblem(file, tooDeep)]);
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    // Block nesting so deep the reader's recursion gives out (the flow kind is caught above, with its line).
    if (error instanceof RangeError) throw new BriefingError([nestingProblem(file)]);
    throw error;
  }
  if (document.errors.length > 0) throw new BriefingError(syntaxProblems(document, text, file, lineCounter));
  const misread = [...textCutByComments(document, text, file, lineCounter), ...bulletsReadAsOther(document, text, file, lineCounter)];
  if (misread.length > 0) throw new BriefingError(inFileOrder(misread));
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
  const locateIn: LocateIn = (path: FieldPath, offset: number) => {
    const node = document.getIn(path, true);
    if (!isScalar(node) || !node.range) return locate(path);
    // A number, true/false or null has no text to index into: its value's start, or its key when empty.
    const at = sourceOffsetOf(text, node, offset) ?? (node.range[1] > node.range[0] ? node.range[0] : undefined);
    if (at === undefined) return locate(path);
    const position = lineCounter.linePos(at);
    return { line: position.line, column: position.col };
  };
  return { text, document, data: toData(document, file), locate, locateIn };
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

/** The plain data; aliases that lead nowhere or multiply without end are the author's to fix. */
function toData(document: Document.Parsed, file: string): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new BriefingError([
      {
        file,
        message: `YAML aliases: ${(error as Error).message}`,
        hint: "write the text out instead of using &anchors and *aliases",
      },
    ]);
  }
}

function nestingProblem(file: string, line?: number) {
  return {
    file,
    ...(line ? { line, column: 1 } : {}),
    message: `the YAML nests more than ${MAX_YAML_DEPTH} levels deep; a briefing needs five`,
    hint: "flatten it: a briefing's fields are at most a list of slides of lists of points",
  };
}

/** The line where [ and { (outside quotes and comments) first nest deeper than MAX_YAML_DEPTH; linear in the text. */
function flowTooDeep(text: string): number | undefined {
  let depth = 0;
  let line = 1;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") line++;
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end - 1;
    } else if (c === "[" || c === "{") {
      if (++depth > MAX_YAML_DEPTH) return line;
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return undefined;
}
