// The draft reads signs with the check's own readers, so a German fall in its real forms (nahmen … ab,
// schrumpften, sanken) is drafted as a negative value, and a rise (legten … zu) as a positive one.
import { describe, expect, it } from "vitest";
import { findFigures } from "../../scripts/draft/find-figures.ts";

const ARTICLE =
  "Sie nahmen gegenüber dem Vormonat um 1,8 Prozent ab. Die Ausfuhren in die USA sanken im August um 2,5 Prozent. " +
  "Die Exporte nach China schrumpften um 7,3 Prozent. Die Importe legten dagegen um 0,9 Prozent zu.";

describe("draft signs", () => {
  it("drafts German falls as negative values and rises as positive", () => {
    expect(findFigures(ARTICLE, "de").map((f) => f.value)).toEqual([-1.8, -2.5, -7.3, 0.9]);
  });
  it("drafts a Japanese 安 as a fall and a Spanish 'caída del' as a fall", () => {
    expect(findFigures("TOPIXは1.18%安の2480.61で終えた。", "ja").map((f) => f.value)).toContain(-1.18);
    expect(findFigures("Las ventas registraron una caída del 2,5% en el trimestre.", "es").map((f) => f.value)).toEqual([-2.5]);
  });
});
