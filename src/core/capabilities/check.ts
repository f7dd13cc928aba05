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
  /** The force records that it relies on its ROCU for this capability (an agreement or decision, named). */
  rocuReliance: boolean;
}

/**
 * "via ROCU" for a capability the SPR places in the force itself (tier force: paragraph 74's "locally their force
 * has") with no recorded reliance on the ROCU: shown for what it is, AMBER, never a silent GREEN.
 */
export function unrecordedRocu(a: Assessment): boolean {
  return a.status === "via ROCU" && a.capability.tier === "force" && !a.rocuReliance;
}

function met(a: Assessment): boolean {
  return isMet(a.status) && !unrecordedRocu(a);
}

function rag(a: Assessment): Rag {
  return unrecordedRocu(a) ? "AMBER" : statusRag(a.status);
}

const UNRECORDED_ROCU_NOTE = "Force capability (SPR 74); no ROCU reliance recorded";

function note(a: Assessment): string {
  if (unrecordedRocu(a)) return UNRECORDED_ROCU_NOTE;
  if (a.status === "partial") return "Partly in place";
  if (a.status === "absent") return "Not in place";
  return "Not assessed: a gap in the PCC's assurance (24.1)";
}

function where(k: number, count: number): string {
  return count === 1 ? "" : ` (item ${k + 1})`;
}

/** A number typed as 75.10 reaches us as 75.1: say so when such an id turns up twice. */
function numberHint(id: string): string {
  return lookupCapability(id + "0") ? `; an id such as ${id}0 typed as a number reads as ${id}: format the id cells as text` : "";
}

/**
 * Pairs each id with its status (and, when given, the force's recorded reliance on its ROCU), cell by cell. A row with
 * every cell blank is skipped (so a range can be larger than the list); a status or reliance without an id, a
 * reliance beside any status but "via ROCU", an unknown id or an id given twice is refused.
 */
export function readAssessments(ids: string[], statuses: string[], reliances: string[] = []): Assessment[] {
  const seen = new Map<string, number>();
  const out: Assessment[] = [];
  for (let k = 0; k < ids.length; k++) {
    const at = where(k, ids.length);
    const reliance = reliances[k] ?? "";
    if (ids[k] === "") {
      if (statuses[k].trim() !== "")
        throw valueError("ids", `expected a capability id beside the status "${statuses[k]}", got a blank${at}`);
      if (reliance !== "") throw valueError("ids", `expected a capability id beside the ROCU reliance "${reliance}", got a blank${at}`);
      continue;
    }
    const capability = lookupCapability(ids[k]);
    if (!capability) throw unknownIdError(ids[k], at);
    const before = seen.get(capability.id);
    if (before !== undefined) {
      throw valueError(
        "ids",
        `expected each capability once, got "${capability.id}" twice (items ${before + 1} and ${k + 1})${numberHint(normaliseId(ids[k]))}`,
      );
    }
    seen.set(capability.id, k);
    const status = readStatus(statuses[k], at);
    if (reliance !== "" && status !== "via ROCU") {
      throw valueError(
        "rocu_reliance",
        `expected a reliance on the ROCU only beside the status "via ROCU", got one beside "${status}" for ${capability.id}${at}`,
      );
    }
    out.push({ capability, status, rocuReliance: reliance !== "" });
  }
  if (out.length === 0) throw valueError("ids", "expected at least one capability id, got only blanks");
  return out;
}

export const CHECK_HEADER = ["ID", "Capability", "Status", "SPR paragraph", "Note", "RAG"];

/** One row per listed capability that is not met, in the order given; one "all met" row when there is none. */
export function unmetTable(assessments: Assessment[]): Cell[][] {
  const unmet = assessments.filter((a) => !met(a));
  if (unmet.length === 0) {
    const n = assessments.length;
    return [
      CHECK_HEADER,
      ["", n === 1 ? "The one capability listed is met" : `All ${n} capabilities listed are met`, "met", "", "", "GREEN"],
    ];
  }
  return [CHECK_HEADER, ...unmet.map((a) => [a.capability.id, a.capability.title, a.status, a.capability.paragraph, note(a), rag(a)])];
}

export const SUMMARY_HEADER = ["Threat", "In register", "Met", "Via ROCU, not recorded", "Partial", "Absent", "Not assessed", "RAG"];

interface Counts {
  total: number;
  met: number;
  unrecordedRocu: number;
  partial: number;
  absent: number;
  notAssessed: number;
}

function tally(assessments: Assessment[]): Counts {
  const c: Counts = { total: assessments.length, met: 0, unrecordedRocu: 0, partial: 0, absent: 0, notAssessed: 0 };
  for (const a of assessments) {
    if (unrecordedRocu(a)) c.unrecordedRocu++;
    else if (isMet(a.status)) c.met++;
    else if (a.status === "partial") c.partial++;
    else if (a.status === "absent") c.absent++;
    else c.notAssessed++;
  }
  return c;
}

/** RED when anything is absent; AMBER when anything is partial, via the ROCU unrecorded or not assessed; GREEN when all are met. */
export function rollUp(c: Counts): Rag {
  if (c.absent > 0) return "RED";
  return c.unrecordedRocu + c.partial + c.notAssessed > 0 ? "AMBER" : "GREEN";
}

/**
 * Counts per threat over the whole register: a register capability missing from the list counts as not assessed,
 * so each row adds up (met + partial + absent + not assessed = in register). Every threat has a row, then a total.
 */
export function summaryTable(assessments: Assessment[]): Cell[][] {
  const given = new Map(assessments.map((a) => [a.capability.id, a]));
  const assessed = (c: Capability): Assessment => given.get(c.id) ?? { capability: c, status: "not assessed", rocuReliance: false };
  const row = (label: string, caps: readonly Capability[]): Cell[] => {
    const c = tally(caps.map(assessed));
    return [label, c.total, c.met, c.unrecordedRocu, c.partial, c.absent, c.notAssessed, rollUp(c)];
  };
  return [
    SUMMARY_HEADER,
    ...THREATS.map((t) =>
      row(
        t,
        CAPABILITIES.filter((c) => c.threat === t),
      ),
    ),
    row("Total", CAPABILITIES),
  ];
}
