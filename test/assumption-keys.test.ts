// One reading of assumption keys everywhere (issue 13): a plan may spell a key in any case with spaces around it, and
// the build uses its figure; two spellings of one key, or a key the registry does not hold, are errors.
import * as fs from "fs";
import * as path from "path";
import { PlanError, readPlan } from "../src/plan/validate";
import { layoutWorkbook } from "../src/workbook/build";

const ROOT = path.resolve(__dirname, "..");
const example = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", "avon-and-somerset-2026-27.json"), "utf8"));
const STAMP = { builtAt: "2026-11-29T12:00:00Z", planDigest: "0", planSource: "test" };

function withAssumptions(assumptions: Record<string, number>): string {
  return JSON.stringify({ ...example, assumptions });
}

function assumptionRow(text: string, key: string): unknown[] {
  const { models } = layoutWorkbook(readPlan(text), STAMP);
  const sheet = models.find((m) => m.name === "Assumptions")!;
  const at = sheet.cells.find((c) => c.col === 0 && c.value === key)!;
  return sheet.cells
    .filter((c) => c.row === at.row)
    .sort((a, b) => a.col - b.col)
    .map((c) => c.value);
}

function problemsOf(text: string): string[] {
  try {
    readPlan(text);
    return [];
  } catch (e) {
    return (e as PlanError).problems.map((p) => `${p.path}: ${p.message}`);
  }
}

describe("assumption keys in a plan", () => {
  it("are read without regard to case or surrounding spaces: 35 days of leave reach the Assumptions sheet", () => {
    for (const key of ["annual_leave_days", " Annual_Leave_Days ", "ANNUAL_LEAVE_DAYS"]) {
      const row = assumptionRow(withAssumptions({ [key]: 35 }), "ANNUAL_LEAVE_DAYS");
      expect(row.slice(0, 4)).toEqual(["ANNUAL_LEAVE_DAYS", 35, "days per year", "plan"]);
    }
  });

  it("left out, show the registry's default", () => {
    expect(assumptionRow(withAssumptions({}), "ANNUAL_LEAVE_DAYS")[3]).toBe("default");
  });

  it("given twice in two spellings, are an error naming both", () => {
    expect(problemsOf(withAssumptions({ ANNUAL_LEAVE_DAYS: 27, annual_leave_days: 35 }))).toEqual([
      'assumptions.annual_leave_days: sets the same assumption as "ANNUAL_LEAVE_DAYS" (keys are read without regard to case or surrounding spaces)',
    ]);
  });

  it("unknown, are an error naming the nearest key first", () => {
    expect(problemsOf(withAssumptions({ annual_leave_dys: 35 }))).toEqual([
      expect.stringMatching(/^assumptions\.annual_leave_dys: no planning assumption "annual_leave_dys"; nearest keys: ANNUAL_LEAVE_DAYS,/),
    ]);
  });
});
