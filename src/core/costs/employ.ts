/**
 * The cost layer: what an officer costs the employer in a year, what a group of officers costs, what closing a gap
 * costs, and what policing an event or lending officers in mutual aid costs. Every figure is exact to the penny:
 * numbers are read as Excel shows them (15 significant digits, ../decimal), the arithmetic is exact (BigInt), and
 * each result is rounded once, halves away from zero, as Excel's ROUND does.
 *
 *   employer cost = salary + pension × salary + NI × max(0, salary − NI threshold) + levy × salary
 */
import { Decimal, addDecimals, commonScale, excelDecimal } from "../decimal";
import { PENNY, checkParts, checkUnits, divideRounded, multiply, roundToUnits, wholeUnits } from "../section22/money";

export interface EmployRates {
  pension: number;
  ni: number;
  niThreshold: number;
  levy: number;
}

const ZERO: Decimal = { digits: 0n, scale: 0 };

function negate(d: Decimal): Decimal {
  return { digits: -d.digits, scale: d.scale };
}

/** A whole number of pence as a decimal of pounds. */
export function penceDecimal(pence: bigint): Decimal {
  return { digits: pence, scale: 2 };
}

/** value ÷ den rounded to whole pence, halves away from zero. */
export function penceOf(value: Decimal, den: Decimal = { digits: 1n, scale: 0 }): bigint {
  const { ints } = commonScale([value, multiply(den, PENNY)]);
  return divideRounded(ints[0], ints[1]);
}

/** The yearly employer cost of one officer on `salary`, in whole pence (refused past the exact limit). */
export function employCostPence(salary: number, r: EmployRates): bigint {
  const s = excelDecimal(salary);
  const above = addDecimals([s, negate(excelDecimal(r.niThreshold))]);
  const value = addDecimals([
    s,
    multiply(excelDecimal(r.pension), s),
    multiply(excelDecimal(r.ni), above.digits > 0n ? above : ZERO),
    multiply(excelDecimal(r.levy), s),
  ]);
  return checkUnits("salary", roundToUnits(value, PENNY), PENNY, `${salary}`);
}

/** Σ officers_i × cost_i (cost in pence), rounded once to the penny: officers may be FTE, such as 12.5. */
export function staffCostPence(officers: readonly number[], costsPence: readonly bigint[]): bigint {
  checkParts("officers", officers.length);
  const total = addDecimals(officers.map((o, i) => multiply(excelDecimal(o), penceDecimal(costsPence[i]))));
  return checkUnits("officers", roundToUnits(total, PENNY), PENNY);
}

export interface GapCostInput {
  /** The gap in units of `officersEach` officers (may be FTE); a surplus (negative) costs nothing. */
  shortfall: number;
  /** Officers in each unit of the gap: 1 for officers or FTE, 25 for a PSU. */
  officersEach: number;
  /** Yearly employer cost of one officer, in pounds. */
  employCost: number;
  courseCost: number;
  courseDays: number;
  recruitmentCost: number;
  workingDays: number;
}

/**
 * The cost of closing a gap of n = max(0, shortfall) × officersEach trained officers, in pence:
 *   one-off   = n × (recruitment + course fees + course days × employer cost ÷ working days)
 *   recurring = n × employer cost (a year)
 */
export function gapCostPence(g: GapCostInput): { oneOff: bigint; recurring: bigint } {
  const n = g.shortfall > 0 ? multiply(excelDecimal(g.shortfall), excelDecimal(g.officersEach)) : ZERO;
  const cost = excelDecimal(g.employCost);
  const days = excelDecimal(g.workingDays);
  // n × ((recruitment + course) × days + course days × cost) ÷ days, rounded once
  const perOfficerTimesDays = addDecimals([
    multiply(addDecimals([excelDecimal(g.recruitmentCost), excelDecimal(g.courseCost)]), days),
    multiply(excelDecimal(g.courseDays), cost),
  ]);
  const oneOff = checkUnits("shortfall", penceOf(multiply(n, perOfficerTimesDays), days), PENNY);
  const recurring = checkUnits("shortfall", penceOf(multiply(n, cost)), PENNY);
  return { oneOff, recurring };
}

/**
 * Duties and their pay multipliers under Police Regulations 2003 (constables and sergeants): overtime at time and a
 * third (Annex G), a rostered rest day worked at less than 15 days' notice at time and a half (regulation 26,
 * Annex H), a public holiday worked at double time (regulation 26, Annex H). Held in sixths so 1⅓ stays exact.
 */
export const DUTIES = ["normal", "overtime", "rest day", "public holiday"] as const;
export type Duty = (typeof DUTIES)[number];
const SIXTHS: Record<Duty, bigint> = { normal: 6n, overtime: 8n, "rest day": 9n, "public holiday": 12n };

export interface DeploymentRow {
  officers: number;
  hours: number;
  /** Cost of one officer-hour in pounds at plain time. */
  rate: number;
  duty: Duty;
}

/** Σ officers × hours × rate × multiplier over the rows, in pence, rounded once. */
export function deploymentCostPence(rows: readonly DeploymentRow[]): bigint {
  checkParts("officers", rows.length);
  const terms = rows.map((r) =>
    multiply(
      multiply(excelDecimal(r.officers), excelDecimal(r.hours)),
      multiply(excelDecimal(r.rate), { digits: SIXTHS[r.duty], scale: 0 }),
    ),
  );
  return checkUnits("officers", penceOf(addDecimals(terms), { digits: 6n, scale: 0 }), PENNY);
}

/**
 * Mutual aid charge, following the NPCC's National Policing Guidelines on Charging for Police Services: Mutual Aid
 * Cost Recovery: a planned deployment (an event) recovers the full cost of the officers lent (every hour at its
 * rate and duty multiplier); an emergency or spontaneous deployment recovers only the additional cost (hours worked
 * beyond normal duty: overtime, rest days and public holidays). Expenses (travel, accommodation, subsistence) are
 * added in full either way.
 */
export const AID_CATEGORIES = ["planned", "spontaneous"] as const;
export type AidCategory = (typeof AID_CATEGORIES)[number];

export function mutualAidPence(rows: readonly DeploymentRow[], category: AidCategory, expenses: number): bigint {
  const charged = category === "planned" ? rows : rows.filter((r) => r.duty !== "normal");
  const pay = deploymentCostPence(charged);
  return checkUnits("expenses", pay + wholeUnits("expenses", expenses, PENNY), PENNY);
}
