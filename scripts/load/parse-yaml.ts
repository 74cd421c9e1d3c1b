// YAML text → document with positions. Syntax errors and duplicate keys become problems with
// line, column and the offending line, all of them at once. Two slips get words of their own, as the
// library's point past them: a line indented unlike its siblings, and a bullet holding ": " (YAML
// reads the text before it as a key).
import { LineCounter, parseDocument, isMap, isNode, isPair, isScalar, isSeq, visit, type Document, type YAMLError } from "yaml";
import { BriefingError, fieldName, type Problem } from "../errors.ts";
import type { FieldPath, Locate } from "../model/briefing.ts";

export interface ParsedYaml {
  text: string;
  document: Document.Parsed;
  /** The plain data of the document. */
  data: unknown;
  locate: Locate;
}

/** Keys whose lists hold text, one item a line (schema.ts): there "- a: b" is a bullet, not a mapping. */
const TEXT_LISTS = new Set(["points", "stats", "labels", "figures"]);

export function parseBriefingYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
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

/** The library's errors, in the author's terms and in file order. */
function syntaxProblems(document: Document.Parsed, text: string, file: string, lineCounter: LineCounter): Problem[] {
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
  return inFileOrder([
    ...slips.map((slip): Problem => ({ file, line: slip.line, column: slip.indent + 1, ...slipWords(slip) })),
    ...rest.map((error): Problem => {
      const position = lineCounter.linePos(errorOffset(document, error));
      const colon = colonInText(error, lines, shapes, lineCounter);
      if (colon) return { file, line: position.line, ...colon };
      return { file, line: position.line, column: position.col, message: yamlMessage(error, text), hint: yamlHint(error) };
    }),
  ].filter(once));
}

// ── Indentation ─────────────────────────────────────────────────────────────────────────────────────

/** A line that starts list items or a key: the columns where each "- " and the key start. */
interface Shape {
  levels: { indent: number; item: boolean; label: string }[];
  /** "key:" or "-" with nothing after: the next line may be its child. */
  opens: boolean;
  /** "key: |" or "key: >": the deeper lines under it are text. */
  blockScalar: boolean;
  /** A line of such a text, shallower than the text's first line: where the text is (YAML ends it here). */
  shortOf?: { indent: number; label: string; under: number };
}

const KEY = /^("[^"]*"|'[^']*'|[^\s#"'[\]{}|>!&*%@`,][^#]*?)\s*:(?=\s|$)/;
/** A line named in a message: its start, cut at a word. */
const short = (text: string) => (text.length > 28 ? `${text.slice(0, text.lastIndexOf(" ", 27) > 8 ? text.lastIndexOf(" ", 27) : 27)}…` : text);

