/**
 * `spr build <plan.json> -o <workbook.xlsx> [--force] [--shareable]`: validates the plan, lays out every sheet, and
 * writes the workbook atomically (with --shareable, the copy for readers without the add-in). An invalid plan prints one line per problem (with its path in the file) and writes nothing.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { PlanError, readPlan } from "../plan/validate";
import { buildWorkbook } from "../workbook/build";
import { ADDIN_VERSION } from "../core/version";
import { ExcelJsWorkbook } from "../workbook/xlsx/exceljs-adapter";
import { DeploymentError, checkDeployment } from "../workbook/xlsx/web-extension";
import { inputAndOutput, takeValue } from "./command-args";
import type { Io } from "./main";

export const BUILD_USAGE = "spr build <plan.json> -o <workbook.xlsx> [--force] [--shareable] [--addin-id <id> --store-type <type> [--store <store>]]";

export async function buildCommand(args: string[], io: Io, now: () => Date = () => new Date(), progress = process.stderr.isTTY === true): Promise<number> {
  // --addin-id, --store-type, --store: how the add-in is deployed, named in the workbook's task-pane part
  const addinId = takeValue(args, "--addin-id");
  const storeType = takeValue(addinId.rest, "--store-type");
  const store = takeValue(storeType.rest, "--store");
  // --shareable: the copy for readers without the add-in (SPR formulas replaced by their values)
  const parsed = inputAndOutput(store.rest, ["--shareable"]);
  if (!parsed) {
    io.err(`usage: ${BUILD_USAGE}`);
    return 2;
  }
  const { input: planFile, out, force } = parsed;
  const shareable = parsed.has("--shareable");
  if (!out.toLowerCase().endsWith(".xlsx")) {
    io.err(`spr build: the output must be an .xlsx file, got ${out}`);
    return 2;
  }
  if (fs.existsSync(out) && !force) {
    io.err(`spr build: ${out} already exists; add --force to replace it`);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(planFile);
  } catch {
    io.err(`spr build: cannot read the plan file ${planFile}`);
    return 2;
  }
  try {
    const plan = readPlan(bytes.toString("utf8"));
    const port = new ExcelJsWorkbook();
    if (addinId.value !== undefined || storeType.value !== undefined) port.deployment = checkDeployment(addinId.value, storeType.value, store.value, `${ADDIN_VERSION}.0`);
    const stamp = { builtAt: now().toISOString(), planDigest: createHash("sha256").update(bytes).digest("hex"), planSource: path.basename(planFile) };
    const result = await buildWorkbook(plan, port, stamp, (p) => {
      if (progress && p.phase === "layout") io.err(`  ${p.sheet}…`);
    }, { shareable });
    await port.save(out, force);
    io.out(`Wrote ${out}: ${result.sheets.join(", ")}`);
    return 0;
  } catch (e) {
    if (e instanceof DeploymentError) {
      io.err(`spr build: ${e.message}; nothing was written`);
      return 2;
    }
    if (e instanceof PlanError) {
      io.err(`spr build: ${planFile} is not a valid plan (${e.problems.length} problem${e.problems.length === 1 ? "" : "s"}); nothing was written:`);
      for (const p of e.problems) io.err(`  ${p.path}: ${p.message}`);
      return 2;
    }
    io.err(`spr build: ${e instanceof Error ? e.message : String(e)}; nothing was written`);
    return 1;
  }
}
