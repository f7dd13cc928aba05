/**
 * Staff needed to manage mapped organised crime groups, split between the force and its ROCU by who owns each P-band
 * (the force's own shares; SPR paragraph 85a asks that specialist capability be sought from the ROCU first, and 74.3
 * and 74.4 that the force respond to the demand not owned by the ROCU, the NCA or a partner).
 *
 *   force FTE = Σ_b OCGs_b × hours_b × share_b ÷ productive hours
 *   ROCU FTE  = Σ_b OCGs_b × hours_b × (1 − share_b) ÷ productive hours
 *   total     = force FTE + ROCU FTE
 */
import { valueError } from "../errors";
import { findStandard } from "../standards/registry";
import { hoursToFte } from "./workload";

export interface SocRequirement {
  force: number;
  rocu: number;
  total: number;
}

/**
 * Checks the lists socRequirement takes, once; returns the figure for a list of OCG counts by
 * the very arithmetic socRequirement does (the same operations in the same order), so a simulation running it for
 * every trial gives socRequirement's numbers without checking the same lists again in each.
 */
export function socRequirementOf(
  hours: readonly number[],
  forceShare: readonly number[],
  productiveHours: number,
): (ocgs: readonly number[]) => SocRequirement {
  const bands = findStandard("PMECH_BANDS").value;
  const lists: [string, readonly number[]][] = [
    ["hours_by_band", hours],
    ["force_share_by_band", forceShare],
  ];
  for (const [name, list] of lists) {
    if (list.length !== bands)
      throw valueError(name, `expected ${bands} figures, one per P-band from 1 (highest threat) to ${bands}, got ${list.length}`);
  }
  forceShare.forEach((s, b) => {
    if (!(s >= 0 && s <= 1))
      throw valueError("force_share_by_band", `expected a number ≥ 0 and ≤ 1 in every cell, got ${s} (band ${b + 1})`);
  });
  return (ocgs) => {
    let forceHours = 0;
    let rocuHours = 0;
    for (let b = 0; b < bands; b++) {
      const demand = ocgs[b] * hours[b];
      forceHours += demand * forceShare[b];
      rocuHours += demand * (1 - forceShare[b]);
    }
    const force = hoursToFte(forceHours, productiveHours);
    const rocu = hoursToFte(rocuHours, productiveHours);
    return { force, rocu, total: force + rocu };
  };
}

export function socRequirement(
  ocgs: readonly number[],
  hours: readonly number[],
  forceShare: readonly number[],
  productiveHours: number,
): SocRequirement {
  const bands = findStandard("PMECH_BANDS").value;
  if (ocgs.length !== bands)
    throw valueError("ocgs_by_band", `expected ${bands} figures, one per P-band from 1 (highest threat) to ${bands}, got ${ocgs.length}`);
  return socRequirementOf(hours, forceShare, productiveHours)(ocgs);
}
