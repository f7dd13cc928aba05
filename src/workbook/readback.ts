/**
 * The plan read back out of a workbook the product built, with the edits the user made to its input cells: the one
 * rule every door uses (`spr plan` reads the file through ExcelJS, the task pane the open workbook through Office.js).
 *
 * The Audit sheet holds the plan the workbook was built from (row PLAN_LABEL, as JSON) and where each plan field's
 * input cell is (row PLAN_CELLS_LABEL: [path, sheet, row, column] for each). Each such cell's current value replaces
 * the field's, and the result is validated like any plan file; a value the check refuses is reported by sheet and cell
 * address. The map is written by the build, so reading back needs no layout and follows the workbook's own version.
 * Cells are read through cells.ts's CellReader (Office.js in the pane, ExcelJS for a file, the models in tests).
 */
import { assumptionKey, findAssumption } from "../core/assumptions/registry";
import { Plan } from "../plan/plan";
import { PlanError } from "../plan/read";
import { validatePlan } from "../plan/validate";
import { AUDIT_FIRST_ROW, MAX_AUDIT_ROWS, PLAN_CELLS_LABEL, PLAN_LABEL } from "./layout/audit";
import { PlanCell, SHEETS } from "./layout/context";
import { CellReader, MissingSheetError } from "./cells";
import { address, sheetRef } from "./model";

/** The values of a sheet's block from its top-left cell, or null when the workbook has no such sheet. */
async function block(reader: CellReader, sheet: string, rows: number, cols: number): Promise<unknown[][] | null> {
  try {
    const [read] = await reader.readBlocks([{ sheet, row: 0, col: 0, rows, cols }]);
    return read.values;
  } catch (e) {
    if (e instanceof MissingSheetError) return null;
    throw e;
  }
}

/** Why a plan could not be read back: a cell (Inputs!C15) with the plan field it holds, or the workbook as a whole. */
export interface ReadBackProblem {
  at?: string;
  path?: string;
  message: string;
}

export type ReadBack = { ok: true; plan: Plan } | { ok: false; problems: ReadBackProblem[] };

/** A problem in words, as every door shows it: "Inputs!C15: expected a number, found text (armedPolicing.afosAvailable)". */
export function problemText(p: ReadBackProblem): string {
  if (p.at) return `${p.at}: ${p.message} (${p.path})`;
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

function fail(message: string): ReadBack {
  return { ok: false, problems: [{ message }] };
}

/** Sets `value` at a dotted path with [i] indices ("uncertainty.percentiles[1]") in a plain object. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== "");
  let at: Record<string, unknown> = target;
  keys.slice(0, -1).forEach((k, i) => {
    at[k] ??= /^\d+$/.test(keys[i + 1]) ? [] : {};
    at = at[k] as Record<string, unknown>;
  });
  at[keys[keys.length - 1]] = value;
}

function isPlanCell(c: unknown): c is [string, string, number, number, string[]] {
  return (
    Array.isArray(c) &&
    c.length === 5 &&
    typeof c[0] === "string" &&
    typeof c[1] === "string" &&
    [c[2], c[3]].every((n) => Number.isInteger(n) && n >= 0) &&
    Array.isArray(c[4]) &&
    c[4].length === c[3] &&
    c[4].every((x) => typeof x === "string")
  );
}

/** Rows a reader looks through beyond the last input row recorded, for rows a user inserted above the inputs. */
export const ROWS_INSERTED_READ = 1000;

/**
 * The row that holds a plan cell now: the row recorded when the cells left of it still hold its labels, else the one
 * row of the sheet that does (rows were inserted or deleted above it); undefined when none or several do.
 */
function rowNow(c: PlanCell, rows: unknown[][]): number | undefined {
  const holds = (r: number) => c.labels.every((label, j) => rows[r]?.[j] === label);
  if (holds(c.row)) return c.row;
  const found = rows.flatMap((_, r) => (holds(r) ? [r] : []));
  return found.length === 1 ? found[0] : undefined;
}

/** The JSON the Audit sheet holds in the row labelled `label`, or undefined when there is none or it does not parse. */
function auditJson(rows: unknown[][], label: string): unknown {
  const row = rows.find((r) => r[0] === label);
  if (!row || typeof row[1] !== "string") return undefined;
  try {
    return JSON.parse(row[1]);
  } catch {
    return undefined;
  }
}

/** The plan a built workbook holds, with the current values of its input cells (`audit`: the Audit sheet's name). */
export async function readPlanBack(reader: CellReader, audit: string = SHEETS.audit): Promise<ReadBack> {
  const rows = await block(reader, audit, AUDIT_FIRST_ROW + MAX_AUDIT_ROWS, 2);
  const original = rows ? auditJson(rows, PLAN_LABEL) : undefined;
  const cells = rows ? auditJson(rows, PLAN_CELLS_LABEL) : undefined;
  if (typeof original !== "object" || original === null || !Array.isArray(cells) || !cells.every(isPlanCell)) {
    return fail(
      `the workbook holds no plan to read back (its ${audit} sheet has no "${PLAN_LABEL}" and "${PLAN_CELLS_LABEL}" rows of JSON); was it built by SPR Planner?`,
    );
  }
  const map: PlanCell[] = cells.map(([path, sheet, row, col, labels]) => ({ path, sheet, row, col, labels }));
  // one read a sheet, of the block that holds its input cells and the rows a user may have inserted above them
  const blocks = new Map<string, unknown[][]>();
  for (const sheet of new Set(map.map((c) => c.sheet))) {
    const here = map.filter((c) => c.sheet === sheet);
    const rows = Math.max(...here.map((c) => c.row)) + 1 + ROWS_INSERTED_READ;
    const values = await block(reader, sheet, rows, Math.max(...here.map((c) => c.col)) + 1);
    if (!values) return fail(`the workbook has no sheet "${sheet}" to read ${here[0].path} from`);
    blocks.set(sheet, values);
  }
  const plan = JSON.parse(JSON.stringify(original)) as Record<string, unknown>;
  const planned = (original as { assumptions?: Record<string, unknown> }).assumptions ?? {};
  const where = new Map<string, string>();
  const lost: ReadBackProblem[] = [];
  for (const c of map) {
    const rows = blocks.get(c.sheet)!;
    const row = rowNow(c, rows);
    if (row === undefined) {
      const labels = c.labels.map((l) => `"${l}"`).join(", ");
      lost.push({ path: c.path, message: `no single row of the ${c.sheet} sheet holds ${labels} any more, so its value cannot be found` });
      continue;
    }
    const raw = rows[row]?.[c.col];
    const value = raw === "" || raw === undefined ? null : raw;
    let path = c.path;
    where.set(path, `${sheetRef(c.sheet)}!${address(row, c.col)}`);
    if (path.startsWith("assumptions.")) {
      // an assumption joins the plan when the plan set it (under its own spelling of the key), or when its cell no
      // longer holds the registry's default
      const key = path.slice("assumptions.".length);
      const own = Object.keys(planned).find((k) => assumptionKey(k) === key);
      if (own === undefined && value === findAssumption(key).value) continue;
      path = `assumptions.${own ?? key}`;
      where.set(path, where.get(c.path)!);
    }
    setPath(plan, path, value);
  }
  if (lost.length) return { ok: false, problems: lost };
  try {
    return { ok: true, plan: validatePlan(plan) };
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    return { ok: false, problems: e.problems.map((p) => ({ at: where.get(p.path), path: p.path, message: p.message })) };
  }
}
