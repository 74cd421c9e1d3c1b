// What the deck prints reads back as the figure: formatFigure → readNumbers gives |value| again,
// for any value, decimals, unit and scale, in Vietnamese and English (and a few more).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFigure } from "../../scripts/format/format-figure.ts";
import { readNumbers } from "../../scripts/figures/read-numbers.ts";
import type { Scale } from "../../scripts/model/briefing.ts";

const figureArb = fc.record({
  units: fc.integer({ min: -1e9, max: 1e9 }),
  decimals: fc.integer({ min: 0, max: 3 }),
  unit: fc.constantFrom(undefined, "%", "USD", "VND", "EUR", "điểm"),
  scale: fc.constantFrom<Scale | undefined>(undefined, "thousand", "million", "billion"),
  approx: fc.boolean(),
});

describe("formatted figures read back as their value", () => {
  for (const lang of ["vi", "en", "de", "fr"]) {
    it(lang, () => {
      fc.assert(
        fc.property(figureArb, ({ units, decimals, unit, scale, approx }) => {
          const value = units / 10 ** decimals;
          const text = formatFigure({ value, decimals, unit, scale, approx }, lang);
          const numbers = readNumbers(text, lang);
          expect(
            numbers.some((n) => Math.abs(n - Math.abs(value)) <= 1e-9 * Math.max(1, Math.abs(value))),
            `${text} → ${numbers}`,
          ).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }
});
