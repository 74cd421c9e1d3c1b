// A derived figure's formula on the sources slide reads in the figures' names, never their ids.
import { describe, expect, it } from "vitest";
import { formulaText as formulaOf } from "../../scripts/model/formula-text.ts";
import { parseExpression } from "../../scripts/model/derived-expression.ts";
import { renderFixture, text } from "../helpers/render-fixture.ts";
import path from "node:path";
import { PROJECT } from "../helpers/cli.ts";

const names: Record<string, string> = { a: "Xuất khẩu", b: "Nhập khẩu", c: "Tổng" };
const nameOf = (id: string) => names[id] ?? id;
/** A formula as validation hands it on: parsed once. */
const formulaText = (derived: string, name: typeof nameOf, lang: string) => formulaOf(parseExpression(derived), name, lang);

describe("formulaText", () => {
  it("names the figures and prints the operators as in print", () => {
    expect(formulaText("(a - b) / a * 100", nameOf, "vi")).toBe("(Xuất khẩu \u2212 Nhập khẩu) ÷ Xuất khẩu × 100");
  });

  it("keeps the brackets the arithmetic needs, and no more", () => {
    expect(formulaText("a - (b - c)", nameOf, "en")).toBe("Xuất khẩu \u2212 (Nhập khẩu \u2212 Tổng)");
    expect(formulaText("(a - b) - c", nameOf, "en")).toBe("Xuất khẩu \u2212 Nhập khẩu \u2212 Tổng");
    expect(formulaText("a / (b * c)", nameOf, "en")).toBe("Xuất khẩu ÷ (Nhập khẩu × Tổng)");
    expect(formulaText("a * b + c", nameOf, "en")).toBe("Xuất khẩu × Nhập khẩu + Tổng");
    expect(formulaText("-a + 0.5", nameOf, "vi")).toBe("\u2212Xuất khẩu + 0,5");
  });

  it("on the seed's sources slide: the discount's formula in the prices' names, no id", async () => {
    const { deck } = await renderFixture(path.join(PROJECT, "content", "deepseek-r1"));
    const origins = deck.querySelectorAll(".source-origin").map(text);
    const formula = origins.find((o) => o.startsWith("Tính toán:"));
    expect(formula).toBe(
      "Tính toán: (OpenAI o1, mỗi triệu token đầu ra \u2212 DeepSeek R1, mỗi triệu token đầu ra) ÷ OpenAI o1, mỗi triệu token đầu ra × 100",
    );
    expect(origins.join(" ")).not.toMatch(/\b[a-z0-9]+_[a-z0-9_]+\b/);
  });
});
