/**
 * A force's share of the national public-order requirement (SPR paragraph 120): of the PSUs (120a) or the BDUs
 * (120b), shared among the forces by largest remainder over their officer numbers.
 *
 * Who shares what (the PSU split is the project's reading of 120a, assumption PSU_297_EXCLUDES_LONDON):
 * - PSUs, a force outside London: the 41 forces outside London share the 297 of PSU_NATIONAL_EW, or 222 (297 less the 75
 *   of PSU_LONDON) when the 297 are read as including London's 75.
 * - PSUs, the Metropolitan Police or City of London: the two London forces share the 75 of PSU_LONDON.
 * - BDUs: all 43 forces share the 234 of BDU_NATIONAL; the SPR sets no separate London figure.
 * Weights are the shipped officer FTE (dated) unless the user gives a table of force and weight, which must then
 * cover every force in the pool.
 */
import type { NumberRule } from "../args";
import { allocate } from "../allocate";
import { valueError } from "../errors";
import { FORCES, ForceRecord } from "../forces/forces-data";
import { findForce } from "../forces/forces";
import { Overrides } from "../standards/overrides";
import { standardValue } from "../standards/registry";

export const SHARE_KINDS = ["PSU", "BDU"] as const;

/** NATIONALSHARE reads excludes_london as TRUE/FALSE or 1/0 (args.optionalBoolean); as a number, that is this rule. */
export const NATIONAL_SHARE_RULES = {
  excludes_london: { min: 0, max: 1, integer: true },
} as const satisfies Record<string, NumberRule>;
export type ShareKind = (typeof SHARE_KINDS)[number];

const LONDON = "London";

export interface SharePool {
  /** The forces that share the figure, in the shipped order. */
  forces: readonly ForceRecord[];
  /** The figure they share. */
  total: number;
  /** How the pool and total were found, in a sentence (for the workbook and the checks). */
  basis: string;
}

/** The forces sharing the national figure with `force`, and that figure. */
export function sharePool(force: ForceRecord, kind: ShareKind, excludesLondon: boolean, overrides?: Overrides): SharePool {
  if (kind === "BDU") {
    return { forces: FORCES, total: standardValue("BDU_NATIONAL", overrides), basis: "SPR 120b: BDU_NATIONAL shared by all 43 forces" };
  }
  const london = standardValue("PSU_LONDON", overrides);
  if (force.region === LONDON) {
    return {
      forces: FORCES.filter((f) => f.region === LONDON),
      total: london,
      basis: "SPR 120a: PSU_LONDON shared by the two London forces",
    };
  }
  const national = standardValue("PSU_NATIONAL_EW", overrides);
  const total = excludesLondon ? national : national - london;
  if (total < 0)
    throw valueError(
      "overrides",
      `leave PSU_NATIONAL_EW (${national}) below PSU_LONDON (${london}), so nothing is left for the forces outside London`,
    );
  const basis = excludesLondon
    ? "SPR 120a: PSU_NATIONAL_EW shared by the 41 forces outside London (assumption PSU_297_EXCLUDES_LONDON = 1)"
    : "SPR 120a: PSU_NATIONAL_EW less PSU_LONDON shared by the 41 forces outside London (assumption PSU_297_EXCLUDES_LONDON = 0)";
  return { forces: FORCES.filter((f) => f.region !== LONDON), total, basis };
}

/** Resolves a force name in a user's table of weights (for readKeyedTable). */
export function forceKey(name: string): string {
  return findForce(name).force;
}

/**
 * The force's share: largest remainder of the pool's total over the pool's weights. `weights` (force → weight) wins
 * over the shipped FTE and must name every force in the pool; forces outside the pool are ignored.
 */
export function nationalShare(
  forceName: string,
  kind: ShareKind,
  weights: ReadonlyMap<string, number> | null,
  excludesLondon: boolean,
  overrides?: Overrides,
): number {
  const force = findForce(forceName);
  const pool = sharePool(force, kind, excludesLondon, overrides);
  let w: number[];
  if (weights && weights.size) {
    const missing = pool.forces.filter((f) => !weights.has(f.force)).map((f) => f.force);
    if (missing.length) {
      const shown = missing.slice(0, 5).join(", ") + (missing.length > 5 ? ` and ${missing.length - 5} more` : "");
      throw valueError("force_weights", `expected a weight for every force sharing the figure (${pool.forces.length}); missing ${shown}`);
    }
    w = pool.forces.map((f) => weights.get(f.force)!);
  } else {
    w = pool.forces.map((f) => f.officerFte);
  }
  if (w.every((x) => x === 0))
    throw valueError("force_weights", "are all zero for the forces sharing the figure, so there is nothing to share it by");
  return allocate(pool.total, w)[pool.forces.indexOf(force)];
}
