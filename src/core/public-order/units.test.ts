import { findStandard } from "../standards/registry";
import { readOverrides } from "../standards/overrides";
import { unitRoles, unitSize } from "./units";

describe("unit definitions (SPR paragraph 122)", () => {
  it("lists the roles in the SPR's order with the registry's figures", () => {
    expect(unitRoles("PSU").map((r) => [r.heading, r.perUnit, r.paragraph])).toEqual([
      ["Inspectors", 1, "122a"],
      ["Sergeants", 3, "122a"],
      ["Constables (level 2)", 18, "122a"],
      ["Drivers", 3, "122a"],
    ]);
    expect(unitRoles("BDU").map((r) => [r.heading, r.perUnit, r.paragraph])).toEqual([
      ["Inspectors", 1, "122b"],
      ["Sergeants", 3, "122b"],
      ["Constables (level 3)", 18, "122b"],
    ]);
    expect(unitRoles("AEP").map((r) => [r.heading, r.perUnit, r.paragraph])).toEqual([
      ["AEP commanders", 1, "122c"],
      ["Drivers", 1, "122c"],
      ["Officers", 4, "122c"],
    ]);
  });

  it("gives the SPR's unit sizes: 25 per PSU, 22 per BDU, 6 per AEP team", () => {
    expect(unitSize(unitRoles("PSU"))).toBe(25); // 1 + 3 + 18 + 3
    expect(unitSize(unitRoles("BDU"))).toBe(22); // 1 + 3 + 18
    expect(unitSize(unitRoles("AEP"))).toBe(6); // 1 + 1 + 4
  });

  it("reads each figure from the standards registry, so there is one place to change it", () => {
    for (const r of unitRoles("PSU")) expect(r.perUnit).toBe(findStandard(r.key).value);
  });

  it("takes revised figures from an override table and marks them revised (footnote 61)", () => {
    const roles = unitRoles("PSU", readOverrides("overrides", [["PSU_CONSTABLES", 20]]));
    expect(roles.map((r) => r.perUnit)).toEqual([1, 3, 20, 3]);
    expect(roles.map((r) => r.revised)).toEqual([false, false, true, false]);
    // an override of another unit's figure leaves this one alone
    expect(unitRoles("BDU", readOverrides("overrides", [["PSU_CONSTABLES", 20]])).map((r) => r.perUnit)).toEqual([1, 3, 18]);
  });

  it("refuses a revised composition that is fractional or leaves the unit empty", () => {
    expect(() => unitRoles("AEP", readOverrides("overrides", [["AEP_TEAM_OFFICERS", 4.5]]))).toThrow(
      /^overrides: expected a whole number ≥ 0 of officers for AEP_TEAM_OFFICERS, got 4.5$/,
    );
    const empty = readOverrides("overrides", [
      ["AEP_TEAM_COMMANDERS", 0],
      ["AEP_TEAM_DRIVERS", 0],
      ["AEP_TEAM_OFFICERS", 0],
    ]);
    expect(() => unitRoles("AEP", empty)).toThrow(/^overrides: leave an AEP team with no officers at all$/);
  });
});
