import { describe, expect, it } from "vitest";
import { ExpressionError, evaluate, identifiers, parseExpression } from "../../scripts/model/derived-expression.ts";

const values: Record<string, number> = { a: 2, b: 3, c: 4, o1_price: 60, r1_price: 2.19, zero: 0 };
const lookup = (id: string) => {
  const v = values[id];
  if (v === undefined) throw new Error(`test lookup: no ${id}`);
  return v;
};
const calc = (src: string) => evaluate(parseExpression(src), lookup);

/** The error a source gives, so tests can check both its reason and its column. */
function errorOf(run: () => unknown): ExpressionError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  throw new Error("expected an ExpressionError");
}

describe("parseExpression and evaluate", () => {
  it("gives * and / precedence over + and -, left to right", () => {
    expect(calc("a + b * c")).toBe(14);
    expect(calc("c - a - 1")).toBe(1);
    expect(calc("c / a / 2")).toBe(1);
    expect(calc("a * b - c / a")).toBe(4);
  });

  it("follows parentheses", () => {
    expect(calc("(a + b) * c")).toBe(20);
    expect(calc("((a))")).toBe(2);
  });

  it("negates with unary minus, also twice and before parentheses", () => {
    expect(calc("-a + b")).toBe(1);
    expect(calc("a - -b")).toBe(5);
    expect(calc("-(a + b) * 2")).toBe(-10);
    expect(calc("--a")).toBe(2);
  });

  it("reads decimal numbers written with a dot", () => {
    expect(calc("0.5 * c + 100")).toBe(102);
  });

  it("computes the seed's discount", () => {
    expect(calc("(o1_price - r1_price) / o1_price * 100")).toBeCloseTo(96.35, 10);
  });

  it("lists the ids used, each once, in order", () => {
    expect(identifiers(parseExpression("(o1_price - r1_price) / o1_price * 100"))).toEqual(["o1_price", "r1_price"]);
    expect(identifiers(parseExpression("1 + 2"))).toEqual([]);
  });
});

describe("expression errors", () => {
  it("points at an unexpected closing parenthesis", () => {
    const error = errorOf(() => parseExpression("(a + b)) * c"));
    expect(error.message).toBe('unexpected ")" at column 8');
    expect(error.column).toBe(8);
  });

  it("names an unclosed parenthesis", () => {
    expect(errorOf(() => parseExpression("a * (b + c")).message).toBe('the "(" at column 5 is never closed: expected ")" at column 11');
  });

  it("rejects an expression that ends after an operator, and an empty one", () => {
    expect(errorOf(() => parseExpression("a +")).column).toBe(4);
    expect(errorOf(() => parseExpression("a +")).reason).toMatch(/ends too early/);
    expect(errorOf(() => parseExpression("   ")).reason).toBe("empty expression");
  });

  it("rejects a decimal comma with a hint", () => {
    expect(errorOf(() => parseExpression("a * 0,5")).message).toBe('unexpected "," (write decimals with a dot: 0.5) at column 6');
  });

  it("rejects two operands in a row and malformed numbers", () => {
    expect(errorOf(() => parseExpression("a b")).message).toBe('unexpected figure id "b" at column 3');
    expect(errorOf(() => parseExpression("1.5.2")).column).toBe(4);
    expect(errorOf(() => parseExpression("2abc")).column).toBe(2);
    expect(errorOf(() => parseExpression("1e3")).column).toBe(2);
  });

  it("refuses nesting deep enough to overflow the stack", () => {
    expect(errorOf(() => parseExpression(`${"(".repeat(10000)}1${")".repeat(10000)}`)).reason).toMatch(/levels of nesting/);
  });

  it("reports division by zero where the divisor starts", () => {
    const error = errorOf(() => calc("a / (b - 3)"));
    expect(error.reason).toMatch(/division by zero/);
    expect(error.column).toBe(5);
    expect(errorOf(() => calc("a / zero")).column).toBe(5);
  });
});

describe("no code is ever run", () => {
  it("member access and calls are parse errors", () => {
    expect(errorOf(() => parseExpression("process.exit()")).message).toBe('unexpected "." at column 8');
    expect(errorOf(() => parseExpression("a[0]")).message).toBe('unexpected "[" at column 2');
    expect(errorOf(() => parseExpression("f(1)")).message).toBe('unexpected "(" at column 2');
    expect(errorOf(() => parseExpression("'x'")).column).toBe(1);
  });

  it("names of JavaScript objects are plain ids, looked up like any other", () => {
    const seen: string[] = [];
    const result = evaluate(parseExpression("constructor + __proto__"), (id) => {
      seen.push(id);
      return 1;
    });
    expect(result).toBe(2);
    expect(seen).toEqual(["constructor", "__proto__"]);
  });
});
