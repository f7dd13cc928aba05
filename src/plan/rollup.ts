/**
 * A region's or the nation's roll-up: which forces it covers, and which of them have a force plan. Pure: the doors
 * read the files (the CLI from paths relative to the roll-up plan) and hand the plans here.
 */
import { FORCES, ForceRecord } from "../core/forces/forces-data";
import { findForce, forcesIn } from "../core/forces/forces";
import { Problem } from "./json-schema";
import { Plan } from "./plan";
import { PlanError } from "./read";
import { readPlan } from "./validate";

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

/**
 * A roll-up's force plans, each read and validated as any plan is (size, strict UTF-8, the schema and its checks),
 * from the bytes a door found for its path: the CLI reads the path relative to the roll-up plan, the task pane the file
 * the user picked. `bytesOf` gives null for a file it cannot read, or throws the plan reader's PlanError (too large).
 * Every problem is reported at forcePlans[i], with the problem's own path in that file.
 */
export function readForcePlans(paths: readonly string[], bytesOf: (path: string, index: number) => Uint8Array | null): ForcePlan[] {
  const problems: Problem[] = [];
  const plans = paths.flatMap((p, i): ForcePlan[] => {
    const at = `forcePlans[${i}]`;
    try {
      const bytes = bytesOf(p, i);
      if (bytes) return [{ source: p, plan: readPlan(bytes) }];
      problems.push({ path: at, message: `cannot read the force plan ${p}` });
    } catch (e) {
      if (!(e instanceof PlanError)) throw e;
      problems.push(...e.problems.map((q) => ({ path: `${at} (${p}) › ${q.path}`, message: q.message })));
    }
    return [];
  });
  if (problems.length) throw new PlanError(problems);
  return plans;
}

/** The file name at the end of a forcePlans path ("plans/dorset.json" → "dorset.json"), as a browser names a picked file. */
export function fileNameOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/**
 * Which picked file (by its name, as a browser gives it) stands for each forcePlans path, for a door that reads no
 * paths (the task pane). Refuses (PlanError, at forcePlans[i]) a path whose file was not picked, and two paths with
 * one file name (only the name of a picked file is known). Returns the picked names for each path and the picked
 * names no path asks for.
 */
export function pickedForcePlans(paths: readonly string[], picked: readonly string[]): { names: string[]; unused: string[] } {
  const problems: Problem[] = [];
  const first = new Map<string, number>();
  const names = paths.map((p, i) => {
    const name = fileNameOf(p);
    const twin = first.get(name);
    if (twin !== undefined)
      problems.push({
        path: `forcePlans[${i}]`,
        message: `${p} has the same file name as forcePlans[${twin}] (${paths[twin]}); the task pane knows a picked file by its name only, so build this roll-up with spr build`,
      });
    else if (!picked.includes(name))
      problems.push({ path: `forcePlans[${i}]`, message: `pick the force plan ${name} (no file of that name was picked)` });
    first.set(name, first.get(name) ?? i);
    return name;
  });
  if (problems.length) throw new PlanError(problems);
  return { names, unused: picked.filter((n) => !names.includes(n)) };
}
