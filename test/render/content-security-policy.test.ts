// The page's policy lets exactly the page's own scripts run, by their hashes, and reaches no network.
// (In the real Chromium: test/e2e/content-security-policy.test.ts.)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { deckAssets } from "../../scripts/render/assets.ts";
import { liveClient } from "../../scripts/dev/live-build.ts";
import { renderDeck } from "../../scripts/render/render-deck.ts";
import { loadTheme } from "../../scripts/render/theme.ts";
import { FIXTURES, renderFixture } from "../helpers/render-fixture.ts";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The policy of a page, as directive → its sources. */
function policyOf(html: string): Map<string, string[]> {
  const content = parse(html).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "";
  return new Map(
    content
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** The text of each inline <script> the page would run (not the JSON data block), as written. */
function inlineScripts(html: string): string[] {
  // Every script the templates emit is made safe with script(), so "</script" cannot occur inside one.
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/type="application\/json"/.test(attributes ?? ""))
    .map(([, , text]) => text!);
}

/** The script reveal's speaker view runs, from the file the notes plugin is built from. */
function speakerViewScript(): string {
  const notes = createRequire(import.meta.url).resolve("reveal.js/plugin/notes/notes.js");
  const html = readFileSync(path.join(path.dirname(notes), "speaker-view.html"), "utf8");
  return /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
}

describe("the deck's Content-Security-Policy", async () => {
  const { rendered, model, valid } = await renderFixture(path.join(FIXTURES, "good", "all-layouts"));
  const deck = policyOf(rendered.deckHtml);
  const print = policyOf(rendered.printHtml);

  it("lists the hash of every script the deck runs, the speaker view's, and nothing else", () => {
    const scripts = inlineScripts(rendered.deckHtml);
    expect(scripts).toHaveLength(5); // reveal, notes, Chart.js, datalabels, our runtime
    expect(deck.get("script-src")).toEqual([...scripts, speakerViewScript()].map(sha256));
  });

  it("carries no dev-only code: the live client is only in the dev server's page", () => {
    const live = liveClient();
    expect(live).toContain("new EventSource(");
    for (const html of [rendered.deckHtml, rendered.printHtml]) {
      expect(html).not.toContain("EventSource");
      expect(html).not.toContain(live);
    }
  });

  it("lists the hash of every script the print document (deck and handout) runs, and nothing else", () => {
    const scripts = inlineScripts(rendered.printHtml);
    expect(scripts).toHaveLength(4); // reveal, Chart.js, datalabels, our runtime: no speaker view in print
    expect(print.get("script-src")).toEqual(scripts.map(sha256));
  });

  it("does not list the JSON data block, which is never run", () => {
    const json = /<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/.exec(rendered.deckHtml)![1]!;
    expect(JSON.parse(json)).toHaveProperty("charts");
    expect(deck.get("script-src")).not.toContain(sha256(json));
  });

  it("allows no inline script by kind, no eval, no network, no frame but the deck's own", () => {
    for (const policy of [deck, print]) {
      expect(policy.get("default-src")).toEqual(["'none'"]);
      expect(policy.get("script-src")!.every((source) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))).toBe(true);
      expect(policy.get("connect-src")).toEqual(["'none'"]);
      expect(policy.get("img-src")).toEqual(["data:", "blob:"]);
      expect(policy.get("font-src")).toEqual(["data:"]);
      expect(policy.get("base-uri")).toEqual(["'none'"]);
      expect(policy.get("form-action")).toEqual(["'none'"]);
      expect([...policy.values()].flat()).not.toContain("file:");
      expect(policy.has("child-src")).toBe(false);
    }
    expect(deck.get("frame-src")).toEqual(["'self'"]); // the speaker view shows the deck in two frames
    expect(print.get("frame-src")).toEqual(["'none'"]); // printed, never presented
  });

  it("in the dev server, allows its live script and a connection back to the server", () => {
    const liveJs = "new EventSource('/events'); // a </script> inside\r\n";
    const live = renderDeck(model, loadTheme(valid.briefing.theme), { liveJs, version: 3, fontCss: "" });
    const scripts = inlineScripts(live.deckHtml);
    expect(scripts).toHaveLength(6);
    expect(scripts.at(-1)).toBe("new EventSource('/events'); // a <\\/script> inside\n");
    const policy = policyOf(live.deckHtml);
    expect(policy.get("script-src")).toEqual([...scripts, speakerViewScript()].map(sha256));
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policyOf(live.printHtml).get("connect-src")).toEqual(["'none'"]);
  });

  it("hashes the speaker view's script as reveal's notes plugin writes it", () => {
    expect(deckAssets().speakerViewJs).toBe(speakerViewScript());
  });
});
