/**
 * Costs (issue 17): the employer cost of an officer, basic pay from the shipped pay table, the cost of officers, units
 * and gaps, of policing an event and of mutual aid, and a ROCU's Section 22 contributions over the medium term.
 * Every figure in pounds, exact to the penny; every rate an assumption the force can replace.
 */
import { NumberRule, choice, numberGrid, numberList, optionalNumber, optionalNumberGrid, requiredNumber, textGrid } from "../core/args";
import { assumptionValue } from "../core/assumptions/registry";
import { Shaped } from "../core/cell";
import {
  AID_CATEGORIES,
  DUTIES,
  DeploymentRow,
  Duty,
  EmployRates,
  deploymentCostPence,
  employCostPence,
  gapCostPence,
  mutualAidPence,
  staffCostPence,
} from "../core/costs/employ";
import { RANKS, payPoint, payTable } from "../core/costs/pay";
import { SprError, valueError } from "../core/errors";
import { staffByRole } from "../core/public-order/staffing";
import { UNIT_TYPES, roleOrder, unitRoles } from "../core/public-order/units";
import { PENNY, unitsToNumber } from "../core/section22/money";
import { s22Years as yearsCore } from "../core/section22/years";
import { cell } from "./marshal";

const NON_NEGATIVE: NumberRule = { min: 0 };
const RATE: NumberRule = { min: 0, max: 1 };
const pounds = (pence: bigint) => unitsToNumber(pence, PENNY);

/** The four employer rates, each defaulting to its assumption. */
function employRates(pension_rate: unknown, ni_rate: unknown, ni_threshold: unknown, levy_rate: unknown): EmployRates {
  return {
    pension: optionalNumber("pension_rate", pension_rate, assumptionValue("EMPLOYER_PENSION_RATE"), RATE),
    ni: optionalNumber("ni_rate", ni_rate, assumptionValue("EMPLOYER_NI_RATE"), RATE),
    niThreshold: optionalNumber("ni_threshold", ni_threshold, assumptionValue("NI_SECONDARY_THRESHOLD"), NON_NEGATIVE),
    levy: optionalNumber("levy_rate", levy_rate, assumptionValue("APPRENTICESHIP_LEVY_RATE"), RATE),
  };
}

/** A list's values, one per item of `against` (n items), or one value for all of them. */
function perItem<T>(name: string, s: Shaped<T>, n: number, against: string): T[] {
  if (s.values.length === 1) return Array(n).fill(s.values[0]);
  if (s.values.length !== n)
    throw valueError(name, `expected one value per item of ${against} (${n}) or a single value, got ${s.values.length}`);
  return s.values;
}

/**
 * Yearly employer cost of one officer in pounds, to the penny: salary + pension_rate × salary + ni_rate × max(0, salary − ni_threshold) + levy_rate × salary.
 * Rests on: planning assumptions EMPLOYER_PENSION_RATE (35.3%, Home Office), EMPLOYER_NI_RATE (15%) and NI_SECONDARY_THRESHOLD (£5,000, 2025/26), APPRENTICESHIP_LEVY_RATE (0.5%); not SPR figures.
 * @customfunction EMPLOYCOST
 * @helpurl https://localhost:3000/help/functions.html#employcost
 * @param salary Basic pay in pounds a year (≥ 0), for example SPR.PAY("constable").
 * @param [pension_rate] Employer pension contribution as a fraction of salary, 0 to 1 (default 0.353).
 * @param [ni_rate] Employer National Insurance rate, 0 to 1 (default 0.15).
 * @param [ni_threshold] Yearly pay on which no employer National Insurance is due, in pounds (default 5000).
 * @param [levy_rate] Apprenticeship levy as a fraction of salary, 0 to 1 (default 0.005).
 * @returns The employer's yearly cost in pounds, rounded to the penny (halves away from zero).
 */
export function employCost(salary: any, pension_rate?: any, ni_rate?: any, ni_threshold?: any, levy_rate?: any): number {
  return cell(() => {
    const s = requiredNumber("salary", salary, NON_NEGATIVE);
    return pounds(employCostPence(s, employRates(pension_rate, ni_rate, ni_threshold, levy_rate)));
  });
}

