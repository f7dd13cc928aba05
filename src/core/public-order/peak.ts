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
      throw valueError("ends", `expected each end after its start, got an end ${b === a ? "equal to" : "before"} its start (${ends[i]} against ${s}, item ${item})`);
    }
  });
}

/** Peak concurrent demand; the lists have equal length and every end is after its start. */
export function peakConcurrent(starts: readonly number[], ends: readonly number[], demands: readonly number[]): number {
  checkOrder(starts, ends);
  const n = starts.length;
  if (n === 0) return 0;
  const { ints, scale } = commonScale(demands.map(toDecimal));
  // 2n moments: index k < n is the start of event k, k ≥ n the end of event k − n.
  const time = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    time[k] = toSeconds(starts[k]);
    time[n + k] = toSeconds(ends[k]);
  }
  const order = Array.from({ length: 2 * n }, (_, k) => k);
  // By time; at the same moment ends (k ≥ n) before starts, so [a, b) and [b, c) never overlap.
  order.sort((x, y) => time[x] - time[y] || (y >= n ? 1 : 0) - (x >= n ? 1 : 0));
  let level = 0n;
  let peak = 0n;
  for (const k of order) {
    if (k < n) {
      level += ints[k];
      if (level > peak) peak = level;
    } else level -= ints[k - n];
  }
  return timesUnit(peak, { digits: 1n, scale });
}
