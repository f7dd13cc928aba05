import fc from "fast-check";
import { socRequirement } from "./socreq";

describe("SOC staffing from mapped OCGs by P-band", () => {
  it("works a force's example by hand", () => {
    // OCGs per band 2, 5, 8, 12 at 3,000, 1,200, 400, 100 hours a year: 6,000 + 6,000 + 3,200 + 1,200 = 16,400 h.
    // Force owns none of band 1, half of band 2, all of bands 3 and 4:
    //   force 0 + 3,000 + 3,200 + 1,200 = 7,400 h ÷ 1,600 = 4.625 FTE; ROCU 6,000 + 3,000 = 9,000 h ÷ 1,600 = 5.625 FTE
    expect(socRequirement([2, 5, 8, 12], [3000, 1200, 400, 100], [0, 0.5, 1, 1], 1600)).toEqual({
      force: 4.625,
      rocu: 5.625,
      total: 10.25,
    });
  });

  it("puts everything with the force when it owns every band, and with the ROCU when it owns none", () => {
    expect(socRequirement([1, 1, 1, 1], [800, 400, 200, 200], [1, 1, 1, 1], 1600)).toEqual({ force: 1, rocu: 0, total: 1 });
    expect(socRequirement([1, 1, 1, 1], [800, 400, 200, 200], [0, 0, 0, 0], 1600)).toEqual({ force: 0, rocu: 1, total: 1 });
  });

  it("refuses shares outside 0–1 and lists that are not one figure per band", () => {
    expect(() => socRequirement([1, 1, 1, 1], [1, 1, 1, 1], [0, 1.2, 1, 1], 1600)).toThrow(
      /^force_share_by_band: expected a number ≥ 0 and ≤ 1 in every cell, got 1.2 \(band 2\)$/,
    );
    expect(() => socRequirement([1, 1, 1], [1, 1, 1, 1], [0, 1, 1, 1], 1600)).toThrow(
      /^ocgs_by_band: expected 4 figures, one per P-band from 1 \(highest threat\) to 4, got 3$/,
    );
  });

  const band = fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 4, maxLength: 4 });
  const hours = fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 4, maxLength: 4 });
  const shares = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 });

  it("splits the total exactly, and is linear in the OCG counts", () => {
    fc.assert(
      fc.property(band, hours, shares, fc.integer({ min: 0, max: 20 }), (o, h, s, k) => {
        const r = socRequirement(o, h, s, 1679.142857142857);
        expect(r.force + r.rocu).toBe(r.total);
        expect(r.force).toBeGreaterThanOrEqual(0);
        expect(r.rocu).toBeGreaterThanOrEqual(0);
        const scaled = socRequirement(
          o.map((x) => k * x),
          h,
          s,
          1679.142857142857,
        );
        expect(scaled.total).toBeCloseTo(k * r.total, 6);
        expect(scaled.force).toBeCloseTo(k * r.force, 6);
      }),
    );
  });

  it("gives the force more and the ROCU less as the force's share of a band grows", () => {
    fc.assert(
      fc.property(band, hours, shares, fc.integer({ min: 0, max: 3 }), fc.double({ min: 0, max: 1, noNaN: true }), (o, h, s, b, more) => {
        const higher = [...s];
        higher[b] = Math.max(s[b], more);
        const a = socRequirement(o, h, s, 1600);
        const z = socRequirement(o, h, higher, 1600);
        expect(z.force).toBeGreaterThanOrEqual(a.force - 1e-9);
        expect(z.rocu).toBeLessThanOrEqual(a.rocu + 1e-9);
      }),
    );
  });
});