/**
 * Basic pay in pounds a year for a rank at a pay point, at the award in force (1 September 2025), outside London. A point published only at an earlier date is brought forward by the awards since and labelled derived in SPR.PAYSCALES; points the table does not hold are refused: enter your force's figure.
 * Rests on: the pay table in data/pay-scales.csv (the Home Office's 1 September 2025 scales as quoted, Police Federation and Hansard figures of 1 September 2023, each row dated and sourced; see SPR.PAYSCALES), the dated pay awards since and assumption PAY_SCALE_STEP; not an SPR figure.
 * @customfunction PAY
 * @helpurl https://localhost:3000/help/functions.html#pay
 * @param rank "constable", "sergeant", "inspector", "chief inspector", "superintendent" or "chief superintendent".
 * @param [point] Pay point, a whole number (default: the top of the scale); leave it out for superintendents and chief superintendents, whose point numbers could not be confirmed.
 * @returns Basic pay in pounds a year.
 */
export function pay(rank: any, point?: any): number {
  return cell(() => {
    const r = choice("rank", rank, RANKS);
    const p = optionalNumber("point", point, NaN, { min: 0, integer: true });
    return payPoint(r, Number.isNaN(p) ? undefined : p).salary;
  });
}

/**
 * The pay table SPR.PAY reads, every figure at the award in force: rank, pay point, basic pay, the date, its basis (published, quoted or derived from an earlier published figure) and its source, one row per pay point.
 * Rests on: data/pay-scales.csv (public pay scales, each row dated and sourced), the dated pay awards and assumption PAY_SCALE_STEP.
 * @customfunction PAYSCALES
 * @helpurl https://localhost:3000/help/functions.html#payscales
 * @returns The table with a header row (spills).
 */
export function payScales(): any[][] {
  return cell(() => payTable());
}

/**
 * Yearly employer cost in pounds of officers at their salaries, to the penny: the sum of officers × SPR.EMPLOYCOST(salary). Use it for the AFO establishment or SOC investigator FTE.
 * Rests on: the method and assumptions of SPR.EMPLOYCOST.
 * @customfunction STAFFCOST
 * @helpurl https://localhost:3000/help/functions.html#staffcost
 * @param officers Officers (or FTE, ≥ 0) in each group, for example by rank (in SPR.AIDCHARGE, the officers lent): a value, a row or a column.
 * @param salaries Basic pay in pounds a year for each group (≥ 0): one per group, or one for all.
 * @param [pension_rate] Employer pension contribution as a fraction of salary, 0 to 1 (default 0.353).
 * @param [ni_rate] Employer National Insurance rate, 0 to 1 (default 0.15).
 * @param [ni_threshold] Yearly pay on which no employer National Insurance is due, in pounds (default 5000).
 * @param [levy_rate] Apprenticeship levy as a fraction of salary, 0 to 1 (default 0.005).
 * @returns The yearly cost in pounds, rounded once to the penny.
 */
export function staffCost(
  officers: any[][],
  salaries: any[][],
  pension_rate?: any,
  ni_rate?: any,
  ni_threshold?: any,
  levy_rate?: any,
): number {
  return cell(() => {
    const o = numberList("officers", officers, NON_NEGATIVE);
    const s = perItem("salaries", numberList("salaries", salaries, NON_NEGATIVE), o.values.length, "officers");
    const rates = employRates(pension_rate, ni_rate, ni_threshold, levy_rate);
    return pounds(
      staffCostPence(
        o.values,
        s.map((x) => employCostPence(x, rates)),
      ),
    );
  });
}

