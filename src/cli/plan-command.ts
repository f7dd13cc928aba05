/**
 * `spr plan <workbook.xlsx> -o <plan.json> [--force]`: reads the plan back out of a workbook `spr build` (or the pane)
 * wrote, with the edits the user made in Excel to its input cells (the Inputs sheet's values and the Assumptions
 * sheet), validated like any plan. The workbook's Audit sheet holds the plan it was built from; laying that plan out
 * again tells which cell holds which plan field, and each such cell's current value replaces the field's. A value the
 * plan check refuses is reported by sheet and cell address. Lists on the section sheets (events, budget lines…) are
 * read as built, not yet from their cells.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { findAssumption } from "../core/assumptions/registry";
import { PlanError, validatePlan } from "../plan/validate";
import { layoutWorkbook } from "../workbook/build";
import { PLAN_LABEL } from "../workbook/layout/audit";
import { SHEETS } from "../workbook/layout/context";
import { address, sheetRef } from "../workbook/model";
import { inputAndOutput } from "./command-args";
import type { Io } from "./main";

export const PLAN_USAGE = "spr plan <workbook.xlsx> -o <plan.json> [--force]";

/** A cell's value as the plan holds it: numbers, text and booleans as they are (a formula's cached result). */
function cellValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v !== null && typeof v === "object" && "result" in v) return (v as ExcelJS.CellFormulaValue).result ?? null;
  if (v !== null && typeof v === "object" && "richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
  return v ?? null;
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

export async function planCommand(args: string[], io: Io): Promise<number> {
  const parsed = inputAndOutput(args);
  if (!parsed) {
    io.err(`usage: ${PLAN_USAGE}`);
    return 2;
  }
  const { input, out, force } = parsed;
  if (fs.existsSync(out) && !force) {
    io.err(`spr plan: ${out} already exists; add --force to replace it`);
    return 2;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(input);
  } catch {
    io.err(`spr plan: cannot read ${input} as an .xlsx workbook`);
    return 2;
  }
  const audit = wb.getWorksheet(SHEETS.audit);
  let embedded: string | undefined;
  audit?.eachRow((row) => {
    if (cellValue(row.getCell(1)) === PLAN_LABEL) embedded = String(cellValue(row.getCell(2)) ?? "");
  });
  let original: Record<string, unknown>;
  try {
    original = JSON.parse(embedded ?? "");
  } catch {
    io.err(`spr plan: ${input} holds no plan to read back (its ${SHEETS.audit} sheet has no "${PLAN_LABEL}" row of JSON); was it built by spr build?`);
    return 2;
  }
  // which cell holds which plan field: the layout of the plan the workbook was built from
  const { ctx } = layoutWorkbook(validatePlan(original), { builtAt: "", planDigest: "", planSource: "" });
  const plan = structuredClone(original);
  const where = new Map<string, string>();
  for (const c of ctx.planCells) {
    const ws = wb.getWorksheet(c.sheet);
    if (!ws) {
      io.err(`spr plan: the workbook has no sheet "${c.sheet}" to read ${c.path} from`);
      return 2;
    }
    const value = cellValue(ws.getCell(c.row + 1, c.col + 1));
    where.set(c.path, `${sheetRef(c.sheet)}!${address(c.row, c.col)}`);
    if (c.path.startsWith("assumptions.")) {
      // an assumption joins the plan when the plan set it, or when its cell no longer holds the registry's default
      const key = c.path.slice("assumptions.".length);
      const planned = (original.assumptions as Record<string, unknown> | undefined)?.[key];
      if (planned === undefined && value === findAssumption(key).value) continue;
    }
    setPath(plan, c.path, value);
  }
  try {
    validatePlan(plan);
  } catch (e) {
    if (!(e instanceof PlanError)) throw e;
    io.err(`spr plan: ${input} holds input the plan check refuses (${e.problems.length} problem${e.problems.length === 1 ? "" : "s"}); nothing was written:`);
    for (const p of e.problems) io.err(`  ${where.get(p.path) ?? p.path}: ${p.message}${where.has(p.path) ? ` (${p.path})` : ""}`);
    return 2;
  }
  fs.writeFileSync(out, JSON.stringify(plan, null, 2) + "\n", { flag: force ? "w" : "wx" });
  io.out(`Wrote ${out}`);
  return 0;
}
