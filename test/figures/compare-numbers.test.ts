import { describe, expect, it } from "vitest";
import { listNumbers, roundTo, sameNumber, showNumber } from "../../scripts/figures/compare-numbers.ts";

describe("roundTo", () => {
  it("rounds the decimal a reader sees, not its binary neighbour", () => {
    // Why neither toFixed nor Math.round(n * 100) / 100 will do:
    expect((96.35).toFixed(1)).toBe("96.3");
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(roundTo(96.35, 1)).toBe(96.4);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(0.285, 2)).toBe(0.29);
  });

  it("ignores float noise from arithmetic when it would decide a tie", () => {
    expect(roundTo(0.1 + 0.2, 1)).toBe(0.3);
    expect(3 * 1.15).toBe(3.4499999999999997);
    expect(roundTo(3 * 1.15, 1)).toBe(3.5);
    expect(roundTo(0.09 * 2.5, 2)).toBe(0.23);
  });

  it("rounds half away from zero, symmetric in sign", () => {
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(-3.074, 2)).toBe(-3.07);
  });

  it("handles numbers written with an exponent", () => {
    expect(roundTo(5.48e21, 0)).toBe(5.48e21);
    expect(roundTo(1e-7, 2)).toBe(0);
  });
});

describe("sameNumber", () => {
  it("allows a relative 1e-9 and no more", () => {
    expect(sameNumber(((60 - 2.19) / 60) * 100, 96.35)).toBe(true);
    expect(sameNumber(5480000000, 5.48e9 + 1)).toBe(true);
    expect(sameNumber(96.35, 96.350001)).toBe(false);
    expect(sameNumber(0, 1e-12)).toBe(false);
  });
});

describe("showNumber and listNumbers", () => {
  it("show full precision without the last binary digit's noise", () => {
    expect(showNumber(0.1 + 0.2)).toBe("0.3");
    expect(showNumber(96.35123456789)).toBe("96.35123456789");
    expect(listNumbers([612.47, 3.07, 19341.43])).toBe("612.47, 3.07 and 19341.43");
    expect(listNumbers([17])).toBe("17");
  });
});

describe("roundTo at many decimals", () => {
  it("leaves a number alone where a double has no digits left to round", () => {
    expect(roundTo(2560, 18)).toBe(2560);
    expect(roundTo(-0.1, 20)).toBe(-0.1);
  });
});
