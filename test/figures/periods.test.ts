// A quarter named by its ordinal alone after a named one ("in the first quarter, … in the second"),
// only right after an amount: a month's ordinal ("أكتوبر تشرين الأول", October) or an "earlier" that is
// also an ordinal ("एक साल पहले") names no quarter, and such a period let a deck's wrong quarter pass.
import { expect, it } from "vitest";
import { findPeriods } from "../../scripts/figures/periods.ts";
import { findNumberWords } from "../../scripts/figures/number-words.ts";

const keys = (text: string, lang: string) => findPeriods(text, lang).map((p) => p.key);

it("reads a quarter named by its ordinal alone right after an amount", () => {
  expect(keys("Revenue was $1.91 billion in the first quarter, $2.05 billion in the second and $2.4 billion in the third.", "en")).toEqual([
    "Q1",
    "Q2",
    "Q3",
  ]);
});

it("reads no quarter in a month's ordinal nor in a word that also means earlier", () => {
  expect(keys("ارتفع التضخم في الربع الثالث إلى 12.5% في أكتوبر تشرين الأول.", "ar")).toEqual(["Q3", "month 10"]);
  expect(keys("तीसरी तिमाही में लाभ 5 प्रतिशत बढ़ा, एक साल पहले यह 3 था।", "hi")).toEqual(["Q3"]);
});

it("reads two number words as one only where they make one", () => {
  const values = (text: string, lang: string) => findNumberWords(text, lang).map((t) => t.value);
  expect(values("o dwadzieścia trzy proc.", "pl")).toEqual([23]);
  expect(values("between five and ten percent", "en")).toEqual([5, 10]);
});
