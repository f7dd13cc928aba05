/**
 * A region's or the nation's roll-up: which forces it covers, and which of them have a force plan. Pure: the doors
 * read the files (the CLI from paths relative to the roll-up plan) and hand the plans here.
 */
import { FORCES, ForceRecord } from "../core/forces/forces-data";
import { findForce, forcesIn } from "../core/forces/forces";
import { Problem } from "./json-schema";
import { Plan } from "./plan";
import { PlanError } from "./read";

/** A force plan read for a roll-up: where it came from (as the roll-up plan names it) and the validated plan. */
export interface ForcePlan {
  source: string;
  plan: Plan;
}

/** One force of a roll-up, in reference-data order, with its plan when it has one. */
export interface RollUpForce {
  force: ForceRecord;
  member?: ForcePlan & { index: number };
}

/** Whether a plan is a roll-up of force plans (a region naming forcePlans, or the nation). */
export function isRollUp(plan: Plan): boolean {
  return plan.organisation.kind === "nation" || (plan.organisation.kind === "region" && plan.forcePlans !== undefined);
}

/** The forces a roll-up covers: the region's (ROCU or Home Office region) or all 43. */
export function rollUpScope(plan: Plan): ForceRecord[] {
  return plan.organisation.kind === "region" ? forcesIn(plan.organisation.name) : [...FORCES];
}

/**
 * Matches force plans to the roll-up's forces. Refuses (PlanError, each problem at forcePlans[i]) a plan that is not a
 * force's, a force outside the region, a force named twice, or another financial year.
 */
export function matchForcePlans(plan: Plan, plans: readonly ForcePlan[]): RollUpForce[] {
  const scope = rollUpScope(plan);
  const byForce = new Map<string, ForcePlan & { index: number }>();
  const problems: Problem[] = [];
  plans.forEach((p, index) => {
    const path = `forcePlans[${index}]`;
    const org = p.plan.organisation;
    if (org.kind !== "force")
      return void problems.push({ path, message: `${p.source} is a ${org.kind}'s plan; a roll-up is made of force plans` });
    const named = findForce(org.name).force; // the force plan passed validation, so its force is known
    const force = scope.find((f) => f.force === named);
    if (!force) return void problems.push({ path, message: `${p.source} is ${org.name}'s plan, not a force of ${plan.organisation.name}` });
    const twin = byForce.get(force.force);
    if (twin)
      return void problems.push({
        path,
        message: `${p.source} is a second plan for ${force.force} (forcePlans[${twin.index}] is the first)`,
      });
    if (p.plan.financialYear !== plan.financialYear)
      return void problems.push({ path, message: `${p.source} is for ${p.plan.financialYear}, the roll-up for ${plan.financialYear}` });
    byForce.set(force.force, { ...p, index });
  });
  if (problems.length) throw new PlanError(problems);
  return scope.map((force) => ({ force, member: byForce.get(force.force) }));
}
