/**
 * Applies a two-argument function cell by cell over two ranges paired by the one pairing rule (`pairShape` in args.ts:
 * the same shape, lists of the same length, or a single value with every cell), in the shape of the answer.
 */
import { pairShape } from "./args";
import { Shaped, reshape } from "./cell";

export function elementwise<T>(nameA: string, a: Shaped<number>, nameB: string, b: Shaped<number>, f: (x: number, y: number) => T): T[][] {
  const shape = pairShape(nameA, a, nameB, b, true);
  const at = (s: Shaped<number>, k: number) => (s.values.length === 1 ? s.values[0] : s.values[k]);
  const out = Array.from({ length: shape.rows * shape.cols }, (_, k) => f(at(a, k), at(b, k)));
  return reshape(out, shape.rows, shape.cols);
}
