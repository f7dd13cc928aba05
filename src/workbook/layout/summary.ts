/**
 * The Summary sheet: every requirement against what the force has, its gap and RAG, each with the SPR paragraph or
 * assumption it rests on. Required and available cells point at the section sheets; gap and RAG are live formulas.
 */
import { gap, rag } from "../../functions/planning";
import { LayoutContext } from "./context";
import { SheetBuilder } from "../sheet-builder";
import { SheetModel } from "../model";

export const SUMMARY_COLUMNS = ["Area", "Requirement", "Required", "Available", "Gap (short +)", "RAG", "Rests on"];
/** Added when the plan has costs: what closing each gap costs (from the Costs sheet). */
export const SUMMARY_COST_COLUMNS = ["Close the gap: one-off (£)", "Close the gap: a year (£)"];

export function summarySheet(ctx: LayoutContext): SheetModel {
  const s = new SheetBuilder(ctx.names.summary);
  s.title("Summary: capacity against the Strategic Policing Requirement", ctx.subtitle);
  s.note(2, "Gap is required minus available (positive = shortfall). RAG: RED short; AMBER surplus under the amber margin; GREEN otherwise.");
  const margin = ctx.assumption("RAG_AMBER_MARGIN");
  const top = 4;
  ctx.summary.forEach((line, i) => {
    const r = top + i;
    s.put(r, 0, line.area);
    s.put(r, 1, line.measure);
    // plain references to the section sheets, so the Summary follows any change there
    s.link(r, 2, line.required, { format: line.format });
    s.link(r, 3, line.available, { format: line.format });
    s.formula(r, 4, gap, [line.required, line.available], { format: line.format });
    s.formula(r, 5, rag, [line.required, line.available, margin]);
    s.put(r, 6, line.basis);
    if (line.costs) {
      s.link(r, 7, line.costs.oneOff, { format: "money" });
      s.link(r, 8, line.costs.recurring, { format: "money" });
    }
  });
  const costed = ctx.summary.some((l) => l.costs);
  const rows = Math.max(1, ctx.summary.length);
  if (ctx.summary.length === 0) s.put(top, 0, "This plan has no capacity sections (public order, armed policing, SOC); see the other sheets");
  s.table("SprSummary", 3, 0, costed ? [...SUMMARY_COLUMNS, ...SUMMARY_COST_COLUMNS] : SUMMARY_COLUMNS, rows);
  s.rag({ sheet: s.name, row: top, col: 5, rows, cols: 1, values: [] });
  if (ctx.summary.length) {
    s.chart({ title: "Shortfall (+) or surplus (−) by requirement", labels: { row: top, col: 1, rows }, values: { row: top, col: 4, rows }, at: { row: top + rows + 2, col: 1 } });
  }
  s.columnWidths([16, 46, 12, 12, 14, 9, 46, ...(costed ? [18, 18] : [])]);
  s.freeze(4);
  return s.build();
}
