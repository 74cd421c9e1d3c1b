// Text that YAML reads as something else. A bullet holding ": " is read as a key: with an error when
// more follows ("- a: b: c"), else silently as a mapping. A "- " indented under a bullet runs into its
// text, and a "#" straight before a word cuts the text there. Said in YAML's terms, where they happen,
// rather than later by the validator as a wrong type or a missing word.
import { isMap, isPair, isScalar, isSeq, visit, type Document, type LineCounter, type YAMLError } from "yaml";
import { fieldName, type Problem } from "../errors.ts";
import type { Shape } from "./yaml-indentation.ts";
import { quoted, short, spaces } from "./yaml-words.ts";

/** Keys whose lists hold text, one item a line (schema.ts): there "- a: b" is a bullet, not a mapping. */
const TEXT_LISTS = new Set(["points", "stats", "labels", "figures"]);

/**
 * "- Exports: up 14.5%, imports: up 16.7%": "Exports" is read as a key, then "up 14.5%, imports" as a
 * key inside it, which the library calls a nested mapping. The author wrote one text; the fix quotes
 * it whole when it is an item of a list of text, else only the value after its real key.
 */
export function colonInText(error: YAMLError, lines: string[], shapes: (Shape | undefined)[], lineCounter: LineCounter) {
  if (error.code !== "BLOCK_AS_IMPLICIT_KEY" || !/^Nested mappings/.test(error.message)) return undefined;
  const number = lineCounter.linePos(error.pos[0]).line;
  const line = lines[number - 1] ?? "";
  const shape = shapes[number - 1];
  if (!shape) return undefined;
  const [item, key] = shape.levels;
  const parent = shapes
    .slice(0, number - 1)
    .reverse()
    .find((s) => s && (s.levels[0]!.indent < item!.indent || (s.levels[0]!.indent === item!.indent && !s.levels[0]!.item)));
  const bullet = item!.item && key !== undefined && !key.item && TEXT_LISTS.has(parent?.levels.at(-1)?.label.slice(0, -1) ?? "");
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
    : {
        column: start + 1,
        message: `YAML read «${inner}» as a key inside "${outer}", because ": " follows it`,
        hint: `put the text in quotes: ${fix}`,
      };
}

/**
 * Bullets YAML reads, without an error, as other than the author meant: said here, in YAML's terms,
 * rather than later as a wrong type. A quoted key or a {flow} mapping is meant, and left alone.
 */
export function bulletsReadAsOther(document: Document.Parsed, text: string, file: string, lineCounter: LineCounter): Problem[] {
  const problems: Problem[] = [];
  visit(document, {
    Seq(_, seq, path) {
      const owner = path.at(-1);
      if (seq.flow || !isPair(owner) || !isScalar(owner.key) || !TEXT_LISTS.has(String(owner.key.value))) return;
      seq.items.forEach((item, index) => {
        for (const misread of [bulletReadAsKey(item, text), bulletsRunTogether(item, text)]) {
          if (!misread) continue;
          const position = lineCounter.linePos(misread.offset);
          problems.push({
            file,
            line: position.line,
            column: position.col,
            field: fieldName([...fieldOf(path), index]),
            message: misread.message,
            hint: misread.hint,
          });
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
  const next = {
    offset: itemStart + below[0]!.index + 1 + below[0]![1]!.length,
    indent: below[0]![1]!.length,
    label: short(below[0]![2]!),
  };
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

/**
 * "- Harbour ranked #1 in the region" is, to YAML, the text "Harbour ranked" and a comment: the rest
 * would vanish from the slide. A comment written straight after its "#" ("#1") is text the author
 * meant; a real comment has a space ("# note").
 */
export function textCutByComments(document: Document.Parsed, text: string, file: string, lineCounter: LineCounter): Problem[] {
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
