/**
 * `spr build <plan.json> -o <workbook.xlsx> [--force] [--strict] [--shareable] [--addin-id …]`: validates the plan, lays
 * out every sheet, and writes the workbook atomically (with --shareable, the copy for readers without the add-in; with
 * --addin-id and --store-type, a task-pane part naming the add-in). An invalid plan prints one line per problem (with its path in the file) and writes nothing.
 * Where the plan departs from the SPR (src/core/checks) it prints one warning line each (at most MAX_WARNINGS_SHOWN);
 * with --strict those warnings are errors: exit 2 and no file.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { CheckWarning, warningText } from "../core/checks/checks";
import { MAX_PLAN_BYTES, PlanError, checkPlanSize } from "../plan/read";
import { Plan } from "../plan/plan";
import { ForcePlan, readForcePlans as readForcePlanBytes } from "../plan/rollup";
import { readPlan } from "../plan/validate";
import { ADDIN_VERSION } from "../core/version";
import { buildWorkbook } from "../workbook/build";
import { BuildError } from "../workbook/sheet-builder";
import { ExcelJsWorkbook } from "../workbook/xlsx/exceljs-adapter";
import { saveWorkbookFile } from "../workbook/xlsx/save-file";
import { DeploymentError, checkDeployment } from "../workbook/xlsx/web-extension";
import type { Io } from "./main";

export const BUILD_USAGE =
  "spr build <plan.json> -o <workbook.xlsx> [--force] [--strict] [--shareable] [--addin-id <id> --store-type <type> [--store <store>]]";

/** Warnings printed before "… and N more" (the Summary and Audit sheets list them all). */
export const MAX_WARNINGS_SHOWN = 20;

function printWarnings(io: Io, label: string, warnings: readonly CheckWarning[]): void {
  warnings.slice(0, MAX_WARNINGS_SHOWN).forEach((w) => io.err(`  ${label}: ${warningText(w)}`));
  if (warnings.length > MAX_WARNINGS_SHOWN)
    io.err(`  … and ${warnings.length - MAX_WARNINGS_SHOWN} more (the Checks block lists them all)`);
}

/**
 * The arguments of a command that reads plan files and writes one output (`spr build`, `compare`, `statement`): the
 * inputs, `-o <out>` with the extension it must have, --force and the command's own flags. Null (after saying why,
 * exit 2) when they are wrong or the output is there and --force was not given (a directory is never replaced).
 */
export function outputArgs(
  args: string[],
  io: Io,
  o: { command: string; usage: string; inputs: number; ext: string; flags?: string[] },
): { inputs: string[]; out: string; force: boolean; flags: Set<string> } | null {
  const own = new Set(["--force", ...(o.flags ?? [])]);
  const flags = new Set(args.filter((a) => own.has(a)));
  const rest = args.filter((a) => !own.has(a));
  const at = rest.findIndex((a) => a === "-o" || a === "--out");
  const out = at >= 0 ? rest[at + 1] : undefined;
  const inputs = rest.filter((_, i) => i !== at && i !== at + 1);
  if (inputs.length !== o.inputs || !out) {
    io.err(`usage: ${o.usage}`);
    return null;
  }
  if (!out.toLowerCase().endsWith(o.ext)) {
    io.err(`spr ${o.command}: the output must be a${o.ext === ".xlsx" ? "n" : ""} ${o.ext} file, got ${out}`);
    return null;
  }
  const force = flags.has("--force");
  const there = existing(out);
  if (there && (!force || there.endsWith("a directory"))) {
    io.err(`spr ${o.command}: ${out} ${there}${there.endsWith("a directory") ? "; choose a file name" : "; add --force to replace it"}`);
    return null;
  }
  return { inputs, out, force, flags };
}

/** An option that takes a value (`--store-type FileSystem`), taken out of the arguments (its value is the next one). */
export function takeValue(args: string[], flag: string): { value?: string; rest: string[] } {
  const i = args.indexOf(flag);
  if (i < 0) return { rest: args };
  return { value: args[i + 1], rest: args.filter((_, j) => j !== i && j !== i + 1) };
}

/** A plan file that cannot be read at all (missing, a directory, unreadable). */
class UnreadablePlan extends Error {}

/** A plan file read and validated as every command reads one, with a roll-up's force plans read beside it. */
export function readPlanFile(file: string): { bytes: Buffer; plan: Plan; forcePlans: ForcePlan[] } {
  const bytes = readCapped(file);
  if (!bytes) throw new UnreadablePlan(file);
  const plan = readPlan(bytes);
  return { bytes, plan, forcePlans: readForcePlans(file, plan.forcePlans ?? []) };
}

