import fc from "fast-check";
import { afoGap, afoReq, arvAfos, arvBinds, arvCover, arvReq, cedReq } from "./armed-policing";

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
      fc.property(
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 1, max: 480 }),
        fc.double({ min: 1, max: 3, noNaN: true }),
        fc.integer({ min: 1, max: 500 }),
        (n, m, k, up) => {
          const base = arvReq(n, m, null, null, k);
          return (
            arvReq(n + up, m, null, null, k) >= base &&
            arvReq(n, m + up, null, null, k) >= base &&
            arvReq(n, m, null, null, k + up / 100) >= base
          );
        },
      ),
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
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1000, max: 2000 }),
        (arvs, crew, hours) => {
          return Math.abs(afoReq(arvs, 2 * crew, hours) - 2 * afoReq(arvs, crew, hours)) <= 1e-12 * Math.max(1, afoReq(arvs, crew, hours));
        },
      ),
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
    expect(() => afoGap(2, 20, 2, 1752, 0.9, [[-1]])).toThrow(/^other_roles: expected a number ≥ 0/);
    expect(() => afoGap(2, 20, 2, 1752, 0.9, [[15], [6]])).toThrow(
      /^other_roles: expected AFOs in other roles adding up to no more than the 20 AFOs available, got 21$/,
    );
  });

  it("compares ARV officers with ARV officers when the other roles are given", () => {
    // the force: 230 AFOs, 86 needed for ARVs. Whole establishment at rate 1: 86 − 230 = 144 spare (negative);
    // with 110 SFO/CTSFO/MASTS, 20 tactical advisers and commanders and 14 instructors, 86 ARV officers: 86 − 86 = 0
    // 8,760 ÷ 1,752 = 5 officers per 24/7 post; 8.6 ARVs × 2 crew × 5 = 86 AFOs
    expect(afoReq(8.6, 2, 1752)).toBeCloseTo(86, 12);
    expect(afoGap(8.6, 230, 2, 1752, 1)).toBeCloseTo(86 - 230, 12);
    expect(afoGap(8.6, 230, 2, 1752, 1, [[110], [20], [14]])).toBeCloseTo(0, 12);
    expect(arvAfos(230, [[110], [20], [14]])).toBe(86);
    expect(() => arvAfos(230, null as unknown as unknown[][])).toThrow(/^other_roles: /);
    // deployable 0.9 of the 86 ARV officers: 86 − 77.4 = 8.6 short
    expect(afoGap(8.6, 230, 2, 1752, 0.9, [[110, 20, 14]])).toBeCloseTo(8.6, 12);
  });
});

describe("SPR.ARVCOVER and SPR.ARVBINDS", () => {
  it("gives the ARVs for a coverage target with the registry's speed and detour by default", () => {
    // 48 km/h × 20 min = 16 road km ÷ 1.2 = 13.33 km; 2,700 km² ÷ 558.5 km² = 4.83 → 5
    expect(arvCover(3000, 0.9, 20)).toBe(5);
    expect(arvCover(3000, 0.9, 20, null, null)).toBe(5);
    // 60 km/h, detour 1.5: 20 road km ÷ 1.5 = 13.33 km, the same disc
    expect(arvCover(3000, 0.9, 20, 60, 1.5)).toBe(5);
  });

  it("names the argument that is wrong", () => {
    expect(() => arvCover(0, 0.9, 20)).toThrow(/^area_km2: expected a number > 0, got 0$/);
    expect(() => arvCover(3000, 1.2, 20)).toThrow(/^target_share: expected a number ≥ 0 and ≤ 1, got 1.2$/);
    expect(() => arvCover(3000, 0.9, null)).toThrow(/^response_minutes: is required/);
    expect(() => arvCover(3000, 0.9, 20, 0)).toThrow(/^speed_kmh: expected a number > 0, got 0$/);
    expect(() => arvCover(3000, 0.9, 20, 48, 0.8)).toThrow(/^detour_factor: expected a number ≥ 1, got 0.8$/);
  });

  it("says which answer binds", () => {
    expect(arvBinds(arvReq(950, 150, 0.05, 1.5, 1.4, 0), arvCover(3000, 0.9, 20))).toBe("coverage"); // 3 against 5
    expect(arvBinds(6, 5)).toBe("queueing");
    expect(arvBinds(4, 4)).toBe("both");
    expect(() => arvBinds(4.5, 4)).toThrow(/^queueing_arvs: expected a whole number/);
  });
});

describe("SPR.CEDREQ", () => {
  it("sums officers × share by role, exactly, over rows or columns", () => {
    // 100 × 1 + 850 × 0.3 + 60 × 0.5 = 385
    expect(cedReq([[100], [850], [60]], [[1], [0.3], [0.5]])).toBe(385);
    expect(cedReq([[100, 850, 60]], [[1, 0.3, 0.5]])).toBe(385);
  });

  it("names the argument that is wrong", () => {
    expect(() => cedReq([[100], [850]], [[1], [1.3]])).toThrow(
      /^share_by_role: expected a number ≥ 0 and ≤ 1 in every cell, got 1.3 \(item 2\)$/,
    );
    expect(() => cedReq([[100], [-850]], [[1], [0.3]])).toThrow(
      /^officers_by_role: expected a number ≥ 0 in every cell, got -850 \(item 2\)$/,
    );
    expect(() => cedReq([[100], [850]], [[1], [0.3], [0.5]])).toThrow(
      /^share_by_role: expected the same shape as officers_by_role \(2×1\), got 3×1$/,
    );
    expect(() => cedReq([[100], [850]], [[1], [null]])).toThrow(/^share_by_role: expected .* got a blank \(item 2\)$/);
  });
});
