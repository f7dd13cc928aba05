/** The Audit sheet: what built this workbook, from which plan, against which SPR edition, and when. */
import { SPR_EDITION } from "../../core/standards/standard";
import { ADDIN_VERSION } from "../../core/version";
import { LayoutContext } from "./context";
import { SheetBuilder } from "../sheet-builder";
import { SheetModel } from "../model";
import { checksBlock } from "./summary";
import { OFFICER_FTE_DATE, OFFICER_FTE_SOURCE } from "../../core/forces/forces-data";

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
  rows.forEach(([k, v], i) => {
    s.put(3 + i, 0, k, { style: "label" });
    s.put(3 + i, 1, v);
  });
  checksBlock(s, ctx.checks, 3 + rows.length + 2, "SprAuditChecks");
  s.columnWidths([30, 90, 100]);
  return s.build();
}
