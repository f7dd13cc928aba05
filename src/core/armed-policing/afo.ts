/**
 * The authorised firearms officers (AFOs) behind the ARVs on duty, and the shortfall against the force's own.
 *
 *   AFO establishment (FTE) = ARVs on duty × crew per ARV × officers per post (hours covered ÷ productive hours)
 *   AFO gap                 = required − available × deployable rate   (positive: short; negative: spare)
 *
 * Only deployable AFOs crew an ARV, so the gap counts the deployable part of the establishment; to close a gap of G
 * deployable officers the establishment must grow by about G ÷ deployable rate.
 */
import type { NumberRule } from "../args";
import { commonScale, timesUnit, toDecimal } from "../decimal";
import { valueError } from "../errors";

/**
 * The AFOs in ARV roles: the whole AFO establishment less those in other roles (specialist firearms officers — SFO,
 * CTSFO, MASTS —, tactical advisers and commanders, instructors), exact to the decimals typed. Only these crew
 * ARVs, so only these are compared with the AFOs the ARVs need.
 */
export function arvRoleAfos(establishment: number, otherRoles: readonly number[]): number {
  const { ints, scale } = commonScale([establishment, ...otherRoles].map(toDecimal));
  const others = ints.slice(1).reduce((a, b) => a + b, 0n);
  const unit = { digits: 1n, scale };
  if (others > ints[0]) {
    throw valueError(
      "other_roles",
      `expected AFOs in other roles adding up to no more than the ${establishment} AFOs available, got ${timesUnit(others, unit)}`,
    );
  }
  return timesUnit(ints[0] - others, unit);
}

/** The rules AFOREQ and AFOGAP read these arguments by (the plan schema takes its bounds from here). */
export const AFO_RULES = {
  crew_size: { min: 1 },
  deployable_rate: { min: 0, above: true, max: 1 },
} as const satisfies Record<string, NumberRule>;

/** AFO FTE to keep `arvs` ARVs crewed by `crew` officers, each post needing `officersPerPost` FTE. */
export function afosRequired(arvs: number, crew: number, officersPerPost: number): number {
  return arvs * crew * officersPerPost;
}

/** Required AFOs minus the deployable part of those available. */
export function afoGap(required: number, available: number, deployableRate: number): number {
  if (!(deployableRate > 0 && deployableRate <= 1))
    throw valueError("deployable_rate", `expected a number > 0 and ≤ 1, got ${deployableRate}`);
  return required - available * deployableRate;
}
