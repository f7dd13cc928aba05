import { readOverrides } from "../standards/overrides";
import { checkUnit, listing } from "./check-unit";
import { unitRoles } from "./units";

describe("checking a unit's make-up against paragraph 122", () => {
  it("says OK for the SPR's own definitions", () => {
    expect(checkUnit("PSU", unitRoles("PSU"), [1, 3, 18, 3])).toBe("OK");
    expect(checkUnit("BDU", unitRoles("BDU"), [1, 3, 18])).toBe("OK");
    expect(checkUnit("AEP", unitRoles("AEP"), [1, 1, 4])).toBe("OK");
  });

  it("names each role that departs, by how much, and the paragraph", () => {
    expect(checkUnit("PSU", unitRoles("PSU"), [1, 2, 12, 3])).toBe(
      "Departs from SPR paragraph 122a: a PSU has 1 inspector, 3 sergeants, 18 constables (level 2) and 3 drivers (25 in all); this one has 2 sergeants (1 too few) and 12 constables (level 2) (6 too few), 18 in all.",
    );
    expect(checkUnit("AEP", unitRoles("AEP"), [2, 1, 4])).toBe(
      "Departs from SPR paragraph 122c: an AEP team has 1 operational AEP commander, 1 driver and 4 officers (6 in all); this one has 2 operational AEP commanders (1 too many), 7 in all.",
    );
    // a BDU with drivers is not a departure the SPR names (no drivers are set), so the BDU has three roles only
    expect(checkUnit("BDU", unitRoles("BDU"), [0, 3, 18])).toMatch(
      /^Departs from SPR paragraph 122b: a BDU has .*; this one has 0 inspectors \(1 too few\), 21 in all\.$/,
    );
  });

  it("checks against revised figures when an override table is given, and says so", () => {
    const roles = unitRoles("PSU", readOverrides("overrides", [["PSU_CONSTABLES", 20]]));
    expect(checkUnit("PSU", roles, [1, 3, 20, 3])).toBe("OK");
    expect(checkUnit("PSU", roles, [1, 3, 18, 3])).toMatch(
      /^Departs from SPR paragraph 122a as revised in the overrides table: .*20 constables/,
    );
  });

  it("lists with commas and a final 'and'", () => {
    expect(listing(["a"])).toBe("a");
    expect(listing(["a", "b"])).toBe("a and b");
    expect(listing(["a", "b", "c"])).toBe("a, b and c");
  });
});
