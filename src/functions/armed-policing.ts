/**
 * Armed-policing capacity (SPR paragraphs 147–157 and 40.4b): ARVs on duty from the force's APSTRA threat inputs,
 * the AFO establishment behind them, the AFO shortfall, and CED-trained officers from the force's STRA.
 */
import { FRACTION, maybe, NON_NEGATIVE, numberGrid, optionalNumber, requiredNumber, sameShape, WHOLE } from "../core/args";
import { AFO_RULES, afoGap as afoGapCore, afosRequired, arvRoleAfos } from "../core/armed-policing/afo";
import { arvsRequired } from "../core/armed-policing/arv";
import { COVERAGE_RULES, arvsForCoverage, binding } from "../core/armed-policing/coverage";
import { readArvArguments } from "../core/armed-policing/arv-arguments";
import { cedRequired } from "../core/armed-policing/ced";
import { assumptionValue } from "../core/assumptions/registry";
import { WORKFORCE_RULES, postFte } from "../core/workforce/productive-hours";
import { readProductiveHours } from "../core/workforce/productive-hours-argument";
import { cell } from "./marshal";

/** AFO FTE for the ARVs on duty: the arguments AFOREQ and AFOGAP share, read with their defaults. */
function afoRequirement(arvs_on_duty: any, crew_size: any, productive_hours: any, hours_covered: any): number {
  const arvs = requiredNumber("arvs_on_duty", arvs_on_duty, NON_NEGATIVE);
  const crew = optionalNumber("crew_size", crew_size, assumptionValue("ARV_CREW"), AFO_RULES.crew_size);
  const productive = readProductiveHours(productive_hours);
  const covered = optionalNumber("hours_covered", hours_covered, assumptionValue("HOURS_24_7_POST"), WORKFORCE_RULES.hours_covered);
  return afosRequired(arvs, crew, postFte(covered, productive));
}

/**
 * ARVs that must be on duty: the fewest with Erlang C ≤ max_wait_prob for the offered load (incidents ÷ 525,600 minutes a year × minutes × ARVs sent × peak factor, in erlangs), and never fewer than the coverage minimum.
 * Rests on: SPR paragraphs 151 and 40.4b (ARV capacity is set by the force's APSTRA; the SPR sets no number) and planning assumptions MAX_WAIT_PROB, ARVS_PER_INCIDENT, PEAK_FACTOR, COVERAGE_MINIMUM (illustrative) and HOURS_24_7_POST.
 * @customfunction ARVREQ
 * @helpurl https://localhost:3000/help/functions.html#arvreq
 * @param incidents_per_year Firearms incidents a year needing an ARV (from the APSTRA), ≥ 0.
 * @param mean_minutes Mean minutes an ARV is committed to one incident, from dispatch to available again, > 0.
 * @param [max_wait_prob] Highest acceptable probability of waiting, > 0 and < 1: for ARVs, that an incident finds every ARV committed (default 0.05, illustrative).
 * @param [arvs_per_incident] Average ARVs sent to an incident, > 0 (default 1, illustrative).
 * @param [peak_factor] Peak-period incident rate ÷ the annual average rate, ≥ 1 (default 1: the average hour, illustrative).
 * @param [coverage_minimum] ARVs the force's geography and response-time targets need on duty whatever the load, a whole number ≥ 0 (default 0), for example SPR.ARVCOVER(...).
 * @returns ARVs on duty, a whole number.
 */
export function arvReq(
  incidents_per_year: any,
  mean_minutes: any,
  max_wait_prob?: any,
  arvs_per_incident?: any,
  peak_factor?: any,
  coverage_minimum?: any,
): number {
  return cell(() => {
    const incidents = requiredNumber("incidents_per_year", incidents_per_year, NON_NEGATIVE);
    const a = readArvArguments(mean_minutes, max_wait_prob, arvs_per_incident, peak_factor, coverage_minimum);
    return arvsRequired({ ...a.demand, incidentsPerYear: incidents }, a.maxWaitProb, a.coverageMinimum);
  });
}

