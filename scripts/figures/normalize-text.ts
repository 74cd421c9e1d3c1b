// Text as the figure check compares it: the author's quote and the article may differ in how they were
// typed (NFD from a Mac, NBSP from a CMS, a BOM, line breaks inside a sentence) but not in what they say.

/** NFC, no BOM, every run of white space (NBSP, narrow NBSP, tabs, line breaks) one ASCII space, trimmed. */
export function normalizeText(s: string): string {
  return s
    .normalize("NFC")
    // U+FEFF is invisible anywhere (a BOM at the start, a stray "zero-width no-break space" elsewhere);
    // it is removed before folding so it cannot turn into a space in the middle of a word.
    .replace(/\uFEFF/g, "")
    // JavaScript's \s is Unicode-aware: it covers NBSP (U+00A0), narrow NBSP (U+202F), thin space,
    // the line and paragraph separators, as well as \r\n and \t.
    .replace(/\s+/g, " ")
    .trim();
}
