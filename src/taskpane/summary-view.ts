/**
 * The Summary as the pane shows it: each requirement against capacity, its gap and RAG computed by the same SPR.GAP
 * and SPR.RAG the Summary sheet's formulas call, with the same amber margin, so pane and sheet agree. Pure.
 */
import { assumptionValue, planAssumptions } from "../core/assumptions/registry";
import { gap, rag } from "../functions/planning";
import { Plan } from "../plan/plan";
import { SummaryLine } from "../workbook/layout/context";
import { CellValue, NumberFormat } from "../workbook/model";

export interface SummaryRow {
  area: string;
  measure: string;
  required: CellValue;
  available: CellValue;
  gap: CellValue;
  rag: string;
  basis: string;
  format: NumberFormat;
}

function one(v: unknown): CellValue {
  return (Array.isArray(v) ? v[0][0] : v) as CellValue;
}

export function summaryRows(lines: SummaryLine[], plan: Plan): SummaryRow[] {
  const margin = planAssumptions(plan.assumptions).get("RAG_AMBER_MARGIN") ?? assumptionValue("RAG_AMBER_MARGIN");
  return lines.map((l) => {
    const required = l.required.values[0][0];
    const available = l.available.values[0][0];
    return {
      area: l.area,
      measure: l.measure,
      required,
      available,
      gap: one(gap([[required]], [[available]])),
      rag: String(one(rag([[required]], [[available]], margin))),
      basis: l.basis,
      format: l.format,
    };
  });
}

const DIGITS: Record<NumberFormat, number> = { count: 0, fte: 1, money: 2, percent: 1, decimal: 2, hours: 1, datetime: 0, text: 0 };

/** A number as the Summary sheet's format shows it (en-GB): counts whole, FTE to one decimal, money to pence. */
export function formatValue(v: CellValue, format: NumberFormat): string {
  if (typeof v !== "number") return v === null ? "" : String(v);
  const d = DIGITS[format];
  const n = new Intl.NumberFormat("en-GB", { minimumFractionDigits: d, maximumFractionDigits: d });
  if (format === "money") return `${v < 0 ? "−" : ""}£${n.format(Math.abs(v))}`;
  if (format === "percent") return `${n.format(v * 100)}%`;
  return n.format(v).replace("-", "−");
}
