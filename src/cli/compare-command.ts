/**
 * `spr compare <a.json> <b.json> -o <compare.xlsx> [--force]`: two whole plans' Summaries side by side (the first as
 * the base), each laid out as `spr build` lays it out, with the change in every gap. Plans are read and refused as
 * `spr build` reads them; the output is written atomically and never replaces a file without --force.
 */
import * as path from "path";
import { layoutWorkbook } from "../workbook/build";
import { compareSheet } from "../workbook/layout/scenarios";
import { ExcelJsWorkbook } from "../workbook/xlsx/exceljs-adapter";
import { saveWorkbookFile } from "../workbook/xlsx/save-file";
import { commandFailure, outputArgs, readPlanFile } from "./build-command";
import type { Io } from "./main";

export const COMPARE_USAGE = "spr compare <a.json> <b.json> -o <compare.xlsx> [--force]";

export async function compareCommand(args: string[], io: Io, now: () => Date = () => new Date()): Promise<number> {
  const a = outputArgs(args, io, { command: "compare", usage: COMPARE_USAGE, inputs: 2, ext: ".xlsx" });
  if (!a) return 2;
  const stamp = { builtAt: now().toISOString(), planDigest: "", planSource: "" };
  const plans = [];
  for (const file of a.inputs) {
    try {
      const { plan, forcePlans } = readPlanFile(file);
      const { ctx } = layoutWorkbook({ ...plan, uncertainty: undefined }, stamp, undefined, undefined, forcePlans);
      plans.push({ label: path.basename(file), ctx });
    } catch (e) {
      return commandFailure(io, "compare", file, e);
    }
  }
  const port = new ExcelJsWorkbook();
  await port.writeSheets([compareSheet(plans)]);
  await saveWorkbookFile(port, a.out, a.force);
  io.out(`Wrote ${a.out}: Compare`);
  return 0;
}
