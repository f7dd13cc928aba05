/**
 * Custom functions over the reference layer: SPR standards, planning assumptions and the 43 forces.
 * Thin wrappers: read the arguments, call src/core, let cell() map errors.
 */
import { choice, maybeText, requiredText } from "../core/args";
import { assumptionsTable, findAssumption } from "../core/assumptions/registry";
import { findForce, forcesTable } from "../core/forces/forces";
import { readOverrides } from "../core/standards/overrides";
import { standardValue, standardsTable } from "../core/standards/registry";
import { cell } from "./marshal";

/**
 * One figure the Strategic Policing Requirement (February 2023) sets, by key. Unit and paragraph: see SPR.STANDARDS.
 * Rests on: the SPR paragraph recorded with each key (for example PSU_NATIONAL_EW, paragraph 120a).
 * @customfunction STANDARD
 * @helpurl https://localhost:3000/help/functions.html#standard
 * @param key A registry key, for example "PSU_NATIONAL_EW" (SPR.STANDARDS) or "RAG_AMBER_MARGIN" (SPR.ASSUMPTIONS); case does not matter.
 * @param [overrides] A two-column table of registry keys and revised figures (footnote 61: figures may change), e.g. PSU_CONSTABLES | 20; a key listed there gives its revised figure.
 * @returns The figure the SPR sets (or its revision), in the unit SPR.STANDARDS lists.
 */
export function standard(key: any, overrides?: any[][]): number {
  return cell(() => standardValue(requiredText("key", key), readOverrides("overrides", overrides)), "overrides");
}

/**
 * The whole SPR standards registry as a table with a header row: key, value, unit, SPR paragraph, what it says.
 * Rests on: the SPR (February 2023), paragraphs as listed.
 * @customfunction STANDARDS
 * @helpurl https://localhost:3000/help/functions.html#standards
 * @returns A table with one row per standard (spills).
 */
export function standards(): any[][] {
  return cell(() => standardsTable());
}

/**
 * One local planning assumption's default value, by key: a figure the SPR does not set (source or "illustrative" in SPR.ASSUMPTIONS).
 * Rests on: the planning assumptions registry, never the SPR.
 * @customfunction ASSUMPTION
 * @helpurl https://localhost:3000/help/functions.html#assumption
 * @param key A registry key, for example "PSU_NATIONAL_EW" (SPR.STANDARDS) or "RAG_AMBER_MARGIN" (SPR.ASSUMPTIONS); case does not matter.
 * @returns The assumption's default value, in the unit SPR.ASSUMPTIONS lists.
 */
export function assumption(key: any): number {
  return cell(() => findAssumption(requiredText("key", key)).value);
}

/**
 * The planning assumptions registry as a table with a header row: key, value, unit, source (or illustrative), reasoning.
 * Rests on: the planning assumptions registry (public sources as listed; illustrative figures marked).
 * @customfunction ASSUMPTIONS
 * @helpurl https://localhost:3000/help/functions.html#assumptions
 * @returns A table with one row per assumption (spills).
 */
export function assumptions(): any[][] {
  return cell(() => assumptionsTable());
}

/**
 * The 43 police forces of England and Wales with their ROCU, Home Office region and reference officer FTE (31 March 2019).
 * Rests on: Home Office, Police workforce, England and Wales, 31 March 2019 (dated reference figures).
 * @customfunction FORCES
 * @helpurl https://localhost:3000/help/functions.html#forces
 * @param [group] A ROCU (for example "ERSOU") or a Home Office region (for example "Eastern"); omit for all 43.
 * @returns A table with a header row and one row per force (spills).
 */
export function forces(group?: any): any[][] {
  return cell(() => {
    return forcesTable(maybeText("group", group));
  });
}

/**
 * A force's ROCU (default) or Home Office region, matching names forgivingly ("Avon and Somerset Constabulary").
 * Rests on: the force reference data (ROCU membership, Home Office regions).
 * @customfunction REGION
 * @helpurl https://localhost:3000/help/functions.html#region
 * @param force The force, e.g. "Kent" or "Avon and Somerset" (forgiving: "Kent Police" works).
 * @param [kind] "ROCU" (default) or "REGION".
 * @returns The ROCU or Home Office region the force belongs to.
 */
export function region(force: any, kind?: any): string {
  return cell(() => {
    const f = findForce(requiredText("force", force));
    return choice("kind", kind, ["ROCU", "REGION"] as const, "ROCU") === "ROCU" ? f.rocu : f.region;
  });
}
