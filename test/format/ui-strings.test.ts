// The deck's own words come from its language's file: a German deck's sources slide and handout are
// German, with German quotation marks; a language without a file is told once that they are English.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { afterAll, describe, expect, it } from "vitest";
import { uiFallbackNote, uiStrings } from "../../scripts/format/ui-strings.ts";
import { languagesWithWords } from "../../scripts/lang/languages.ts";
import { renderBriefing } from "../../scripts/pipeline.ts";
import { collectingReporter } from "../helpers/in-process.ts";
import { FIXTURES } from "../helpers/render-fixture.ts";

const english = uiStrings("en");
// Words a language shares with English ("Sources" in French, "slide" in Portuguese and in Vietnamese).
const SHARED = new Set(["fr:sources", "fr:article", "pt:slide", "vi:slide", "id:slide"]);

describe.each(languagesWithWords.filter((lang) => lang !== "en"))("%s", (lang) => {
  it("has every word of its own, not English's", () => {
    const own = uiStrings(lang);
    for (const key of Object.keys(english) as (keyof typeof english)[]) {
      if (key === "quotes") continue;
      expect(String(own[key]).length, key).toBeGreaterThan(0);
      if (!SHARED.has(`${lang}:${key}`)) expect(own[key], key).not.toBe(english[key]);
    }
  });
});

it("tells a language without a file, once, that the deck's words are English", () => {
  expect(uiFallbackNote("de")).toEqual([]);
  expect(uiFallbackNote("sw")).toHaveLength(1);
  expect(uiFallbackNote("sw")[0]).toContain('no word file for "sw"');
  expect(uiStrings("sw")).toBe(english);
});

describe("a German deck of an English article", () => {
  const work = mkdtempSync(path.join(os.tmpdir(), "ui-de-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("writes its sources slide and handout in German, the article's words in German quotation marks", async () => {
    const folder = path.join(work, "harbour-de");
    cpSync(path.join(FIXTURES, "good", "all-layouts"), folder, { recursive: true });
    const yaml = readFileSync(path.join(folder, "briefing.yaml"), "utf8");
    expect(yaml).toMatch(/^lang: en$/m);
    // The deck in German; its article stays English (source.lang).
    writeFileSync(
      path.join(folder, "briefing.yaml"),
      yaml.replace(/^lang: en$/m, "lang: de").replace(/^source:\n/m, "source:\n  lang: en\n"),
    );
    const reporter = collectingReporter();
    const { rendered } = await renderBriefing(folder, reporter);
    const html = [rendered.deckHtml, rendered.printHtml].join("\n");
    for (const word of ["Quellen", "ARTIKEL", "Berechnet", "Nicht aus dem Artikel", "Folie", "„"]) expect(html).toContain(word);
    // (reveal.js's own speaker view says "Speaker notes" in its script: not a word of ours.)
    for (const word of ["Calculated", "Not from the article", "The author's own", "No notes for this slide"])
      expect(html).not.toContain(word);
    expect(reporter.warnings.filter((w) => w.includes("no word file"))).toEqual([]);
  });
});

describe.each(languagesWithWords.filter((lang) => lang !== "en"))("every layout and both handouts of a %s deck", (lang) => {
  const work = mkdtempSync(path.join(os.tmpdir(), `ui-${lang}-`));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(["notes", "slides"] as const)("show no English word of ours (handout: %s)", async (handout) => {
    const folder = path.join(work, `all-layouts-${handout}`);
    cpSync(path.join(FIXTURES, "good", "all-layouts"), folder, { recursive: true });
    const yaml = readFileSync(path.join(folder, "briefing.yaml"), "utf8");
    writeFileSync(
      path.join(folder, "briefing.yaml"),
      yaml.replace(/^lang: en$/m, `lang: ${lang}`).replace(/^source:\n/m, "source:\n  lang: en\n"),
    );
    const { rendered } = await renderBriefing(folder, collectingReporter(), { handout });
    // What a reader sees: the pages' text, not reveal.js's scripts or the styles.
    const seen = [rendered.deckHtml, rendered.printHtml]
      .map((html) => {
        const root = parse(html);
        for (const hidden of root.querySelectorAll("script, style")) hidden.remove();
        return root.textContent;
      })
      .join("\n");
    // Our English words, less the ones the fixture's own (English) text uses and the ones the language shares.
    const ours = (Object.entries(english) as [string, unknown][])
      .filter(([key, word]) => typeof word === "string" && word.length > 3 && !SHARED.has(`${lang}:${key}`) && !yaml.includes(word))
      .map(([, word]) => word as string);
    expect(ours.length).toBeGreaterThan(8);
    expect(ours.filter((word) => seen.includes(word))).toEqual([]);
    expect(seen).toContain(uiStrings(lang).sources);
  });
});
