/**
 * The SPR capability register and the shortfall check a force (or ROCU) runs against it.
 */
import { maybeChoice, maybeTextGrid, present, sameShape, textGrid } from "../core/args";
import { THREATS, TIERS } from "../core/capabilities/capability";
import { Assessment, readAssessments, summaryTable, unmetTable } from "../core/capabilities/check";
import { capabilitiesTable } from "../core/capabilities/register";
import { cell } from "./marshal";

function readChecks(ids: unknown, statuses: unknown, rocuReliance: unknown): Assessment[] {
  const i = textGrid("ids", present("ids", ids, "capability ids from SPR.CAPABILITIES"));
  const s = textGrid("statuses", statuses);
  sameShape("ids", i, "statuses", s);
  const r = maybeTextGrid("rocu_reliance", rocuReliance);
  if (r) sameShape("ids", i, "rocu_reliance", r);
  return readAssessments(i.values, s.values, r?.values);
}

/**
 * The SPR capability register as a table with a header row: id, threat, tier, capability, requirement, SPR paragraph.
 * Rests on: the SPR's numbered capability lists, paragraphs 33, 40, 42, 74, 75, 92–94, 106–107, 117, 133–134 and 147–174 (paraphrased; © Crown copyright 2023, OGL v3.0).
 * @customfunction CAPABILITIES
 * @helpurl https://localhost:3000/help/functions.html#capabilities
 * @param [threat] Only one threat: "VAWG", "Terrorism", "SOC", "Cyber", "CSA", "Public order", "Civil emergencies" or "Cross-cutting"; omit for all.
 * @param [tier] Only one tier: "force", "regional", "national" or "collaboration"; omit for all.
 * @returns A table with one row per capability (spills).
 */
export function capabilities(threat?: any, tier?: any): any[][] {
  return cell(() => {
    return capabilitiesTable(maybeChoice("threat", threat, THREATS), maybeChoice("tier", tier, TIERS));
  });
}

/**
 * The capabilities not met, one row each with a header: id, capability, status, SPR paragraph, note, RAG (absent RED; partial, not assessed, or "via ROCU" for a capability the SPR places in the force with no reliance recorded AMBER); one GREEN row when all are met.
 * Rests on: the SPR capability register (SPR.CAPABILITIES) and paragraph 74 (what "locally their force has"); the RAG mapping is this add-in's rule, not the SPR's. Basis for the PCC's annual assurance statement (SPR paragraph 24.1).
 * @customfunction CAPABILITYCHECK
 * @helpurl https://localhost:3000/help/functions.html#capabilitycheck
 * @param ids Capability ids from SPR.CAPABILITIES, such as "74.5", "33a", "117c" (type them as text).
 * @param statuses The status of each, same shape: "in force", "via collaboration", "via ROCU", "partial", "absent", or blank for not assessed.
 * @param [rocu_reliance] Beside a "via ROCU" status, the agreement or decision under which the force relies on its ROCU for the capability (text, same shape; blank where none). Without it, "via ROCU" for a force capability is AMBER.
 * @returns A table of unmet capabilities (spills).
 */
export function capabilityCheck(ids: any[][], statuses: any[][], rocu_reliance?: any[][]): any[][] {
  return cell(() => unmetTable(readChecks(ids, statuses, rocu_reliance)));
}

/**
 * Counts per threat over the whole register: in register, met, via ROCU with no reliance recorded (for a capability the SPR places in the force), partial, absent, not assessed (blank or not listed), and a RAG; then a total row.
 * Rests on: the SPR capability register (SPR.CAPABILITIES) and the status RAG rule of SPR.CAPABILITYCHECK; basis for the PCC's annual assurance statement (SPR paragraph 24.1).
 * @customfunction CAPABILITYSUMMARY
 * @helpurl https://localhost:3000/help/functions.html#capabilitysummary
 * @param ids Capability ids from SPR.CAPABILITIES, such as "74.5", "33a", "117c" (type them as text).
 * @param statuses The status of each, same shape: "in force", "via collaboration", "via ROCU", "partial", "absent", or blank for not assessed.
 * @param [rocu_reliance] Beside a "via ROCU" status, the agreement or decision under which the force relies on its ROCU for the capability (text, same shape; blank where none). Without it, "via ROCU" for a force capability is AMBER.
 * @returns A table with one row per threat and a total (spills).
 */
export function capabilitySummary(ids: any[][], statuses: any[][], rocu_reliance?: any[][]): any[][] {
  return cell(() => summaryTable(readChecks(ids, statuses, rocu_reliance)));
}
