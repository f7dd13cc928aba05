/**
 * ARVs on duty under uncertainty: SPR.ARVREQ's model with next year's firearms incidents a three-point estimate.
 */
import { readArvArguments } from "../core/armed-policing/arv-arguments";
import { arvModel } from "../core/uncertainty/arv-model";
import { UncertainModel } from "../core/uncertainty/simulate";
import { percentilesCell, readEstimate, trialsCell } from "./simulation-args";

function arvModelOf(
  incidents_low: unknown,
  incidents_likely: unknown,
  incidents_high: unknown,
  mean_minutes: unknown,
  max_wait_prob: unknown,
  arvs_per_incident: unknown,
  peak_factor: unknown,
  coverage_minimum: unknown,
): UncertainModel {
  const incidents = readEstimate(["incidents_low", "incidents_likely", "incidents_high"], incidents_low, incidents_likely, incidents_high);
  return arvModel({ incidents, ...readArvArguments(mean_minutes, max_wait_prob, arvs_per_incident, peak_factor, coverage_minimum) });
}

/**
 * ARVs that must be on duty at a percentile of next year's firearms incidents, a triangular (or PERT) estimate: the SPR.ARVREQ answer in each trial, then PERCENTILE.INC over the trials, rounded up to whole ARVs. A row of percentiles gives a row of answers.
 * Rests on: SPR paragraphs 151 (ARV capacity from the force's APSTRA) and 10c (capacity is assessed at force level; the SPR sets no percentile); planning assumptions as SPR.ARVREQ, and SIM_TRIALS and SIM_SEED.
 * @customfunction ARVREQP
 * @helpurl https://localhost:3000/help/functions.html#arvreqp
 * @param incidents_low Fewest firearms incidents next year could bring (≥ 0).
 * @param incidents_likely Most likely number of incidents, from incidents_low to incidents_high.
 * @param incidents_high Most incidents next year could bring, ≥ incidents_low.
 * @param mean_minutes Mean minutes an ARV is committed to one incident, from dispatch to available again, > 0.
 * @param percentile A fraction from 0 to 1 (0.9 for P90); SPR.ARVREQP, SPR.PSUREQP and SPR.SOCREQP also take a range of them (a range gives a range of answers).
 * @param [max_wait_prob] Highest acceptable probability of waiting, > 0 and < 1: for ARVs, that an incident finds every ARV committed (default 0.05, illustrative).
 * @param [arvs_per_incident] Average ARVs sent to an incident, > 0 (default 1, illustrative).
 * @param [trials] Trials (draws), a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [peak_factor] Peak-period incident rate ÷ the annual average rate, ≥ 1 (default 1: the average hour, illustrative).
 * @param [coverage_minimum] ARVs the force's geography and response-time targets need on duty whatever the load, a whole number ≥ 0 (default 0), for example SPR.ARVCOVER(...).
 * @param [shape] "TRIANGULAR" (default) or "PERT": how the three-point estimate spreads between low and high.
 * @returns Whole ARVs on duty at each percentile, in the shape of percentile.
 */
export function arvReqP(
  incidents_low: any,
  incidents_likely: any,
  incidents_high: any,
  mean_minutes: any,
  percentile: any[][],
  max_wait_prob?: any,
  arvs_per_incident?: any,
  trials?: any,
  seed?: any,
  peak_factor?: any,
  coverage_minimum?: any,
  shape?: any,
): number[][] {
  return percentilesCell(
    () =>
      arvModelOf(
        incidents_low,
        incidents_likely,
        incidents_high,
        mean_minutes,
        max_wait_prob,
        arvs_per_incident,
        peak_factor,
        coverage_minimum,
      ),
    [trials, seed, shape],
    percentile,
    true,
  );
}

/**
 * ARVs that must be on duty in each trial when next year's firearms incidents are a triangular (or PERT) estimate: a column of SPR.ARVREQ answers, one per trial, for SPR.SIMSTATS, SPR.HISTOGRAM or PERCENTILE.INC.
 * Rests on: SPR paragraph 151 (APSTRA); planning assumptions as SPR.ARVREQ, and SIM_TRIALS and SIM_SEED.
 * @customfunction ARVSIM
 * @helpurl https://localhost:3000/help/functions.html#arvsim
 * @param incidents_low Fewest firearms incidents next year could bring (≥ 0).
 * @param incidents_likely Most likely number of incidents, from incidents_low to incidents_high.
 * @param incidents_high Most incidents next year could bring, ≥ incidents_low.
 * @param mean_minutes Mean minutes an ARV is committed to one incident, from dispatch to available again, > 0.
 * @param [max_wait_prob] Highest acceptable probability of waiting, > 0 and < 1: for ARVs, that an incident finds every ARV committed (default 0.05, illustrative).
 * @param [arvs_per_incident] Average ARVs sent to an incident, > 0 (default 1, illustrative).
 * @param [trials] Trials (draws), a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [peak_factor] Peak-period incident rate ÷ the annual average rate, ≥ 1 (default 1: the average hour, illustrative).
 * @param [coverage_minimum] ARVs the force's geography and response-time targets need on duty whatever the load, a whole number ≥ 0 (default 0), for example SPR.ARVCOVER(...).
 * @param [shape] "TRIANGULAR" (default) or "PERT": how the three-point estimate spreads between low and high.
 * @returns A column of whole ARVs, one row per trial.
 */
export function arvSim(
  incidents_low: any,
  incidents_likely: any,
  incidents_high: any,
  mean_minutes: any,
  max_wait_prob?: any,
  arvs_per_incident?: any,
  trials?: any,
  seed?: any,
  peak_factor?: any,
  coverage_minimum?: any,
  shape?: any,
): number[][] {
  return trialsCell(
    () =>
      arvModelOf(
        incidents_low,
        incidents_likely,
        incidents_high,
        mean_minutes,
        max_wait_prob,
        arvs_per_incident,
        peak_factor,
        coverage_minimum,
      ),
    [trials, seed, shape],
  );
}
