/**
 * Checks a plan file: the schema first (types, required fields, ranges), then what a schema cannot say (an event that
 * ends before it starts, an unknown force or assumption, grants larger than the budget). One message per problem,
 * each with its path in the file, e.g. `publicOrder.events[3].end: before start`.
 */
import { arvRoleAfos } from "../core/armed-policing/afo";
import { arvsForCoverage } from "../core/armed-policing/coverage";
import { describeRule, requiredNumber } from "../core/args";
import { assumptionKey, assumptionValue, findAssumption, planAssumptions } from "../core/assumptions/registry";
import { SprError } from "../core/errors";
import { findForce, resolveGroup } from "../core/forces/forces";
import { unitDecimal, wholeUnits } from "../core/section22/money";
import { checkedLoad } from "../core/armed-policing/arv";
import { checkedSimulatedLoad } from "../core/uncertainty/arv-model";
import { readArvArguments } from "../core/armed-policing/arv-arguments";
import { readAssessments } from "../core/capabilities/check";
import { productiveHours } from "../core/workforce/productive-hours";
import { Problem, joinPath, validateAgainst } from "./json-schema";
import { Plan, financialYearText, planYears } from "./plan";
import { PLAN_SCHEMA, assumptionRule } from "./plan-schema";
import { PlanError, decodePlanBytes, parsePlanJson } from "./read";
import { applyScenario } from "./scenarios";

export { PlanError };

function messageOf(e: unknown): string {
  if (e instanceof SprError) return e.detail;
  throw e;
}

export function toExcelSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(iso)!;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  const days = Date.UTC(y, mo - 1, d) / 86_400_000 + 25_569; // Excel's day 25,569 is 1 January 1970
  return days + (h * 3600 + mi * 60 + s) / 86_400;
}

/**
 * The earliest date written: Excel's 1900 date system starts at 1 January 1900 (serial 1) and counts a 29 February
 * 1900 that never was (ECMA-376 Part 1, §18.17.4.1), so serials agree with the calendar from 1 March 1900 (serial 61).
 */
const FIRST_DATE = "1900-03-01";
const FIRST_SERIAL = toExcelSerial(FIRST_DATE);

function validDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(iso);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
}

/** A low–high range that must hold the likely value the section gives. */
function rangeProblems(path: string, low: number, likely: number, high: number, likelyAt: string): Problem[] {
  if (low > likely) return [{ path: `${path}.low`, message: `above the likely value (${likelyAt} = ${likely})` }];
  if (high < likely) return [{ path: `${path}.high`, message: `below the likely value (${likelyAt} = ${likely})` }];
  return [];
}

function uncertaintyProblems(plan: Plan): Problem[] {
  const u = plan.uncertainty;
  if (!u) return [];
  const out: Problem[] = [];
  if (u.incidents) {
    if (!plan.armedPolicing)
      out.push({ path: "uncertainty.incidents", message: "needs the armedPolicing section (its incidentsPerYear is the likely value)" });
    else
      out.push(
        ...rangeProblems(
          "uncertainty.incidents",
          u.incidents.low,
          plan.armedPolicing.incidentsPerYear,
          u.incidents.high,
          "armedPolicing.incidentsPerYear",
        ),
      );
  }
  if (u.attendance) {
    const events = plan.publicOrder?.events ?? [];
    if (!events.length)
      out.push({ path: "uncertainty.attendance", message: "needs publicOrder.events (each event's attendance is its likely value)" });
    (u.attendance.events ?? []).forEach((e, i) => {
      const p = `uncertainty.attendance.events[${i}]`;
      const at = events.findIndex((ev) => ev.name === e.name);
      if (at < 0) out.push({ path: `${p}.name`, message: `no event called "${e.name}" in publicOrder.events` });
      else out.push(...rangeProblems(p, e.low, events[at].attendance, e.high, `publicOrder.events[${at}].attendance`));
    });
  }
  if (u.ocgs) {
    const soc = plan.soc;
    if (!soc) out.push({ path: "uncertainty.ocgs", message: "needs the soc section (its ocgsByBand are the likely counts)" });
    else
      soc.ocgsByBand.forEach((n, b) =>
        out.push(
          ...rangeProblems(`uncertainty.ocgs`, u.ocgs!.low[b], n, u.ocgs!.high[b], `soc.ocgsByBand[${b}]`).map((q) => ({
            ...q,
            path: `${q.path}[${b}]`,
          })),
        ),
      );
  }
  return out;
}

