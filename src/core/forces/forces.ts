/**
 * Look-ups over the 43 forces: forgiving name matching and grouping by ROCU or Home Office region.
 */
import { Cell } from "../cell";
import { valueError } from "../errors";
import { nearest } from "../nearest";
import { FORCES, ForceRecord, OFFICER_FTE_DATE } from "./forces-data";

/** Lower case, "&" as "and", no punctuation, and without the words forces add to their names. */
export function normaliseForceName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\b(the|constabulary|police|service|force|of england and wales)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Everyday short names planners use. */
const ALIASES: Record<string, string> = {
  met: "Metropolitan Police",
  mps: "Metropolitan Police",
  metropolitan: "Metropolitan Police",
  "city london": "City of London",
  col: "City of London",
  colp: "City of London",
  gmp: "Greater Manchester",
  tvp: "Thames Valley",
  wmp: "West Midlands",
  "dyfed powys": "Dyfed-Powys",
  "avon somerset": "Avon & Somerset",
  "devon cornwall": "Devon & Cornwall",
};

const BY_NORMAL = new Map<string, ForceRecord>(FORCES.map((f) => [normaliseForceName(f.force), f]));

export function findForce(name: string, argument = "force"): ForceRecord {
  const key = normaliseForceName(name);
  const hit = BY_NORMAL.get(key) ?? BY_NORMAL.get(normaliseForceName(ALIASES[key] ?? ALIASES[key.replace(/ and /g, " ")] ?? ""));
  if (hit) return hit;
  const near = nearest(key, [...BY_NORMAL.keys()]).map((k) => BY_NORMAL.get(k)!.force);
  throw valueError(argument, `no force called "${name}"; nearest: ${near.join(", ")}`);
}

/** The short code of a ROCU label: "NWROCU (North West)" → "NWROCU". */
export function rocuCode(rocu: string): string {
  return rocu.replace(/\s*\(.*\)\s*$/, "");
}

export const ROCUS: readonly string[] = [...new Set(FORCES.map((f) => f.rocu))];
export const REGIONS: readonly string[] = [...new Set(FORCES.map((f) => f.region))];

export type GroupKind = "rocu" | "region";

/**
 * Resolves a group name. A Home Office region name ("Eastern") means the region; a ROCU's code or label ("ERSOU",
 * "ERSOU (Eastern)") means the ROCU. The two differ: Kent is in ERSOU but the South East region.
 */
export function resolveGroup(group: string, argument = "group"): { kind: GroupKind; name: string } {
  const g = normaliseForceName(group);
  const region = REGIONS.find((r) => normaliseForceName(r) === g);
  if (region) return { kind: "region", name: region };
  const rocu = ROCUS.find(
    (r) =>
      normaliseForceName(r) === g || normaliseForceName(rocuCode(r)) === g || normaliseForceName(r.replace(/^.*\((.*)\)$/, "$1")) === g,
  );
  if (rocu) return { kind: "rocu", name: rocu };
  throw valueError(
    argument,
    `expected a ROCU (${ROCUS.map(rocuCode).join(", ")}) or a Home Office region (${REGIONS.join(", ")}), got "${group}"`,
  );
}

export function forcesIn(group?: string): ForceRecord[] {
  if (group === undefined) return [...FORCES];
  const { kind, name } = resolveGroup(group);
  return FORCES.filter((f) => (kind === "rocu" ? f.rocu : f.region) === name);
}

export const FORCES_HEADER = ["Force", "ROCU", "Home Office region", "Officer FTE", "FTE as at"];

export function forcesTable(group?: string): Cell[][] {
  return [FORCES_HEADER, ...forcesIn(group).map((f) => [f.force, f.rocu, f.region, f.officerFte, OFFICER_FTE_DATE])];
}
