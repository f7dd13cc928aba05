import fc from "fast-check";
import { afoGap, afoReq, arvReq, cedReq } from "./armed-policing";

const DEFAULT_PRODUCTIVE = 1679.142857142857; // (260.892857 − 51) × 8: SPR.PRODUCTIVEHOURS() with its defaults

describe("SPR.ARVREQ", () => {
  it("uses the registry's defaults: wait 0.05, one ARV per incident, peak factor 1, no coverage floor", () => {
    // 1,200 × 90 ÷ 525,600 = 0.2055 erlangs → 2 ARVs (C = 0.019; one ARV waits 0.2055 of the time)
    expect(arvReq(1200, 90)).toBe(2);
    expect(arvReq(1200, 90, null, null, null, null)).toBe(2);
    expect(arvReq(8760, 60)).toBe(4); // 1 erlang: C(1, 3) = 1/11 > 0.05, C(1, 4) = 1/49
  });

  it("applies each optional argument", () => {
    expect(arvReq(8760, 60, 0.1)).toBe(3); // 1/11 = 0.091 ≤ 0.1
    expect(arvReq(1200, 90, null, null, 2)).toBe(3); // peak factor 2: C(0.411, 2) = 0.070 > 0.05
    expect(arvReq(600, 90, null, 2)).toBe(arvReq(1200, 90)); // two ARVs to each of half the incidents: the same load
    expect(arvReq(1200, 90, null, null, null, 5)).toBe(5);
    expect(arvReq(0, 90)).toBe(0);
  });

  it("never falls when incidents, minutes or the peak factor rise (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 1, max: 480 }), fc.double({ min: 1, max: 3, noNaN: true }), fc.integer({ min: 1, max: 500 }), (n, m, k, up) => {
        const base = arvReq(n, m, null, null, k);
        return arvReq(n + up, m, null, null, k) >= base && arvReq(n, m + up, null, null, k) >= base && arvReq(n, m, null, null, k + up / 100) >= base;
      }),
    );
  });

  it("names the argument that is wrong", () => {
    expect(() => arvReq(-5, 90)).toThrow(/^incidents_per_year: expected a number ≥ 0, got -5$/);
    expect(() => arvReq(1200, 0)).toThrow(/^mean_minutes: expected a number > 0, got 0$/);
    expect(() => arvReq(1200, 90, 0)).toThrow(/^max_wait_prob: expected a number > 0 and < 1, got 0$/);
    expect(() => arvReq(1200, 90, 1)).toThrow(/^max_wait_prob: /);
    expect(() => arvReq(1200, 90, null, 0)).toThrow(/^arvs_per_incident: expected a number > 0, got 0$/);
    expect(() => arvReq(1200, 90, null, null, 0.5)).toThrow(/^peak_factor: expected a number ≥ 1, got 0.5$/);
    expect(() => arvReq(1200, 90, null, null, null, 1.5)).toThrow(/^coverage_minimum: expected a whole number ≥ 0, got 1.5$/);
    expect(() => arvReq("many", 90)).toThrow(/^incidents_per_year: /);
  });
});

describe("SPR.AFOREQ", () => {
  it("is ARVs × crew × officers per post, with crew 2 and SPR.PRODUCTIVEHOURS() by default", () => {
    // 2 × 2 × 8,760 ÷ 1,752 = 20
    expect(afoReq(2, 2, 1752)).toBe(20);
    // 2 × 2 × 8,760 ÷ 1,679.142857 = 20.8678
    expect(afoReq(2)).toBeCloseTo((4 * 8760) / DEFAULT_PRODUCTIVE, 10);
    // an ARV on duty 12 hours a day: 4,380 hours a year → half the officers
    expect(afoReq(2, 2, 1752, 4380)).toBe(10);
    expect(afoReq(2, 3, 1752)).toBe(30);
  });

  it("scales linearly in crew size (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1000, max: 2000 }), (arvs, crew, hours) => {
        return Math.abs(afoReq(arvs, 2 * crew, hours) - 2 * afoReq(arvs, crew, hours)) <= 1e-12 * Math.max(1, afoReq(arvs, crew, hours));
      }),
    );
  });

  it("names the argument that is wrong", () => {
    expect(() => afoReq(-1)).toThrow(/^arvs_on_duty: expected a number ≥ 0, got -1$/);
    expect(() => afoReq(2, 0)).toThrow(/^crew_size: expected a number ≥ 1, got 0$/);
    expect(() => afoReq(2, 2, 0)).toThrow(/^productive_hours: expected a number > 0, got 0$/);
    expect(() => afoReq(2, 2, 1752, 9000)).toThrow(/^hours_covered: expected a number > 0 and ≤ 8784, got 9000$/);
  });
});

describe("SPR.AFOGAP", () => {
  it("counts the deployable part of the AFOs available against the AFOs required", () => {
    // 20 required − 20 × 0.9 = 2 short
    expect(afoGap(2, 20, 2, 1752, 0.9)).toBeCloseTo(2, 12);
    // default rate 6,038/6,651: 20 − 22 × 6,038/6,651 = 184/6,651 short
    expect(afoGap(2, 22, 2, 1752)).toBeCloseTo(184 / 6651, 12);
    // defaults throughout: 20.8678 − 30 × 0.907833 = 20.8678 − 27.2350 = −6.3672 (a surplus)
    expect(afoGap(2, 30)).toBeCloseTo((4 * 8760) / DEFAULT_PRODUCTIVE - (30 * 6038) / 6651, 10);
  });

  it("names the argument that is wrong", () => {
    expect(() => afoGap(2, -3)).toThrow(/^afos_available: expected a number ≥ 0, got -3$/);
    expect(() => afoGap(2, null)).toThrow(/^afos_available: is required/);
    expect(() => afoGap(2, 20, 2, 1752, 0)).toThrow(/^deployable_rate: expected a number > 0 and ≤ 1, got 0$/);
    expect(() => afoGap(2, 20, 2, 1752, 1.1)).toThrow(/^deployable_rate: /);
  });
});

describe("SPR.CEDREQ", () => {
  it("sums officers × share by role, exactly, over rows or columns", () => {
    // 100 × 1 + 850 × 0.3 + 60 × 0.5 = 385
    expect(cedReq([[100], [850], [60]], [[1], [0.3], [0.5]])).toBe(385);
    expect(cedReq([[100, 850, 60]], [[1, 0.3, 0.5]])).toBe(385);
  });

  it("names the argument that is wrong", () => {
    expect(() => cedReq([[100], [850]], [[1], [1.3]])).toThrow(/^share_by_role: expected a number ≥ 0 and ≤ 1 in every cell, got 1.3 \(item 2\)$/);
    expect(() => cedReq([[100], [-850]], [[1], [0.3]])).toThrow(/^officers_by_role: expected a number ≥ 0 in every cell, got -850 \(item 2\)$/);
    expect(() => cedReq([[100], [850]], [[1], [0.3], [0.5]])).toThrow(/^share_by_role: expected the same shape as officers_by_role \(2×1\), got 3×1$/);
    expect(() => cedReq([[100], [850]], [[1], [null]])).toThrow(/^share_by_role: expected .* got a blank \(item 2\)$/);
  });
});
