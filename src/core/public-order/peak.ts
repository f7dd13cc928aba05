/**
 * The highest total demand in force at any moment over a calendar of events (a strategic risk assessment's event
 * list): a sweep over start and end moments, O(n log n).
 *
 * Each event holds its demand over the half-open interval [start, end): an event ending exactly when another starts
 * does not overlap it. Times are Excel serial date-times (days since 1900, the fraction the time of day), compared
 * to the nearest second, so an end computed as start + 4/24 that differs from the next start only by floating-point
 * noise counts as the same moment. Demands are summed exactly (decimals as typed).
 */
import { commonScale, timesUnit, toDecimal } from "../decimal";
import { valueError } from "../errors";

export const SECONDS_PER_DAY = 86400;

/** An Excel serial date-time as whole seconds. */
export function toSeconds(serial: number): number {
  return Math.round(serial * SECONDS_PER_DAY);
}

/** Refuses an event whose end is not after its start (to the second); `items` numbers events for the message. */
export function checkOrder(starts: readonly number[], ends: readonly number[], items?: readonly number[]): void {
  starts.forEach((s, i) => {
    const a = toSeconds(s);
    const b = toSeconds(ends[i]);
    if (b <= a) {
      const item = items ? items[i] : i + 1;
      throw valueError(
        "ends",
        `expected each end after its start, got an end ${b === a ? "equal to" : "before"} its start (${ends[i]} against ${s}, item ${item})`,
      );
    }
  });
}

/**
 * The 2n moments in sweep order: by time; at the same moment ends (k ≥ n) before starts, so [a, b) and [b, c) never
 * overlap. Each moment is packed into one exact integer key, ((time − earliest) × 2 + is-start) × 2n + k, and the keys
 * sorted as a Float64Array (a native numeric sort, about three times faster than a comparator); a calendar whose keys
 * would pass 2^53 (centuries long with millions of events) falls back to the comparator.
 */
export function momentOrder(time: Float64Array, n: number, limit = Number.MAX_SAFE_INTEGER): number[] {
  const m = 2 * n;
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of time) {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  if (((hi - lo) * 2 + 2) * m <= limit) {
    const keys = new Float64Array(m);
    for (let k = 0; k < m; k++) keys[k] = ((time[k] - lo) * 2 + (k < n ? 1 : 0)) * m + k;
    keys.sort();
    return Array.from(keys, (key) => key % m);
  }
  const order = Array.from({ length: m }, (_, k) => k);
  order.sort((x, y) => time[x] - time[y] || (y >= n ? 1 : 0) - (x >= n ? 1 : 0));
  return order;
}

/** The running total's highest value over the moments in `order` (k < n adds event k, k ≥ n removes event k − n). */
export function sweep<T extends number | bigint>(order: readonly number[], n: number, values: readonly T[], zero: T): T {
  // number and bigint both add and compare with + − >, and T is one or the other throughout, never mixed: one loop
  // serves both, written over number (what it does to bigints is the same) and handing back T
  const v = values as unknown as readonly number[];
  let level = zero as unknown as number;
  let peak = level;
  for (const k of order) {
    if (k < n) {
      level += v[k];
      if (level > peak) peak = level;
    } else level -= v[k - n];
  }
  return peak as unknown as T;
}

/**
 * The sweep order of a calendar's 2n moments (k < n the start of event k, k ≥ n the end of event k − n), after
 * checking every end is after its start. It depends on the times alone, so one order serves any demands.
 */
export function calendarOrder(starts: readonly number[], ends: readonly number[]): number[] {
  checkOrder(starts, ends);
  const n = starts.length;
  const time = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    time[k] = toSeconds(starts[k]);
    time[n + k] = toSeconds(ends[k]);
  }
  return momentOrder(time, n);
}

/** Peak concurrent demand; the lists have equal length and every end is after its start. */
export function peakConcurrent(starts: readonly number[], ends: readonly number[], demands: readonly number[]): number {
  const n = starts.length;
  const order = calendarOrder(starts, ends);
  if (n === 0) return 0;
  // Whole demands whose total is a safe integer add exactly as numbers; anything else as exact decimals.
  let total = 0;
  for (const d of demands) total += d;
  if (demands.every(Number.isInteger) && total <= Number.MAX_SAFE_INTEGER) return sweep(order, n, demands, 0);
  const { ints, scale } = commonScale(demands.map(toDecimal));
  return timesUnit(sweep(order, n, ints, 0n), { digits: 1n, scale });
}
