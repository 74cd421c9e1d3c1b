// The handout's kinds and papers, apart from the schema (briefing-schema.ts) so that the command line
// can name them without reading the schema library.

/**
 * What the handout prints: "notes" one slide and its notes a page, 2 or 3 slides a page with their
 * notes, "slides" six a page without notes.
 */
export const HANDOUT_KINDS = ["notes", 2, 3, "slides"] as const;
export const PAPERS = ["a4", "letter"] as const;

export type HandoutKind = (typeof HANDOUT_KINDS)[number];
export type Paper = (typeof PAPERS)[number];
