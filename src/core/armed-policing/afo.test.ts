import fc from "fast-check";
import { postFte } from "../workforce/productive-hours";
import { afoGap, afosRequired, arvRoleAfos } from "./afo";

describe("AFO establishment", () => {
  it("is ARVs × crew × officers per post", () => {
    // 8,760 hours ÷ 1,752 productive hours = 5 officers per post; 2 ARVs × 2 crew × 5 = 20
    expect(afosRequired(2, 2, postFte(8760, 1752))).toBe(20);
    // London crews of three: 3 ARVs × 3 × 5 = 45
    expect(afosRequired(3, 3, 5)).toBe(45);
    expect(afosRequired(0, 2, 5)).toBe(0);
  });

  it("scales linearly in crew size and in ARVs (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 1, max: 4, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        fc.integer({ min: 1, max: 5 }),
        (arvs, crew, perPost, k) => {
          const one = afosRequired(arvs, crew, perPost);
          const close = (x: number, y: number) => Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(y));
          return close(afosRequired(arvs, k * crew, perPost), k * one) && close(afosRequired(k * arvs, crew, perPost), k * one);
        },
      ),
    );
  });
});

describe("AFO gap", () => {
  it("counts only the deployable part of the AFOs available", () => {
    // 20 required − 20 × 0.9 deployable = 2 short
    expect(afoGap(20, 20, 0.9)).toBeCloseTo(2, 12);
    // Home Office rate 6,038/6,651: 20 − 22 × 6,038/6,651 = (133,020 − 132,836) / 6,651 = 184/6,651 = 0.02767 short
    expect(afoGap(20, 22, 6038 / 6651)).toBeCloseTo(184 / 6651, 12);
    // a surplus is negative: 20 − 30 × 1 = −10
    expect(afoGap(20, 30, 1)).toBe(-10);
  });

  it("refuses a deployable rate outside (0, 1]", () => {
    expect(() => afoGap(20, 20, 0)).toThrow(/^deployable_rate: expected a number > 0 and ≤ 1, got 0$/);
    expect(() => afoGap(20, 20, 1.2)).toThrow(/^deployable_rate: /);
  });
});

describe("AFOs in ARV roles", () => {
  it("is the establishment less the other roles, exactly", () => {
    // the force: 230 AFOs, of whom 60 SFO/CTSFO, 20 tactical advisers and commanders, 12 instructors → 138
    expect(arvRoleAfos(230, [60, 20, 12])).toBe(138);
    // 44.3 − 0.1 − 0.2 is 44 exactly (floating point gives 43.99999999999999)
    expect(arvRoleAfos(44.3, [0.1, 0.2])).toBe(44);
    expect(arvRoleAfos(44, [])).toBe(44);
    expect(arvRoleAfos(16, [10, 4, 2])).toBe(0);
  });

  it("refuses other roles adding up to more than the establishment, naming the argument", () => {
    expect(() => arvRoleAfos(10, [10, 4, 2])).toThrow(
      /^other_roles: expected AFOs in other roles adding up to no more than the 10 AFOs available, got 16$/,
    );
  });

  it("never exceeds the establishment and adds back to it (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 6 }), (tenths, others) => {
        const total = others.reduce((a, b) => a + b, 0);
        const establishment = (tenths + total) / 10;
        const arv = arvRoleAfos(
          establishment,
          others.map((o) => o / 10),
        );
        return arv === tenths / 10 && arv <= establishment;
      }),
    );
  });
});
