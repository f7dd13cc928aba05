import fc from "fast-check";
import { readCalendar } from "./calendar";
import { SECONDS_PER_DAY, momentOrder, peakConcurrent, toSeconds } from "./peak";

/** The definition itself: the most demand in force at any start moment (the peak of a step function that only rises at starts). */
function bruteForce(starts: number[], ends: number[], demands: number[]): number {
  let best = 0;
  for (const t of starts.map(toSeconds)) {
    let level = 0;
    starts.forEach((s, i) => {
      if (toSeconds(s) <= t && t < toSeconds(ends[i])) level += demands[i];
    });
    best = Math.max(best, level);
  }
  return best;
}

const DAY = 45000; // 15 March 2023 as an Excel serial date

describe("peak concurrent demand", () => {
  it("adds events that overlap and not those that only meet (half-open intervals)", () => {
    // 12:00–18:00 (4 PSUs), 18:00–24:00 (6), 00:00–12:00 next day (3): they only meet, so the peak is 6
    expect(peakConcurrent([DAY + 0.5, DAY + 0.75, DAY + 1], [DAY + 0.75, DAY + 1, DAY + 1.5], [4, 6, 3])).toBe(6);
    // a match 14:00–18:00 (8) inside a march 10:00–16:00 (5) and a vigil 15:00–20:00 (2): 15:00–16:00 has all three, 15
    expect(peakConcurrent([DAY + 10 / 24, DAY + 14 / 24, DAY + 15 / 24], [DAY + 16 / 24, DAY + 18 / 24, DAY + 20 / 24], [5, 8, 2])).toBe(
      15,
    );
  });

  it("treats times equal to the second as equal, so start + 4/24 meets an event starting at 16:00", () => {
    const s1 = DAY + 0.5;
    const e1 = s1 + 4 / 24; // 16:00 computed, with floating-point noise
    expect(peakConcurrent([s1, DAY + 16 / 24], [e1, DAY + 20 / 24], [3, 4])).toBe(4);
  });

  it("gives 0 for an empty calendar and sums decimal demands exactly", () => {
    expect(peakConcurrent([], [], [])).toBe(0);
    expect(peakConcurrent([DAY, DAY], [DAY + 1, DAY + 1], [0.1, 0.2])).toBe(0.3);
  });

  it("refuses an end that is not after its start", () => {
    expect(() => peakConcurrent([DAY + 1], [DAY], [1])).toThrow(
      /^ends: expected each end after its start, got an end before its start \(45000 against 45001, item 1\)$/,
    );
    expect(() => peakConcurrent([DAY], [DAY], [1])).toThrow(/^ends: expected each end after its start, got an end equal to its start/);
  });

  it("equals a brute-force sweep on random calendars (property)", () => {
    const event = fc.record({ start: fc.integer({ min: 0, max: 14 * 24 }), hours: fc.integer({ min: 1, max: 72 }), demand: fc.nat(12) });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (evs) => {
        // starts on the hour, so many events meet or share their moments exactly
        const starts = evs.map((e) => DAY + e.start / 24);
        const ends = evs.map((e) => DAY + (e.start + e.hours) / 24);
        const demands = evs.map((e) => e.demand);
        expect(peakConcurrent(starts, ends, demands)).toBe(bruteForce(starts, ends, demands));
        // quarter PSUs take the exact-decimal path; quarters add exactly in floating point too, so both must agree
        const quarters = demands.map((d) => d / 4);
        expect(peakConcurrent(starts, ends, quarters)).toBe(bruteForce(starts, ends, quarters));
      }),
      { numRuns: 300 },
    );
  });

  it("orders moments the same by packed keys as by the comparator it falls back to (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 50 })), { minLength: 1, maxLength: 80 }),
        (evs) => {
          const n = evs.length;
          const time = new Float64Array(2 * n);
          evs.forEach(([s, d], k) => {
            time[k] = s;
            time[n + k] = s + d;
          });
          const packed = momentOrder(time, n);
          const fallback = momentOrder(time, n, 0);
          // the same sequence of (time, start or end) moments: equal moments may come in either order
          const moments = (o: number[]) => o.map((k) => `${time[k]}:${k < n ? "start" : "end"}`);
          expect(moments(packed)).toEqual(moments(fallback));
          for (let i = 1; i < packed.length; i++) {
            const [a, b] = [packed[i - 1], packed[i]];
            expect(time[a] < time[b] || (time[a] === time[b] && !(a < n && b >= n))).toBe(true);
          }
        },
      ),
    );
  });

  it("never falls below the largest single demand nor exceeds the sum of all (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(10000), fc.integer({ min: 1, max: 5000 }), fc.nat(50)), { minLength: 1, maxLength: 40 }),
        (evs) => {
          const starts = evs.map(([s]) => DAY + s / SECONDS_PER_DAY);
          const ends = evs.map(([s, d]) => DAY + (s + d) / SECONDS_PER_DAY);
          const demands = evs.map(([, , x]) => x);
          const peak = peakConcurrent(starts, ends, demands);
          expect(peak).toBeGreaterThanOrEqual(Math.max(...demands));
          expect(peak).toBeLessThanOrEqual(demands.reduce((a, b) => a + b, 0));
        },
      ),
    );
  });
});

describe("reading an event calendar", () => {
  it("skips wholly blank rows and lets one demand stand for every event", () => {
    const c = readCalendar([[DAY], [null], [DAY + 1]], [[DAY + 0.5], [null], [DAY + 2]], [[4]]);
    // items: each event's place in the lists as given (the blank second row counted), for messages and names
    expect(c).toEqual({ starts: [DAY, DAY + 1], ends: [DAY + 0.5, DAY + 2], demands: [4, 4], items: [1, 3] });
  });

  it("names the argument and the item that is wrong", () => {
    expect(() => readCalendar([[DAY], [DAY]], [[DAY + 1]], [[1]])).toThrow(/^ends: expected as many cells as starts \(2\), got 1$/);
    expect(() => readCalendar([[DAY], [DAY]], [[DAY + 1], [DAY + 1]], [[1], [2], [3]])).toThrow(
      /^demand: expected as many cells as starts \(2\) or a single value, got 3$/,
    );
    expect(() => readCalendar([[DAY, DAY]], [[DAY + 1, DAY + 1]], [[1, -2]])).toThrow(/^demand: expected a number ≥ 0, got -2 \(item 2\)$/);
    expect(() => readCalendar([[DAY], [DAY]], [[DAY + 1], [null]], [[1], [2]])).toThrow(
      /^ends: expected a number ≥ 0, got a blank \(item 2\)$/,
    );
    expect(() => readCalendar([[DAY], ["noon"]], [[DAY + 1], [DAY + 1]], [[1], [2]])).toThrow(
      /^starts: expected a number ≥ 0, got the text "noon" \(item 2\)$/,
    );
    // item numbers count the rows as given, blank rows included
    expect(() => readCalendar([[DAY], [null], [DAY + 3]], [[DAY + 1], [null], [DAY + 2]], [[1], [null], [1]])).toThrow(/item 3\)$/);
    expect(() =>
      readCalendar(
        [
          [DAY, DAY],
          [DAY, DAY],
        ],
        [[DAY]],
        [[1]],
      ),
    ).toThrow(/^starts: expected a single row or column, got a 2×2 range$/);
  });
});