/**
 * Yearly employer cost in pounds of the trained officers a number of PSUs, BDUs or AEP teams needs (SPR.UNITSTAFF), at a salary per role.
 * Rests on: SPR paragraph 122 (unit definitions); planning assumption TRAINED_PER_POST; the method and assumptions of SPR.EMPLOYCOST.
 * @customfunction UNITCOST
 * @helpurl https://localhost:3000/help/functions.html#unitcost
 * @param unit_type "PSU" (inspectors, sergeants, constables, drivers), "BDU" (inspectors, sergeants, constables) or "AEP" (commanders, drivers, officers); SPR.NATIONALSHARE takes "PSU" or "BDU", the units with a national figure (paragraph 120).
 * @param count Units to field (a whole number ≥ 0).
 * @param salaries_by_role Basic pay in pounds a year for each role in SPR order (for a PSU: inspectors, sergeants, constables, drivers), or one for all.
 * @param [trained_per_post] Trained officers kept per post, ≥ 1 (default: assumption TRAINED_PER_POST, 1); each role is rounded up to whole officers.
 * @param [pension_rate] Employer pension contribution as a fraction of salary, 0 to 1 (default 0.353).
 * @param [ni_rate] Employer National Insurance rate, 0 to 1 (default 0.15).
 * @param [ni_threshold] Yearly pay on which no employer National Insurance is due, in pounds (default 5000).
 * @param [levy_rate] Apprenticeship levy as a fraction of salary, 0 to 1 (default 0.005).
 * @returns The yearly cost in pounds, to the penny.
 */
export function unitCost(
  unit_type: any,
  count: any,
  salaries_by_role: any[][],
  trained_per_post?: any,
  pension_rate?: any,
  ni_rate?: any,
  ni_threshold?: any,
  levy_rate?: any,
): number {
  return cell(() => {
    const roles = unitRoles(choice("unit_type", unit_type, UNIT_TYPES));
    const n = requiredNumber("count", count, { min: 0, integer: true });
    const tpp = optionalNumber("trained_per_post", trained_per_post, assumptionValue("TRAINED_PER_POST"), { min: 1 });
    const s = perItem(
      "salaries_by_role",
      numberList("salaries_by_role", salaries_by_role, NON_NEGATIVE),
      roles.length,
      `the unit's roles: ${roleOrder(roles)}`,
    );
    const rates = employRates(pension_rate, ni_rate, ni_threshold, levy_rate);
    const staff = staffByRole(roles, n, tpp);
    if (!staff.every(Number.isFinite))
      throw valueError("count", `expected fewer units: the officers ${n} units need pass the largest number a cell holds`);
    try {
      return pounds(
        staffCostPence(
          staff,
          s.map((x) => employCostPence(x, rates)),
        ),
      );
    } catch (e) {
      // the officers are this function's count of units, by role: name the argument the user gave
      if (e instanceof SprError && e.argument === "officers")
        throw valueError("count", `the officers these units need cost, in pounds, ${e.detail}`);
      throw e;
    }
  }, "count, trained_per_post");
}

const GAP_AREAS = ["PSU", "AFO", "SOC"] as const;

/**
 * The cost in pounds of closing a gap of trained officers: one-off (recruitment, course fees and the officers' days on the course) and recurring (their employment, a year).
 * Rests on: planning assumptions RECRUITMENT_COST, COURSE_COST_<area>, COURSE_DAYS_<area> (illustrative) and WORKING_DAYS_PER_YEAR; not SPR figures.
 * @customfunction GAPCOST
 * @helpurl https://localhost:3000/help/functions.html#gapcost
 * @param area "PSU" (public order), "AFO" (armed officers) or "SOC" (investigators): picks the default course cost and days.
 * @param shortfall The gap: trained officers (or FTE, or units with officers_each) short, for example from SPR.GAP; a surplus (negative) costs nothing.
 * @param employ_cost Yearly employer cost of one officer in pounds (≥ 0), for example SPR.EMPLOYCOST(SPR.PAY("constable")).
 * @param [course_cost] Course fees per officer in pounds (default: assumption COURSE_COST_<area>).
 * @param [course_days] Days each officer spends on the course (default: assumption COURSE_DAYS_<area>).
 * @param [recruitment_cost] Cost of recruiting one officer to backfill, in pounds (default: assumption RECRUITMENT_COST).
 * @param [officers_each] Officers in each unit of the shortfall (default 1; 25 for a gap counted in PSUs).
 * @returns A row: one-off cost, recurring yearly cost (pounds, to the penny).
 */
