/**
 * The three deployable public-order units of SPR paragraph 122, by role, in the order the SPR lists them:
 *   PSU (122a):      1 inspector, 3 sergeants, 18 constables (level 2), 3 drivers = 25
 *   BDU (122b):      1 inspector, 3 sergeants, 18 constables (level 3)            = 22 (no drivers are set)
 *   AEP team (122c): 1 operational AEP commander, 1 driver, 4 officers           = 6
 * This module only names the roles and points at the standards registry keys; the numbers live once, in
 * src/core/standards/public-order.ts, and a user's override table (footnote 61) may revise them.
 */
import { valueError } from "../errors";
import { findStandard } from "../standards/registry";
import { Overrides } from "../standards/overrides";

export const UNIT_TYPES = ["PSU", "BDU", "AEP"] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** How a unit is named in a sentence. */
export const UNIT_NAMES: Record<UnitType, string> = { PSU: "PSU", BDU: "BDU", AEP: "AEP team" };

/** "a PSU", "an AEP team". */
export function aUnit(unit: UnitType): string {
  const name = UNIT_NAMES[unit];
  return `${/^[AEIOU]/.test(name) ? "an" : "a"} ${name}`;
}

interface RoleName {
  /** The standards registry key holding the officers per unit. */
  key: string;
  /** Column heading. */
  heading: string;
  /** In a sentence, one and several. */
  one: string;
  many: string;
}

const ROLE_NAMES: Record<UnitType, readonly RoleName[]> = {
  PSU: [
    { key: "PSU_INSPECTORS", heading: "Inspectors", one: "inspector", many: "inspectors" },
    { key: "PSU_SERGEANTS", heading: "Sergeants", one: "sergeant", many: "sergeants" },
    { key: "PSU_CONSTABLES", heading: "Constables (level 2)", one: "constable (level 2)", many: "constables (level 2)" },
    { key: "PSU_DRIVERS", heading: "Drivers", one: "driver", many: "drivers" },
  ],
  BDU: [
    { key: "BDU_INSPECTORS", heading: "Inspectors", one: "inspector", many: "inspectors" },
    { key: "BDU_SERGEANTS", heading: "Sergeants", one: "sergeant", many: "sergeants" },
    { key: "BDU_CONSTABLES", heading: "Constables (level 3)", one: "constable (level 3)", many: "constables (level 3)" },
  ],
  AEP: [
    { key: "AEP_TEAM_COMMANDERS", heading: "AEP commanders", one: "operational AEP commander", many: "operational AEP commanders" },
    { key: "AEP_TEAM_DRIVERS", heading: "Drivers", one: "driver", many: "drivers" },
    { key: "AEP_TEAM_OFFICERS", heading: "Officers", one: "officer", many: "officers" },
  ],
};

export interface Role extends RoleName {
  /** Officers in this role per unit (the SPR figure, or the user's revision). */
  perUnit: number;
  /** The SPR paragraph that sets it, e.g. "122a". */
  paragraph: string;
  /** True when the figure comes from the user's override table rather than the SPR. */
  revised: boolean;
}

/** "1 inspector", "3 sergeants". */
export function countOf(n: number, role: RoleName): string {
  return `${n} ${n === 1 ? role.one : role.many}`;
}

/** The roles of a unit with their officers per unit, in SPR order. Revised figures must be whole numbers ≥ 0. */
export function unitRoles(unit: UnitType, overrides?: Overrides): Role[] {
  const roles = ROLE_NAMES[unit].map((r) => {
    const std = findStandard(r.key);
    const revised = overrides?.has(std.key) ?? false;
    const perUnit = revised ? (overrides?.get(std.key) as number) : std.value;
    if (!Number.isInteger(perUnit)) throw valueError("overrides", `expected a whole number ≥ 0 of officers for ${std.key}, got ${perUnit}`);
    return { ...r, perUnit, paragraph: std.paragraph, revised };
  });
  if (roles.every((r) => r.perUnit === 0)) throw valueError("overrides", `leave ${aUnit(unit)} with no officers at all`);
  return roles;
}

/** People in one unit: the sum over its roles. */
export function unitSize(roles: readonly Role[]): number {
  return roles.reduce((a, r) => a + r.perUnit, 0);
}

/** "inspectors, sergeants, constables (level 2), drivers": the order a by-role range must follow. */
export function roleOrder(roles: readonly Role[]): string {
  return roles.map((r) => r.many).join(", ");
}
