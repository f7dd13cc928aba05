/**
 * A histogram with a fixed number of bins, so a chart over it keeps its shape when the inputs change. Each bin is
 * named by its upper edge and holds the values above the previous edge and at most its own, as Excel's FREQUENCY
 * counts (the first bin holds everything up to its edge); the share is the count ÷ the number of values.
 *
 * Edges are round numbers: the bin width is the smallest of 1, 2, 2.5 or 5 × a power of ten that is at least
 * (max − min) ÷ (bins − 1), and the first edge the least multiple of the width at or above the minimum, so `bins`
 * bins always reach the maximum. Whole-number values get whole-number widths (at least 1), so ARVs or PSUs fall one
 * value to a bin when they span no more values than there are bins. Widths and edges come from exact multiples of
 * powers of ten (k × 25 ÷ 10, never k × 2.5 with its rounding), so an edge reads as the round number it is.
 */
import { valueError } from "../errors";

/** A round width m × 10^e as an integer mantissa and a power of ten, so multiples are formed exactly. */
interface Width {
  mantissa: number;
  exponent: number;
}

/** 10^0 … 10^22, every one exact in a double (written out: no Math.pow, whose last bit varies between engines). */
const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];
const MAX_EXPONENT = POW10.length - 1;

function times(k: number, w: Width): number {
  return w.exponent >= 0 ? k * w.mantissa * POW10[w.exponent] : (k * w.mantissa) / POW10[-w.exponent];
}

/** The smallest round width (10, 20, 25 or 50 × 10^e) at least `raw`, whole and ≥ 1 when `whole`; null beyond 10^±22. */
function roundWidth(raw: number, whole: boolean): Width | null {
  for (let exponent = -MAX_EXPONENT; exponent <= MAX_EXPONENT - 2; exponent++) {
    for (const mantissa of [10, 20, 25, 50]) {
      const w = { mantissa, exponent };
      const v = times(1, w);
      if (v >= raw && (!whole || (v >= 1 && Number.isInteger(v)))) return w;
    }
  }
  return null;
}

export interface Histogram {
  /** Upper edge of each bin. */
  edges: number[];
  /** Share of the values in each bin (0 to 1). */
  shares: number[];
}

/** Round edges from a round width, or equal steps from min to max when the range is beyond round numbers. */
function edgesFor(min: number, max: number, bins: number, whole: boolean): number[] {
  const range = max - min;
  const raw = range === 0 ? 1 : bins > 1 ? range / (bins - 1) : range;
  const width = Number.isFinite(raw) ? roundWidth(raw, whole) : null;
  // multiples of the width are counted in whole numbers k: beyond 2^50 (1,125,899,906,842,624) k + 1 stops being exact
  if (!width || Math.max(Math.abs(min), Math.abs(max)) / times(1, width) > 1125899906842624) {
    const step = max / bins - min / bins;
    const edges = Array.from({ length: bins }, (_, j) => (j === bins - 1 ? max : min + (j + 1) * step));
    // a spread of a few units in the last place rounds neighbouring steps to one double: move each such edge up to
    // the next double above its neighbour (x + |x|·ε is at least one unit in the last place), so edges still rise
    for (let j = 1; j < bins; j++) {
      if (edges[j] > edges[j - 1]) continue;
      const prev = edges[j - 1];
      const up = prev === 0 ? Number.MIN_VALUE : prev + Math.abs(prev) * Number.EPSILON;
      if (Number.isFinite(up)) edges[j] = up;
    }
    return edges;
  }
  // the first edge: the least multiple of the width at or above min, moved up if the last would fall short of max
  // (one bin, or a width rounded down by the last bit)
  let k = Math.ceil(min / times(1, width));
  while (times(k, width) < min) k++;
  while (times(k - 1, width) >= min) k--;
  while (times(k + bins - 1, width) < max) k++;
  return Array.from({ length: bins }, (_, j) => times(k + j, width));
}

export function histogram(values: ArrayLike<number>, bins: number): Histogram {
  const n = values.length;
  if (n === 0) throw valueError("samples", "expected at least one value, got none");
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (x < min) min = x;
    if (x > max) max = x;
    if (whole && !Number.isInteger(x)) whole = false;
  }
  const edges = edgesFor(min, max, bins, whole);
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    // the first bin whose edge is at or above the value (the last bin takes anything above its edge)
    const x = values[i];
    let lo = 0;
    let hi = bins - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (x <= edges[mid]) hi = mid;
      else lo = mid + 1;
    }
    counts[lo]++;
  }
  return { edges, shares: counts.map((c) => c / n) };
}
