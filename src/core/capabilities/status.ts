/**
 * A force's own status for one capability, and the RAG rating it earns in a shortfall check.
 *
 *   "in force", "via collaboration", "via ROCU"  → met (GREEN; not listed by SPR.CAPABILITYCHECK), except
 *                                                  "via ROCU" for a capability the SPR places in the force (tier
 *                                                  force: paragraph 74's "locally their force has"), which is AMBER
 *                                                  unless the force records that it relies on the ROCU for it
 *   "partial"                                    → AMBER
 *   "absent"                                     → RED
 *   blank or "not assessed"                      → AMBER: an unassessed capability is a gap in the assurance the PCC
 *                                                  gives (paragraph 24.1), not evidence the capability is there
 */
import { Rag } from "../gap";
import { describe } from "../args";
import { valueError } from "../errors";

export const STATUSES = ["in force", "via collaboration", "via ROCU", "partial", "absent", "not assessed"] as const;
export type Status = (typeof STATUSES)[number];

const MET: ReadonlySet<Status> = new Set<Status>(["in force", "via collaboration", "via ROCU"]);

export function isMet(s: Status): boolean {
  return MET.has(s);
}

export function statusRag(s: Status): Rag {
  if (isMet(s)) return "GREEN";
  return s === "absent" ? "RED" : "AMBER";
}

/** Reads one status cell: case and spacing do not matter; a blank is "not assessed". */
export function readStatus(raw: string, where: string): Status {
  const text = raw.trim().replace(/\s+/g, " ").toLowerCase();
  if (text === "") return "not assessed";
  const hit = STATUSES.find((s) => s.toLowerCase() === text);
  if (!hit) {
    const allowed = STATUSES.map((s) => `"${s}"`).join(", ");
    throw valueError("statuses", `expected one of ${allowed} or a blank (not assessed), got ${describe(raw)}${where}`);
  }
  return hit;
}
