/**
 * Argument readers: turn raw cell values (as Excel or the command line hands them over) into checked engine inputs.
 * Each reader names the argument in its error so the user knows which one to fix.
 * Rules (one set, for every function):
 * - Omitted: an optional argument counts as omitted when Excel passes nothing (the argument left out), a blank cell,
 *   empty text "" (a cell holding ="" or a formula that returns ""), or a range whose every cell is one of those
 *   (`isOmitted`). An omitted argument takes its default, or none where it has no default (the `maybe…` readers).
 *   A required argument that is omitted is refused with "is required".
 * - Text is never read as a number; NaN and ±Infinity are refused.
 * - Pairing: two ranges read cell by cell pair when they have the same shape, or when both are lists (one row or one
 *   column) of the same length, a row pairing with a column in order; where a single value is allowed in place of a
 *   range, it pairs with every cell (`pairShape`). The answer takes the shape of the first range that is not a single
 *   value.
 */
import { BEYOND_A_CELL, Cell, Grid, Shaped, holdable } from "./cell";
import { valueError } from "./errors";

export interface NumberRule {
  /** Lowest allowed value (inclusive unless `above` is set). */
  min?: number;
  /** The value must be strictly greater than `min`. */
  above?: boolean;
  /** Highest allowed value (inclusive unless `below` is set). */
  max?: number;
  /** The value must be strictly less than `max`. */
  below?: boolean;
  /** Only whole numbers. */
  integer?: boolean;
}

/** The common rules, one definition each. */
export const NON_NEGATIVE = { min: 0 } as const satisfies NumberRule;
export const POSITIVE = { min: 0, above: true } as const satisfies NumberRule;
export const WHOLE = { min: 0, integer: true } as const satisfies NumberRule;
export const FRACTION = { min: 0, max: 1 } as const satisfies NumberRule;
/** A probability strictly between 0 and 1 (a wait probability, say). */
export const OPEN_FRACTION = { min: 0, above: true, max: 1, below: true } as const satisfies NumberRule;

/** A blank cell: nothing, or empty text. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/** The one rule for an omitted argument: left out, blank, "", or a range of nothing but those. */
export function isOmitted(v: unknown): boolean {
  if (!Array.isArray(v)) return isBlank(v);
  return v.every((row) => (Array.isArray(row) ? row.every(isBlank) : isBlank(row)));
}

/** An optional argument with no default: undefined when omitted, else read by `read`. Every "maybe" is this. */
export function maybe<T>(v: unknown, read: (v: unknown) => T): T | undefined {
  return isOmitted(v) ? undefined : read(v);
}

/** How a value reads in an error message. */
export function describe(v: unknown): string {
  if (v === null || v === undefined || v === "") return "a blank";
  if (typeof v === "string") return `the text "${v.length > 40 ? v.slice(0, 40) + "…" : v}"`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "NaN (not a number)";
    if (!Number.isFinite(v)) return v > 0 ? "infinity" : "minus infinity";
    return String(v);
  }
  if (Array.isArray(v)) return `a ${v.length}×${Array.isArray(v[0]) ? v[0].length : 1} range`;
  return "an unreadable value";
}

/** "a whole number ≥ 0", "a number > 0 and < 1" … */
export function describeRule(rule: NumberRule = {}): string {
  const noun = rule.integer ? "a whole number" : "a number";
  const parts: string[] = [];
  if (rule.min !== undefined) parts.push(`${rule.above ? ">" : "≥"} ${rule.min}`);
  if (rule.max !== undefined) parts.push(`${rule.below ? "<" : "≤"} ${rule.max}`);
  return parts.length ? `${noun} ${parts.join(" and ")}` : noun;
}

function breaks(x: number, rule: NumberRule): boolean {
  if (rule.integer && !Number.isInteger(x)) return true;
  if (rule.min !== undefined && (rule.above ? x <= rule.min : x < rule.min)) return true;
  if (rule.max !== undefined && (rule.below ? x >= rule.max : x > rule.max)) return true;
  return false;
}

/** Accepts a single value, or a 1×1 range standing for one. */
export function single(name: string, v: unknown): Cell {
  if (Array.isArray(v)) {
    if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0] as Cell;
    throw valueError(name, `expected a single value, got ${describe(v)}`);
  }
  return (v === undefined ? null : v) as Cell;
}