export function gapCost(
  area: any,
  shortfall: any,
  employ_cost: any,
  course_cost?: any,
  course_days?: any,
  recruitment_cost?: any,
  officers_each?: any,
): number[][] {
  return cell(() => {
    const a = choice("area", area, GAP_AREAS);
    const g = gapCostPence({
      shortfall: requiredNumber("shortfall", shortfall),
      officersEach: optionalNumber("officers_each", officers_each, 1, NON_NEGATIVE),
      employCost: requiredNumber("employ_cost", employ_cost, NON_NEGATIVE),
      courseCost: optionalNumber("course_cost", course_cost, assumptionValue(`COURSE_COST_${a}`), NON_NEGATIVE),
      courseDays: optionalNumber("course_days", course_days, assumptionValue(`COURSE_DAYS_${a}`), NON_NEGATIVE),
      recruitmentCost: optionalNumber("recruitment_cost", recruitment_cost, assumptionValue("RECRUITMENT_COST"), NON_NEGATIVE),
      workingDays: assumptionValue("WORKING_DAYS_PER_YEAR"),
    });
    return [[pounds(g.oneOff), pounds(g.recurring)]];
  });
}

/** The rows of a deployment: officers by group, with hours, rates and duties one per group or one for all. */
function deploymentRows(officers: unknown, hours: unknown, hourly_rates: unknown, duty: unknown): DeploymentRow[] {
  const o = numberList("officers", officers, NON_NEGATIVE).values;
  const h = perItem("hours", numberList("hours", hours, NON_NEGATIVE), o.length, "officers");
  const r = perItem("hourly_rates", numberList("hourly_rates", hourly_rates, NON_NEGATIVE), o.length, "officers");
  const given = duty === null || duty === undefined ? null : textGrid("duty", duty);
  const d: Duty[] = given
    ? perItem("duty", given, o.length, "officers").map((x) => choice("duty", x, DUTIES, "normal"))
    : o.map(() => "normal");
  return o.map((x, i) => ({ officers: x, hours: h[i], rate: r[i], duty: d[i] }));
}

/**
 * The pay cost in pounds of policing an event: officers × hours × hourly rate × the Police Regulations multiplier for the duty (normal 1, overtime 1⅓, rest day 1½, public holiday 2), summed, to the penny.
 * Rests on: Police Regulations 2003, regulations 25–26 and Annexes G and H (overtime, rest day and public holiday rates); the rates are the force's own.
 * @customfunction EVENTCOST
 * @helpurl https://localhost:3000/help/functions.html#eventcost
 * @param officers Officers (or FTE, ≥ 0) in each group, for example by rank (in SPR.AIDCHARGE, the officers lent): a value, a row or a column.
 * @param hours Hours each group works (≥ 0): one per group, or one for all.
 * @param hourly_rates Cost of one officer-hour at plain time in pounds (≥ 0; in SPR.AIDCHARGE, the charge): one per group, or one for all.
 * @param [duty] "normal", "overtime", "rest day" or "public holiday": one per group, or one for all (default "normal"). Inspectors and above are not paid overtime: give them "normal".
 * @returns The cost in pounds, rounded once to the penny.
 */
export function eventCost(officers: any[][], hours: any[][], hourly_rates: any[][], duty?: any[][]): number {
  return cell(() => pounds(deploymentCostPence(deploymentRows(officers, hours, hourly_rates, duty))));
}

/**
 * The charge in pounds for officers lent in mutual aid, following the NPCC's National Policing Guidelines on Charging for Police Services: Mutual Aid Cost Recovery. Planned: every hour at its rate and duty multiplier; spontaneous: only hours beyond normal duty. Expenses added.
 * Rests on: NPCC, National Policing Guidelines on Charging for Police Services: Mutual Aid Cost Recovery (planned and emergency/spontaneous deployments); Police Regulations 2003 Annexes G and H (multipliers). The hourly rates are the force's (the guidelines publish national rates yearly).
 * @customfunction AIDCHARGE
 * @helpurl https://localhost:3000/help/functions.html#aidcharge
 * @param officers Officers (or FTE, ≥ 0) in each group, for example by rank (in SPR.AIDCHARGE, the officers lent): a value, a row or a column.
 * @param hours Hours each group works (≥ 0): one per group, or one for all.
 * @param hourly_rates Cost of one officer-hour at plain time in pounds (≥ 0; in SPR.AIDCHARGE, the charge): one per group, or one for all.
 * @param [category] "planned" (an event: full cost) or "spontaneous" (an emergency: additional cost only); default "planned".
 * @param [duty] "normal", "overtime", "rest day" or "public holiday": one per group, or one for all (default "normal"). Inspectors and above are not paid overtime: give them "normal".
 * @param [expenses] Travel, accommodation and subsistence in pounds, a whole number of pence (default 0).
 * @returns The charge in pounds, to the penny.
 */
