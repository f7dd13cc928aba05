/**
 * The planning workbook builder: one plan in, every sheet out, through the Workbook port. The same builder serves
 * the command line (ExcelJS file adapter) and the task pane (Office.js adapter). Everything is computed before
 * anything is written, and the port writes all sheets in one go, so a failure never leaves half a workbook.
 */
import { Plan } from "../plan/plan";
import { BuildStamp, auditSheet } from "./layout/audit";
import { LayoutContext, SHEETS, SheetKey } from "./layout/context";
import { SECTIONS } from "./layout/sections";
import { summarySheet } from "./layout/summary";
import { SheetModel } from "./model";
import { WorkbookPort } from "./port";
import { resolveSheetNames } from "./safety";
import { shareableModels } from "./shareable";

export type { BuildStamp } from "./layout/audit";

export interface BuildProgress {
  /** "layout" while sheets are computed, "write" while the port writes them. */
  phase: "layout" | "write";
  sheet: string;
  index: number;
  count: number;
}

export interface BuildResult {
  sheets: string[];
  /** Sheets renamed because a user's sheet held the name. */
  renamed: { wanted: string; used: string }[];
  summary: LayoutContext["summary"];
  /** Every sheet as written, for doors that show results beside the workbook (the task pane). */
  models: SheetModel[];
  /** The name each sheet was written under (its usual name, or the one chosen beside a user's sheet). */
  names: Record<SheetKey, string>;
}

/** Lays out every sheet for a validated plan: pure computation, nothing written. */
export function layoutWorkbook(plan: Plan, stamp: BuildStamp, names: Record<SheetKey, string> = { ...SHEETS }, onProgress?: (p: BuildProgress) => void): { models: SheetModel[]; ctx: LayoutContext } {
  const ctx = new LayoutContext(plan, names);
  const sectionModels: SheetModel[] = [];
  const present = SECTIONS.filter((s) => s.applies(plan));
  present.forEach((section, i) => {
    onProgress?.({ phase: "layout", sheet: names[section.sheet], index: i, count: present.length });
    sectionModels.push(section.layout(ctx));
  });
  const summary = summarySheet(ctx);
  ctx.finishInputs();
  ctx.finishAssumptions();
  const models = [summary, ctx.inputs.build(), ctx.assumptions.build(), ...sectionModels, auditSheet(ctx, stamp)];
  return { models, ctx };
}

export interface BuildOptions {
  /** Write the copy for readers without the add-in: SPR formulas as their values, a banner on each sheet (shareable.ts). */
  shareable?: boolean;
}

export async function buildWorkbook(plan: Plan, port: WorkbookPort, stamp: BuildStamp, onProgress?: (p: BuildProgress) => void, options: BuildOptions = {}): Promise<BuildResult> {
  const existing = await port.listSheets();
  const chosen = resolveSheetNames(existing, Object.values(SHEETS));
  const names = Object.fromEntries(Object.entries(SHEETS).map(([k, v]) => [k, chosen.get(v)!])) as Record<SheetKey, string>;
  const laidOut = layoutWorkbook(plan, stamp, names, onProgress);
  const ctx = laidOut.ctx;
  const models = options.shareable ? shareableModels(laidOut.models, names, stamp.builtAt) : laidOut.models;
  await port.writeSheets(models, (sheet, index, count) => onProgress?.({ phase: "write", sheet, index, count }));
  return {
    sheets: models.map((m) => m.name),
    renamed: [...chosen.entries()].filter(([a, b]) => a !== b).map(([wanted, used]) => ({ wanted, used })),
    summary: ctx.summary,
    models,
    names,
  };
}