/**
 * ARVs on duty so that a target share of an area is within a response time: ceil(target share × area ÷ π r²), where each ARV reaches a disc of radius r = speed × minutes ÷ 60 ÷ detour factor. A planning approximation and a floor (discs that do not overlap); use it as ARVREQ's coverage_minimum.
 * Rests on: SPR paragraph 151 (the APSTRA sets ARV capacity; the SPR sets no response time) and planning assumptions ARV_RESPONSE_SPEED_KMH (illustrative) and ARV_DETOUR_FACTOR (Newell 1980: road distance about 1.2 × straight line in urban networks).
 * @customfunction ARVCOVER
 * @helpurl https://localhost:3000/help/functions.html#arvcover
 * @param area_km2 The area to cover, in km², > 0: the force area (ONS Standard Area Measurements), less land no road reaches, or the part holding the demand to cover.
 * @param target_share Share of that area to bring within the response time, 0 to 1.
 * @param response_minutes Minutes from dispatch to arrival the force plans for, > 0 (less any time to mobilise).
 * @param [speed_kmh] Average road speed of an ARV on an emergency run, km/h, > 0 (default 48, illustrative).
 * @param [detour_factor] Road distance ÷ straight-line distance, ≥ 1 (default 1.2, Newell 1980).
 * @returns ARVs on duty, a whole number.
 */
export function arvCover(area_km2: any, target_share: any, response_minutes: any, speed_kmh?: any, detour_factor?: any): number {
  return cell(() =>
    arvsForCoverage({
      areaKm2: requiredNumber("area_km2", area_km2, COVERAGE_RULES.area_km2),
      targetShare: requiredNumber("target_share", target_share, COVERAGE_RULES.target_share),
      responseMinutes: requiredNumber("response_minutes", response_minutes, COVERAGE_RULES.response_minutes),
      speedKmh: optionalNumber("speed_kmh", speed_kmh, assumptionValue("ARV_RESPONSE_SPEED_KMH"), COVERAGE_RULES.speed_kmh),
      detourFactor: optionalNumber("detour_factor", detour_factor, assumptionValue("ARV_DETOUR_FACTOR"), COVERAGE_RULES.detour_factor),
    }),
  );
}

/**
 * Which sets the ARVs on duty: "queueing" when the ARVs the load needs (SPR.ARVREQ with no coverage minimum) are more, "coverage" when the coverage minimum is more, "both" when they are equal.
 * Rests on: the rule of SPR.ARVREQ (ARVs on duty = the larger of the two).
 * @customfunction ARVBINDS
 * @helpurl https://localhost:3000/help/functions.html#arvbinds
 * @param queueing_arvs ARVs the queueing model needs, a whole number ≥ 0.
 * @param coverage_arvs ARVs the coverage minimum needs, a whole number ≥ 0.
 * @returns "queueing", "coverage" or "both".
 */
export function arvBinds(queueing_arvs: any, coverage_arvs: any): string {
  return cell(() => binding(requiredNumber("queueing_arvs", queueing_arvs, WHOLE), requiredNumber("coverage_arvs", coverage_arvs, WHOLE)));
}

/**
 * AFO establishment (FTE) to keep the ARVs on duty crewed: ARVs × crew × officers per post (hours covered ÷ productive hours).
 * Rests on: SPR paragraphs 149–151 (AFOs crew the ARVs the APSTRA sets) and planning assumptions ARV_CREW (ACPO guidance), HOURS_24_7_POST and the productive-hours assumptions.
 * @customfunction AFOREQ
 * @helpurl https://localhost:3000/help/functions.html#aforeq
 * @param arvs_on_duty ARVs on duty around the clock (for example SPR.ARVREQ(...)), ≥ 0; an average over the day may be fractional.
 * @param [crew_size] AFOs crewing each ARV, ≥ 1 (default 2: ACPO guidance; 3 is typical in London).
 * @param [productive_hours] Productive hours per officer (FTE) a year, > 0 (default: SPR.PRODUCTIVEHOURS() with its defaults, 1,679.14).
 * @param [hours_covered] Hours a year the post is filled, or each ARV is on duty (default 8,760: around the clock).
 * @returns AFOs needed on the establishment, in FTE.
 */
export function afoReq(arvs_on_duty: any, crew_size?: any, productive_hours?: any, hours_covered?: any): number {
  return cell(
    () => afoRequirement(arvs_on_duty, crew_size, productive_hours, hours_covered),
    "arvs_on_duty, crew_size, hours_covered, productive_hours",
  );
}

