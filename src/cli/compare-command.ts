/**
 * `spr compare <a.json> <b.json> -o <compare.xlsx> [--force]`: two whole plans' Summaries side by side (the first as
 * the base), each laid out as `spr build` lays it out, with the change in every gap. Plans are read and refused as
 * `spr build` reads them; the output is written atomically and never replaces a file without --force.
 */
import * as path from "path";
import { PlanError } from "../plan/read";
import { readPlan } from "../plan/validate";
import { layoutWorkbook } from "../workbook/build";
import { compareSheet } from "../workbook/layout/scenarios";
import { ExcelJsWorkbook } from "../workbook/xlsx/exceljs-adapter";
import { existing, readCapped, readForcePlans } from "./build-command";
import type { Io } from "./main";

export const COMPARE_USAGE = "spr compare <a.json> <b.json> -o <compare.xlsx> [--force]";

export async function compareCommand(args: string[], io: Io, now: () => Date = () => new Date()): Promise<number> {
  const force = args.includes("--force");
  const rest = args.filter((a) => a !== "--force");
  const o = rest.findIndex((a) => a === "-o" || a === "--out");
  const out = o >= 0 ? rest[o + 1] : undefined;
  const inputs = rest.filter((_, i) => i !== o && i !== o + 1);
  if (inputs.length !== 2 || !out) {
    io.err(`usage: ${COMPARE_USAGE}`);
    return 2;
  }
  if (!out.toLowerCase().endsWith(".xlsx")) {
    io.err(`spr compare: the output must be an .xlsx file, got ${out}`);
    return 2;
  }
  const there = existing(out);
  if (there && (!force || there.endsWith("a directory"))) {
    io.err(`spr compare: ${out} ${there}${there.endsWith("a directory") ? "; choose a file name" : "; add --force to replace it"}`);
    return 2;
  }
  const stamp = { builtAt: now().toISOString(), planDigest: "", planSource: "" };
  const plans = [];
  for (const file of inputs) {
    try {
      const bytes = readCapped(file);
      if (!bytes) {
        io.err(`spr compare: cannot read the plan file ${file}`);
        return 2;
      }
      const plan = readPlan(bytes);
      const { ctx } = layoutWorkbook({ ...plan, uncertainty: undefined }, stamp, undefined, undefined, readForcePlans(file, plan.forcePlans ?? []));
      plans.push({ label: path.basename(file), ctx });
    } catch (e) {
      if (e instanceof PlanError) {
        io.err(`spr compare: ${file} is not a valid plan (${e.count} problem${e.count === 1 ? "" : "s"}); nothing was written:`);
        for (const p of e.problems) io.err(`  ${p.path}: ${p.message}`);
        return 2;
      }
      io.err(`spr compare: ${e instanceof Error ? e.message : String(e)}; nothing was written`);
      return 1;
    }
  }
  const port = new ExcelJsWorkbook();
  await port.writeSheets([compareSheet(plans)]);
  await port.save(out, force);
  io.out(`Wrote ${out}: Compare`);
  return 0;
}
