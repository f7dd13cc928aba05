/**
 * The `spr` command line: a faithful stand-in for Excel outside Excel.
 *   spr eval '<formula>' [--json]    evaluate one SPR formula with literal arguments
 *   spr functions                    list every function with its one-line description
 *   spr build <plan.json> -o <out.xlsx> [--force] [--strict] [--shareable]   build the planning workbook (or its shareable copy)
 *   spr plan <workbook.xlsx> -o <plan.json> [--force]           read the plan back out of a built workbook
 *   spr compare <a.json> <b.json> -o <out.xlsx> [--force]       two plans side by side
 *   spr statement <plan.json> -o <out.docx> [--force]           the draft assurance statement (SPR 24.1, 24.2)
 */
import * as fs from "fs";
import * as path from "path";
import { BUILD_USAGE, buildCommand } from "./build-command";
import { PLAN_USAGE, planCommand } from "./plan-command";
import { COMPARE_USAGE, compareCommand } from "./compare-command";
import { STATEMENT_USAGE, statementCommand } from "./statement-command";
import { CallShapeError, evaluateCall } from "./evaluate";
import { formatOutcome } from "./format";
import { FormulaSyntaxError, parseFormula } from "./formula";
import { Association, Metadata, Registry, buildRegistry } from "./registry";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const USAGE = `Usage:
  spr eval '<formula>' [--json]   evaluate one SPR formula, e.g. spr eval '=SPR.ALLOCATE(10,{1;1;1})'
  spr functions                   list every SPR function with its description
  ${BUILD_USAGE}
                                  build the planning workbook from a plan file
  ${PLAN_USAGE}
                                  read the plan back out of a built workbook, with its edited inputs
  ${COMPARE_USAGE}
                                  two plans' Summaries side by side, with the change in every gap
  ${STATEMENT_USAGE}
                                  draft the PCC's assurance statement (SPR 24.1; the APCC's summary, 24.2, for the nation)
  spr --help                      this text`;

/** Loads the metadata written at build time (lib/functions.json, lib/associations.json) and registers the functions. */
export function loadRegistry(libDir = path.resolve(__dirname, "..")): Registry {
  const read = (f: string): unknown => JSON.parse(fs.readFileSync(path.join(libDir, f), "utf8"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const functionsModule = require("../functions/functions") as Record<string, unknown>;
  return buildRegistry(read("functions.json") as Metadata, read("associations.json") as Association[], functionsModule);
}

export function firstLine(text = ""): string {
  const line = text.split(/(?<=\.)\s/)[0] ?? "";
  return line.trim();
}

export async function run(argv: string[], io: Io, registry: () => Registry = loadRegistry): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  if (command === "functions") {
    const reg = registry();
    const ids = [...reg.metadata.keys()].sort();
    const width = Math.max(...ids.map((id) => id.length)) + 6; // "SPR." and two spaces
    for (const id of ids) io.out(`SPR.${id}`.padEnd(width) + firstLine(reg.metadata.get(id)!.description));
    return 0;
  }
  if (command === "eval") {
    const json = rest.includes("--json");
    const formulas = rest.filter((a) => a !== "--json");
    if (formulas.length !== 1) {
      io.err(`spr eval takes one formula (quote it), got ${formulas.length}\n${USAGE}`);
      return 2;
    }
    try {
      const outcome = await evaluateCall(parseFormula(formulas[0]), registry());
      io.out(json ? JSON.stringify(outcome) : formatOutcome(outcome));
      return 0;
    } catch (e) {
      if (e instanceof FormulaSyntaxError || e instanceof CallShapeError) {
        io.err(`spr eval: cannot read the formula: ${e.message}`);
        return 2;
      }
      throw e;
    }
  }
  if (command === "build") return buildCommand(rest, io);
  if (command === "plan") return planCommand(rest, io);
  if (command === "compare") return compareCommand(rest, io);
  if (command === "statement") return statementCommand(rest, io);
  io.err(`spr: unknown command "${command}"\n${USAGE}`);
  return 2;
}

/** What the terminal shows for a failure no command foresaw. */
export function unforeseen(e: unknown, debug?: string): string {
  const detail = debug ? ` (${e instanceof Error ? (e.stack ?? e.message) : String(e)})` : "";
  return `the command failed in a way it did not foresee; please report the command line${detail}`;
}

export function main(argv: string[]): void {
  run(argv, { out: (s) => process.stdout.write(s + "\n"), err: (s) => process.stderr.write(s + "\n") }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // a failure the command did not foresee: a plain sentence, never the engine's own words (SPR_DEBUG=1 shows them)
      process.stderr.write(`spr: ${unforeseen(e, process.env.SPR_DEBUG)}\n`);
      process.exitCode = 1;
    },
  );
}