/** What a command says when a plan file is not a valid plan or something else stops it (exit 2 or 1), nothing written. */
export function commandFailure(io: Io, command: string, planFile: string, e: unknown): number {
  if (e instanceof UnreadablePlan) {
    io.err(`spr ${command}: cannot read the plan file ${e.message}`);
    return 2;
  }
  if (e instanceof PlanError) {
    io.err(`spr ${command}: ${planFile} is not a valid plan (${e.count} problem${e.count === 1 ? "" : "s"}); nothing was written:`);
    for (const p of e.problems) io.err(`  ${p.path}: ${p.message}`);
    if (e.more) io.err(`  … and ${e.more} more (the first ${e.problems.length} are listed)`);
    return 2;
  }
  if (e instanceof BuildError) {
    // a value every rule of the plan allows but a function refuses once figures combine (a cost past the exact
    // limit of money, say): the plan's fault, told as a plan problem with the function's own words
    io.err(`spr ${command}: ${planFile} is not a valid plan (1 problem); nothing was written:`);
    io.err(`  (figures the plan combines): ${e.message}`);
    return 2;
  }
  io.err(`spr ${command}: ${e instanceof Error ? e.message : String(e)}; nothing was written`);
  return 1;
}

export async function buildCommand(
  args: string[],
  io: Io,
  now: () => Date = () => new Date(),
  progress = process.stderr.isTTY === true,
): Promise<number> {
  // --addin-id, --store-type, --store: how the add-in is deployed, named in the workbook's task-pane part
  const addinId = takeValue(args, "--addin-id");
  const storeType = takeValue(addinId.rest, "--store-type");
  const store = takeValue(storeType.rest, "--store");
  // --shareable: the copy for readers without the add-in (SPR formulas replaced by their values)
  const a = outputArgs(store.rest, io, {
    command: "build",
    usage: BUILD_USAGE,
    inputs: 1,
    ext: ".xlsx",
    flags: ["--strict", "--shareable"],
  });
  if (!a) return 2;
  const { out, force } = a;
  const strict = a.flags.has("--strict");
  const shareable = a.flags.has("--shareable");
  const planFile = a.inputs[0];
  try {
    const { bytes, plan, forcePlans } = readPlanFile(planFile);
    const port = new ExcelJsWorkbook();
    if (addinId.value !== undefined || storeType.value !== undefined)
      port.deployment = checkDeployment(addinId.value, storeType.value, store.value, `${ADDIN_VERSION}.0`);
    const stamp = {
      builtAt: now().toISOString(),
      planDigest: createHash("sha256").update(bytes).digest("hex"),
      planSource: path.basename(planFile),
    };
    const result = await buildWorkbook(
      plan,
      port,
      stamp,
      (p) => {
        if (progress && p.phase === "layout") io.err(`  ${p.sheet}…`);
      },
      forcePlans,
      { shareable },
    );
    const n = result.checks.length;
    const some = `${n} warning${n === 1 ? "" : "s"}`;
    if (strict && n) {
      io.err(`spr build: ${planFile} departs from the SPR (${some}, errors under --strict); nothing was written:`);
      printWarnings(io, "error", result.checks);
      return 2;
    }
    await saveWorkbookFile(port, out, force);
    if (n) {
      io.err(`spr build: ${planFile} departs from the SPR (${some}; --strict makes them errors):`);
      printWarnings(io, "warning", result.checks);
    }
    io.out(`Wrote ${out}: ${result.sheets.join(", ")}`);
    return 0;
  } catch (e) {
    if (e instanceof DeploymentError) {
      io.err(`spr build: ${e.message}; nothing was written`);
      return 2;
    }
    return commandFailure(io, "build", planFile, e);
  }
}

/** A roll-up's force plans, read from their paths relative to the roll-up plan (src/plan/rollup.ts checks each). */
export function readForcePlans(planFile: string, paths: readonly string[]): ForcePlan[] {
  return readForcePlanBytes(paths, (p) => readCapped(path.resolve(path.dirname(planFile), p)));
}

/**
 * Reads at most MAX_PLAN_BYTES + 1 bytes of the plan file, so a huge file, /dev/zero or a pipe that never ends is
 * refused after a few megabytes, not read into memory. Null when the file cannot be read at all.
 */
export function readCapped(file: string): Buffer | null {
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch {
    return null;
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) return null;
    if (st.isFile()) checkPlanSize(st.size);
    const buf = Buffer.alloc(MAX_PLAN_BYTES + 1);
    let got = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got === buf.length) checkPlanSize(got);
    }
    return buf.subarray(0, got);
  } catch (e) {
    if (e instanceof PlanError) throw e;
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

/** What is already at the output path, in words ("already exists", "is a symbolic link to …"), or null for nothing. */
export function existing(out: string): string | null {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(out);
  } catch {
    return null;
  }
  if (st.isSymbolicLink()) {
    const target = fs.readlinkSync(out);
    return fs.existsSync(out)
      ? `is a symbolic link to ${target}, which already exists`
      : `is a symbolic link to ${target}, which does not exist (a dangling link)`;
  }
  return st.isDirectory() ? "is a directory" : "already exists";
}
