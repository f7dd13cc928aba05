/**
 * Serious and organised crime capacity from the threat picture: P-Mech bands, activity-based workload, force and
 * ROCU staffing for mapped OCGs, and Lead Responsible Officers.
 */
import { NON_NEGATIVE, numberGrid, numberList, optionalNumber, pairShape, requiredNumber, WHOLE } from "../core/args";
import { assumptionValue } from "../core/assumptions/registry";
import { OCGS_PER_LRO_RULE, lrosNeeded } from "../core/soc/lro";
import { pBand as pBandCore } from "../core/soc/pband";
import { readSocWork } from "../core/soc/soc-arguments";
import { socRequirement } from "../core/soc/socreq";
import { workloadFte as workloadFteCore } from "../core/soc/workload";
import { readProductiveHours } from "../core/workforce/productive-hours-argument";
import { cell } from "./marshal";

/**
 * P-Mech priority band, 1 (highest threat) to 4 (lowest), of an OCG from its MoRiLE score and the force's own three cut-offs; a score equal to a cut-off takes the higher-threat band.
 * Rests on: SPR paragraph 80.1 and footnote 48 (MoRiLE scoring, then P-Mech bands 1 to 4); the cut-offs are the force's own, with no default.
 * @customfunction PBAND
 * @helpurl https://localhost:3000/help/functions.html#pband
 * @param score The OCG's MoRiLE score (≥ 0); a range gives one band per score.
 * @param thresholds Three ascending cut-off scores (≥ 0): where band 3, band 2 and band 1 start.
 * @returns The P-band: 1, 2, 3 or 4.
 */
export function pBand(score: any, thresholds: any[][]): number {
  return cell(() => pBandCore(requiredNumber("score", score, NON_NEGATIVE), numberList("thresholds", thresholds, NON_NEGATIVE).values));
}

/**
 * Full-time equivalents an activity demands: Σ volume × hours each ÷ productive hours per FTE, in FTE.
 * Rests on: arithmetic on the force's volumes and hours; hours per item from planning assumptions FRAUD_DISSEMINATION_HOURS, CYBER_INCIDENT_HOURS, COUNTY_LINE_HOURS (illustrative) or the force's own; productive hours from SPR.PRODUCTIVEHOURS. Volumes such as NFIB disseminations (SPR paragraphs 67, 74.3) and C5/C6 incidents (paragraph 93).
 * @customfunction WORKLOADFTE
 * @helpurl https://localhost:3000/help/functions.html#workloadfte
 * @param volumes Items a year (≥ 0): a value or a range.
 * @param hours_each Hours per item (≥ 0): same shape as volumes, or one value for all.
 * @param [productive_hours] Productive hours per officer (FTE) a year, > 0 (default: SPR.PRODUCTIVEHOURS() with its defaults, 1,679.14).
 * @returns FTE needed.
 */
export function workloadFte(volumes: any[][], hours_each: any[][], productive_hours?: any): number {
  return cell(() => {
    const v = numberGrid("volumes", volumes, NON_NEGATIVE);
    const h = numberGrid("hours_each", hours_each, NON_NEGATIVE);
    pairShape("volumes", v, "hours_each", h, true);
    return workloadFteCore(v.values, h.values, readProductiveHours(productive_hours));
  }, "volumes, hours_each, productive_hours");
}

/**
 * One row: force FTE, ROCU FTE and total FTE to manage the force's mapped OCGs, split band by band by the force's share of ownership.
 * Rests on: SPR paragraphs 74.3–74.4 (the force responds to the demand the ROCU, NCA or a partner does not own), 85a (specialist capability through the ROCU first) and 80.1 (P-bands 1 to 4); hours per OCG from planning assumptions SOC_HOURS_OCG_BAND1–4 (illustrative) or the force's own.
 * @customfunction SOCREQ
 * @helpurl https://localhost:3000/help/functions.html#socreq
 * @param ocgs_by_band Mapped OCGs in P-bands 1, 2, 3, 4 (four whole numbers ≥ 0, a row or a column).
 * @param hours_by_band Hours a year to manage one OCG in each band (four numbers ≥ 0).
 * @param force_share_by_band The force's share of each band's work, 0 to 1 (four numbers); the ROCU takes the rest.
 * @param [productive_hours] Productive hours per officer (FTE) a year, > 0 (default: SPR.PRODUCTIVEHOURS() with its defaults, 1,679.14).
 * @returns A row: force FTE, ROCU FTE, total FTE.
 */
export function socReq(ocgs_by_band: any[][], hours_by_band: any[][], force_share_by_band: any[][], productive_hours?: any): any[][] {
  return cell(() => {
    const ocgs = numberList("ocgs_by_band", ocgs_by_band, WHOLE).values;
    const work = readSocWork(hours_by_band, force_share_by_band, productive_hours);
    const r = socRequirement(ocgs, work.hoursByBand, work.forceShareByBand, work.productiveHours);
    return [[r.force, r.rocu, r.total]];
  }, "ocgs_by_band, hours_by_band, productive_hours");
}

/**
 * Lead Responsible Officers needed so every mapped OCG has one: mapped OCGs ÷ OCGs per LRO, rounded up (officers holding the role, not FTE).
 * Rests on: SPR paragraph 74.4 (LROs assigned to mapped OCGs); planning assumption OCGS_PER_LRO (default 3, illustrative).
 * @customfunction LROREQ
 * @helpurl https://localhost:3000/help/functions.html#lroreq
 * @param mapped_ocgs Mapped OCGs (a whole number ≥ 0).
 * @param [ocgs_per_lro] OCGs one LRO can hold (a whole number ≥ 1; default: assumption OCGS_PER_LRO, 3).
 * @returns LROs needed (a whole number).
 */
export function lroReq(mapped_ocgs: any, ocgs_per_lro?: any): number {
  return cell(() =>
    lrosNeeded(
      requiredNumber("mapped_ocgs", mapped_ocgs, WHOLE),
      optionalNumber("ocgs_per_lro", ocgs_per_lro, assumptionValue("OCGS_PER_LRO"), OCGS_PER_LRO_RULE),
    ),
  );
}
