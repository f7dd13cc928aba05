/**
 * A parser for one SPR formula with literal arguments, as Excel reads it:
 *   =SPR.ALLOCATE(10, {1;1;1}, , {0;2;0})
 * numbers (1, -2.5, 1e3, 10%), "text" ("" for a quote), TRUE/FALSE, array constants ({1,2,3} a row, {1;2;3} a
 * column, {1,2;3,4} 2×2), omitted arguments (nothing between commas), and nested SPR calls.
 * The leading "=" and the "SPR." prefix are optional; names are case-insensitive. Excel's own limits on a formula
 * hold here too (Microsoft, "Excel specifications and limits"), so no formula can exhaust the parser or the evaluator.
 */

/** Characters in a formula: Microsoft, "Excel specifications and limits" (length of formula contents, 8,192). */
export const MAX_FORMULA_CHARACTERS = 8_192;
/** Functions nested in one another: Microsoft, "Excel specifications and limits" (nested levels of functions, 64). */
export const MAX_NESTED_FUNCTIONS = 64;
export type Literal = number | string | boolean;
export type Arg = Literal | Literal[][] | Call | null;
export interface Call {
  kind: "call";
  /** Upper-case function id without the namespace, e.g. "ALLOCATE". */
  name: string;
  args: Arg[];
}

export class FormulaSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at character ${position + 1}`);
    this.name = "FormulaSyntaxError";
  }
}

export function isCall(a: Arg): a is Call {
  return typeof a === "object" && a !== null && !Array.isArray(a) && (a as Call).kind === "call";
}

class Reader {
  pos = 0;
  depth = 0;
  constructor(readonly text: string) {}

  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }
  peek(): string {
    this.skipSpace();
    return this.text[this.pos] ?? "";
  }
  expect(ch: string): void {
    if (this.peek() !== ch)
      throw new FormulaSyntaxError(`expected "${ch}"${this.peek() ? `, found "${this.peek()}"` : ", found the end"}`, this.pos);
    this.pos++;
  }
  fail(what: string): never {
    throw new FormulaSyntaxError(what, this.pos);
  }

  call(): Call {
    this.skipSpace();
    const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.text.slice(this.pos));
    if (!m) this.fail("expected a function name");
    this.pos += m[0].length;
    const name = m[0].toUpperCase().replace(/^SPR\./, "");
    if (++this.depth > MAX_NESTED_FUNCTIONS) this.fail(`more than ${MAX_NESTED_FUNCTIONS} functions nested in one another (Excel's limit)`);
    this.expect("(");
    const args: Arg[] = [];
    if (this.peek() === ")") {
      this.pos++;
      this.depth--;
      return { kind: "call", name, args };
    }
    for (;;) {
      const ch = this.peek();
      args.push(ch === "," || ch === ")" ? null : this.expr());
      const next = this.peek();
      this.pos++;
      if (next === ")") {
        this.depth--;
        return { kind: "call", name, args };
      }
      if (next !== ",") this.fail(next ? `expected "," or ")", found "${next}"` : 'expected ")", found the end');
    }
  }

  expr(): Arg {
    let ch = this.peek();
    if (ch === "-" || ch === "+") {
      // a run of signs is read in a loop, not by recursion, however long it is
      let negative = false;
      while (ch === "-" || ch === "+") {
        if (ch === "-") negative = !negative;
        this.pos++;
        ch = this.peek();
      }
      const v = this.expr();
      if (typeof v !== "number") this.fail(`a sign must be followed by a number`);
      return negative ? -v : v;
    }
    if (ch === "{") return this.array();
    if (ch === '"') return this.string();
    if (/[0-9.]/.test(ch)) return this.percent(this.number());
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.text.slice(this.pos));
    if (word) {
      const after = this.text.slice(this.pos + word[0].length).trimStart();
      if (after.startsWith("(")) return this.call();
      const w = word[0].toUpperCase();
      if (w === "TRUE" || w === "FALSE") {
        this.pos += word[0].length;
        return w === "TRUE";
      }
      this.fail(
        `"${word[0]}" is not a value: only literal arguments and SPR functions can be evaluated here (no cell references or names)`,
      );
    }
    return this.fail(ch ? `unexpected "${ch}"` : "unexpected end of formula");
  }

  percent(v: number): number {
    if (this.peek() === "%") {
      this.pos++;
      return v / 100;
    }
    return v;
  }

  number(): number {
    this.skipSpace();
    const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (!m) this.fail("expected a number");
    this.pos += m[0].length;
    return Number(m[0]);
  }

  string(): string {
    this.expect('"');
    let out = "";
    for (;;) {
      if (this.pos >= this.text.length) this.fail('unterminated text: a closing " is missing');
      const ch = this.text[this.pos++];
      if (ch === '"') {
        if (this.text[this.pos] === '"') {
          out += '"';
          this.pos++;
        } else return out;
      } else out += ch;
    }
  }

  constant(): Literal {
    const ch = this.peek();
    if (ch === "-" || ch === "+") {
      this.pos++;
      const v = this.number();
      return this.percent(ch === "-" ? -v : v);
    }
    if (ch === '"') return this.string();
    if (/[0-9.]/.test(ch)) return this.percent(this.number());
    const word = /^(TRUE|FALSE)\b/i.exec(this.text.slice(this.pos));
    if (word) {
      this.pos += word[0].length;
      return word[0].toUpperCase() === "TRUE";
    }
    return this.fail("array constants hold only numbers, text, TRUE or FALSE");
  }

  array(): Literal[][] {
    this.expect("{");
    const rows: Literal[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(this.constant());
      const next = this.peek();
      this.pos++;
      if (next === ",") continue;
      if (next === ";") {
        rows.push([]);
        continue;
      }
      if (next === "}") break;
      this.fail(next ? `expected ",", ";" or "}" in an array, found "${next}"` : "unterminated array: a closing } is missing");
    }
    if (rows.some((r) => r.length !== rows[0].length)) this.fail("every row of an array constant must have the same number of values");
    return rows;
  }
}

export function parseFormula(text: string): Call {
  if (text.length > MAX_FORMULA_CHARACTERS) {
    throw new FormulaSyntaxError(
      `the formula has ${text.length.toLocaleString("en-GB")} characters; Excel allows at most ${MAX_FORMULA_CHARACTERS.toLocaleString("en-GB")}`,
      MAX_FORMULA_CHARACTERS,
    );
  }
  const r = new Reader(text);
  if (r.peek() === "=") r.pos++;
  const c = r.call();
  if (r.peek() !== "") r.fail(`unexpected "${r.peek()}" after the formula`);
  return c;
}
