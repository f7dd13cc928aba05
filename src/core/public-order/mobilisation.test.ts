import fc from "fast-check";
import { mutualAid } from "./mutual-aid";
import { psuRequirement } from "./requirement";

describe("PSUs the force must be able to field", () => {
  it("takes the larger of national share and local peak, or both at once", () => {
    expect(psuRequirement(11, 6, "max")).toBe(11);
    expect(psuRequirement(11, 14, "max")).toBe(14);
    expect(psuRequirement(11, 6, "sum")).toBe(17);
  });
});

describe("the mobilisation tier (SPR paragraphs 123–125)", () => {
  it("is local while the force can cope, regional while the region can make up the rest, national beyond", () => {
    expect(mutualAid(10, 12, 5)).toEqual([1, 10, 0, 0]);
    expect(mutualAid(12, 12, 5)).toEqual([1, 12, 0, 0]); // exactly local capacity: still tier 1
    expect(mutualAid(17, 12, 5)).toEqual([2, 12, 5, 0]); // exactly local + regional: tier 2
    expect(mutualAid(20, 12, 5)).toEqual([3, 12, 5, 3]);
    expect(mutualAid(0, 0, 0)).toEqual([1, 0, 0, 0]);
    expect(mutualAid(3, 0, 0)).toEqual([3, 0, 0, 3]);
  });

  it("always sources exactly the demand, and the tier never falls as demand rises (property)", () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(200), fc.nat(200), fc.nat(50), (demand, local, regional, more) => {
        const [tier, f, r, n] = mutualAid(demand, local, regional);
        expect(f + r + n).toBe(demand);
        expect(f).toBeLessThanOrEqual(local);
        expect(r).toBeLessThanOrEqual(regional);
        expect(mutualAid(demand + more, local, regional)[0]).toBeGreaterThanOrEqual(tier);
      }),
    );
  });
});
