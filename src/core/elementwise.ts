/**
 * Applies a two-argument function cell by cell over ranges of the same shape; a single value (1×1) pairs with every
 * cell of the other range.
 */
import { Shaped, reshape } from "./cell";
import { valueError } from "./errors";

export function elementwise<T>(nameA: string, a: Shaped<number>, nameB: string, b: Shaped<number>, f: (x: number, y: number) => T): T[][] {
  const aOne = a.values.length === 1;
  const bOne = b.values.length === 1;
  if (!aOne && !bOne && (a.rows !== b.rows || a.cols !== b.cols)) {
    throw valueError(nameB, `expected the same shape as ${nameA} (${a.rows}×${a.cols}) or a single value, got ${b.rows}×${b.cols}`);
  }
  const shape = aOne ? b : a;
  const out = shape.values.map((_, k) => f(aOne ? a.values[0] : a.values[k], bOne ? b.values[0] : b.values[k]));
  return reshape(out, shape.rows, shape.cols);
}
