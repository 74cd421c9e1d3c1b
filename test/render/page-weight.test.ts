// Each page carries what it runs and draws: the print document no speaker view (the presented deck
// keeps it, and svgcanvas too: printed by hand, ?print-pdf, its charts are vectors as well); neither
// carries a whole face of Inter, only the deck's characters.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { packageFile } from "../../scripts/render/assets.ts";
import { FIXTURES, renderFixture } from "../helpers/render-fixture.ts";

// A string of reveal's notes plugin.
const NOTES_PLUGIN = "speaker-controls";

describe("what each page carries", async () => {
  const { rendered } = await renderFixture(path.join(FIXTURES, "good", "charts-vi"));
  const wholeRegular = readFileSync(path.join(path.dirname(packageFile("inter-ui/package.json")), "web", "Inter-Regular.woff2"));

  it("the speaker view: in the presented deck, not in the print document", () => {
    expect(readFileSync(packageFile("reveal.js/plugin/notes/notes.js"), "utf8")).toContain(NOTES_PLUGIN);
    // (Asked as booleans: a failing toContain would print the whole page.)
    expect(rendered.deckHtml.includes(NOTES_PLUGIN)).toBe(true);
    expect(rendered.printHtml.includes(NOTES_PLUGIN)).toBe(false);
  });

  it("both: Inter's faces cut to the deck's characters, each far smaller than a whole face", () => {
    for (const html of [rendered.deckHtml, rendered.printHtml]) {
      const faces = [...html.matchAll(/font-family: "Inter";[^}]*base64,([A-Za-z0-9+/=]+)/g)].map((m) => Buffer.from(m[1]!, "base64"));
      expect(faces).toHaveLength(5);
      for (const face of faces) expect(face.length).toBeLessThan(wholeRegular.length / 3);
    }
    expect(Buffer.byteLength(rendered.deckHtml)).toBeLessThan(800_000);
  });
});
