/**
 * Workforce arithmetic shared by every capability: productive hours and officers per post.
 */
import { optionalNumber } from "../core/args";
import {
  WORKFORCE_RULES,
  defaultProductiveHoursInputs,
  postFte as postFteCore,
  productiveHours as productiveHoursCore,
} from "../core/workforce/productive-hours";
import { assumptionValue } from "../core/assumptions/registry";
import { readProductiveHours } from "../core/workforce/productive-hours-argument";
import { cell } from "./marshal";

const DAYS = WORKFORCE_RULES.days;

/**
 * Hours a full-time officer is actually available in a year: (365.25 × 5/7 working days − days away) × weekly hours ÷ 5.
 * Rests on: planning assumptions WEEKLY_HOURS, ANNUAL_LEAVE_DAYS, BANK_HOLIDAYS (Police Regulations 2003; gov.uk) and TRAINING_DAYS, SICKNESS_DAYS, OTHER_ABSTRACTION_DAYS (illustrative). Not an SPR figure.
 * @customfunction PRODUCTIVEHOURS
 * @helpurl https://localhost:3000/help/functions.html#productivehours
 * @param [weekly_hours] Contracted hours a week (default 40).
 * @param [leave_days] Annual leave days a year (default 25: Police Regulations Annex O, 2–10 years' service).
 * @param [bank_holidays] Bank holidays a year taken off (default 8, England and Wales).
 * @param [training_days] Training days a year off the line (default 10, illustrative).
 * @param [sickness_days] Days lost to sickness a year (default 8, illustrative).
 * @param [other_days] Other abstraction days a year (default 0, illustrative).
 * @returns Productive hours per full-time officer per year.
 */
export function productiveHours(
  weekly_hours?: any,
  leave_days?: any,
  bank_holidays?: any,
  training_days?: any,
  sickness_days?: any,
  other_days?: any,
): number {
  return cell(() => {
    const d = defaultProductiveHoursInputs();
    return productiveHoursCore({
      weeklyHours: optionalNumber("weekly_hours", weekly_hours, d.weeklyHours, WORKFORCE_RULES.weekly_hours),
      leaveDays: optionalNumber("leave_days", leave_days, d.leaveDays, DAYS),
      bankHolidays: optionalNumber("bank_holidays", bank_holidays, d.bankHolidays, DAYS),
      trainingDays: optionalNumber("training_days", training_days, d.trainingDays, DAYS),
      sicknessDays: optionalNumber("sickness_days", sickness_days, d.sicknessDays, DAYS),
      otherDays: optionalNumber("other_days", other_days, d.otherDays, DAYS),
    });
  });
}

/**
 * Officers (FTE) needed to keep one post filled: hours covered a year ÷ productive hours per officer.
 * Rests on: planning assumptions HOURS_24_7_POST (8,760) and the productive-hours assumptions. Not an SPR figure.
 * @customfunction POSTFTE
 * @helpurl https://localhost:3000/help/functions.html#postfte
 * @param [hours_covered] Hours a year the post is filled, or each ARV is on duty (default 8,760: around the clock).
 * @param [productive_hours] Productive hours per officer (FTE) a year, > 0 (default: SPR.PRODUCTIVEHOURS() with its defaults, 1,679.14).
 * @returns FTE officers per post.
 */
export function postFte(hours_covered?: any, productive_hours?: any): number {
  return cell(() => {
    const covered = optionalNumber("hours_covered", hours_covered, assumptionValue("HOURS_24_7_POST"), WORKFORCE_RULES.hours_covered);
    const productive = readProductiveHours(productive_hours);
    return postFteCore(covered, productive);
  });
}
