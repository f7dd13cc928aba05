/**
 * SOC investigator FTE under uncertainty: SPR.SOCREQ with the mapped OCGs in each P-band a three-point estimate.
 */
import { choice, WHOLE } from "../core/args";
import { readSocWork } from "../core/soc/soc-arguments";
import { UncertainModel } from "../core/uncertainty/simulate";
import { SOC_MEASURES, socModel } from "../core/uncertainty/soc-model";
import { percentilesCell, readEstimates, tornadoCell, trialsCell } from "./simulation-args";

/** The arguments a SOC answer grows with (named when an answer is too large for a cell). */
const SOC_GROWS = "ocgs_high, hours_by_band, productive_hours";

function socModelOf(
  ocgs_low: unknown,
  ocgs_likely: unknown,
  ocgs_high: unknown,
  hours_by_band: unknown,
  force_share_by_band: unknown,
  measure: unknown,
  productive_hours: unknown,
): UncertainModel {
  const ocgs = readEstimates(["ocgs_low", "ocgs_likely", "ocgs_high"], ocgs_low, ocgs_likely, ocgs_high, WHOLE, "band");
  const work = readSocWork(hours_by_band, force_share_by_band, productive_hours);
  return socModel(ocgs, work.hoursByBand, work.forceShareByBand, work.productiveHours, choice("measure", measure, SOC_MEASURES, "force"));
}

/**
 * SOC investigator FTE at a percentile when the mapped OCGs in each P-band are uncertain (a triangular or PERT estimate per band, drawn as whole groups): SPR.SOCREQ in each trial, then PERCENTILE.INC over the trials for the force's, the ROCU's or the total FTE.
 * Rests on: SPR paragraphs 74.3–74.4, 78 (capacity varies with the scale and nature of the threat), 80.1 and 85a; the SPR sets no percentile; hours per OCG from planning assumptions SOC_HOURS_OCG_BAND1–4 (illustrative) or the force's own, and SIM_TRIALS and SIM_SEED.
 * @customfunction SOCREQP
 * @helpurl https://localhost:3000/help/functions.html#socreqp
 * @param ocgs_low Fewest mapped OCGs in P-bands 1 to 4 (four whole numbers ≥ 0).
 * @param ocgs_likely Most likely mapped OCGs in each band.
 * @param ocgs_high Most mapped OCGs in each band.
 * @param hours_by_band Hours a year to manage one OCG in each band (four numbers ≥ 0).
 * @param force_share_by_band The force's share of each band's work, 0 to 1 (four numbers); the ROCU takes the rest.
 * @param percentile A fraction from 0 to 1 (0.9 for P90); SPR.ARVREQP, SPR.PSUREQP and SPR.SOCREQP also take a range of them (a range gives a range of answers).
 * @param [measure] "force" (default), "rocu" or "total" FTE.
 * @param [productive_hours] Productive hours per officer (FTE) a year, > 0 (default: SPR.PRODUCTIVEHOURS() with its defaults, 1,679.14).
 * @param [trials] Trials (draws), a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [shape] "TRIANGULAR" (default) or "PERT": how the three-point estimate spreads between low and high.
 * @returns FTE at each percentile, in the shape of percentile.
 */
export function socReqP(
  ocgs_low: any[][],
  ocgs_likely: any[][],
  ocgs_high: any[][],
  hours_by_band: any[][],
  force_share_by_band: any[][],
  percentile: any[][],
  measure?: any,
  productive_hours?: any,
  trials?: any,
  seed?: any,
  shape?: any,
): number[][] {
  return percentilesCell(
    () => socModelOf(ocgs_low, ocgs_likely, ocgs_high, hours_by_band, force_share_by_band, measure, productive_hours),
    [trials, seed, shape],
    percentile,
    false,
    SOC_GROWS,
  );
}

