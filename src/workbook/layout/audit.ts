/** The Audit sheet: what built this workbook, from which plan, against which SPR edition, and when. */
import { SPR_EDITION } from "../../core/standards/standard";
import { ADDIN_VERSION } from "../../core/version";
import { LayoutContext } from "./context";
import { BuildError, SheetBuilder } from "../sheet-builder";
import { SheetModel } from "../model";
import { checksBlock } from "./summary";
import { OFFICER_FTE_DATE, OFFICER_FTE_SOURCE } from "../../core/forces/forces-data";

/** The Audit row that holds the plan as JSON. */
export const PLAN_LABEL = "Plan (JSON)";
/**
 * The Audit row that holds where each plan field's input cell is, as JSON: [path, sheet, row, column (from 0), what the
 * cells left of it hold], so a reader finds the cell by its row's labels when rows were inserted or deleted above it.
 */
export const PLAN_CELLS_LABEL = "Plan cells (JSON)";
/**
 * The Audit row that holds where each of the plan's lists is laid out as a table, as JSON (context.ts PlanList: plan
 * path, sheet, header row and column, items as built, each field's column, the header texts, the label over the table
 * and the first text below it), so a reader reads each list back row by row.
 */
export const PLAN_LISTS_LABEL = "Plan lists (JSON)";
/** The most characters an Excel cell holds (Microsoft, "Excel specifications and limits"). */
export const MAX_CELL_TEXT = 32_767;
/** The Audit sheet's first row of facts (from 0), and the most rows of them, so a reader knows how far to look. */
export const AUDIT_FIRST_ROW = 3;
export const MAX_AUDIT_ROWS = 20;

const NOT_EMBEDDED = "(not embedded: ";

/** JSON for an Audit cell, or a note saying why it is not there when it is more than a cell holds. */
function embedded(value: unknown): string {
  const json = JSON.stringify(value);
  return json.length <= MAX_CELL_TEXT ? json : `${NOT_EMBEDDED}${json.length} characters is more than a cell holds)`;
}

/** Whether an Audit cell holds the note `embedded` writes in place of JSON too long for a cell. */
export function notEmbedded(text: unknown): boolean {
  return typeof text === "string" && text.startsWith(NOT_EMBEDDED);
}

export interface BuildStamp {
  /** When the workbook was built, as the door that built it read the clock (ISO 8601). */
  builtAt: string;
  /** SHA-256 of the plan file's bytes, hex. */
  planDigest: string;
  /** Where the plan came from (a file name, or "task pane"). */
  planSource: string;
}

export function auditSheet(ctx: LayoutContext, stamp: BuildStamp): SheetModel {
  const s = new SheetBuilder(ctx.names.audit);
  s.title("Audit", ctx.subtitle);
  const rows: [string, string][] = [
    ["Built by", `SPR Planner ${ADDIN_VERSION}`],
    ["Standard", SPR_EDITION],
    ["Plan", stamp.planSource],
    ["Plan digest (SHA-256)", stamp.planDigest],
    ["Built at", stamp.builtAt],
    ["Organisation", `${ctx.plan.organisation.name} (${ctx.plan.organisation.kind})`],
    ["Financial year", ctx.plan.financialYear],
    ["Reference officer FTE", `${OFFICER_FTE_SOURCE}, as at ${OFFICER_FTE_DATE}`],
  ];
  if (ctx.plan.preparedBy) rows.push(["Prepared by", ctx.plan.preparedBy]);
  // the plan itself and where its input cells are, so it can be read back with the edits made to them (readback.ts)
  rows.push([PLAN_LABEL, embedded(ctx.plan)]);
  rows.push([
    PLAN_CELLS_LABEL,
    embedded(ctx.planCells.map((c) => [c.path, c.sheet, c.row, c.col, c.labels, ...("absent" in c ? [c.absent] : [])])),
  ]);
  rows.push([PLAN_LISTS_LABEL, embedded(ctx.planLists)]);
  if (rows.length > MAX_AUDIT_ROWS) throw new BuildError(`the Audit sheet has more than ${MAX_AUDIT_ROWS} rows of facts`);
  rows.forEach(([k, v], i) => {
    s.put(AUDIT_FIRST_ROW + i, 0, k, { style: "label" });
    s.put(AUDIT_FIRST_ROW + i, 1, v);
    // a note beside each JSON cell, which also stops its long text spilling over the columns to its right in print
    if (k === PLAN_LABEL || k === PLAN_CELLS_LABEL || k === PLAN_LISTS_LABEL)
      s.put(AUDIT_FIRST_ROW + i, 2, "Read back by spr plan and the pane's Load; do not edit", { style: "note" });
  });
  checksBlock(s, ctx.checks, AUDIT_FIRST_ROW + rows.length + 2, "SprAuditChecks");
  s.columnWidths([30, 90, 100]);
  return s.build();
}
