// The draft reads a figure's unit where its language writes it: Turkish's percent before the number,
// a currency in letters before it, and a month's day as no figure by the month names Intl writes (a
// decimal or a percentage after a month is no day).
import { describe, expect, it } from "vitest";
import { findFigures } from "../../scripts/draft/find-figures.ts";

const units = (article: string, lang: string) => findFigures(article, lang).map((f) => [f.value, f.unit ?? null]);

describe("the draft's units", () => {
  it("takes Turkish's percent before the number, and no dateline's day", () => {
    const article = "İstanbul, 19 Aralık 2025 (AA) - Yıllık enflasyon kasımda yüzde 47,09'a geriledi. BIST 100 endeksi %1,24 yükseldi.";
    expect(units(article, "tr")).toEqual([
      [47.09, "%"],
      [1.24, "%"],
    ]);
  });

  it("takes a currency written in letters before its number", () => {
    expect(units("Jakarta, 5 Desember 2026 - Laba bersih BCA mencapai Rp41,1 triliun.", "id")).toEqual([[41.1, "IDR"]]);
    expect(units("Reliance posted a net profit of Rs 16,563 crore .", "en")).toEqual([[165.63, "INR"]]);
  });

  it("keeps the decimals of Arabic-Indic digits, whose decimal sign is their own", () => {
    // "١١٨٫٨" drafted as 119 was refused by the check (and left out: 11 of 15 figures of one article).
    const [found] = findFigures("مقارنة بـ ١١٨٫٨ مليار ريال في الفترة نفسها.", "ar");
    expect([found?.value, found?.decimals, found?.unit]).toEqual([118.8, 1, "SAR"]);
  });

  it("reads a number after a month as an amount when it is no day", () => {
    expect(units("Den Haag, 5 december 2026. Energie werd in oktober 4,1 procent goedkoper.", "nl")).toEqual([[-4.1, "%"]]);
    expect(units("Die Preise stiegen im März 5 Prozent.", "de")).toEqual([[5, "%"]]);
  });

  it("labels a number by the name before its colon, not by the bracket after it", () => {
    // This year's revenue was labelled "Vorjahr" (last year), and August's inflation "julio".
    const labels = (text: string, lang: string) => findFigures(text, lang).map((f) => f.label);
    expect(labels("Umsatz: 19,8 Milliarden Euro (Vorjahr: 18,9 Milliarden Euro)", "de")).toEqual(["Umsatz", "Vorjahr"]);
    expect(labels("Tasa general: 2,1% (julio: 2,8%)", "es")).toEqual(["Tasa general", "julio"]);
  });

  it("starts a label after a dateline's dash, not inside the dateline", () => {
    const [found] = findFigures("WASHINGTON, June 18 (Reuters) - The Federal Reserve held its benchmark rate steady at 4.25%.", "en");
    expect(found?.label).toBe("Federal Reserve held its benchmark rate steady");
  });
});