export function aidCharge(
  officers: any[][],
  hours: any[][],
  hourly_rates: any[][],
  category?: any,
  duty?: any[][],
  expenses?: any,
): number {
  return cell(() => {
    const rows = deploymentRows(officers, hours, hourly_rates, duty);
    const c = choice("category", category, AID_CATEGORIES, "planned");
    return pounds(mutualAidPence(rows, c, optionalNumber("expenses", expenses, 0, NON_NEGATIVE)));
  });
}

/**
 * A ROCU's Section 22 contributions over the years: one row per force, one column per year. Each line's cost moves by its own rates year on year (exact compound, rounded to unit as SPR.UPLIFT does); each year's column is SPR.S22TABLE's Total column over that year's line costs.
 * Rests on: SPR paragraph 84 (annual contribution); planning assumptions S22_ROUNDING_UNIT, S22_FIXED_FRACTION, PAY_AWARD and INFLATION (the usual rates for pay and non-pay lines).
 * @customfunction S22YEARS
 * @helpurl https://localhost:3000/help/functions.html#s22years
 * @param weights Each part's weight (≥ 0, not all 0): officer FTE, net revenue expenditure, a funding formula share or an agreed ratio; a row, a column or a block (SPR.S22TABLE and SPR.S22YEARS: a row or a column, one per force).
 * @param line_costs Each budget line's cost in pounds (≥ 0, whole multiples of unit as Excel shows them), a row or a column: one per line (in SPR.S22YEARS, the first year's).
 * @param rates Year-on-year rates as fractions (0.025 for 2.5%; > -1 and ≤ 1): in SPR.UPLIFT one per later year, a row or a column; in SPR.S22YEARS one row per budget line (or one row for all lines) and one column per later year.
 * @param [fixed_fraction] Fraction of the total (in SPR.S22TABLE and SPR.S22YEARS, of each line) split equally between the forces, 0 to 1 (default: assumption S22_FIXED_FRACTION, 0: all pro rata).
 * @param [in_kind] Value in pounds of each force's in-kind secondments (≥ 0, whole multiples of unit; one per force), offset against cash (default none; see SPR.INKIND).
 * @param [unit] The rounding step, in the unit of the amounts (0.01 for pence, 1 for whole units): every figure is a whole multiple of it (default: assumption S22_ROUNDING_UNIT, 0.01, the penny).
 * @returns Forces × years of contributions in pounds (spills); each column adds up exactly to that year's budget.
 */
export function s22Years(
  weights: any[][],
  line_costs: any[][],
  rates: any[][],
  fixed_fraction?: any,
  in_kind?: any[][],
  unit?: any,
): any[][] {
  return cell(() => {
    const w = numberList("weights", weights, NON_NEGATIVE);
    const costs = numberList("line_costs", line_costs, NON_NEGATIVE);
    const r = numberGrid("rates", rates, { min: -1, above: true, max: 1 });
    const k = optionalNumberGrid("in_kind", in_kind, NON_NEGATIVE);
    const rows = Array.from({ length: r.rows }, (_, i) => r.values.slice(i * r.cols, (i + 1) * r.cols));
    return yearsCore({
      weights: w.values,
      lineCosts: costs.values,
      rates: rows,
      fixedFraction: optionalNumber("fixed_fraction", fixed_fraction, assumptionValue("S22_FIXED_FRACTION"), RATE),
      inKind: k?.values,
      unit: optionalNumber("unit", unit, assumptionValue("S22_ROUNDING_UNIT"), { min: 0, above: true }),
    });
  });
}
