/**
 * Armed-policing capacity (SPR paragraphs 147–157 and 40.4b): ARVs on duty from the force's APSTRA threat inputs,
 * the AFO establishment behind them, the AFO shortfall, and CED-trained officers from the force's STRA.
 */
import { numberGrid, optionalNumber, requiredNumber, sameShape } from "../core/args";
import { afoGap as afoGapCore, afosRequired } from "../core/armed-policing/afo";
import { arvsRequired } from "../core/armed-policing/arv";
import { readArvArguments } from "../core/armed-policing/arv-arguments";
import { cedRequired } from "../core/armed-policing/ced";
import { assumptionValue } from "../core/assumptions/registry";
import { defaultProductiveHoursInputs, postFte, productiveHours } from "../core/workforce/productive-hours";
import { cell } from "./marshal";

const POSITIVE = { min: 0, above: true };

/** AFO FTE for the ARVs on duty: the arguments AFOREQ and AFOGAP share, read with their defaults. */
function afoRequirement(arvs_on_duty: any, crew_size: any, productive_hours: any, hours_covered: any): number {
  const arvs = requiredNumber("arvs_on_duty", arvs_on_duty, { min: 0 });
  const crew = optionalNumber("crew_size", crew_size, assumptionValue("ARV_CREW"), { min: 1 });
  const productive = optionalNumber("productive_hours", productive_hours, productiveHours(defaultProductiveHoursInputs()), POSITIVE);
  const covered = optionalNumber("hours_covered", hours_covered, assumptionValue("HOURS_24_7_POST"), { min: 0, above: true, max: 8784 });
  return afosRequired(arvs, crew, postFte(covered, productive));
}

/**
 * ARVs that must be on duty: the fewest with Erlang C ≤ max_wait_prob for the offered load (incidents ÷ 525,600 minutes a year × minutes × ARVs sent × peak factor, in erlangs), and never fewer than the coverage minimum.
 * Rests on: SPR paragraphs 151 and 40.4b (ARV capacity is set by the force's APSTRA; the SPR sets no number) and planning assumptions MAX_WAIT_PROB, ARVS_PER_INCIDENT, PEAK_FACTOR, COVERAGE_MINIMUM (illustrative) and HOURS_24_7_POST.
 * @customfunction ARVREQ
 * @helpurl https://localhost:3000/help/functions.html#arvreq
 * @param incidents_per_year Firearms incidents a year needing an ARV (from the APSTRA), ≥ 0.
 * @param mean_minutes Mean minutes an ARV is committed to one incident, from dispatch to available again, > 0.
 * @param [max_wait_prob] Highest acceptable probability that an incident finds every ARV committed, > 0 and < 1 (default 0.05, illustrative).
 * @param [arvs_per_incident] Average ARVs sent to an incident, > 0 (default 1, illustrative).
 * @param [peak_factor] Peak-period incident rate ÷ the annual average rate, ≥ 1 (default 1: the average hour, illustrative).
 * @param [coverage_minimum] ARVs the force's geography and response-time targets need on duty whatever the load, a whole number ≥ 0 (default 0).
 * @returns ARVs on duty, a whole number.
 */
export function arvReq(incidents_per_year: any, mean_minutes: any, max_wait_prob?: any, arvs_per_incident?: any, peak_factor?: any, coverage_minimum?: any): number {
  return cell(() => {
    const incidents = requiredNumber("incidents_per_year", incidents_per_year, { min: 0 });
    const a = readArvArguments(mean_minutes, max_wait_prob, arvs_per_incident, peak_factor, coverage_minimum);
    return arvsRequired({ ...a.demand, incidentsPerYear: incidents }, a.maxWaitProb, a.coverageMinimum);
  });
}

