// The arithmetic of a `derived` figure: "(o1_price - r1_price) / o1_price * 100". A small recursive-descent
// parser, because an author's text must never reach eval or Function: only + - * /, unary minus,
// parentheses, numbers written JavaScript-style (100, 0.5) and figure ids can be expressed at all.

export type Operator = "+" | "-" | "*" | "/";

/** `at` is where the node starts in the source, 0-based, so errors can point at it. */
export type Expr =
  | { kind: "number"; value: number; at: number }
  | { kind: "id"; name: string; at: number }
  | { kind: "negate"; operand: Expr; at: number }
  | { kind: "binary"; op: Operator; left: Expr; right: Expr; at: number };

/** A malformed expression or an impossible computation, with the 1-based column it concerns. */
export class ExpressionError extends Error {
  constructor(
    readonly reason: string,
    readonly column: number,
  ) {
    super(`${reason} at column ${column}`);
    this.name = "ExpressionError";
  }
}

type Token =
  | { kind: "number"; value: number; text: string; at: number }
  | { kind: "id"; text: string; at: number }
  | { kind: "symbol"; text: Operator | "(" | ")"; at: number }
  | { kind: "end"; text: ""; at: number };

// Deep enough for any real formula, shallow enough that "((((…" cannot overflow the stack.
const MAX_DEPTH = 64;

export function parseExpression(src: string): Expr {
  const tokens = tokenize(src);
  let next = 0;
  let depth = 0;
  const peek = () => tokens[next] as Token; // tokenize always ends with an "end" token
  const take = () => tokens[next++] as Token;

  // expression := term (("+" | "-") term)*
  function expression(): Expr {
    let left = term();
    for (let t = peek(); t.kind === "symbol" && (t.text === "+" || t.text === "-"); t = peek()) {
      take();
      left = { kind: "binary", op: t.text, left, right: term(), at: left.at };
    }
    return left;
  }

  // term := unary (("*" | "/") unary)*
  function term(): Expr {
    let left = unary();
    for (let t = peek(); t.kind === "symbol" && (t.text === "*" || t.text === "/"); t = peek()) {
      take();
      left = { kind: "binary", op: t.text, left, right: unary(), at: left.at };
    }
    return left;
  }

  // unary := "-" unary | primary   (binds tighter than * and /, as in JavaScript)
  function unary(): Expr {
    const t = peek();
    if (t.kind === "symbol" && t.text === "-") {
      take();
      return nested(() => ({ kind: "negate", operand: unary(), at: t.at }), t);
    }
    return primary();
  }

  // primary := number | id | "(" expression ")"
  function primary(): Expr {
    const t = take();
    if (t.kind === "number") return { kind: "number", value: t.value, at: t.at };
    if (t.kind === "id") return { kind: "id", name: t.text, at: t.at };
    if (t.kind === "symbol" && t.text === "(") {
      const inner = nested(expression, t);
      const close = take();
      if (close.kind !== "symbol" || close.text !== ")") {
        throw close.kind === "end"
          ? new ExpressionError(`the "(" at column ${t.at + 1} is never closed: expected ")"`, close.at + 1)
          : unexpected(close);
      }
      // The group starts at its "(", so an error about it (division by zero) points there.
      return { ...inner, at: t.at };
    }
    throw t.kind === "end"
      ? new ExpressionError('expression ends too early: expected a number, a figure id or "("', t.at + 1)
      : unexpected(t);
  }

  function nested(parse: () => Expr, opening: Token): Expr {
    if (++depth > MAX_DEPTH) throw new ExpressionError(`more than ${MAX_DEPTH} levels of nesting`, opening.at + 1);
    const result = parse();
    depth--;
    return result;
  }

  if (peek().kind === "end") throw new ExpressionError("empty expression", 1);
  const expr = expression();
  const rest = peek();
  if (rest.kind !== "end") throw unexpected(rest);
  return expr;
}

function unexpected(t: Token): ExpressionError {
  return new ExpressionError(`unexpected ${t.kind === "id" ? `figure id "${t.text}"` : `"${t.text}"`}`, t.at + 1);
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  // Sticky, so each alternative must match exactly where the previous token ended.
  const lexeme = /(\s+)|(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|([-+*/()])/y;
  let at = 0;
  while (at < src.length) {
    lexeme.lastIndex = at;
    const m = lexeme.exec(src);
    if (!m) throw badCharacter(src, at);
    const [text, space, number, id, symbol] = m;
    // "1.5.2" or "2abc": a number must not run straight into more of a number or a name.
    if (number !== undefined && /[.\w]/.test(src[at + text.length] ?? "")) throw badCharacter(src, at + text.length);
    if (number !== undefined) tokens.push({ kind: "number", value: Number(number), text, at });
    else if (id !== undefined) tokens.push({ kind: "id", text: id, at });
    else if (symbol !== undefined) tokens.push({ kind: "symbol", text: symbol as Operator | "(" | ")", at });
    else if (space === undefined) throw badCharacter(src, at);
    at += text.length;
  }
  tokens.push({ kind: "end", text: "", at: src.length });
  return tokens;
}

function badCharacter(src: string, at: number): ExpressionError {
  const char = String.fromCodePoint(src.codePointAt(at) ?? 0);
  // The most likely slip in a briefing written in vi or de: a decimal comma copied from the article.
  const why = char === "," ? " (write decimals with a dot: 0.5)" : "";
  return new ExpressionError(`unexpected "${char}"${why}`, at + 1);
}

/** The figure ids the expression uses, each once, in order of first use. */
export function identifiers(expr: Expr): string[] {
  const found = new Set<string>();
  const visit = (e: Expr): void => {
    if (e.kind === "id") found.add(e.name);
    else if (e.kind === "negate") visit(e.operand);
    else if (e.kind === "binary") {
      visit(e.left);
      visit(e.right);
    }
  };
  visit(expr);
  return [...found];
}

/** Computes the expression; `lookup` gives each id's value. Throws ExpressionError on division by zero. */
export function evaluate(expr: Expr, lookup: (id: string) => number): number {
  switch (expr.kind) {
    case "number":
      return expr.value;
    case "id":
      return lookup(expr.name);
    case "negate":
      return -evaluate(expr.operand, lookup);
    case "binary": {
      const left = evaluate(expr.left, lookup);
      const right = evaluate(expr.right, lookup);
      if (expr.op === "+") return left + right;
      if (expr.op === "-") return left - right;
      if (expr.op === "*") return left * right;
      if (right === 0) throw new ExpressionError("division by zero: the divisor is 0", expr.right.at + 1);
      return left / right;
    }
  }
}