function shapeOf(line: string): Shape | undefined {
  let at = line.search(/[^ ]/);
  if (at < 0 || /\s/.test(line[at]!)) return undefined; // blank, or a tab (reported on its own)
  const levels: Shape["levels"] = [];
  for (let dash; (dash = /^-(?: +|$)/.exec(line.slice(at))); at += dash[0].length) {
    levels.push({ indent: at, item: true, label: short(line.slice(at).trim()) });
  }
  const key = KEY.exec(line.slice(at));
  if (key) levels.push({ indent: at, item: false, label: `${key[1]}:` });
  if (levels.length === 0) return undefined; // text going on from the line before, a comment, "---"
  const value = line.slice(at + (key?.[0].length ?? 0)).replace(/(^|\s)#.*$/, "").trim();
  return { levels, opens: value === "", blockScalar: /^[|>]/.test(value) };
}

/**
 * Every line's shape; the lines of block scalars and text going on are not structure (undefined). A
 * block scalar's text stands at the column of its first line; a line shallower than that but deeper
 * than its key is a slip inside the text, unless it starts with a key ("notes:" one space too far).
 */
function shapesOf(lines: string[]): (Shape | undefined)[] {
  let scalar: { under: number; text?: { indent: number; label: string } } | undefined;
  return lines.map((line): Shape | undefined => {
    const indent = line.search(/\S/);
    if (indent < 0) return undefined;
    const shape = shapeOf(line);
    if (scalar && indent > scalar.under) {
      const text = (scalar.text ??= { indent, label: "" });
      if (indent === text.indent) text.label = short(line.trim());
      if (indent >= text.indent) return undefined;
      if (!shape || shape.levels[0]!.item) {
        return { levels: [{ indent, item: false, label: short(line.trim()) }], opens: false, blockScalar: false, shortOf: { ...text, under: scalar.under } };
      }
    }
    scalar = shape?.blockScalar ? { under: shape.levels.at(-1)!.indent } : undefined;
    return shape;
  });
}

interface Level { indent: number; item: boolean; label: string; line: number; count: number; first: { line: number; label: string } }
/** A line indented unlike its siblings. Lines are 1-based; from…end: where the parser may trip on it. */
interface Slip { line: number; indent: number; label: string; sibling: { label: string; indent: number }; below: boolean; from: number; end: number }

/**
 * Reads the lines as YAML nests them, block by block, the way Python reads indentation: a line is a
 * child of an opening line ("key:") when deeper, else it must start at the column of an open block of
 * its kind (a key where keys are, a "- " where items are). One that lands elsewhere is the slip; its
 * sibling is the nearest open block of its kind ("value:" above "   unit:").
 */
function indentationSlips(shapes: (Shape | undefined)[]): Slip[] {
  const slips: Slip[] = [];
  const stack: Level[] = [{ indent: -1, item: false, label: "", line: 0, count: 0, first: { line: 0, label: "" } }]; // -1: the document
  const levelsOf = (shape: Shape, i: number) => shape.levels.map((level) => ({ ...level, line: i + 1, count: 1, first: { line: i + 1, label: level.label } }));
  // The index after the block of the line at i: the next line shallower than `column`.
  const endOf = (i: number, column: number) => {
    let j = i + 1;
    while (j < shapes.length && (shapes[j] === undefined || shapes[j]!.levels[0]!.indent >= column)) j++;
    return j;
  };
  const previous = (line: number) => {
    let j = line - 2;
    while (j >= 0 && shapes[j] === undefined) j--;
    return j + 1;
  };
  const slip = (line: number, indent: number, label: string, sibling: Slip["sibling"], below: boolean, end: number) =>
    slips.push({ line, indent, label, sibling: { label: sibling.label, indent: sibling.indent }, below, from: previous(line) || line, end });
  let opens = true;
  shapes.forEach((shape, i) => {
    if (!shape) return;
    const first = shape.levels[0]!;
    if (shape.shortOf) return slip(i + 1, first.indent, first.label, shape.shortOf, false, endOf(i, shape.shortOf.under + 1));
    const deepest = stack.at(-1)!;
    // A child of the line before: deeper than it, or a list at its key's own column ("points:\n- a").
    if (opens && (first.indent > deepest.indent || (first.indent === deepest.indent && first.item && !deepest.item))) {
      stack.push(...levelsOf(shape, i));
      opens = shape.opens;
      return;
    }
    opens = shape.opens;
    const popped: Level[] = [];
    while (stack.at(-1)!.indent > first.indent) popped.unshift(stack.pop()!);
    // A key at the column of a list hung under a key at that same column: the list has ended.
    const top = () => stack.at(-1)!;
    if (!first.item && top().item && top().indent === first.indent && stack.at(-2)!.indent === first.indent) popped.unshift(stack.pop()!);
    if (top().indent === first.indent && top().item === first.item) {
      Object.assign(top(), { label: first.label, line: i + 1, count: top().count + 1 });
      stack.push(...levelsOf(shape, i).slice(1));
      return;
    }
    const deeper = popped[0];
    const candidates = [deeper, top()].filter((level): level is Level => level !== undefined && level.indent >= 0);
    const ofKind = candidates.filter((level) => level.item === first.item);
    const pool = ofKind.length > 0 ? ofKind : candidates;
    if (pool.length === 0) return;
    // The nearer column wins; on a tie the block just left, as the line above is most often a sibling.
    const sibling = pool.reduce((a, b) => (Math.abs(b.indent - first.indent) < Math.abs(a.indent - first.indent) ? b : a));
    const end = endOf(i, Math.min(sibling.indent, first.indent));
    // Sometimes the odd one is where the sibling's block began: a first key alone at its column with its
    // siblings below standing where this line does ("   value:" then "    unit:", "    label:"), or a
    // first figure as deep as its own keys ("    growth:" then "    value:"; "  costs:" below).
    const until = endOf(i, sibling.indent < first.indent ? sibling.indent + 1 : first.indent);
    const alike = shapes.slice(i, until).filter((s) => s?.levels[0]!.indent === first.indent && s.levels[0]!.item === first.item).length;
    const childless = shapes[sibling.first.line - 1]!.opens && (shapes.slice(sibling.first.line).find((s) => s !== undefined)?.levels[0]!.indent ?? -1) <= sibling.indent;
    if ((sibling.count === 1 && alike > 1) || (sibling.indent > first.indent && childless)) {
      slip(sibling.first.line, sibling.indent, sibling.first.label, first, true, end);
      if (sibling === top()) stack.pop();
      stack.push(...levelsOf(shape, i));
      return;
    }
    slip(i + 1, first.indent, first.label, sibling, false, end);
    if (sibling === deeper) stack.push(deeper); // read on as if the line stood where its siblings do
  });
  // "- a: b" one column off is a slip of both its "- " and its key: said once.
  return slips.filter((slip, i) => slips.findIndex((other) => other.line === slip.line) === i);
}

const spaces = (n: number) => `${n} space${n === 1 ? "" : "s"}`;

function slipWords(slip: Slip): { message: string; hint: string } {
  const where = slip.below ? "below" : "above";
  return {
    message: `YAML indentation: "${slip.label}" is indented ${spaces(slip.indent)}, but "${slip.sibling.label}" ${where} it has ${slip.sibling.indent}`,
    hint: `indent "${slip.label}" like "${slip.sibling.label}" ${where} it (${spaces(slip.sibling.indent)})`,
  };
}

// ── Text that YAML reads as something else ──────────────────────────────────────────────────────────

/**
 * "- Exports: up 14.5%, imports: up 16.7%": "Exports" is read as a key, then "up 14.5%, imports" as a
 * key inside it, which the library calls a nested mapping. The author wrote one text; the fix quotes
 * it whole when it is an item of a list of text, else only the value after its real key.
 */
function colonInText(error: YAMLError, lines: string[], shapes: (Shape | undefined)[], lineCounter: LineCounter) {
  if (error.code !== "BLOCK_AS_IMPLICIT_KEY" || !/^Nested mappings/.test(error.message)) return undefined;
  const number = lineCounter.linePos(error.pos[0]).line;
  const line = lines[number - 1] ?? "";
  const shape = shapes[number - 1];
  if (!shape) return undefined;
  const [item, key] = shape.levels;
  const parent = shapes.slice(0, number - 1).reverse().find((s) => s && (s.levels[0]!.indent < item!.indent || (s.levels[0]!.indent === item!.indent && !s.levels[0]!.item)));
  const bullet = item!.item && key !== undefined && !key.item && TEXT_LISTS.has(parent?.levels.at(-1)!.label.slice(0, -1) ?? "");
  // Where the text the author meant starts: the bullet's first word, or the value after the line's key.
  const colon = line.indexOf(": ", shape.levels.at(-1)!.indent);
  if (colon < 0) return undefined;
  const start = bullet ? key!.indent : line.slice(colon + 1).search(/\S/) + colon + 1;
  // The next text YAML read as a key; none on this line: the ": " is on a line below (an indentation slip).
  const inner = /^\s*(.*?):\s/.exec(line.slice(bullet ? colon + 2 : start))?.[1];
  if (inner === undefined) return undefined;
  const outer = (bullet ? key! : shape.levels.at(-1)!).label.slice(0, -1);
  const fix = `${line.slice(shape.levels[0]!.indent, start)}${quoted(line.slice(start).trim())}`;
  return bullet
    ? {
        column: start + 1,
        message: `YAML read «${outer}» as a key, because ": " follows it, and then «${inner}» as a key inside it`,
        hint: `put the whole text in quotes: ${fix}`,
      }
    : { column: start + 1, message: `YAML read «${inner}» as a key inside "${outer}", because ": " follows it`, hint: `put the text in quotes: ${fix}` };
}

/**
 * Bullets YAML reads, without an error, as other than the author meant: said here, in YAML's terms,
 * rather than later as a wrong type. A quoted key or a {flow} mapping is meant, and left alone.
 */
function bulletsReadAsOther(document: Document.Parsed, text: string, file: string, lineCounter: LineCounter): Problem[] {
  const problems: Problem[] = [];
  visit(document, {
    Seq(_, seq, path) {
      const owner = path.at(-1);
      if (seq.flow || !isPair(owner) || !isScalar(owner.key) || !TEXT_LISTS.has(String(owner.key.value))) return;
      seq.items.forEach((item, index) => {
        for (const misread of [bulletReadAsKey(item, text), bulletsRunTogether(item, text)]) {
          if (!misread) continue;
          const position = lineCounter.linePos(misread.offset);
          problems.push({ file, line: position.line, column: position.col, field: fieldName([...fieldOf(path), index]), message: misread.message, hint: misread.hint });
        }
      });
    },
  });
  return problems;
}

/** "- Exports: up 14.5%" is, to YAML, the mapping {Exports: up 14.5%}; the validator would only say "found a mapping". */
function bulletReadAsKey(item: unknown, text: string) {
  const pair = isMap(item) && !item.flow && item.items.length === 1 ? item.items[0]! : undefined;
  const { key, value } = pair ?? {};
  if (!isScalar(key) || key.type !== "PLAIN" || !key.range || !isScalar(value) || value.value === null || !value.range) return undefined;
  if (text.slice(key.range[0], value.range[0]).includes("\n")) return undefined; // a mapping laid out as one
  return {
    offset: key.range[0],
    message: `YAML read «${text.slice(key.range[0], key.range[1])}» as a key, because ": " follows it, so this item is a mapping, not text`,
    hint: `put the whole text in quotes: - ${quoted(text.slice(key.range[0], value.range[1]).replace(/\s*\n\s*/g, " "))}`,
  };
}

/**
 * A "- " indented deeper than the bullet above goes on with that bullet's text ("Exports grew -
 * Imports fell"): no error, one bullet fewer. When two or more "- " below stand at one column, the
 * first bullet is the one out of line.
 */
function bulletsRunTogether(item: unknown, text: string) {
  if (!isScalar(item) || item.type !== "PLAIN" || !item.range) return undefined;
  const itemStart = item.range[0];
  const below = [...text.slice(itemStart, item.range[1]).matchAll(/\n( *)(- [^\r\n]*)/g)];
  const lineStart = text.lastIndexOf("\n", itemStart) + 1;
  const dash = text.slice(lineStart, itemStart).lastIndexOf("-");
  if (below.length === 0 || dash < 0) return undefined;
  const own = { offset: lineStart + dash, indent: dash, label: short(text.slice(lineStart + dash, text.indexOf("\n", itemStart)).trim()) };
  const next = { offset: itemStart + below[0]!.index + 1 + below[0]![1]!.length, indent: below[0]![1]!.length, label: short(below[0]![2]!) };
  const firstIsOdd = below.length > 1 && below.every((m) => m[1] === below[0]![1]);
  const [slip, sibling] = firstIsOdd ? [own, next] : [next, own];
  const where = firstIsOdd ? "below" : "above";
  return {
    offset: slip.offset,
    message: `YAML indentation: "${slip.label}" is indented ${spaces(slip.indent)}, but "${sibling.label}" ${where} it has ${sibling.indent}, so YAML reads them as one text: «${String(item.value)}»`,
    hint: `indent "${slip.label}" like "${sibling.label}" ${where} it (${spaces(sibling.indent)})`,
  };
}

/** The field of a node from its ancestors as `visit` gives them: keys of pairs, indexes in lists. */
function fieldOf(path: readonly unknown[]): (string | number)[] {
  return path.flatMap((step, i): (string | number)[] => {
    if (isPair(step) && isScalar(step.key)) return [String(step.key.value)];
    if (isSeq(step)) return [step.items.indexOf(path[i + 1] as never)];
    return [];
  });
}

/** The author's text as one YAML scalar: double quotes, or single when it holds " or \. */
const quoted = (text: string) => (/["\\]/.test(text) ? `'${text.replace(/'/g, "''")}'` : `"${text}"`);

const inFileOrder = (problems: Problem[]) => problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));

// ── The rest, as before ─────────────────────────────────────────────────────────────────────────────

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
  if (isUnclosedQuote(error)) return "close the quote at the end of the text, or leave the text unquoted";
  // Text that starts with * & [ { % ! @ or holds ": " or " #" reads as YAML syntax unless quoted.
  if (["UNEXPECTED_TOKEN", "BLOCK_AS_IMPLICIT_KEY", "BAD_DIRECTIVE", "BAD_ALIAS", "BAD_INDENT"].includes(error.code) || /Nested mappings|Unexpected scalar|directive/.test(error.message)) {
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
