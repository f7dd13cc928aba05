import fc from "fast-check";
import { gapDetail, staffByRole, trainedFor, unitCapacity, unitsFrom } from "./staffing";
import { UNIT_TYPES, unitRoles } from "./units";

const PSU = unitRoles("PSU");
const BDU = unitRoles("BDU");
const AEP = unitRoles("AEP");

describe("trained officers by role", () => {
  it("turns the national PSU requirement into officers by rank (SPR 120a × 122a)", () => {
    // 297 PSUs × (1, 3, 18, 3) = 297 inspectors, 891 sergeants, 5,346 constables, 891 drivers: 7,425 people
    expect(staffByRole(PSU, 297, 1)).toEqual([297, 891, 5346, 891]);
    // London's 75: 75, 225, 1,350, 225 = 1,875
    expect(staffByRole(PSU, 75, 1)).toEqual([75, 225, 1350, 225]);
  });

  it("turns the national BDU and AEP requirements into officers (120b–c × 122b–c)", () => {
    // 234 BDUs × (1, 3, 18) = 234, 702, 4,212: 5,148 level 3 officers
    expect(staffByRole(BDU, 234, 1)).toEqual([234, 702, 4212]);
    // 18 AEP teams × (1, 1, 4) = 18 commanders, 18 drivers, 72 officers: 108
    expect(staffByRole(AEP, 18, 1)).toEqual([18, 18, 72]);
  });

  it("multiplies posts by trained officers per post, rounding each role up to whole officers", () => {
    // 2 PSUs at 2.5 per post: 2 × 2.5 = 5 inspectors, 6 × 2.5 = 15 sergeants, 36 × 2.5 = 90 constables, 15 drivers
    expect(staffByRole(PSU, 2, 2.5)).toEqual([5, 15, 90, 15]);
    // 1 PSU at 1.5: 1.5 → 2 inspectors, 4.5 → 5 sergeants, 27 constables, 5 drivers
    expect(staffByRole(PSU, 1, 1.5)).toEqual([2, 5, 27, 5]);
  });

  it("is exact with decimal ratios: 10 posts at 1.1 need 11 officers, not 12", () => {
    // in floating point 10 × 1.1 = 11.000000000000002, whose ceiling would be 12
    expect(trainedFor(10n, 1.1)).toBe(11);
    expect(staffByRole(PSU, 10, 1.1)).toEqual([11, 33, 198, 33]);
  });
});

describe("units the force can field", () => {
  it("is limited by the scarcest role", () => {
    // inspectors 5/1 = 5, sergeants 14/3 = 4.67 → 4, constables 80/18 = 4.44 → 4, drivers 12/3 = 4 → 4 PSUs
    expect(unitCapacity(PSU, [5, 14, 80, 12], 1)).toBe(4);
    // 2 drivers limit it to 0 however many constables there are
    expect(unitCapacity(PSU, [10, 30, 500, 2], 1)).toBe(0);
    // at 3 trained per post a PSU takes 3, 9, 54, 9: 60 constables → 1 PSU
    expect(unitCapacity(PSU, [10, 30, 60, 30], 3)).toBe(1);
  });

  it("ignores a role revised to no posts", () => {
    expect(unitsFrom(0, 0, 1)).toBeNull();
  });

  const roleCount = (unit: (typeof UNIT_TYPES)[number]) => unitRoles(unit).length;
  const tpp = fc.oneof(
    fc.constantFrom(1, 1.5, 2, 2.2, 3, 5.22),
    fc.integer({ min: 10, max: 60 }).map((k) => k / 10),
  );

  it("never rises when a role's trained officers fall (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...UNIT_TYPES),
        fc.array(fc.nat(3000), { minLength: 4, maxLength: 4 }),
        fc.nat(3),
        fc.nat(500),
        tpp,
        (unit, raw, role, cut, t) => {
          const roles = unitRoles(unit);
          const trained = raw.slice(0, roles.length);
          const i = role % roles.length;
          const fewer = trained.map((x, k) => (k === i ? Math.max(0, x - cut) : x));
          expect(unitCapacity(roles, fewer, t)).toBeLessThanOrEqual(unitCapacity(roles, trained, t));
        },
      ),
    );
  });

  it("fields exactly n units from the officers needed for n, and n − 1 with one officer fewer in any role (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNIT_TYPES), fc.nat(400), tpp, fc.nat(3), (unit, n, t, role) => {
        const roles = unitRoles(unit);
        const staff = staffByRole(roles, n, t);
        expect(unitCapacity(roles, staff, t)).toBe(n);
        if (n > 0) {
          const i = role % roleCount(unit);
          expect(
            unitCapacity(
              roles,
              staff.map((x, k) => (k === i ? x - 1 : x)),
              t,
            ),
          ).toBe(n - 1);
        }
      }),
    );
  });

  it("gives a positive gap whenever more units are required than any role can supply (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...UNIT_TYPES),
        fc.array(fc.nat(3000), { minLength: 4, maxLength: 4 }),
        fc.nat(50),
        tpp,
        (unit, raw, extra, t) => {
          const roles = unitRoles(unit);
          const trained = raw.slice(0, roles.length);
          const most = Math.max(...roles.map((r, i) => unitsFrom(trained[i], r.perUnit, t) ?? 0));
          const required = most + 1 + extra;
          expect(required - unitCapacity(roles, trained, t)).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe("the gap by role", () => {
  it("shows required, available, shortfall, units fieldable and the binding roles (worked by hand)", () => {
    // 6 PSUs need 6, 18, 108, 18; the force has 5, 14, 80, 12 → short 1, 4, 28, 6 (39 officers to train);
    // each role alone fields 5, 4, 4, 4 PSUs, so sergeants, constables and drivers bind at 4.
    expect(gapDetail(PSU, 6, [5, 14, 80, 12], 1)).toEqual([
      ["Role", "Per unit", "Trained required", "Trained available", "Shortfall", "Units fieldable", "Binds"],
      ["Inspectors", 1, 6, 5, 1, 5, false],
      ["Sergeants", 3, 18, 14, 4, 4, true],
      ["Constables (level 2)", 18, 108, 80, 28, 4, true],
      ["Drivers", 3, 18, 12, 6, 4, true],
      ["Total", 25, 150, 111, 39, 4, ""],
    ]);
  });

  it("never shows a negative shortfall: a surplus of sergeants does not fill a shortage of drivers", () => {
    // 1 AEP team needs 1, 1, 4; the force has 3, 0, 10 → short 0, 1, 0; drivers bind at 0 teams
    const t = gapDetail(AEP, 1, [3, 0, 10], 1);
    expect(t.slice(1).map((r) => r[4])).toEqual([0, 1, 0, 1]);
    expect(t.slice(1).map((r) => r[6])).toEqual([false, true, false, ""]);
  });
});
