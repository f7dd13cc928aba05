/**
 * P-Mech priority band from a MoRiLE score (SPR paragraph 80.1, footnote 48): band 1 is the highest threat, band 4
 * the lowest. The cut-offs are the force's own: three ascending scores, the lowest score of band 3, of band 2 and of
 * band 1. A score equal to a cut-off falls in the higher-threat band (a cut-off is where that band starts), so a
 * borderline group gets the closer attention.
 *
 *   score < t1 → 4;  t1 ≤ score < t2 → 3;  t2 ≤ score < t3 → 2;  score ≥ t3 → 1
 */
import { valueError } from "../errors";
import { findStandard } from "../standards/registry";

/** Four bands (standard PMECH_BANDS) need three cut-offs. */
export function cutOffCount(): number {
  return findStandard("PMECH_BANDS").value - 1;
}

export function checkThresholds(thresholds: readonly number[]): void {
  const n = cutOffCount();
  if (thresholds.length !== n) {
    throw valueError("thresholds", `expected ${n} cut-off scores (where bands 3, 2 and 1 start), got ${thresholds.length}`);
  }
  for (let k = 1; k < n; k++) {
    if (!(thresholds[k] > thresholds[k - 1])) {
      throw valueError("thresholds", `expected ${n} cut-off scores in strictly ascending order, got ${thresholds.join(", ")}`);
    }
  }
}

export function pBand(score: number, thresholds: readonly number[]): number {
  checkThresholds(thresholds);
  const reached = thresholds.filter((t) => score >= t).length;
  return cutOffCount() + 1 - reached;
}
