/**
 * Percentiles by the definition of Excel's PERCENTILE.INC (Hyndman and Fan's type 7, also the default of R and NumPy):
 * with the n values sorted x[0] ≤ … ≤ x[n−1], h = (n − 1)·p, the p-th percentile is
 *
 *   x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])
 *
 * so P0 is the least value, P100 the greatest and P50 the median. `=PERCENTILE.INC(values, p)` in Excel gives the same
 * number for the same values.
 */
import { valueError } from "../errors";

/** A sorted copy (numeric order) of the values. */
export function sorted(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** PERCENTILE.INC of values already sorted ascending; p from 0 to 1. */
export function percentileInc(sortedValues: ArrayLike<number>, p: number): number {
  const n = sortedValues.length;
  if (n === 0) throw valueError("samples", "expected at least one value, got none");
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const f = h - lo;
  if (f === 0 || lo + 1 >= n) return sortedValues[Math.min(lo, n - 1)];
  const a = sortedValues[lo];
  return a + f * (sortedValues[lo + 1] - a);
}

/**
 * PERCENTILE.INC rounded up to a whole number, for requirements that come in whole units (ARVs, PSUs): the fewest
 * whole units at least as large as the percentile.
 */
export function percentileIncUp(sortedValues: ArrayLike<number>, p: number): number {
  const v = percentileInc(sortedValues, p);
  const h = (sortedValues.length - 1) * p;
  const lo = Math.floor(h);
  // an interpolation step below the last place of x[lo] leaves v = x[lo] in floating point, though the exact value
  // lies above it: a whole x[lo] then rounds up to the next whole number
  if (v === sortedValues[lo] && h > lo && sortedValues[lo + 1] > v && Number.isInteger(v)) return v + 1;
  return Math.ceil(v);
}

/**
 * Reorders values in place so values[k] is the k-th smallest (Hoare's selection, median-of-three pivots), and returns
 * a view that reads as the sorted values at k and k + 1, all PERCENTILE.INC needs at h = k + fraction: O(n) on
 * average instead of a sort.
 */
export function selectWindow(values: Float64Array, k: number): ArrayLike<number> {
  const n = values.length;
  if (n === 0) throw valueError("samples", "expected at least one value, got none");
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const a = values[lo];
    const b = values[(lo + hi) >> 1];
    const c = values[hi];
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (pivot < values[j]) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (j < k) lo = i;
    if (k < i) hi = j;
    if (i > k && j < k) break;
  }
  const view: Record<number, number> & { length: number } = { length: n };
  view[k] = values[k];
  if (k + 1 < n) {
    let next = values[k + 1];
    for (let t = k + 2; t < n; t++) if (values[t] < next) next = values[t];
    view[k + 1] = next;
  }
  return view;
}
