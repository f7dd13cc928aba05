/**
 * The authorised firearms officers (AFOs) behind the ARVs on duty, and the shortfall against the force's own.
 *
 *   AFO establishment (FTE) = ARVs on duty × crew per ARV × officers per post (hours covered ÷ productive hours)
 *   AFO gap                 = required − available × deployable rate   (positive: short; negative: spare)
 *
 * Only deployable AFOs crew an ARV, so the gap counts the deployable part of the establishment; to close a gap of G
 * deployable officers the establishment must grow by about G ÷ deployable rate.
 */
import { valueError } from "../errors";

/** AFO FTE to keep `arvs` ARVs crewed by `crew` officers, each post needing `officersPerPost` FTE. */
export function afosRequired(arvs: number, crew: number, officersPerPost: number): number {
  return arvs * crew * officersPerPost;
}

/** Required AFOs minus the deployable part of those available. */
export function afoGap(required: number, available: number, deployableRate: number): number {
  if (!(deployableRate > 0 && deployableRate <= 1)) throw valueError("deployable_rate", `expected a number > 0 and ≤ 1, got ${deployableRate}`);
  return required - available * deployableRate;
}
