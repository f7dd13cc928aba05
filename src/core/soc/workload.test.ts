import fc from "fast-check";
import { workloadFte, workloadHours } from "./workload";

describe("activity-based workload", () => {
  it("adds volume × hours and divides by productive hours", () => {
    // 120 NFIB disseminations × 20 h + 40 C5/C6 incidents × 35 h + 15 county lines × 250 h = 2,400 + 1,400 + 3,750 = 7,550 h
    expect(workloadHours([120, 40, 15], [20, 35, 250])).toBe(7550);
    // 7,550 h ÷ 1,510 h per FTE = 5 FTE
    expect(workloadFte([120, 40, 15], [20, 35, 250], 1510)).toBe(5);
  });

  it("applies a single hours figure to every volume", () => {
    // (3 + 4 + 5) × 10 = 120 h
    expect(workloadHours([3, 4, 5], [10])).toBe(120);
  });

  it("refuses mismatched lists and non-positive productive hours", () => {
    expect(() => workloadHours([1, 2, 3], [1, 2])).toThrow(/^hours_each: expected one figure per volume \(3\) or a single value, got 2$/);
    expect(() => workloadFte([1], [1], 0)).toThrow(/^productive_hours: expected a number > 0, got 0$/);
  });

  it("is linear in the volumes", () => {
    const list = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(list, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 500 }), (v, k, h) => {
        const hours = v.map((_, i) => h + i);
        const one = workloadFte(v, hours, 1679.142857142857);
        expect(
          workloadFte(
            v.map((x) => k * x),
            hours,
            1679.142857142857,
          ),
        ).toBeCloseTo(k * one, 6);
        // additive: demand for two sets of volumes is the sum of their demands
        const w = v.map((x) => (x * 7) % 13);
        expect(
          workloadFte(
            v.map((x, i) => x + w[i]),
            hours,
            1600,
          ),
        ).toBeCloseTo(workloadFte(v, hours, 1600) + workloadFte(w, hours, 1600), 6);
      }),
    );
  });
});
