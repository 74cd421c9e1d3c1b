// A line indented unlike its siblings. The library points past such a slip, often at a sibling below
// it; these read the lines the way YAML nests them and name the line to move and the column to use.
import { short, spaces } from "./yaml-words.ts";

/** A line that starts list items or a key: the columns where each "- " and the key start. */
export interface Shape {
  levels: { indent: number; item: boolean; label: string }[];
  /** "key:" or "-" with nothing after: the next line may be its child. */
  opens: boolean;
  /** "key: |" or "key: >": the deeper lines under it are text. */
  blockScalar: boolean;
  /** A line of such a text, shallower than the text's first line: where the text is (YAML ends it here). */
  shortOf?: { indent: number; label: string; under: number };
}

const KEY = /^("[^"]*"|'[^']*'|[^\s#"'[\]{}|>!&*%@`,][^#]*?)\s*:(?=\s|$)/;

function shapeOf(line: string): Shape | undefined {
  let at = line.search(/[^ ]/);
  if (at < 0 || /\s/.test(line[at]!)) return undefined; // blank, or a tab (reported on its own)
  const levels: Shape["levels"] = [];
  for (let dash = /^-(?: +|$)/.exec(line.slice(at)); dash; dash = /^-(?: +|$)/.exec(line.slice(at))) {
    levels.push({ indent: at, item: true, label: short(line.slice(at).trim()) });
    at += dash[0].length;
  }
  const key = KEY.exec(line.slice(at));
  if (key) levels.push({ indent: at, item: false, label: `${key[1]}:` });
  if (levels.length === 0) return undefined; // text going on from the line before, a comment, "---"
  const value = line
    .slice(at + (key?.[0].length ?? 0))
    .replace(/(^|\s)#.*$/, "")
    .trim();
  return { levels, opens: value === "", blockScalar: /^[|>]/.test(value) };
}

/**
 * Every line's shape; the lines of block scalars and text going on are not structure (undefined). A
 * block scalar's text stands at the column of its first line; a line shallower than that but deeper
 * than its key is a slip inside the text, unless it starts with a key ("notes:" one space too far).
 */
export function shapesOf(lines: string[]): (Shape | undefined)[] {
  let scalar: { under: number; text?: { indent: number; label: string } } | undefined;
  return lines.map((line): Shape | undefined => {
    const indent = line.search(/\S/);
    if (indent < 0) return undefined;
    const shape = shapeOf(line);
    if (scalar && indent > scalar.under) {
      scalar.text ??= { indent, label: "" };
      const text = scalar.text;
      if (indent === text.indent) text.label = short(line.trim());
      if (indent >= text.indent) return undefined;
      if (!shape || shape.levels[0]!.item) {
        return {
          levels: [{ indent, item: false, label: short(line.trim()) }],
          opens: false,
          blockScalar: false,
          shortOf: { ...text, under: scalar.under },
        };
      }
    }
    scalar = shape?.blockScalar ? { under: shape.levels.at(-1)!.indent } : undefined;
    return shape;
  });
}

interface Level {
  indent: number;
  item: boolean;
  label: string;
  line: number;
  count: number;
  first: { line: number; label: string };
}
/** A line indented unlike its siblings. Lines are 1-based; from…end: where the parser may trip on it. */
export interface Slip {
  line: number;
  indent: number;
  label: string;
  sibling: { label: string; indent: number };
  below: boolean;
  from: number;
  end: number;
}

/**
 * Reads the lines as YAML nests them, block by block, the way Python reads indentation: a line is a
 * child of an opening line ("key:") when deeper, else it must start at the column of an open block of
 * its kind (a key where keys are, a "- " where items are). One that lands elsewhere is the slip; its
 * sibling is the nearest open block of its kind ("value:" above "   unit:").
 */
export function indentationSlips(shapes: (Shape | undefined)[]): Slip[] {
  const slips: Slip[] = [];
  const stack: Level[] = [{ indent: -1, item: false, label: "", line: 0, count: 0, first: { line: 0, label: "" } }]; // -1: the document
  const levelsOf = (shape: Shape, i: number) =>
    shape.levels.map((level) => ({ ...level, line: i + 1, count: 1, first: { line: i + 1, label: level.label } }));
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
    slips.push({
      line,
      indent,
      label,
      sibling: { label: sibling.label, indent: sibling.indent },
      below,
      from: previous(line) || line,
      end,
    });
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
    const alike = shapes
      .slice(i, until)
      .filter((s) => s !== undefined && s.levels[0]!.indent === first.indent && s.levels[0]!.item === first.item).length;
    const childless =
      shapes[sibling.first.line - 1]!.opens &&
      (shapes.slice(sibling.first.line).find((s) => s !== undefined)?.levels[0]?.indent ?? -1) <= sibling.indent;
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

export function slipWords(slip: Slip): { message: string; hint: string } {
  const where = slip.below ? "below" : "above";
  return {
    message: `YAML indentation: "${slip.label}" is indented ${spaces(slip.indent)}, but "${slip.sibling.label}" ${where} it has ${slip.sibling.indent}`,
    hint: `indent "${slip.label}" like "${slip.sibling.label}" ${where} it (${spaces(slip.sibling.indent)})`,
  };
}
