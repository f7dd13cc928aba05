/**
 * Lead Responsible Officers needed so every mapped OCG has one (SPR paragraph 74.4): mapped OCGs ÷ OCGs each LRO can
 * hold, rounded up. A count of officers holding the role, not FTE: the role usually sits alongside other duties.
 */
import type { NumberRule } from "../args";
import { valueError } from "../errors";

/** The rule LROREQ reads OCGs per LRO by (the plan schema takes its bounds from here). */
export const OCGS_PER_LRO_RULE = { min: 1, integer: true } as const satisfies NumberRule;

export function lrosNeeded(mappedOcgs: number, ocgsPerLro: number): number {
  if (!Number.isInteger(mappedOcgs) || mappedOcgs < 0) throw valueError("mapped_ocgs", `expected a whole number ≥ 0, got ${mappedOcgs}`);
  if (!Number.isInteger(ocgsPerLro) || ocgsPerLro < 1) throw valueError("ocgs_per_lro", `expected a whole number ≥ 1, got ${ocgsPerLro}`);
  return Math.ceil(mappedOcgs / ocgsPerLro);
}
