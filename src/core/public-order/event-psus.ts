/**
 * PSUs an event needs from its expected attendance and assessed risk: ⌈attendance ÷ people per PSU at that risk⌉.
 * The people-per-PSU table is the force's own (its strategic risk assessment, SPR paragraph 116a); the SPR sets
 * none, so the default table is three illustrative planning assumptions (CROWD_PER_PSU_LOW, _MEDIUM, _HIGH).
 */
import { asGrid, describe, isBlank, maybe, pairShape } from "../args";
import { BEYOND_A_CELL, Shaped, holdable, reshape } from "../cell";
import { assumptionValue } from "../assumptions/registry";
import { commonScale, toDecimal } from "../decimal";
import { valueError } from "../errors";

export interface CrowdLevel {
  /** The risk level as the user writes it ("HIGH", "Category C", 3). */
  level: string;
  /** People attending per PSU at this level (> 0). */
  perPsu: number;
}

/** The registry's illustrative table: LOW, MEDIUM, HIGH. */
export function defaultCrowdTable(): CrowdLevel[] {
  return ["LOW", "MEDIUM", "HIGH"].map((level) => ({ level, perPsu: assumptionValue(`CROWD_PER_PSU_${level}`) }));
}

function label(v: unknown): string | null {
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return null;
}

/** The crowd_per_psu argument: the force's table, or the default table when omitted (or wholly blank). */
export function crowdTable(v: unknown): CrowdLevel[] {
  return maybe(v, (x) => readCrowdTable("crowd_per_psu", x)) ?? defaultCrowdTable();
}

/**
 * Reads a two-column table (risk level, people per PSU). Wholly blank rows are skipped; a first row whose second
 * cell is text is a header. Levels are matched ignoring case, so each may appear once.
 */
export function readCrowdTable(name: string, v: unknown): CrowdLevel[] {
  const g = asGrid(name, v);
  if (g[0].length !== 2)
    throw valueError(name, `expected a table of two columns (risk level, people per PSU), got a ${g.length}×${g[0].length} range`);
  const out: CrowdLevel[] = [];
  g.forEach(([lv, per], r) => {
    if (isBlank(lv) && isBlank(per)) return;
    if (r === 0 && typeof per === "string") return;
    const row = ` (row ${r + 1})`;
    const level = label(lv);
    if (level === null) throw valueError(name, `expected a risk level (text or a number) in the first column, got ${describe(lv)}${row}`);
    if (typeof per !== "number")
      throw valueError(name, `expected people per PSU (a number > 0) for "${level}", got ${describe(per)}${row}`);
    if (!Number.isFinite(per)) throw valueError(name, `expected people per PSU (a number > 0) for "${level}", got ${describe(per)}${row}`);
    if (!(per > 0)) throw valueError(name, `expected people per PSU (a number > 0) for "${level}", got ${per}${row}`);
    if (!holdable(per)) throw valueError(name, `expected people per PSU (a number > 0) for "${level}", got ${per}${row}, ${BEYOND_A_CELL}`);
    if (out.some((c) => c.level.toLowerCase() === level.toLowerCase()))
      throw valueError(name, `gives the risk level "${level}" twice${row}`);
    out.push({ level, perPsu: per });
  });
  if (out.length === 0) throw valueError(name, "expected at least one risk level with its people per PSU, got a blank table");
  return out;
}

/** The table row for one event's risk level; `where` locates the event in an error (" (item 3)"). */
export function findLevel(name: string, risk: unknown, table: readonly CrowdLevel[], where = ""): CrowdLevel {
  const wanted = label(risk);
  const hit = wanted === null ? undefined : table.find((c) => c.level.toLowerCase() === wanted.toLowerCase());
  if (!hit)
    throw valueError(
      name,
      `expected one of ${table.map((c) => `"${c.level}"`).join(", ")} (the levels of crowd_per_psu), got ${describe(risk)}${where}`,
    );
  return hit;
}

/** ⌈attendance ÷ perPsu⌉, exactly (decimals as typed): 0 people need no PSU; 1 to perPsu people need one. */
export function eventPsus(attendance: number, perPsu: number): number {
  const { ints } = commonScale([toDecimal(attendance), toDecimal(perPsu)]);
  const [a, p] = ints;
  return Number((a + p - 1n) / p);
}

/**
 * PSUs for each event: attendance and risk cell by cell (a single value of either goes with every event; a row and a
 * column of the same length pair up), in the shape of the events.
 */
export function eventPsusOver(attendance: Shaped<number>, risk: Shaped<unknown>, table: readonly CrowdLevel[]): number[][] {
  const shape = pairShape("attendance", attendance, "risk", risk, true);
  const at = <T>(s: Shaped<T>, k: number) => s.values[s.values.length === 1 ? 0 : k];
  const lengthy = risk.values.length > 1;
  const out = Array.from({ length: shape.rows * shape.cols }, (_, k) =>
    eventPsus(at(attendance, k), findLevel("risk", at(risk, k), table, lengthy ? ` (item ${k + 1})` : "").perPsu),
  );
  return reshape(out, shape.rows, shape.cols);
}
