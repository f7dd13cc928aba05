/**
 * PSUs the force must be able to field when its events' attendance is uncertain. In each trial every event's
 * attendance is drawn from its estimate (events independently), and the public-order engine does the rest:
 * eventPsus (⌈attendance ÷ people per PSU⌉, exact), the sweep of peakConcurrent over the calendar (its moment order
 * depends only on the times, so it is found once), and psuRequirement (national share and local peak by policy).
 * An event's PSUs never fall as its attendance rises, so mapMonotone calls eventPsus only where the answer steps.
 *
 * The tornado (holder). With event i's PSUs held at d, the running total moves by d − (its drawn PSUs) exactly while
 * event i is in force, that is between its start and end moments in the sweep order, and nowhere else. So with L the
 * running total after each moment, the peak with event i held at d is
 *
 *   max(0, Out_i, In_i − drawn_i + d),   Out_i = highest L outside event i's moments,  In_i = highest L inside them,
 *
 * the very number a sweep with the held value gives (whole PSUs add exactly). In each trial one pass gives L and its
 * prefix and suffix highs (for every Out_i), and one more pass answers every In_i, a highest value over a fixed
 * range of moments, offline (Tarjan): a stack of falling highs with a union-find over the positions, nearly O(1) per
 * event. So the tornado costs O(events × trials) instead of O(events² × trials).
 */
import { valueError } from "../errors";
import { eventPsus } from "../public-order/event-psus";
import { calendarOrder } from "../public-order/peak";
import { PsuReqPolicy, psuRequirement } from "../public-order/requirement";
import { Estimate } from "./distributions";
import { mapMonotone } from "./monotone";
import { UncertainModel, modelKey } from "./simulate";

/** Trials run side by side in the sweeps below: rows of 2 KB. */
const BLOCK = 256;

export interface UncertainEvent {
  start: number;
  end: number;
  attendance: Estimate;
  /** People per PSU at the event's risk level. */
  perPsu: number;
}

export function psuModel(events: readonly UncertainEvent[], nationalShare: number, policy: PsuReqPolicy): UncertainModel {
  const n = events.length;
  // exact or refused: whole PSUs add exactly as doubles only up to 2^53 − 1, so every event at its highest at once
  // must stay within that (no draw exceeds its estimate's high end, and PSUs never fall as attendance rises)
  let most = nationalShare;
  for (const e of events) most += eventPsus(e.attendance.high, e.perPsu);
  if (!(most <= Number.MAX_SAFE_INTEGER)) {
    throw valueError(
      "attendance_high",
      `these events at their highest attendance need more than ${Number.MAX_SAFE_INTEGER.toLocaleString("en-GB")} PSUs together with the national share, more than can be counted exactly`,
    );
  }
  const order = calendarOrder(
    events.map((e) => e.start),
    events.map((e) => e.end),
  );
  return {
    key: modelKey("psu", events, nationalShare, policy),
    inputs: events.map((e) => e.attendance),
    transform: (i, draws) => mapMonotone(draws, (a) => eventPsus(a, events[i].perPsu)).result,
    combine: (parts, trials) => {
      // the sweep of peak.ts, run for a block of trials side by side (moment by moment), so each moment reads its
      // event's PSUs for the block in order: the same additions in the same order, so the same peaks
      const out = new Float64Array(trials);
      const level = new Float64Array(BLOCK);
      const peak = new Float64Array(BLOCK);
      for (let t0 = 0; t0 < trials; t0 += BLOCK) {
        const size = Math.min(BLOCK, trials - t0);
        level.fill(0);
        peak.fill(0);
        for (const k of order) {
          if (k < n) {
            const src = parts[k];
            for (let b = 0; b < size; b++) {
              const lv = level[b] + src[t0 + b];
              level[b] = lv;
              if (lv > peak[b]) peak[b] = lv;
            }
          } else {
            const src = parts[k - n];
            for (let b = 0; b < size; b++) level[b] -= src[t0 + b];
          }
        }
        for (let b = 0; b < size; b++) out[t0 + b] = psuRequirement(nationalShare, peak[b], policy);
      }
      return out;
    },
    holder: (parts, trials) => {
      const { outside, insideLessOwn } = heldPeaks(order, n, parts, trials);
      return (i, part) => {
        const out = new Float64Array(trials);
        const o = outside[i];
        const inner = insideLessOwn[i];
        for (let t = 0; t < trials; t++) out[t] = psuRequirement(nationalShare, Math.max(o[t], inner[t] + part), policy);
        return out;
      };
    },
  };
}