/**
 * SOC investigator FTE in each trial when the mapped OCGs in each P-band are uncertain: a column of SPR.SOCREQ answers (force, ROCU or total FTE), one per trial.
 * Rests on: SPR paragraphs 74.3–74.4, 80.1 and 85a; hours per OCG as SPR.SOCREQ, and SIM_TRIALS and SIM_SEED.
 * @customfunction SOCSIM
 * @helpurl https://localhost:3000/help/functions.html#socsim
 * @param ocgs_low Fewest mapped OCGs in P-bands 1 to 4 (four whole numbers ≥ 0).
 * @param ocgs_likely Most likely mapped OCGs in each band.
 * @param ocgs_high Most mapped OCGs in each band.
 * @param hours_by_band Hours a year to manage one OCG in each band (four numbers ≥ 0).
 * @param force_share_by_band The force's share of each band's work, 0 to 1 (four numbers); the ROCU takes the rest.
 * @param [measure] "force" (default), "rocu" or "total" FTE.
 * @param [productive_hours] Productive hours per officer (FTE) a year, > 0 (default: SPR.PRODUCTIVEHOURS() with its defaults, 1,679.14).
 * @param [trials] Trials (draws), a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [shape] "TRIANGULAR" (default) or "PERT": how the three-point estimate spreads between low and high.
 * @returns A column of FTE, one row per trial.
 */
export function socSim(
  ocgs_low: any[][],
  ocgs_likely: any[][],
  ocgs_high: any[][],
  hours_by_band: any[][],
  force_share_by_band: any[][],
  measure?: any,
  productive_hours?: any,
  trials?: any,
  seed?: any,
  shape?: any,
): number[][] {
  return trialsCell(
    () => socModelOf(ocgs_low, ocgs_likely, ocgs_high, hours_by_band, force_share_by_band, measure, productive_hours),
    [trials, seed, shape],
    SOC_GROWS,
  );
}

/**
 * Which P-band's OCG count drives the spread of SOC FTE most: for each band, the FTE percentile with that band's count held at its low, likely and high values while the other bands stay uncertain (the same draws), sorted by swing, largest first.
 * Rests on: SPR paragraphs 74.3–74.4, 80.1 and 85a; as SPR.SOCREQP.
 * @customfunction SOCTORNADO
 * @helpurl https://localhost:3000/help/functions.html#soctornado
 * @param ocgs_low Fewest mapped OCGs in P-bands 1 to 4 (four whole numbers ≥ 0).
 * @param ocgs_likely Most likely mapped OCGs in each band.
 * @param ocgs_high Most mapped OCGs in each band.
 * @param hours_by_band Hours a year to manage one OCG in each band (four numbers ≥ 0).
 * @param force_share_by_band The force's share of each band's work, 0 to 1 (four numbers); the ROCU takes the rest.
 * @param percentile A fraction from 0 to 1 (0.9 for P90); SPR.ARVREQP, SPR.PSUREQP and SPR.SOCREQP also take a range of them (a range gives a range of answers).
 * @param [measure] "force" (default), "rocu" or "total" FTE.
 * @param [productive_hours] Productive hours per officer (FTE) a year, > 0 (default: SPR.PRODUCTIVEHOURS() with its defaults, 1,679.14).
 * @param [trials] Trials (draws), a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [shape] "TRIANGULAR" (default) or "PERT": how the three-point estimate spreads between low and high.
 * @returns A table with a header row: Input (Band 1 to Band 4), Held at low, Held at likely, Held at high, Swing (FTE).
 */
export function socTornado(
  ocgs_low: any[][],
  ocgs_likely: any[][],
  ocgs_high: any[][],
  hours_by_band: any[][],
  force_share_by_band: any[][],
  percentile: any,
  measure?: any,
  productive_hours?: any,
  trials?: any,
  seed?: any,
  shape?: any,
): any[][] {
  return tornadoCell(
    () => socModelOf(ocgs_low, ocgs_likely, ocgs_high, hours_by_band, force_share_by_band, measure, productive_hours),
    (m) => m.inputs.map((_, i) => `Band ${i + 1}`),
    [trials, seed, shape],
    percentile,
    false,
    SOC_GROWS,
  );
}
