import fc from "fast-check";
import { pBand } from "./pband";

describe("P-Mech band from a MoRiLE score", () => {
  const cut = [10, 20, 40];

  it("bands against the force's cut-offs, a score on a cut-off going to the higher-threat band", () => {
    expect(pBand(0, cut)).toBe(4);
    expect(pBand(9.99, cut)).toBe(4);
    expect(pBand(10, cut)).toBe(3);
    expect(pBand(19.99, cut)).toBe(3);
    expect(pBand(20, cut)).toBe(2);
    expect(pBand(39.5, cut)).toBe(2);
    expect(pBand(40, cut)).toBe(1);
    expect(pBand(1000, cut)).toBe(1);
  });

  it("refuses cut-offs that are not three strictly ascending scores", () => {
    expect(() => pBand(5, [10, 10, 40])).toThrow(/^thresholds: expected 3 cut-off scores in strictly ascending order, got 10, 10, 40$/);
    expect(() => pBand(5, [40, 20, 10])).toThrow(/^thresholds: expected 3 cut-off scores in strictly ascending order/);
    expect(() => pBand(5, [10, 20])).toThrow(/^thresholds: expected 3 cut-off scores \(where bands 3, 2 and 1 start\), got 2$/);
  });

  it("never gives a higher-threat band to a lower score (monotone), and always 1 to 4", () => {
    const ascending = fc
      .uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 3, maxLength: 3 })
      .map((a) => [...a].sort((x, y) => x - y));
    fc.assert(
      fc.property(
        ascending,
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        fc.double({ min: 0, max: 20_000, noNaN: true }),
        (t, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(pBand(lo, t)).toBeGreaterThanOrEqual(pBand(hi, t));
          expect([1, 2, 3, 4]).toContain(pBand(lo, t));
        },
      ),
    );
  });
});
