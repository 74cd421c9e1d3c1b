import { describe, expect, it } from "vitest";
import { suggest } from "../../scripts/validate/did-you-mean.ts";

describe("did you mean", () => {
  it("prefers the same word in another case over a nearer one by letters", () => {
    expect(suggest("Billion", ["thousand", "million", "billion", "trillion"])).toBe("billion");
  });

  it("suggests a plausible typo and nothing for a stranger", () => {
    expect(suggest("stat", ["stats", "points"])).toBe("stats");
    expect(suggest("timeline", ["stats", "points"])).toBeUndefined();
  });
});
