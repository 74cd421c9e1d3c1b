// The dateline a draft takes its date from, as each language writes it: every draft of six new
// users' articles (de, en, es, fr, ko, vi) had taken today's date instead.
import { describe, expect, it } from "vitest";
import { articleDate } from "../../scripts/draft/article-date.ts";

describe("the article's date", () => {
  it.each([
    ["de", "*Frankfurt, 30. Oktober 2025*", "2025-10-30"],
    ["en", "*London, 6 November 2025*", "2025-11-06"],
    ["en", "WASHINGTON, Oct. 15, 2025 (Reuters) -", "2025-10-15"],
    ["es", "*Madrid, 29 de octubre de 2025*", "2025-10-29"],
    ["fr", "*Paris, le 24 octobre 2025*", "2025-10-24"],
    ["ko", "(서울=2025년 11월 27일) 한국은행", "2025-11-27"],
    ["vi", "*Hà Nội, ngày 28 tháng 10 năm 2025*", "2025-10-28"],
    ["ja", "東京、2025年10月30日", "2025-10-30"],
    ["ru", "Москва, 15 октября 2025 года", "2025-10-15"],
    ["pt", "São Paulo, 5 de novembro de 2025", "2025-11-05"],
    ["en", "28/01/2025", "2025-01-28"],
    ["ar", "الرياض - أعلنت أرامكو يوم الثلاثاء ٤ نوفمبر ٢٠٢٥", "2025-11-04"],
    ["hi", "मुंबई, 5 दिसंबर 2026: भारतीय रिज़र्व बैंक", "2026-12-05"],
    ["ar", "القاهرة، 5 ديسمبر 2026: قرر البنك", "2026-12-05"],
    ["tr", "İstanbul, 5 Aralık 2026 (AA) -", "2026-12-05"],
    ["pl", "Warszawa, 5 grudnia 2026 r.", "2026-12-05"],
    ["nl", "Amsterdam, 5 december 2026", "2026-12-05"],
    ["id", "Jakarta, 5 Desember 2026", "2026-12-05"],
  ] as const)("%s: %s", (lang, text, iso) => {
    expect(articleDate(text, lang)).toBe(iso);
  });
  it.each([
    ["en", "WASHINGTON, June 18 (Reuters) - The Federal Reserve held", "2026-06-18"],
    ["es", "MADRID, 12 sep (EFE).- El IPC", "2026-09-12"],
    ["hi", "मुंबई, 6 नवंबर (भाषा) भारतीय रिज़र्व बैंक", "2026-11-06"],
    // A day still to come this year is last year's.
    ["en", "NEW YORK, Dec 31 (Reuters) - Stocks", "2025-12-31"],
  ] as const)("%s without its year: %s", (lang, text, iso) => {
    expect(articleDate(text, lang, "2026-12-07")).toBe(iso);
  });
  it("is no date where a month and a year stand without a day, or the day does not exist", () => {
    expect(articleDate("May 2025 sales rose 3%", "en")).toBeUndefined();
    expect(articleDate("May 2025 sales rose 3%", "en", "2026-12-07")).toBeUndefined();
    expect(articleDate("31 de febrero de 2025", "es")).toBeUndefined();
  });
});
