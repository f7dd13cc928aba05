import fc from "fast-check";
import { lrosNeeded } from "./lro";

describe("Lead Responsible Officers for mapped OCGs", () => {
  it("rounds up so every mapped OCG has an LRO", () => {
    // 10 OCGs at 3 each: 3 LROs hold 9, a fourth holds the tenth
    expect(lrosNeeded(10, 3)).toBe(4);
    expect(lrosNeeded(9, 3)).toBe(3);
    expect(lrosNeeded(0, 3)).toBe(0);
    expect(lrosNeeded(7, 1)).toBe(7);
  });

  it("refuses fractions and non-positive caseloads", () => {
    expect(() => lrosNeeded(2.5, 3)).toThrow(/^mapped_ocgs: expected a whole number ≥ 0, got 2.5$/);
    expect(() => lrosNeeded(5, 0)).toThrow(/^ocgs_per_lro: expected a whole number ≥ 1, got 0$/);
  });

  it("is the fewest LROs that cover every OCG", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 50 }), (m, k) => {
        const n = lrosNeeded(m, k);
        expect(n * k).toBeGreaterThanOrEqual(m);
        if (n > 0) expect((n - 1) * k).toBeLessThan(m);
      }),
    );
  });
});
