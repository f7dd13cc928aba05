/**
 * Productive hours: the hours a full-time officer is actually available for duty in a year, after leave, bank
 * holidays, training, sickness and other abstractions. Every FTE calculation divides by it.
 *
 *   working days = 365.25 × 5/7 (two rest days a week)
 *   hours a day  = weekly hours ÷ 5
 *   productive   = (working days − leave − bank holidays − training − sickness − other) × hours a day
 */
import { assumptionValue } from "../assumptions/registry";
import { NON_NEGATIVE, type NumberRule } from "../args";
import { valueError } from "../errors";

/** The rules PRODUCTIVEHOURS, POSTFTE, AFOREQ and AFOGAP read these arguments by (the plan takes them from here). */
export const WORKFORCE_RULES = {
  weekly_hours: { min: 0, above: true, max: 168 },
  days: NON_NEGATIVE,
  hours_covered: { min: 0, above: true, max: 8784 },
} as const satisfies Record<string, NumberRule>;

export const DAYS_PER_YEAR = 365.25;
export const WORKING_DAYS_PER_WEEK = 5;

export interface ProductiveHoursInputs {
  weeklyHours: number;
  leaveDays: number;
  bankHolidays: number;
  trainingDays: number;
  sicknessDays: number;
  otherDays: number;
}

/** The registry's defaults (Police Regulations where they exist, otherwise illustrative). */
export function defaultProductiveHoursInputs(): ProductiveHoursInputs {
  return {
    weeklyHours: assumptionValue("WEEKLY_HOURS"),
    leaveDays: assumptionValue("ANNUAL_LEAVE_DAYS"),
    bankHolidays: assumptionValue("BANK_HOLIDAYS"),
    trainingDays: assumptionValue("TRAINING_DAYS"),
    sicknessDays: assumptionValue("SICKNESS_DAYS"),
    otherDays: assumptionValue("OTHER_ABSTRACTION_DAYS"),
  };
}

export function workingDaysPerYear(): number {
  return (DAYS_PER_YEAR * WORKING_DAYS_PER_WEEK) / 7;
}

export function productiveHours(i: ProductiveHoursInputs): number {
  const absent = i.leaveDays + i.bankHolidays + i.trainingDays + i.sicknessDays + i.otherDays;
  const days = workingDaysPerYear() - absent;
  if (days <= 0)
    throw valueError("leave_days", `days away (${absent}) use up all ${workingDaysPerYear().toFixed(2)} working days in the year`);
  return (days * i.weeklyHours) / WORKING_DAYS_PER_WEEK;
}

/** Officers (FTE) needed to keep one post filled for `hoursCovered` hours a year. */
export function postFte(hoursCovered: number, productive: number): number {
  if (!(productive > 0)) throw valueError("productive_hours", `expected a number > 0, got ${productive}`);
  return hoursCovered / productive;
}
