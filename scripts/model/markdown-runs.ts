// marked's emphasis rules scan ahead from every _, * and ~: a run of thousands of them inside a line
// (a form's blank to fill in, a pasted divider) took seconds to read, growing with the square of its
// length, on every check and every dev rebuild. This inline rule, tried before emphasis, reads a run
// of four or more as the text it prints, in linear time. Code spans, links and URLs are read before
// it reaches their runs, and a line that is only the run (a thematic break) is a block rule's.
import { Lexer, Marked, type TokenizerExtension } from "marked";

const plainRun: TokenizerExtension = {
  name: "plainRun",
  level: "inline",
  start: (src) => /([_*~])\1{3,}/.exec(src)?.index,
  tokenizer(src) {
    const run = /^([_*~])\1{3,}/.exec(src);
    return run ? { type: "text", raw: run[0], text: run[0] } : undefined;
  },
};

const options = new Marked({
  gfm: true,
  breaks: false,
  extensions: [plainRun],
  // A single tilde is a range in Korean, Chinese and Japanese ("3~4%, 7~8%"), not strikethrough: GFM
  // also takes "~4%, 7~" as struck through, and the deck printed "3", "4%, 7" struck out, then "8%".
  // Two tildes still strike through (false gives the rule back to marked's own).
  tokenizer: { del: (src: string) => (src.startsWith("~~") ? false : undefined) },
}).defaults;

/** A lexer with the rule: every reader of the deck's Markdown uses one. */
export const markdownLexer = () => new Lexer(options);