/** The other_roles range, or none. */
function otherRoles(other_roles: unknown): number[] {
  return maybe(other_roles, (v) => numberGrid("other_roles", v, NON_NEGATIVE).values) ?? [];
}

/**
 * AFOs in ARV roles: the AFOs available less those in other roles (SFO, CTSFO, MASTS, tactical advisers and commanders, instructors), exact to the decimals typed.
 * Rests on: SPR paragraphs 149–155 (ARVs, and the specialist firearms roles beside them); the split is the force's own.
 * @customfunction ARVAFOS
 * @helpurl https://localhost:3000/help/functions.html#arvafos
 * @param afos_available AFOs available, in FTE, ≥ 0: the whole AFO establishment, of whom those in other_roles do not crew ARVs (SPR.AFOGAP: or the ARV officers alone, with other_roles left out).
 * @param other_roles AFOs (FTE, ≥ 0) within afos_available who do not crew ARVs, one cell per role (SFO/CTSFO/MASTS, tactical advisers and commanders, instructors…); they add up to no more than afos_available.
 * @returns AFOs in ARV roles, in FTE.
 */
export function arvAfos(afos_available: any, other_roles: any[][]): number {
  return cell(() =>
    arvRoleAfos(
      requiredNumber("afos_available", afos_available, NON_NEGATIVE),
      numberGrid("other_roles", other_roles, NON_NEGATIVE).values,
    ),
  );
}

/**
 * Shortfall (positive) or surplus (negative) in deployable ARV officers: AFOs required for the ARVs on duty (24/7) minus the AFOs in ARV roles (afos_available less other_roles) × deployable_rate. ARV with ARV: AFOs in specialist roles (SFO, CTSFO, MASTS), tactical advisers and commanders, and instructors do not crew ARVs.
 * Rests on: SPR paragraphs 149–151 and planning assumptions ARV_CREW (ACPO guidance), AFO_DEPLOYABLE_RATE (Home Office, Police use of firearms statistics, 31 March 2023: 6,038 of 6,651), HOURS_24_7_POST and the productive-hours assumptions.
 * @customfunction AFOGAP
 * @helpurl https://localhost:3000/help/functions.html#afogap
 * @param arvs_on_duty ARVs on duty around the clock (for example SPR.ARVREQ(...)), ≥ 0; an average over the day may be fractional.
 * @param afos_available AFOs available, in FTE, ≥ 0: the whole AFO establishment, of whom those in other_roles do not crew ARVs (SPR.AFOGAP: or the ARV officers alone, with other_roles left out).
 * @param [crew_size] AFOs crewing each ARV, ≥ 1 (default 2: ACPO guidance; 3 is typical in London).
 * @param [productive_hours] Productive hours per officer (FTE) a year, > 0 (default: SPR.PRODUCTIVEHOURS() with its defaults, 1,679.14).
 * @param [deployable_rate] Fraction of the AFOs who are deployable, > 0 and ≤ 1 (default 6,038 ÷ 6,651 = 0.908: Home Office, Police use of firearms statistics, 31 March 2023).
 * @param [other_roles] AFOs (FTE, ≥ 0) within afos_available who do not crew ARVs, one cell per role (SFO/CTSFO/MASTS, tactical advisers and commanders, instructors…); they add up to no more than afos_available.
 * @returns Deployable ARV officers short (positive) or spare (negative), in FTE.
 */
export function afoGap(
  arvs_on_duty: any,
  afos_available: any,
  crew_size?: any,
  productive_hours?: any,
  deployable_rate?: any,
  other_roles?: any[][],
): number {
  return cell(() => {
    const required = afoRequirement(arvs_on_duty, crew_size, productive_hours, null);
    const available = arvRoleAfos(requiredNumber("afos_available", afos_available, NON_NEGATIVE), otherRoles(other_roles));
    const rate = optionalNumber("deployable_rate", deployable_rate, assumptionValue("AFO_DEPLOYABLE_RATE"), AFO_RULES.deployable_rate);
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
    const officers = numberGrid("officers_by_role", officers_by_role, NON_NEGATIVE);
    const shares = numberGrid("share_by_role", share_by_role, FRACTION);
    sameShape("officers_by_role", officers, "share_by_role", shares);
    return cedRequired(officers.values, shares.values);
  });
}