// The message parts are built only when a value fails: these checks run for every cell of every range.
function checkNumber(name: string, v: unknown, rule: NumberRule, where: () => string = () => "", inEveryCell = false): number {
  const wanted = () => `${describeRule(rule)}${inEveryCell ? " in every cell" : ""}`;
  if (typeof v !== "number") {
    throw valueError(name, `expected ${wanted()}, got ${describe(v)}${where()}`);
  }
  if (!Number.isFinite(v)) throw valueError(name, `expected ${wanted()}, got ${describe(v)}${where()}`);
  if (!holdable(v)) throw valueError(name, `expected ${wanted()}, got ${v}${where()}, ${BEYOND_A_CELL}`);
  if (breaks(v, rule)) throw valueError(name, `expected ${wanted()}, got ${v}${where()}`);
  return v === 0 ? 0 : v; // fold -0 into 0
}

export function requiredNumber(name: string, v: unknown, rule: NumberRule = {}): number {
  const c = single(name, v);
  if (isBlank(c)) throw valueError(name, `is required: expected ${describeRule(rule)}`);
  return checkNumber(name, c, rule);
}

/** A required argument of any shape, refused when omitted (left out, blank, "" or a wholly blank range). */
export function present(name: string, v: unknown, expected: string): unknown {
  if (isOmitted(v)) throw valueError(name, `is required: expected ${expected}`);
  return v;
}

/** A number with a default: omitted takes `fallback`. */
export function optionalNumber(name: string, v: unknown, fallback: number, rule: NumberRule = {}): number {
  return maybeNumber(name, v, rule) ?? fallback;
}

/** A number with no default: undefined when omitted. */
export function maybeNumber(name: string, v: unknown, rule: NumberRule = {}): number | undefined {
  return maybe(v, (x) => requiredNumber(name, x, rule));
}

export function requiredText(name: string, v: unknown): string {
  const c = single(name, v);
  if (typeof c !== "string" || c.trim() === "") throw valueError(name, `expected text, got ${describe(c)}`);
  return c.trim();
}

/** Text with no default: undefined when omitted. */
export function maybeText(name: string, v: unknown): string | undefined {
  return maybe(v, (x) => requiredText(name, x));
}

/** One of a fixed list of words, matched case-insensitively; returns the canonical spelling. */
export function choice<T extends string>(name: string, v: unknown, allowed: readonly T[], fallback?: T): T {
  if (fallback !== undefined && isOmitted(v)) return fallback;
  const c = single(name, v);
  const wanted = `one of ${allowed.map((a) => `"${a}"`).join(", ")}`;
  if (typeof c !== "string") throw valueError(name, `expected ${wanted}, got ${describe(c)}`);
  const hit = allowed.find((a) => a.toLowerCase() === c.trim().toLowerCase());
  if (!hit) throw valueError(name, `expected ${wanted}, got ${describe(c)}`);
  return hit;
}

/** One of a fixed list of words with no default: undefined when omitted. */
export function maybeChoice<T extends string>(name: string, v: unknown, allowed: readonly T[]): T | undefined {
  return maybe(v, (x) => choice(name, x, allowed));
}

export function optionalBoolean(name: string, v: unknown, fallback: boolean): boolean {
  if (isOmitted(v)) return fallback;
  const c = single(name, v);
  if (typeof c === "boolean") return c;
  if (c === 1 || c === 0) return c === 1;
  throw valueError(name, `expected TRUE or FALSE, got ${describe(c)}`);
}

/** Any argument as a rectangular grid: a single value becomes 1×1. */
export function asGrid(name: string, v: unknown): Grid {
  if (!Array.isArray(v)) return [[(v === undefined ? null : v) as Cell]];
  if (v.length === 0 || !Array.isArray(v[0]) || v[0].length === 0) throw valueError(name, "expected a range, got an empty one");
  const cols = v[0].length;
  for (const row of v) {
    if (!Array.isArray(row) || row.length !== cols) throw valueError(name, "expected a rectangular range, got rows of different lengths");
  }
  return v as Grid;
}