/**
 * For each event i and trial t: outside[i][t] = max(0, highest running total outside event i's moments) and
 * insideLessOwn[i][t] = highest running total while event i is in force, less its own PSUs in that trial. The
 * second is written over parts (which the caller gives up).
 */
export function heldPeaks(
  order: readonly number[],
  n: number,
  parts: Float64Array[],
  trials: number,
): { outside: Float64Array[]; insideLessOwn: Float64Array[] } {
  const m = 2 * n;
  const startAt = new Int32Array(n);
  const endAt = new Int32Array(n);
  order.forEach((k, j) => {
    if (k < n) startAt[k] = j;
    else endAt[k - n] = j;
  });
  // events listed by the last moment they are in force (endAt − 1), as linked lists
  const first = new Int32Array(m).fill(-1);
  const next = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    next[i] = first[endAt[i] - 1];
    first[endAt[i] - 1] = i;
  }
  const outside = Array.from({ length: n }, () => new Float64Array(trials));
  // trials go in blocks of B, laid out moment by moment (row j holds the block's trials), so every pass but the
  // range maxima reads and writes memory in order
  const B = BLOCK;
  const level = new Float64Array(m * B);
  const before = new Float64Array((m + 1) * B); // row j: highest level at moments < j (0 for none)
  const after = new Float64Array((m + 1) * B); // row j: highest level at moments ≥ j (0 for none)
  const inside = new Float64Array(n * B);
  const parent = new Int32Array(m);
  const stack = new Int32Array(m);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r];
    while (parent[x] !== r) {
      const up = parent[x];
      parent[x] = r;
      x = up;
    }
    return r;
  };
  for (let t0 = 0; t0 < trials; t0 += B) {
    const size = Math.min(B, trials - t0);
    for (let j = 0; j < m; j++) {
      const k = order[j];
      const add = k < n;
      const src = parts[add ? k : k - n];
      const row = j * B;
      for (let b = 0; b < size; b++) {
        const prev = j === 0 ? 0 : level[row - B + b];
        const lv = add ? prev + src[t0 + b] : prev - src[t0 + b];
        level[row + b] = lv;
        before[row + B + b] = Math.max(before[row + b], lv);
      }
    }
    for (let j = m - 1; j >= 0; j--) {
      const row = j * B;
      for (let b = 0; b < size; b++) after[row + b] = Math.max(after[row + B + b], level[row + b]);
    }
    for (let i = 0; i < n; i++) {
      const o = outside[i];
      const sa = startAt[i] * B;
      const ea = endAt[i] * B;
      for (let b = 0; b < size; b++) o[t0 + b] = Math.max(before[sa + b], after[ea + b]);
    }
    for (let b = 0; b < size; b++) {
      let top = 0;
      for (let j = 0; j < m; j++) {
        parent[j] = j;
        const lv = level[j * B + b];
        while (top > 0 && level[stack[top - 1] * B + b] <= lv) parent[stack[--top]] = j;
        stack[top++] = j;
        for (let i = first[j]; i >= 0; i = next[i]) inside[i * B + b] = level[find(startAt[i]) * B + b];
      }
    }
    for (let i = 0; i < n; i++) {
      const own = parts[i];
      const row = i * B;
      for (let b = 0; b < size; b++) own[t0 + b] = inside[row + b] - own[t0 + b];
    }
  }
  return { outside, insideLessOwn: parts };
}
