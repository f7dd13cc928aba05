/**
 * The shortfall check against the capability register: which listed capabilities are not met, and counts per threat.
 */
import { Cell } from "../cell";
import { valueError } from "../errors";
import { Rag } from "../gap";
import { Capability, THREATS } from "./capability";
import { CAPABILITIES, lookupCapability, normaliseId, unknownIdError } from "./register";
import { Status, isMet, readStatus, statusRag } from "./status";

export interface Assessment {
  capability: Capability;
  status: Status;
}

function where(k: number, count: number): string {
  return count === 1 ? "" : ` (item ${k + 1})`;
}

/** A number typed as 75.10 reaches us as 75.1: say so when such an id turns up twice. */
function numberHint(id: string): string {
  return lookupCapability(id + "0") ? `; an id such as ${id}0 typed as a number reads as ${id}: format the id cells as text` : "";
}

/**
 * Pairs each id with its status, cell by cell. A row with both cells blank is skipped (so a range can be larger than
 * the list); a status without an id, an unknown id or an id given twice is refused.
 */
export function readAssessments(ids: string[], statuses: string[]): Assessment[] {
  const seen = new Map<string, number>();
  const out: Assessment[] = [];
  for (let k = 0; k < ids.length; k++) {
    const at = where(k, ids.length);
    if (ids[k] === "") {
      if (statuses[k].trim() !== "") throw valueError("ids", `expected a capability id beside the status "${statuses[k]}", got a blank${at}`);
      continue;
    }
    const capability = lookupCapability(ids[k]);
    if (!capability) throw unknownIdError(ids[k], at);
    const before = seen.get(capability.id);
    if (before !== undefined) {
      throw valueError("ids", `expected each capability once, got "${capability.id}" twice (items ${before + 1} and ${k + 1})${numberHint(normaliseId(ids[k]))}`);
    }
    seen.set(capability.id, k);
    out.push({ capability, status: readStatus(statuses[k], at) });
  }
  if (out.length === 0) throw valueError("ids", "expected at least one capability id, got only blanks");
  return out;
}

export const CHECK_HEADER = ["ID", "Capability", "Status", "SPR paragraph", "RAG"];

/** One row per listed capability that is not met, in the order given; one "all met" row when there is none. */
export function unmetTable(assessments: Assessment[]): Cell[][] {
  const unmet = assessments.filter((a) => !isMet(a.status));
  if (unmet.length === 0) {
    const n = assessments.length;
    return [CHECK_HEADER, ["", n === 1 ? "The one capability listed is met" : `All ${n} capabilities listed are met`, "met", "", "GREEN"]];
  }
  return [CHECK_HEADER, ...unmet.map((a) => [a.capability.id, a.capability.title, a.status, a.capability.paragraph, statusRag(a.status)])];
}

export const SUMMARY_HEADER = ["Threat", "In register", "Met", "Partial", "Absent", "Not assessed", "RAG"];

interface Counts {
  total: number;
  met: number;
  partial: number;
  absent: number;
  notAssessed: number;
}

function tally(statuses: Status[]): Counts {
  const c: Counts = { total: statuses.length, met: 0, partial: 0, absent: 0, notAssessed: 0 };
  for (const s of statuses) {
    if (isMet(s)) c.met++;
    else if (s === "partial") c.partial++;
    else if (s === "absent") c.absent++;
    else c.notAssessed++;
  }
  return c;
}

/** RED when anything is absent; AMBER when anything is partial or not assessed; GREEN when all are met. */
export function rollUp(c: Counts): Rag {
  if (c.absent > 0) return "RED";
  return c.partial + c.notAssessed > 0 ? "AMBER" : "GREEN";
}

/**
 * Counts per threat over the whole register: a register capability missing from the list counts as not assessed,
 * so each row adds up (met + partial + absent + not assessed = in register). Every threat has a row, then a total.
 */
export function summaryTable(assessments: Assessment[]): Cell[][] {
  const given = new Map(assessments.map((a) => [a.capability.id, a.status]));
  const statusOf = (c: Capability): Status => given.get(c.id) ?? "not assessed";
  const row = (label: string, caps: readonly Capability[]): Cell[] => {
    const c = tally(caps.map(statusOf));
    return [label, c.total, c.met, c.partial, c.absent, c.notAssessed, rollUp(c)];
  };
  return [SUMMARY_HEADER, ...THREATS.map((t) => row(t, CAPABILITIES.filter((c) => c.threat === t))), row("Total", CAPABILITIES)];
}
