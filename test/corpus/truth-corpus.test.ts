// The truth corpus (test/corpus/<lang>.ts): in each language, honest pairs of an article passage and
// a deck's words must pass the check, and slips must fail it. A pair marked `known` is one the check
// still gets wrong: the test holds it wrong too, so mending it means removing the mark.
import { describe, expect, it } from "vitest";
import type { LanguageCorpus } from "./corpus-types.ts";
import { figureProblems, textProblems } from "./run-corpus.ts";
import { CORPUS as vi } from "./vi.ts";
import { CORPUS as en } from "./en.ts";
import { CORPUS as de } from "./de.ts";
import { CORPUS as fr } from "./fr.ts";
import { CORPUS as es } from "./es.ts";
import { CORPUS as ja } from "./ja.ts";
import { CORPUS as italian } from "./it.ts";
import { CORPUS as pt } from "./pt.ts";
import { CORPUS as zh } from "./zh.ts";
import { CORPUS as ko } from "./ko.ts";
import { CORPUS as ru } from "./ru.ts";
import { CORPUS as nl } from "./nl.ts";
import { CORPUS as pl } from "./pl.ts";
import { CORPUS as tr } from "./tr.ts";
import { CORPUS as id_ } from "./id.ts";
import { CORPUS as ar } from "./ar.ts";
import { CORPUS as hi } from "./hi.ts";

const CORPORA: LanguageCorpus[] = [vi, en, de, fr, es, ja, italian, pt, zh, ko, ru, nl, pl, tr, id_, ar, hi];

const show = (problems: { message: string }[]) => problems.map((p) => p.message).join(" | ") || "no problem";

describe.each(CORPORA.map((c) => [c.lang, c] as const))("truth corpus %s", (lang, corpus) => {
  it.each(corpus.honest.text.map((p, i) => [i, p] as const))("honest text %i passes", (_, pair) => {
    const problems = textProblems(pair, lang);
    if (pair.known) expect(problems.length, `known: ${pair.known}`).toBeGreaterThan(0);
    else expect(show(problems), `${pair.article}\n→ ${pair.deck}`).toBe("no problem");
  });
  it.each(corpus.honest.figures.map((p, i) => [i, p] as const))("honest figure %i passes", (_, pair) => {
    const problems = figureProblems(pair, lang);
    if (pair.known) expect(problems.length, `known: ${pair.known}`).toBeGreaterThan(0);
    else expect(show(problems), `${pair.article}\n→ ${JSON.stringify(pair.figure)}`).toBe("no problem");
  });
  it.each(corpus.slips.text.map((p, i) => [i, p.kind, p] as const))("slip text %i (%s) fails", (_, __, pair) => {
    const problems = textProblems(pair, lang);
    if (pair.known) expect(show(problems), `known: ${pair.known}`).toBe("no problem");
    else expect(problems.length, `${pair.article}\n→ ${pair.deck}`).toBeGreaterThan(0);
  });
  it.each(corpus.slips.figures.map((p, i) => [i, p.kind, p] as const))("slip figure %i (%s) fails", (_, __, pair) => {
    const problems = figureProblems(pair, lang);
    if (pair.known) expect(show(problems), `known: ${pair.known}`).toBe("no problem");
    else expect(problems.length, `${pair.article}\n→ ${JSON.stringify(pair.figure)}`).toBeGreaterThan(0);
  });
});