function cellWhere(rows: number, cols: number, r: number, c: number): string {
  if (rows === 1 && cols === 1) return "";
  if (rows === 1 || cols === 1) return ` (item ${r * cols + c + 1})`;
  return ` (row ${r + 1}, column ${c + 1})`;
}

/** A range of numbers, every cell filled. Keeps its shape. */
export function numberGrid(name: string, v: unknown, rule: NumberRule = {}): Shaped<number> {
  const g = asGrid(name, v);
  const rows = g.length;
  const cols = g[0].length;
  const values: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = g[r][c];
      const where = () => cellWhere(rows, cols, r, c);
      if (isBlank(x)) throw valueError(name, `expected ${describeRule(rule)} in every cell, got a blank${where()}`);
      values.push(checkNumber(name, x, rule, where, true));
    }
  }
  return { values, rows, cols };
}

/** A range of numbers, or nothing when the argument is omitted (or wholly blank). */
export function optionalNumberGrid(name: string, v: unknown, rule: NumberRule = {}): Shaped<number> | null {
  return maybe(v, (x) => numberGrid(name, x, rule)) ?? null;
}

/** A single row or a single column. */
export function isList(s: { rows: number; cols: number }): boolean {
  return s.rows === 1 || s.cols === 1;
}

/** A range that must be a single row or a single column (a list). */
export function numberList(name: string, v: unknown, rule: NumberRule = {}): Shaped<number> {
  const s = numberGrid(name, v, rule);
  if (!isList(s)) {
    throw valueError(name, `expected a single row or column, got a ${s.rows}×${s.cols} range`);
  }
  return s;
}

/** A range of text or blank cells (blank → ""), keeping its shape. */
export function textGrid(name: string, v: unknown): Shaped<string> {
  const g = asGrid(name, v);
  const values: string[] = [];
  for (let r = 0; r < g.length; r++) {
    for (let c = 0; c < g[0].length; c++) {
      const x = g[r][c];
      if (isBlank(x)) values.push("");
      else if (typeof x === "string") values.push(x.trim());
      else if (typeof x === "number" && Number.isFinite(x)) values.push(String(x));
      else throw valueError(name, `expected text${cellWhere(g.length, g[0].length, r, c)}, got ${describe(x)}`);
    }
  }
  return { values, rows: g.length, cols: g[0].length };
}

/** A list of text with no default: undefined when omitted (or wholly blank). */
export function maybeTextGrid(name: string, v: unknown): Shaped<string> | undefined {
  return maybe(v, (x) => textGrid(name, x));
}

/**
 * The one pairing rule: ranges `a` and `b` pair cell by cell when they have the same shape, or are lists of the same
 * length (a row with a column, in order); with `single`, a single value on either side pairs with every cell.
 * Returns the shape of the answer: `a`'s, unless `a` is the single value. Refuses `b` (the later argument) otherwise.
 */
export function pairShape(
  nameA: string,
  a: Shaped<unknown>,
  nameB: string,
  b: Shaped<unknown>,
  single = false,
): { rows: number; cols: number } {
  const aOne = single && a.values.length === 1;
  const bOne = single && b.values.length === 1;
  const same = (a.rows === b.rows && a.cols === b.cols) || (isList(a) && isList(b) && a.values.length === b.values.length);
  if (!same && !aOne && !bOne) {
    throw valueError(
      nameB,
      `expected the same shape as ${nameA} (${a.rows}×${a.cols})${single ? " or a single value" : ""}, got ${b.rows}×${b.cols}`,
    );
  }
  return aOne ? b : a;
}

/** Lists paired by position (a calendar's columns): `nameB` has as many cells as `nameA` (n), or with `single` one for all. */
export function sameLength(nameA: string, n: number, nameB: string, m: number, single = false): void {
  if (m !== n && !(single && m === 1))
    throw valueError(nameB, `expected as many cells as ${nameA} (${n})${single ? " or a single value" : ""}, got ${m}`);
}

/** Checks that two ranges pair cell by cell (`pairShape` with no single values). */
export function sameShape(nameA: string, a: Shaped<unknown>, nameB: string, b: Shaped<unknown>): void {
  pairShape(nameA, a, nameB, b);
}
