/**
 * The Summary sheet: every requirement against what the force has, its gap and RAG, each with the SPR paragraph or
 * assumption it rests on. Required and available cells point at the section sheets; gap and RAG are live formulas.
 */
import { gap, rag } from "../../functions/planning";
import { LayoutContext } from "./context";
import { SheetBuilder } from "../sheet-builder";
import { cellAt } from "./helpers";
import { findForce } from "../../core/forces/forces";
import { SheetModel } from "../model";
import { CheckWarning } from "../../core/checks/checks";

export const SUMMARY_COLUMNS = ["Area", "Requirement", "Required", "Available", "Gap (short +)", "RAG", "Rests on"];
/** Added when the plan has costs: what closing each gap costs (from the Costs sheet). */
export const SUMMARY_COST_COLUMNS = ["Close the gap: one-off (£)", "Close the gap: a year (£)"];

export const CHECK_COLUMNS = ["Departs from", "Plan path", "Warning (check id)"];

/**
 * The Checks block: every place the plan departs from the SPR (src/core/checks), one row each, or one row saying
 * there are none. Returns the last row used. The Audit sheet lists the same warnings.
 */
export function checksBlock(s: SheetBuilder, checks: readonly CheckWarning[], row: number, tableName = "SprChecks"): number {
  s.put(
    row - 1,
    0,
    checks.length
      ? `Checks: ${checks.length} warning${checks.length === 1 ? "" : "s"} where the plan departs from the SPR`
      : "Checks: none; the plan agrees with the SPR on every check",
    { style: "label" },
  );
  s.table(tableName, row, 0, CHECK_COLUMNS, Math.max(1, checks.length));
  if (!checks.length) s.put(row + 1, 2, "No warnings");
  // the warning is last, so its text runs on over the empty cells to its right
  checks.forEach((w, i) => {
    s.put(row + 1 + i, 0, w.rests);
    s.put(row + 1 + i, 1, w.path);
    s.put(row + 1 + i, 2, `${w.message} (${w.id})`);
  });
  return row + Math.max(1, checks.length);
}

export const REGION_COLUMNS = ["Force", "Total contribution", "In-kind", "Cash due", "Last year's total", "Change on last year"];

/**
 * A region's Summary: its member forces and what each contributes to the ROCU (paragraph 84), linked to the Section
 * 22 sheet, with the change on last year where the plan gives last year's totals; then the checks.
 */
function regionSummary(ctx: LayoutContext): SheetModel {
  const s22 = ctx.plan.section22!;
  const s = new SheetBuilder(ctx.names.summary);
  s.title(`Summary: ${s22.rocu} and its member forces`, ctx.subtitle);
  s.note(
    2,
    "SPR paragraph 84: each force's annual contribution to its ROCU, from the Section 22 sheet. Cash due is the total less in-kind secondments; change is this year's total less last year's.",
  );
  const table = ctx.lookup("section22.contributions");
  const lastYear = ctx.has("section22.lastYear") ? ctx.lookup("section22.lastYear") : undefined;
  const columns = lastYear ? REGION_COLUMNS : REGION_COLUMNS.slice(0, 4);
  const n = s22.forces.length;
  const top = 4;
  const at = s22.lines.length; // the contribution table's Total column; In-kind and Cash due follow
  s.table("SprRegionSummary", top - 1, 0, columns, n);
  s22.forces.forEach((f, i) => {
    const r = top + i;
    s.put(r, 0, findForce(f.name).force);
    [0, 1, 2].forEach((k) => s.link(r, 1 + k, cellAt(table, i, at + k), { format: "money" }));
    if (lastYear) {
      const last = cellAt(lastYear, i, 0);
      if (f.lastYear === undefined) {
        s.put(r, 4, "not given");
        s.put(r, 5, "n/a");
      } else {
        s.link(r, 4, last, { format: "money" });
        s.formula(r, 5, gap, { required: cellAt(table, i, at), available: last }, { format: "money" });
      }
    }
  });
  s.put(top + n, 0, "Total", { style: "total" });
  [0, 1, 2].forEach((k) =>
    s.arithmetic(
      top + n,
      1 + k,
      "SUM",
      s22.forces.map((_, i) => cellAt(table, i, at + k)),
      { format: "money", style: "total" },
    ),
  );
  const end = checksBlock(s, ctx.checks, top + n + 3);
  s.chart({
    title: "Cash due by force",
    labels: { row: top, col: 0, rows: n },
    values: { row: top, col: 3, rows: n },
    at: { row: end + 2, col: 0 },
  });
  s.columnWidths([26, 20, 16, 16, 18, 20]);
  s.freeze(4);
  return s.build();
}

export function summarySheet(ctx: LayoutContext): SheetModel {
  if (ctx.plan.organisation.kind === "region" && ctx.plan.section22 && ctx.summary.length === 0) return regionSummary(ctx);
  const s = new SheetBuilder(ctx.names.summary);
  s.title("Summary: capacity against the Strategic Policing Requirement", ctx.subtitle);
  s.note(
    2,
    "Gap is required minus available (positive = shortfall). RAG: RED short; AMBER surplus under the amber margin; GREEN otherwise.",
  );
  const margin = ctx.assumption("RAG_AMBER_MARGIN");
  const top = 4;
  ctx.summary.forEach((line, i) => {
    const r = top + i;
    s.put(r, 0, line.area);
    s.put(r, 1, line.measure);
    // plain references to the section sheets, so the Summary follows any change there
    s.link(r, 2, line.required, { format: line.format });
    s.link(r, 3, line.available, { format: line.format });
    s.formula(r, 4, gap, { required: line.required, available: line.available }, { format: line.format });
    s.formula(r, 5, rag, { required: line.required, available: line.available, amber_margin: margin });
    s.put(r, 6, line.basis);
    if (line.costs) {
      s.link(r, 7, line.costs.oneOff, { format: "money" });
      s.link(r, 8, line.costs.recurring, { format: "money" });
    }
  });
  const costed = ctx.summary.some((l) => l.costs);
  const rows = Math.max(1, ctx.summary.length);
  if (ctx.summary.length === 0)
    s.put(top, 0, ctx.emptySummary ?? "This plan has no capacity sections (public order, armed policing, SOC); see the other sheets");
  s.table("SprSummary", 3, 0, costed ? [...SUMMARY_COLUMNS, ...SUMMARY_COST_COLUMNS] : SUMMARY_COLUMNS, rows);
  s.rag({ sheet: s.name, row: top, col: 5, rows, cols: 1, values: [] });
  const checksEnd = checksBlock(s, ctx.checks, top + rows + 2);
  if (ctx.summary.length) {
    s.chart({
      title: "Shortfall (+) or surplus (−) by requirement",
      labels: { row: top, col: 1, rows },
      values: { row: top, col: 4, rows },
      at: { row: checksEnd + 2, col: 1 },
    });
  }
  s.columnWidths([16, 46, 12, 12, 14, 9, 46, ...(costed ? [18, 18] : [])]);
  s.freeze(4);
  return s.build();
}
