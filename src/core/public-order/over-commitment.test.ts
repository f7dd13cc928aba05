import fc from "fast-check";
import { overCommitments } from "./over-commitment";
import { peakConcurrent } from "./peak";

const HOUR = 1 / 24;
const DAY = 46200; // 29 June 2026

describe("overCommitments", () => {
  it("finds the period a march, a match and a vigil need more than 10 PSUs, worked by hand", () => {
    // march 10:00–16:00 (5), match 14:00–18:00 (8), vigil 15:00–20:00 (2): 13 from 14:00, 15 from 15:00, 10 from 16:00
    const r = overCommitments(
      [DAY + 10 * HOUR, DAY + 14 * HOUR, DAY + 15 * HOUR],
      [DAY + 16 * HOUR, DAY + 18 * HOUR, DAY + 20 * HOUR],
      [5, 8, 2],
      10,
    );
    expect(r.periods).toEqual([{ from: DAY + 14 * HOUR, to: DAY + 16 * HOUR, peak: 15, over: 5, events: [0, 1, 2] }]);
    expect([r.peak, r.over]).toEqual([15, 5]);
  });

  it("does not split a period where one event hands over to another at the same moment", () => {
    // 8 PSUs 08:00–12:00 then 9 from 12:00–14:00, against 5: one period 08:00–14:00
    const r = overCommitments([DAY + 8 * HOUR, DAY + 12 * HOUR], [DAY + 12 * HOUR, DAY + 14 * HOUR], [8, 9], 5);
    expect(r.periods).toEqual([{ from: DAY + 8 * HOUR, to: DAY + 14 * HOUR, peak: 9, over: 4, events: [0, 1] }]);
  });

  it("compares decimals exactly: 0.1 + 0.2 is not over 0.3, and over 0.25 by 0.05", () => {
    expect(overCommitments([1, 1], [2, 2], [0.1, 0.2], 0.3)).toEqual({ periods: [], peak: 0.3, over: 0 });
    expect(overCommitments([1, 1], [2, 2], [0.1, 0.2], 0.25).periods[0].over).toBe(0.05);
  });

  it("answers an empty calendar with no periods and a peak of 0", () => {
    expect(overCommitments([], [], [], 3)).toEqual({ periods: [], peak: 0, over: -3 });
  });

  const calendar = fc
    .array(
      fc.record({ start: fc.integer({ min: 0, max: 48 }), hours: fc.integer({ min: 1, max: 12 }), psus: fc.integer({ min: 0, max: 9 }) }),
      { maxLength: 25 },
    )
    .map((evs) => ({
      starts: evs.map((e) => DAY + e.start * HOUR),
      ends: evs.map((e) => DAY + (e.start + e.hours) * HOUR),
      psus: evs.map((e) => e.psus),
    }));

  it("agrees hour by hour with a brute-force count: over exactly when the demand in force exceeds the capacity", () => {
    fc.assert(
      fc.property(calendar, fc.integer({ min: 0, max: 30 }), ({ starts, ends, psus }, cap) => {
        const { periods, peak } = overCommitments(starts, ends, psus, cap);
        expect(peak).toBe(peakConcurrent(starts, ends, psus));
        for (let h = 0; h <= 60; h++) {
          const t = DAY + h * HOUR;
          const level = psus.reduce(
            (a, p, i) => a + (Math.round(starts[i] * 24) <= Math.round(t * 24) && Math.round(t * 24) < Math.round(ends[i] * 24) ? p : 0),
            0,
          );
          const inPeriod = periods.some((p) => Math.round(p.from * 24) <= h + DAY * 24 && h + DAY * 24 < Math.round(p.to * 24));
          expect(inPeriod).toBe(level > cap);
        }
        periods.forEach((p, i) => {
          expect(p.over).toBe(p.peak - cap);
          expect(p.over).toBeGreaterThan(0);
          if (i) expect(p.from).toBeGreaterThan(periods[i - 1].to);
        });
      }),
    );
  });
});
