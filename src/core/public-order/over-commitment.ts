/**
 * When a calendar of events needs more than a capacity at the same time: each period in which the demand in force
 * exceeds it (a region's or the nation's PSUs over the force plans' combined events, SPR paragraphs 119 and 127),
 * with its peak, by how much it is over, and the events in force during it. One sweep over the moments (the order
 * PEAKCONCURRENT uses: an event ending as another starts does not overlap it), O(n log n) plus the events listed.
 * Demands and capacity are compared exactly (decimals as typed).
 */
import { commonScale, timesUnit, toDecimal } from "../decimal";
import { calendarOrder, toSeconds } from "./peak";

export interface OverCommitment {
  /** The moment the demand first exceeds the capacity, and the moment it falls back (Excel serial date-times). */
  from: number;
  to: number;
  /** The highest demand in force during the period, and that less the capacity. */
  peak: number;
  over: number;
  /** Positions (0-based) of the events in force at any moment of the period, in calendar order. */
  events: number[];
}

/**
 * Every period in which the demand in force exceeds `capacity`, in time order (none when it never does), with the
 * calendar's peak demand and that less the capacity (zero or below when it is never over).
 */
export function overCommitments(
  starts: readonly number[],
  ends: readonly number[],
  demands: readonly number[],
  capacity: number,
): { periods: OverCommitment[]; peak: number; over: number } {
  const n = starts.length;
  const order = calendarOrder(starts, ends);
  const { ints, scale } = commonScale([...demands, capacity].map(toDecimal));
  const cap = ints[n];
  const unit = { digits: 1n, scale };
  const out: OverCommitment[] = [];
  const active = new Set<number>();
  let level = 0n;
  let highest = 0n;
  let open: { from: number; peak: bigint; events: Set<number> } | null = null;
  for (let m = 0; m < order.length;) {
    // every moment at the same second at once (ends first), so a period never splits where one event hands over to another
    const moment = order[m] < n ? starts[order[m]] : ends[order[m] - n];
    const second = toSeconds(moment);
    for (; m < order.length; m++) {
      const k = order[m];
      const t = k < n ? starts[k] : ends[k - n];
      if (toSeconds(t) !== second) break;
      if (k < n) {
        level += ints[k];
        active.add(k);
        open?.events.add(k);
      } else {
        level -= ints[k - n];
        active.delete(k - n);
      }
    }
    if (level > highest) highest = level;
    if (!open && level > cap) open = { from: moment, peak: level, events: new Set(active) };
    else if (open && level > open.peak) open.peak = level;
    if (open && level <= cap) {
      out.push({
        from: open.from,
        to: moment,
        peak: timesUnit(open.peak, unit),
        over: timesUnit(open.peak - cap, unit),
        events: [...open.events].sort((a, b) => a - b),
      });
      open = null;
    }
  }
  return { periods: out, peak: timesUnit(highest, unit), over: timesUnit(highest - cap, unit) };
}
