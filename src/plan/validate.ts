/**
 * Checks a plan file: the schema first (types, required fields, ranges), then what a schema cannot say (an event that
 * ends before it starts, an unknown force or assumption, grants larger than the budget). One message per problem,
 * each with its path in the file, e.g. `publicOrder.events[3].end: before start`.
 */
import { findAssumption } from "../core/assumptions/registry";
import { SprError } from "../core/errors";
import { findForce, resolveGroup } from "../core/forces/forces";
import { Problem, joinPath, validateAgainst } from "./json-schema";
import { Plan, financialYearText, planYears } from "./plan";
import { PLAN_SCHEMA } from "./plan-schema";

export class PlanError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
    this.name = "PlanError";
  }
}

/** Reads plan text: JSON syntax errors become one problem with the line and column. */
export function parsePlanText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    let where = "";
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split("\n").length;
      where = ` at line ${line}, column ${before.length - before.lastIndexOf("\n")}`;
    }
    throw new PlanError([{ path: "(file)", message: `not valid JSON${where}: ${msg.replace(/^.*?: /, "").replace(/ in JSON at position \d+.*$/, "")}` }]);
  }
}

function messageOf(e: unknown): string {
  return e instanceof SprError ? e.message.replace(/^[a-z_]+: /, "") : String(e);
}

export function toExcelSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(iso)!;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  const days = Date.UTC(y, mo - 1, d) / 86_400_000 + 25_569; // Excel's day 25,569 is 1 January 1970
  return days + (h * 3600 + mi * 60 + s) / 86_400;
}

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
    if (!plan.armedPolicing) out.push({ path: "uncertainty.incidents", message: "needs the armedPolicing section (its incidentsPerYear is the likely value)" });
    else out.push(...rangeProblems("uncertainty.incidents", u.incidents.low, plan.armedPolicing.incidentsPerYear, u.incidents.high, "armedPolicing.incidentsPerYear"));
  }
  if (u.attendance) {
    const events = plan.publicOrder?.events ?? [];
    if (!events.length) out.push({ path: "uncertainty.attendance", message: "needs publicOrder.events (each event's attendance is its likely value)" });
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
    else soc.ocgsByBand.forEach((n, b) => out.push(...rangeProblems(`uncertainty.ocgs`, u.ocgs!.low[b], n, u.ocgs!.high[b], `soc.ocgsByBand[${b}]`).map((q) => ({ ...q, path: `${q.path}[${b}]` }))));
  }
  return out;
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
  return lists.filter(([, v]) => v !== undefined && v.length !== later).map(([path, v]) => ({ path, message: `expected one figure for each later year (${later}, as costs.years is ${later + 1}), found ${v!.length}` }));
}

function semanticProblems(plan: Plan): Problem[] {
  const out: Problem[] = [];
  const [y1, y2] = plan.financialYear.split("/").map(Number);
  if ((y1 + 1) % 100 !== y2) out.push({ path: "financialYear", message: `expected consecutive years such as ${financialYearText(y1)}` });
  try {
    if (plan.organisation.kind === "force") findForce(plan.organisation.name);
    else resolveGroup(plan.organisation.name);
  } catch (e) {
    out.push({ path: "organisation.name", message: messageOf(e) });
  }
  for (const [key, value] of Object.entries(plan.assumptions ?? {})) {
    const path = joinPath("assumptions", key);
    try {
      const a = findAssumption(key);
      // every planning assumption is a count, an amount, a rate or a share: none is negative, shares are at most 1
      if (value < 0) out.push({ path, message: `expected a number ≥ 0 (${a.unit}), found ${value}` });
      else if (/fraction|probability/.test(a.unit) && value > 1) out.push({ path, message: `expected a fraction from 0 to 1 (${a.unit}), found ${value}` });
    } catch (e) {
      out.push({ path, message: messageOf(e) });
    }
  }
  (plan.publicOrder?.events ?? []).forEach((ev, i) => {
    const p = joinPath("publicOrder.events", i);
    const startOk = validDate(ev.start);
    const endOk = validDate(ev.end);
    if (!startOk) out.push({ path: `${p}.start`, message: `"${ev.start}" is not a real date and time` });
    if (!endOk) out.push({ path: `${p}.end`, message: `"${ev.end}" is not a real date and time` });
    if (startOk && endOk && toExcelSerial(ev.end) <= toExcelSerial(ev.start)) out.push({ path: `${p}.end`, message: "before start (an event must end after it starts)" });
  });
  (plan.soc?.otherVolumes ?? []).forEach((v, i) => {
    const p = `soc.otherVolumes[${i}]`;
    if (v.hoursEach === undefined && v.assumption === undefined) out.push({ path: p, message: "give hoursEach, or the assumption that holds hours per item" });
    if (v.assumption !== undefined) {
      try {
        findAssumption(v.assumption);
      } catch (e) {
        out.push({ path: `${p}.assumption`, message: messageOf(e) });
      }
    }
  });
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
        if (seen.has(name)) out.push({ path: `section22.forces[${i}].name`, message: `${name} is listed twice (also at forces[${seen.get(name)}])` });
        seen.set(name, i);
      } catch (e) {
        out.push({ path: `section22.forces[${i}].name`, message: messageOf(e) });
      }
    });
    if (s22.forces.every((f) => f.weight === 0)) out.push({ path: "section22.forces", message: "every weight is zero, so there is nothing to share the budget by" });
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
  return plan;
}

export function readPlan(text: string): Plan {
  return validatePlan(parsePlanText(text));
}
