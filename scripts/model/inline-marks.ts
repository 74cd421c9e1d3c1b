// The inline marks a text field may hold: `{{nasdaq_pct}}` prints a figure, formatted as everywhere
// else in the deck, and `{{own: 2 phút}}` prints the author's own words, a number that is no claim
// about the story (a timing cue, a count of slides). Read by validate (ids exist), the figure check
// (numbers outside marks are held to the article) and render (marks become text).

export type InlinePart =
  | { kind: "text"; text: string }
  | { kind: "figure"; id: string; raw: string }
  | { kind: "own"; text: string; raw: string }
  /** `{{…}}` holding neither an id nor "own:": validate reports it. */
  | { kind: "bad"; raw: string };

const MARK = /\{\{([^{}]*)\}\}/g;
const OWN = /^\s*own\s*:\s*([\s\S]*?)\s*$/i;
export const FIGURE_ID = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function splitInline(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let last = 0;
  for (const match of text.matchAll(MARK)) {
    if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) });
    const inner = match[1]!;
    const own = OWN.exec(inner);
    const id = inner.trim();
    if (own && own[1] !== "") parts.push({ kind: "own", text: own[1]!, raw: match[0] });
    else if (!own && FIGURE_ID.test(id)) parts.push({ kind: "figure", id, raw: match[0] });
    else parts.push({ kind: "bad", raw: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  // "{{own: {{x}}}}" or a lone "{{": braces the marks do not account for would print as they are.
  return parts.map((p) => (p.kind === "text" && /\{\{|\}\}/.test(p.text) ? { kind: "bad", raw: p.text.trim() } : p));
}

/** The text with every mark replaced: figures by `figure(id)`, own words by `own(text)`. */
export function replaceMarks(text: string, figure: (id: string) => string, own: (text: string) => string): string {
  return splitInline(text)
    .map((p) => (p.kind === "text" ? p.text : p.kind === "figure" ? figure(p.id) : p.kind === "own" ? own(p.text) : p.raw))
    .join("");
}
