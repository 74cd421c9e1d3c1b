// marked's emphasis rules scan ahead from every _, * and ~: a run of thousands of them inside a line
// (a form's blank to fill in, a pasted divider) took seconds to read, growing with the square of its
// length, on every check and every dev rebuild. A run of four or more inside a line emphasises
// nothing and prints as itself: escaped, it reads as the same text in linear time. A line that is
// only the run (a thematic break, "____") is left as it is.
export function withPlainRuns(markdown: string): string {
  return markdown.replace(/(?<=\S[^\S\n]*)([_*~])\1{3,}/g, (run) => run.replace(/[_*~]/g, "\\$&"));
}
