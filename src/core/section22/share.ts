/**
 * SPR.S22SHARE: each force's contribution to its ROCU (SPR paragraph 84). `fixed_fraction` of the total is split
 * equally, the rest in proportion to the weights, and the combined exact share is rounded once, by largest
 * remainder, so the shares add up exactly to the total and none is a whole unit or more from its exact share.
 *
 * Why round the combined share once: rounding the equal part and the proportional part separately would give each
 * force two roundings (up to two units off its exact share). Here each force's exact quota (both elements together)
 * is worked out exactly, every force gets the whole units of its quota, and the units left over go to the largest
 * remainders (ties: the larger weight, then the earlier force).
 */
import { Decimal } from "../decimal";
import { apportionUnits } from "../allocate";
import { valueError } from "../errors";
import { unitDecimal, unitsToNumber, wholeUnits } from "./money";
import { Basis, contributionBasis } from "./quotas";

export interface Share {
  basis: Basis;
  unit: Decimal;
  totalUnits: bigint;
  /** Each force's share in whole units. */
  units: bigint[];
}

export function s22ShareUnits(weights: number[], total: number, fixedFraction: number, unit: number): Share {
  const unitD = unitDecimal(unit);
  if (!(total >= 0)) throw valueError("total", `expected a number ≥ 0, got ${total}`);
  const totalUnits = wholeUnits("total", total, unitD);
  const basis = contributionBasis(weights, fixedFraction);
  return { basis, unit: unitD, totalUnits, units: apportionUnits(totalUnits, basis.e) };
}

/** The shares as numbers, in the order of `weights`, adding up exactly (in whole units) to `total`. */
export function s22Share(weights: number[], total: number, fixedFraction: number, unit: number): number[] {
  const s = s22ShareUnits(weights, total, fixedFraction, unit);
  return s.units.map((u) => unitsToNumber(u, s.unit));
}
