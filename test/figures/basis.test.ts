// What a change is measured against, read per number: its own phrase, not its neighbour's.
import { describe, expect, it } from "vitest";
import { basisOf } from "../../scripts/figures/basis.ts";
import { findNumbers } from "../../scripts/figures/read-numbers.ts";

const bases = (text: string, lang: string) => Object.fromEntries(findNumbers(text, lang).map((t) => [t.text, basisOf(text, t, lang)]));

describe("basisOf", () => {
  it("gives each number the phrase right after it", () => {
    expect(bases("Consumer prices rose 2.0% from a year earlier and 0.4% from the previous month.", "en")).toEqual({
      "2.0": "year",
      "0.4": "previous",
    });
  });

  it("reads a clause with no number of its own for the sentence", () => {
    expect(bases("Month on month, prices rose 0.4%.", "en")).toEqual({ "0.4": "previous" });
  });

  it("leaves a number whose neighbour owns the phrase without one", () => {
    const text = "Il Pil è aumentato dello 0,1% rispetto al trimestre precedente e dello 0,6% nei confronti del 2025.";
    expect(bases(text, "it")["0,6"]).toBeUndefined();
    expect(bases(text, "it")["0,1"]).toBe("previous");
  });

  it("reads a phrase before the number, past a month's number, where the words are not spaced", () => {
    expect(bases("9月CPI同比上涨0.4%，环比上涨0.2%。", "zh")).toMatchObject({ "0.4": "year", "0.2": "previous" });
    expect(bases("10월 소비자물가는 전년 동월 대비 1.3% 올랐고, 전월 대비로는 0.2% 상승했다.", "ko")).toMatchObject({
      "1.3": "year",
      "0.2": "previous",
    });
  });

  it("does not cut a clause at a decimal comma", () => {
    expect(bases("El IPC subió un 2,8% interanual en marzo y un 0,4% en tasa mensual.", "es")).toEqual({
      "2,8": "year",
      "0,4": "previous",
    });
  });
});
