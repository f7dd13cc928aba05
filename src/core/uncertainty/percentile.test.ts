import fc from "fast-check";
import { percentileInc, percentileIncUp, sorted } from "./percentile";
import { shortfallChance, simStats } from "./stats";

describe("percentiles as Excel's PERCENTILE.INC", () => {
  it("matches PERCENTILE.INC worked by hand on small samples", () => {
    // =PERCENTILE.INC({1,2,3,4}, 0.9): h = 3 × 0.9 = 2.7 → x[2] + 0.7 × (x[3] − x[2]) = 3 + 0.7 = 3.7
    expect(percentileInc([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 14);
    // =PERCENTILE.INC({15,20,35,40,50}, 0.4): h = 4 × 0.4 = 1.6 → 20 + 0.6 × 15 = 29
    expect(percentileInc([15, 20, 35, 40, 50], 0.4)).toBeCloseTo(29, 14);
    // =PERCENTILE.INC({1,…,10}, 0.1): h = 0.9 → 1 + 0.9 × 1 = 1.9
    expect(percentileInc([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.1)).toBeCloseTo(1.9, 14);
    // the median of an even count: h = 1.5 → 2 + 0.5 × (4 − 2) = 3
    expect(percentileInc([1, 2, 4, 8], 0.5)).toBe(3);
    // P0 and P100 are the least and greatest; h whole needs no interpolation
    expect(percentileInc([3, 5, 9], 0)).toBe(3);
    expect(percentileInc([3, 5, 9], 1)).toBe(9);
    expect(percentileInc([3, 5, 9], 0.5)).toBe(5);
    expect(percentileInc([42], 0.9)).toBe(42);
  });

  it("rounds up to whole units: the least whole number at or above PERCENTILE.INC", () => {
    // {3, 7} at 0.1: 3 + 0.1 × 4 = 3.4 → 4; at 0: exactly 3
    expect(percentileIncUp([3, 7], 0.1)).toBe(4);
    expect(percentileIncUp([3, 7], 0)).toBe(3);
    expect(percentileIncUp([5, 5, 6], 0.5)).toBe(5);
    // an interpolation too small to show in the sum still rounds up: 1e15 + 1e-10 × 2 is 1e15 in floating point
    expect(percentileIncUp([1e15, 1e15 + 2], 1e-10)).toBe(1e15 + 1);
  });

  it("lies between the least and greatest value, never falls as p rises, and agrees with the order statistics", () => {
    const sample = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(sample, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, a, b) => {
        const s = sorted(xs);
        const [p, q] = a <= b ? [a, b] : [b, a];
        expect(percentileInc(s, p)).toBeGreaterThanOrEqual(s[0]);
        expect(percentileInc(s, p)).toBeLessThanOrEqual(s[s.length - 1]);
        expect(percentileInc(s, q)).toBeGreaterThanOrEqual(percentileInc(s, p) - 1e-9);
        // at p = k/(n − 1) the definition lands exactly on the k-th smallest value
        const k = Math.floor(p * (s.length - 1));
        if (s.length > 1) expect(percentileInc(s, k / (s.length - 1))).toBeCloseTo(s[k], 9);
        const up = percentileIncUp(s, p);
        expect(Number.isInteger(up) && up >= percentileInc(s, p) && up - 1 <= percentileInc(s, p)).toBe(true);
      }),
    );
  });
});

describe("simulation statistics", () => {
  it("gives mean, STDEV.S and P10/P50/P90 worked by hand", () => {
    // {2, 4, 4, 4, 5, 5, 7, 9}: mean 40/8 = 5; squares about the mean 9+1+1+1+0+0+4+16 = 32; STDEV.S = √(32/7) = 2.138
    // P10: h = 0.7 → 2 + 0.7 × 2 = 3.4; P50: h = 3.5 → 4 + 0.5 × 1 = 4.5; P90: h = 6.3 → 7 + 0.3 × 2 = 7.6
    const s = simStats([2, 4, 4, 4, 5, 5, 7, 9], 6);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(s.p10).toBeCloseTo(3.4, 14);
    expect(s.p50).toBeCloseTo(4.5, 14);
    expect(s.p90).toBeCloseTo(7.6, 14);
    // above a capacity of 6: 7 and 9, 2 of 8 (a requirement equal to the capacity is met)
    expect(s.shortfall).toBe(0.25);
    expect(shortfallChance([2, 6, 6], 6)).toBe(0);
    expect(simStats([1, 2], null).shortfall).toBeNull();
  });

  it("never gives a larger chance of shortfall to a larger capacity (monotone)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 80 }),
        fc.double({ min: -2e6, max: 2e6, noNaN: true }),
        fc.double({ min: -2e6, max: 2e6, noNaN: true }),
        (xs, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(simStats(xs, hi).shortfall!).toBeLessThanOrEqual(simStats(xs, lo).shortfall!);
        },
      ),
    );
  });

  it("refuses fewer than two values", () => {
    expect(() => simStats([1], null)).toThrow(/^samples: expected at least 2 values \(a standard deviation needs two\), got 1$/);
  });
});