/**
 * Section 22 amounts are shared in whole rounding units (pence by default): every cost, grant and in-kind amount must
 * be a whole multiple of the unit, read exactly as typed (the rule S22TABLE and ALLOCATE apply).
 */
function moneyProblems(plan: Plan): Problem[] {
  const s22 = plan.section22!;
  const out: Problem[] = [];
  const unitAt = s22.unit !== undefined ? "section22.unit" : "assumption S22_ROUNDING_UNIT";
  let unit;
  try {
    unit = unitDecimal(s22.unit ?? planAssumption(plan, "S22_ROUNDING_UNIT"));
  } catch (e) {
    return [{ path: s22.unit !== undefined ? "section22.unit" : "assumptions.S22_ROUNDING_UNIT", message: messageOf(e) }];
  }
  const check = (path: string, amount: number | undefined) => {
    if (amount === undefined) return;
    try {
      wholeUnits(unitAt, amount, unit);
    } catch (e) {
      out.push({ path, message: `${messageOf(e)} (${unitAt})` });
    }
  };
  s22.lines.forEach((l, i) => check(`section22.lines[${i}].cost`, l.cost));
  (s22.grants ?? []).forEach((g, i) => check(`section22.grants[${i}].amount`, g.amount));
  s22.forces.forEach((f, i) => check(`section22.forces[${i}].inKind`, f.inKind));
  return out;
}

/** An assumption's value as the workbook uses it: the plan's figure if it sets one, else the registry's. */
function planAssumption(plan: Plan, key: string): number {
  return planAssumptions(plan.assumptions).get(key) ?? assumptionValue(key);
}

/**
 * The ARV load (incidents × minutes × ARVs sent × peak factor, in erlangs) must be one the queueing model accepts:
 * read by the very argument reader and load check ARVREQ and ARVREQP use, with the plan's values and assumptions.
 */
function armedPolicingProblems(plan: Plan): Problem[] {
  const ap = plan.armedPolicing;
  if (!ap) return [];
  let demand;
  try {
    // the section's own fields are already checked by the same rules: an error here is an assumption the plan sets
    const a = (v: number | undefined, key: string) => v ?? planAssumption(plan, key);
    demand = readArvArguments(
      ap.meanMinutes,
      a(ap.maxWaitProb, "MAX_WAIT_PROB"),
      a(ap.arvsPerIncident, "ARVS_PER_INCIDENT"),
      a(ap.peakFactor, "PEAK_FACTOR"),
      a(ap.coverageMinimum, "COVERAGE_MINIMUM"),
    ).demand;
  } catch (e) {
    return [{ path: "assumptions", message: `${messageOf(e)} (an assumption the armed policing section takes by default)` }];
  }
  const out: Problem[] = [];
  const load = (path: string, check: () => unknown) => {
    try {
      check();
    } catch (e) {
      out.push({ path, message: messageOf(e) });
    }
  };
  load("armedPolicing.incidentsPerYear", () => checkedLoad({ ...demand, incidentsPerYear: ap.incidentsPerYear }));
  const high = plan.uncertainty?.incidents?.high;
  if (high !== undefined) load("uncertainty.incidents.high", () => checkedSimulatedLoad(demand, high));
  if (ap.coverage && ap.coverageMinimum !== undefined)
    out.push({
      path: "armedPolicing.coverage",
      message: "give either coverageMinimum (typed) or coverage (worked out by SPR.ARVCOVER), not both",
    });
  if (ap.coverage) {
    // the figures together must give a whole number of ARVs, as SPR.ARVCOVER works it out in the workbook
    const cov = ap.coverage;
    try {
      arvsForCoverage({
        ...cov,
        speedKmh: cov.speedKmh ?? planAssumption(plan, "ARV_RESPONSE_SPEED_KMH"),
        detourFactor: cov.detourFactor ?? planAssumption(plan, "ARV_DETOUR_FACTOR"),
      });
    } catch (e) {
      out.push({ path: "armedPolicing.coverage", message: messageOf(e) });
    }
  }
  try {
    arvRoleAfos(ap.afosAvailable, Object.values(ap.otherRoles ?? {}));
  } catch (e) {
    out.push({ path: "armedPolicing.otherRoles", message: messageOf(e) });
  }
  return out;
}

