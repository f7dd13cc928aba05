/**
 * The plan file, as TypeScript sees it once it has passed validation: derived from the schema (./plan-schema.ts),
 * which holds every field, its rules and its description. Add a field there; its type follows.
 */
import { Accepts } from "./json-schema";
import { PLAN_SCHEMA } from "./plan-schema";

export type Plan = Accepts<typeof PLAN_SCHEMA>;
export type PlanEvent = NonNullable<NonNullable<Plan["publicOrder"]>["events"]>[number];
export type Risk = PlanEvent["risk"];

/** The medium-term plan's years, the plan year first: costs.years, or four (the plan year and three more). */
export const DEFAULT_PLAN_YEARS = 4;

export function planYears(plan: Plan): number {
  return plan.costs?.years ?? DEFAULT_PLAN_YEARS;
}

/** The financial year (1 April to 31 March) starting in calendar year y, written as plans write it: "2026/27". */
export function financialYearText(y: number): string {
  return `${y}/${String((y + 1) % 100).padStart(2, "0")}`;
}
