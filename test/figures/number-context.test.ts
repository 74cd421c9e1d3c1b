// What the words around a number say: its written sign, the unit written with it, and whether the
// article's words make it a fall, a rise or a level, in each language that has word lists.
import { describe, expect, it } from "vitest";
import { unitForms, writtenSign, writtenWith } from "../../scripts/figures/number-context.ts";
import { directionOf } from "../../scripts/figures/read-direction.ts";
import { findNumbers } from "../../scripts/figures/read-numbers.ts";

/** The token of `number` (as written) in `text`. */
function token(text: string, number: string, lang: string) {
  const found = findNumbers(text, lang).find((t) => t.text === number);
  if (!found) throw new Error(`no ${number} in ${text}`);
  return found;
}
const direction = (text: string, number: string, lang: string) => directionOf(text, token(text, number, lang), lang);

describe("the written sign", () => {
  it("reads a minus or plus straight before the number, past a currency sign", () => {
    expect(writtenSign("giảm 612,47 điểm (-3,07%)", token("giảm 612,47 điểm (-3,07%)", "3,07", "vi"))).toBe("-");
    expect(writtenSign("a loss of −$279 billion", token("a loss of −$279 billion", "279", "en"))).toBe("-");
    expect(writtenSign("up +2.5%", token("up +2.5%", "2.5", "en"))).toBe("+");
  });
  it("takes no hyphen inside a name or a range as a sign", () => {
    expect(writtenSign("GPT-4 and 2020-2021", token("GPT-4 and 2020-2021", "4", "en"))).toBeUndefined();
    expect(writtenSign("GPT-4 and 2020-2021", token("GPT-4 and 2020-2021", "2021", "en"))).toBeUndefined();
  });
});

describe("direction words", () => {
  it.each([
    ["vi", "Nvidia giảm gần 17%", "17", "fall"],
    ["vi", "Bitcoin có lúc cắm đầu giảm tới 12%", "12", "fall"],
    ["vi", "Tesla lao dốc 12%", "12", "fall"],
    ["vi", "xuất khẩu tăng 14,5% so với cùng kỳ năm 2017", "14,5", "rise"],
    ["en", "The Nasdaq fell 3.1% on Monday", "3.1", "fall"],
    ["en", "Apple rose by nearly 3.2%", "3.2", "rise"],
    ["en", "a 3% drop in revenue", "3", "fall"],
    ["fr", "le CAC 40 est en baisse de 2,1 %", "2,1", "fall"],
    ["de", "der Umsatz ist um 3,5 % gestiegen", "3,5", "rise"],
    ["de", "ein Rückgang von 4 %", "4", "fall"],
    ["es", "el Ibex cayó un 2,3 %", "2,3", "fall"],
  ] as const)("%s: «%s» makes %s a %s", (lang, text, number, expected) => {
    expect(direction(text, number, lang)).toBe(expected);
  });

  it.each([
    ["vi", "giảm 612,47 điểm xuống còn 19.341,43 điểm", "19.341,43"],
    ["en", "fell 3.1% to 19,341.43 points", "19,341.43"],
    ["de", "ist auf 3,5 % gesunken", "3,5"],
    ["fr", "a chuté à 2 %", "2"],
  ] as const)("%s: «%s» makes %s a level, not a change", (lang, text, number) => {
    expect(direction(text, number, lang)).toBe("level");
  });

  it.each([
    ["vi", "OpenAI o1 mất 60 USD cho một triệu token", "60"], // "mất" is "costs" here
    ["vi", "rẻ hơn 96,4% so với OpenAI o1", "96,4"], // a comparison, not a move
    ["vi", "giảm 5%, lợi nhuận 100 tỷ USD", "100"], // the clause ends at the comma
    ["vi", "tuột mốc 100.000 USD", "100.000"],
    ["en", "Revenue rose 2.9% and reached $5 billion", "5"], // the previous number ends the clause
  ] as const)("%s: «%s» says nothing of the sign of %s", (lang, text, number) => {
    expect(direction(text, number, lang)).toBeUndefined();
  });

  it("a language without lists says nothing", () => {
    expect(direction("hisa zilishuka kwa 3%", "3", "sw")).toBeUndefined();
  });

  it.each([
    ["Le taux est passé de 3 à 2 % en mars", "3", "level"], // from, with no unit of its own: "à" is no unit
    ["Le CAC 40 a reculé de 0,8 % à 7 895 points", "0,8", "fall"], // by, then to: two units
  ] as const)("fr: «%s» says %s is a %s", (text, number, said) => {
    expect(direction(text, number, "fr")).toBe(said);
  });

  it.each([
    ["주가는 3% 하락했다", "3", "fall"],
    ["수출은 4.6% 늘었다", "4.6", "rise"],
    ["기준금리를 3.25%로 인하했다", "3.25", "level"], // cut to 3.25%
    ["4.6% 늘어난 587억 달러를 기록했다", "587", "level"], // the relative clause: where exports stood
    ["587억 달러로 집계됐다", "587", "level"],
    ["코스피는 1.24%(30.5포인트) 내린 2,461.18에 마감했다", "1.24", "fall"], // past the aside
    ["코스피는 1.24%(30.5포인트) 내린 2,461.18에 마감했다", "30.5", "fall"], // out of its own aside
    ["물가 상승률은 1.3%로 낮아졌다", "1.3", "rise"], // a rate of rise, though 로 gives its level
  ] as const)("ko: «%s» says %s is a %s", (text, number, said) => {
    expect(direction(text, number, "ko")).toBe(said);
  });
});

describe("the unit written with a number", () => {
  const withUnit = (text: string, number: string, unit: string, lang: string) =>
    writtenWith(text, token(text, number, lang), unitForms(unit, lang), lang);
  it("finds % and currencies after the number, past a scale word, and currency signs before it", () => {
    expect(withUnit("tăng 14,5% so với cùng kỳ năm 2017", "14,5", "%", "vi")).toBe(true);
    expect(withUnit("tăng 14,5% so với cùng kỳ năm 2017", "2017", "%", "vi")).toBe(false);
    expect(withUnit("ước đạt 155 tỷ USD", "155", "USD", "vi")).toBe(true);
    expect(withUnit("wiping out $589 billion", "589", "USD", "en")).toBe(true);
    expect(withUnit("15 Prozent mehr", "15", "%", "de")).toBe(true);
    expect(withUnit("19,341.43 points", "19,341.43", "points", "en")).toBe(true);
  });
  it("does not take the start of a longer word as the unit", () => {
    expect(withUnit("12 USDT tokens", "12", "USD", "en")).toBe(false);
  });
});