/** Each capability read as CAPABILITYCHECK reads it (a known id, a known status), and each listed once. */
function capabilityProblems(plan: Plan): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, number>();
  (plan.soc?.capabilities ?? []).forEach((c, i) => {
    const p = `soc.capabilities[${i}]`;
    try {
      const [a] = readAssessments([c.id.trim()], [(c.status ?? "").trim()]);
      const before = seen.get(a.capability.id);
      if (before !== undefined)
        out.push({ path: `${p}.id`, message: `${a.capability.id} is listed twice (also at capabilities[${before}])` });
      seen.set(a.capability.id, i);
    } catch (e) {
      out.push({ path: `${p}.${e instanceof SprError && e.argument === "statuses" ? "status" : "id"}`, message: messageOf(e) });
    }
  });
  return out;
}

/** The days away from work a plan sets must leave working days in the year (the productive-hours rule). */
function productiveHoursProblems(plan: Plan): Problem[] {
  const keys = ["WEEKLY_HOURS", "ANNUAL_LEAVE_DAYS", "BANK_HOLIDAYS", "TRAINING_DAYS", "SICKNESS_DAYS", "OTHER_ABSTRACTION_DAYS"] as const;
  const set = keys.filter((k) => planAssumptions(plan.assumptions).has(k));
  if (!set.length) return [];
  const [weeklyHours, leaveDays, bankHolidays, trainingDays, sicknessDays, otherDays] = keys.map((k) => planAssumption(plan, k));
  try {
    productiveHours({ weeklyHours, leaveDays, bankHolidays, trainingDays, sicknessDays, otherDays });
    return [];
  } catch (e) {
    return [{ path: joinPath("assumptions", set[set.length - 1]), message: messageOf(e) }];
  }
}

/** The medium term's lists hold one figure per later year. */
function costsProblems(plan: Plan): Problem[] {
  const c = plan.costs;
  if (!c) return [];
  const later = planYears(plan) - 1;
  const lists: [string, number[] | undefined][] = [
    ["costs.payAwards", c.payAwards],
    ["costs.inflation", c.inflation],
    ["costs.demand.publicOrder", c.demand?.publicOrder],
    ["costs.demand.armedPolicing", c.demand?.armedPolicing],
    ["costs.demand.soc", c.demand?.soc],
  ];
  return lists
    .filter(([, v]) => v !== undefined && v.length !== later)
    .map(([path, v]) => ({
      path,
      message: `expected one figure for each later year (${later}, as costs.years is ${later + 1}), found ${v!.length}`,
    }));
}

