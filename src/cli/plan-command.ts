/**
 * `spr plan <workbook.xlsx> -o <plan.json> [--force]`: reads the plan back out of a workbook `spr build` (or the pane)
 * wrote, with the edits the user made in Excel to its input cells (the Inputs sheet's values and the Assumptions
 * sheet) and to the lists on its section sheets (events, budget lines…: rows edited, added or deleted), validated like
 * any plan (src/workbook/readback.ts, the rule the task pane uses too). A value the plan check refuses is reported by
 * sheet and cell address.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { problemText, readPlanBack } from "../workbook/readback";
import { ExcelJsCells } from "../workbook/xlsx/exceljs-cells";
import { outputArgs } from "./build-command";
import type { Io } from "./main";

export const PLAN_USAGE = "spr plan <workbook.xlsx> -o <plan.json> [--force]";

export async function planCommand(args: string[], io: Io): Promise<number> {
  const parsed = outputArgs(args, io, { command: "plan", usage: PLAN_USAGE, inputs: 1, ext: ".json" });
  if (!parsed) return 2;
  const { out, force } = parsed;
  const input = parsed.inputs[0];
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(input);
  } catch {
    io.err(`spr plan: cannot read ${input} as an .xlsx workbook`);
    return 2;
  }
  const read = await readPlanBack(new ExcelJsCells(wb));
  if (!read.ok) {
    const n = read.problems.length;
    if (read.problems.some((p) => p.at)) {
      io.err(`spr plan: ${input} holds input the plan check refuses (${n} problem${n === 1 ? "" : "s"}); nothing was written:`);
      for (const p of read.problems) io.err(`  ${problemText(p)}`);
    } else for (const p of read.problems) io.err(`spr plan: ${input}: ${problemText(p)}`);
    return 2;
  }
  fs.writeFileSync(out, JSON.stringify(read.plan, null, 2) + "\n", { flag: force ? "w" : "wx" });
  io.out(`Wrote ${out}`);
  return 0;
}
