import fc from "fast-check";
import { histogram } from "./histogram";

describe("histograms with round edges", () => {
  it("gives whole-number values one bin each when they span no more values than bins", () => {
    // ARVs 4, 5, 5, 6, 9 in 6 bins: width 1, edges 4 … 9
    expect(histogram([4, 5, 5, 6, 9], 6)).toEqual({ edges: [4, 5, 6, 7, 8, 9], shares: [0.2, 0.4, 0.2, 0, 0, 0.2] });
  });

  it("counts as FREQUENCY does: above the previous edge and at most this one", () => {
    // 0 … 10 in 6 bins: raw width 10/5 = 2 → width 2, edges 0, 2, 4, 6, 8, 10; 2 goes in the bin "≤ 2", 2.5 in "≤ 4"
    expect(histogram([0, 2, 2.5, 10, 3.9999], 6)).toEqual({ edges: [0, 2, 4, 6, 8, 10], shares: [0.2, 0.2, 0.4, 0, 0, 0.2] });
  });

  it("makes round widths (1, 2, 2.5 or 5 × a power of ten) and exact round edges", () => {
    // FTE from 12.31 to 17.9 in 10 bins: raw width 5.59/9 = 0.621 → 1; first edge 13 (the least multiple ≥ 12.31)
    expect(histogram([12.31, 17.9, 15], 10).edges).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
    // 0.1 to 0.35 in 6 bins: raw 0.05 → 0.05; edges 0.1, 0.15, … written as k × 5 ÷ 100, each the double nearest the decimal
    expect(histogram([0.1, 0.35, 0.2], 6).edges).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
    // 0 to 45 in 10 bins: raw 5 → 5; 0 to 100 in 5: raw 25 → 25
    expect(histogram([0, 45], 10).edges).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45]);
    expect(histogram([0, 100], 5).edges).toEqual([0, 25, 50, 75, 100]);
  });

  it("always gives exactly `bins` bins, covering every value, with shares adding to 1", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 1, max: 40 }),
        (xs, bins) => {
          const h = histogram(xs, bins);
          expect(h.edges).toHaveLength(bins);
          expect(h.edges[bins - 1]).toBeGreaterThanOrEqual(Math.max(...xs));
          expect(h.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          for (let j = 1; j < bins; j++) expect(h.edges[j]).toBeGreaterThan(h.edges[j - 1]);
        },
      ),
    );
  });

  it("handles a single repeated value and ranges beyond round numbers", () => {
    expect(histogram([7, 7, 7], 3)).toEqual({ edges: [7, 8, 9], shares: [1, 0, 0] });
    // values too large for round steps of their spread fall back to equal steps (and never loop on k + 1 = k)
    // 1e300 lies in [2^996, 2^997), where doubles are 2^944 apart: the second edge is the next double up
    expect(histogram([1e300, 1e300], 2).edges).toEqual([1e300, 1e300 + 2 ** 944]);
    // two values 5.5e-6 apart near -1e9 in 27 bins (steps of 2e-7 against doubles 1.2e-7 apart): edges still rise
    const narrow = histogram([-999999999.9999876, -999999999.9999931], 27).edges;
    for (let j = 1; j < 27; j++) expect(narrow[j]).toBeGreaterThan(narrow[j - 1]);
    expect(narrow[26]).toBeGreaterThanOrEqual(-999999999.9999876);
    expect(histogram([1e308, 1e308 - 1e293], 3).shares).toEqual([0.5, 0, 0.5]);
    const wide = histogram([-1e308, 1e308], 4);
    expect(wide.edges[3]).toBe(1e308);
    expect(wide.shares).toEqual([0.5, 0, 0, 0.5]);
  });
});