/**
 * AFO establishment (FTE) to keep the ARVs on duty crewed: ARVs × crew × officers per post (hours covered ÷ productive hours).
 * Rests on: SPR paragraphs 149–151 (AFOs crew the ARVs the APSTRA sets) and planning assumptions ARV_CREW (ACPO guidance), HOURS_24_7_POST and the productive-hours assumptions.
 * @customfunction AFOREQ
 * @helpurl https://localhost:3000/help/functions.html#aforeq
 * @param arvs_on_duty ARVs on duty at all times (for example SPR.ARVREQ(...)), ≥ 0; an average over the day may be fractional.
 * @param [crew_size] AFOs crewing each ARV, ≥ 1 (default 2: ACPO guidance; 3 is typical in London).
 * @param [productive_hours] Productive hours per AFO a year, > 0 (default: SPR.PRODUCTIVEHOURS() with its defaults).
 * @param [hours_covered] Hours a year each ARV is on duty (default 8,760: around the clock).
 * @returns AFOs needed on the establishment, in FTE.
 */
export function afoReq(arvs_on_duty: any, crew_size?: any, productive_hours?: any, hours_covered?: any): number {
  return cell(() => afoRequirement(arvs_on_duty, crew_size, productive_hours, hours_covered), "arvs_on_duty, crew_size, hours_covered, productive_hours");
}

/**
 * Shortfall (positive) or surplus (negative) in deployable AFOs: AFOs required for the ARVs on duty (24/7) minus afos_available × deployable_rate.
 * Rests on: SPR paragraphs 149–151 and planning assumptions ARV_CREW (ACPO guidance), AFO_DEPLOYABLE_RATE (Home Office, Police use of firearms statistics, 31 March 2023: 6,038 of 6,651), HOURS_24_7_POST and the productive-hours assumptions.
 * @customfunction AFOGAP
 * @helpurl https://localhost:3000/help/functions.html#afogap
 * @param arvs_on_duty ARVs on duty around the clock, ≥ 0.
 * @param afos_available AFOs on the force's establishment, in FTE, ≥ 0.
 * @param [crew_size] AFOs crewing each ARV, ≥ 1 (default 2: ACPO guidance).
 * @param [productive_hours] Productive hours per AFO a year, > 0 (default: SPR.PRODUCTIVEHOURS() with its defaults).
 * @param [deployable_rate] Fraction of the AFOs available who are deployable, > 0 and ≤ 1 (default 6,038 ÷ 6,651 = 0.908, Home Office).
 * @returns Deployable AFOs short (positive) or spare (negative), in FTE.
 */
export function afoGap(arvs_on_duty: any, afos_available: any, crew_size?: any, productive_hours?: any, deployable_rate?: any): number {
  return cell(() => {
    const required = afoRequirement(arvs_on_duty, crew_size, productive_hours, null);
    const available = requiredNumber("afos_available", afos_available, { min: 0 });
    const rate = optionalNumber("deployable_rate", deployable_rate, assumptionValue("AFO_DEPLOYABLE_RATE"), { min: 0, above: true, max: 1 });
    return afoGapCore(required, available, rate);
  }, "arvs_on_duty, afos_available, crew_size, productive_hours");
}

/**
 * CED (Taser) trained officers the force's STRA calls for: the sum over roles of officers × the share of that role to be CED-trained, exact to the decimal.
 * Rests on: SPR paragraph 156.2 (the STRA sets the number of CED and trained officers; all AFOs are CED-trained). No share is assumed: the force gives each.
 * @customfunction CEDREQ
 * @helpurl https://localhost:3000/help/functions.html#cedreq
 * @param officers_by_role Officers (FTE) in each role, ≥ 0: a row or column, one cell per role.
 * @param share_by_role Share of each role to be CED-trained, 0 to 1 (1 for AFOs), in the same shape.
 * @returns CED-trained officers required.
 */
export function cedReq(officers_by_role: any[][], share_by_role: any[][]): number {
  return cell(() => {
    const officers = numberGrid("officers_by_role", officers_by_role, { min: 0 });
    const shares = numberGrid("share_by_role", share_by_role, { min: 0, max: 1 });
    sameShape("officers_by_role", officers, "share_by_role", shares);
    return cedRequired(officers.values, shares.values);
  });
}