function semanticProblems(plan: Plan): Problem[] {
  const out: Problem[] = [];
  const [y1, y2] = plan.financialYear.split("/").map(Number);
  if ((y1 + 1) % 100 !== y2) out.push({ path: "financialYear", message: `expected consecutive years such as ${financialYearText(y1)}` });
  try {
    if (plan.organisation.kind === "force") findForce(plan.organisation.name);
    else if (plan.organisation.kind === "region") resolveGroup(plan.organisation.name);
  } catch (e) {
    out.push({ path: "organisation.name", message: messageOf(e) });
  }
  if (plan.forcePlans && plan.organisation.kind === "force")
    out.push({ path: "forcePlans", message: "only a region's or the nation's plan rolls up force plans; a force's plan has none" });
  const assumptionSpelling = new Map<string, string>();
  for (const [key, value] of Object.entries(plan.assumptions ?? {})) {
    const path = joinPath("assumptions", key);
    const twin = assumptionSpelling.get(assumptionKey(key));
    if (twin !== undefined)
      out.push({ path, message: `sets the same assumption as "${twin}" (keys are read without regard to case or surrounding spaces)` });
    assumptionSpelling.set(assumptionKey(key), key);
    let a;
    try {
      a = findAssumption(key);
    } catch (e) {
      out.push({ path, message: messageOf(e) });
      continue;
    }
    // the value is a finite number (the schema says so): the reader can only refuse it by the rule
    const rule = assumptionRule(a);
    try {
      requiredNumber(key, value, rule);
    } catch {
      out.push({ path, message: `expected ${describeRule(rule)} (${a.unit}), found ${value}` });
    }
  }
  (plan.publicOrder?.events ?? []).forEach((ev, i) => {
    const p = joinPath("publicOrder.events", i);
    const dateProblem = (field: "start" | "end"): boolean => {
      const iso = ev[field];
      if (!validDate(iso)) out.push({ path: `${p}.${field}`, message: `"${iso}" is not a real date and time` });
      else if (toExcelSerial(iso) < FIRST_SERIAL)
        out.push({ path: `${p}.${field}`, message: `"${iso}" is before ${FIRST_DATE}, the earliest date a workbook holds as Excel does` });
      else return true;
      return false;
    };
    const startOk = dateProblem("start");
    const endOk = dateProblem("end");
    if (startOk && endOk && toExcelSerial(ev.end) <= toExcelSerial(ev.start))
      out.push({ path: `${p}.end`, message: "before start (an event must end after it starts)" });
  });
  (plan.soc?.otherVolumes ?? []).forEach((v, i) => {
    const p = `soc.otherVolumes[${i}]`;
    if (v.hoursEach === undefined && v.assumption === undefined)
      out.push({ path: p, message: "give hoursEach, or the assumption that holds hours per item" });
    if (v.assumption !== undefined) {
      try {
        findAssumption(v.assumption);
      } catch (e) {
        out.push({ path: `${p}.assumption`, message: messageOf(e) });
      }
    }
  });
  if (!out.some((p) => p.path.startsWith("assumptions"))) out.push(...productiveHoursProblems(plan));
  out.push(...armedPolicingProblems(plan));
  out.push(...capabilityProblems(plan));
  out.push(...uncertaintyProblems(plan));
  out.push(...costsProblems(plan));
  const s22 = plan.section22;
  if (s22) {
    try {
      resolveGroup(s22.rocu, "rocu");
    } catch (e) {
      out.push({ path: "section22.rocu", message: messageOf(e) });
    }
    const seen = new Map<string, number>();
    s22.forces.forEach((f, i) => {
      try {
        const name = findForce(f.name).force;
        if (seen.has(name))
          out.push({ path: `section22.forces[${i}].name`, message: `${name} is listed twice (also at forces[${seen.get(name)}])` });
        seen.set(name, i);
      } catch (e) {
        out.push({ path: `section22.forces[${i}].name`, message: messageOf(e) });
      }
    });
    if (s22.forces.every((f) => f.weight === 0))
      out.push({ path: "section22.forces", message: "every weight is zero, so there is nothing to share the budget by" });
    out.push(...moneyProblems(plan));
    const cost = s22.lines.reduce((a, l) => a + l.cost, 0);
    const grants = (s22.grants ?? []).reduce((a, g) => a + g.amount, 0);
    if (grants > cost) out.push({ path: "section22.grants", message: `add up to more than the budget lines (${grants} > ${cost})` });
  }
  return out;
}

/** Validates parsed JSON as a plan; throws PlanError listing every problem. */
export function validatePlan(value: unknown): Plan {
  const problems = validateAgainst(PLAN_SCHEMA, value);
  if (problems.length) throw new PlanError(problems);
  const plan = value as Plan;
  const more = semanticProblems(plan);
  if (more.length) throw new PlanError(more);
  const scenarios = scenarioProblems(plan);
  if (scenarios.length) throw new PlanError(scenarios);
  return plan;
}

/** Each scenario's plan, checked as a plan; its problems at scenarios[i] › their path in the changed plan. */
function scenarioOutcomes(plan: Plan): { plan?: Plan; problems: Problem[] }[] {
  const names = new Map<string, number>();
  return (plan.scenarios ?? []).map((sc, i) => {
    const twin = names.get(sc.name);
    names.set(sc.name, i);
    if (twin !== undefined)
      return { problems: [{ path: `scenarios[${i}].name`, message: `"${sc.name}" is also the name of scenarios[${twin}]` }] };
    const applied = applyScenario(plan, i);
    if (applied.problems.length) return { problems: applied.problems };
    try {
      return { plan: validatePlan(applied.plan), problems: [] };
    } catch (e) {
      if (!(e instanceof PlanError)) throw e;
      return { problems: e.problems.map((p) => ({ path: `scenarios[${i}] › ${p.path}`, message: p.message })) };
    }
  });
}

function scenarioProblems(plan: Plan): Problem[] {
  return scenarioOutcomes(plan).flatMap((o) => o.problems);
}

/** A validated plan's scenarios, each as the plan it makes (validatePlan has refused any that is not a valid plan). */
export function scenarioPlans(plan: Plan): { name: string; plan: Plan }[] {
  return scenarioOutcomes(plan).map((o, i) => ({ name: plan.scenarios![i].name, plan: o.plan! }));
}

/** Reads and validates a plan file, as bytes (checked as UTF-8) or as text. */
export function readPlan(input: string | Uint8Array): Plan {
  return validatePlan(parsePlanJson(typeof input === "string" ? input : decodePlanBytes(input)));
}
