import fc from "fast-check";
import { postFte } from "../workforce/productive-hours";
import { afoGap, afosRequired } from "./afo";

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
      fc.property(fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 1, max: 4, noNaN: true }), fc.double({ min: 1, max: 10, noNaN: true }), fc.integer({ min: 1, max: 5 }), (arvs, crew, perPost, k) => {
        const one = afosRequired(arvs, crew, perPost);
        const close = (x: number, y: number) => Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(y));
        return close(afosRequired(arvs, k * crew, perPost), k * one) && close(afosRequired(k * arvs, crew, perPost), k * one);
      }),
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
