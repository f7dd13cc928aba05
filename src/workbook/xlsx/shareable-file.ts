/**
 * The shareable copy as .xlsx bytes: the plan built exactly as `spr build --shareable` builds it (a fresh workbook,
 * so every sheet under its usual name; shareable.ts replaces each SPR formula by its value) and written by the same
 * ExcelJS adapter. Free of Node's modules: the task pane loads it (with ExcelJS) as a chunk of its own, on demand.
 */
import { Plan } from "../../plan/plan";
import { ForcePlan } from "../../plan/rollup";
import { BuildStamp, buildWorkbook } from "../build";
import { ExcelJsWorkbook } from "./exceljs-adapter";

export async function shareableXlsx(
  plan: Plan,
  stamp: BuildStamp,
  forcePlans: readonly ForcePlan[] = [],
): Promise<{ bytes: Uint8Array; sheets: string[] }> {
  const port = new ExcelJsWorkbook();
  const result = await buildWorkbook(plan, port, stamp, undefined, forcePlans, { shareable: true });
  return { bytes: await port.toBytes(), sheets: result.sheets };
}
