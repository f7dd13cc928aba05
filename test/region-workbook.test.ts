// A ROCU plan's workbook is about its region (issue 13): the Summary lists the member forces with their contribution,
// in-kind and cash due (linked to the Section 22 sheet) and the change on last year where the plan gives it.
import * as fs from "fs";
import * as path from "path";
import { readPlan } from "../src/plan/validate";
import { layoutWorkbook } from "../src/workbook/build";
import { CellModel, SheetModel } from "../src/workbook/model";

const ROOT = path.resolve(__dirname, "..");
const text = fs.readFileSync(path.join(ROOT, "examples", "swrocu-2026-27.json"), "utf8");
const STAMP = { builtAt: "2026-11-29T12:00:00Z", planDigest: "0", planSource: "test" };

function sheets(planText: string): Map<string, SheetModel> {
  return new Map(layoutWorkbook(readPlan(planText), STAMP).models.map((m) => [m.name, m]));
}

function row(sheet: SheetModel, r: number): CellModel[] {
  return sheet.cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col);
}

describe("a region's workbook", () => {
  const book = sheets(text);
  const summary = book.get("Summary")!;
  const table = summary.tables.find((t) => t.name === "SprRegionSummary")!;

  it("has a Summary of the ROCU's member forces: contribution, in-kind and cash due, linked to the Section 22 sheet", () => {
    expect(summary.cells.find((c) => c.row === 0)!.value).toBe("Summary: SWROCU and its member forces");
    expect(table.columns).toEqual(["Force", "Total contribution", "In-kind", "Cash due"]);
    expect(table.rows).toBe(5);
    const rows = Array.from({ length: 5 }, (_, i) => row(summary, table.row + 1 + i));
    expect(rows.map((r) => r[0].value)).toEqual(["Avon & Somerset", "Devon & Cornwall", "Dorset", "Gloucestershire", "Wiltshire"]);
    for (const r of rows) {
      expect(r.slice(1, 4).every((c) => /^'Section 22'!\$[A-Z]+\$\d+$/.test(c.formula ?? ""))).toBe(true);
      // cash due is the contribution less in-kind (Gloucestershire's £2.1m in-kind is more than its share)
      expect(Math.round(((r[1].value as number) - (r[2].value as number)) * 100)).toBe(Math.round((r[3].value as number) * 100));
    }
    // in-kind as the plan gives it: 1,450,000; 1,310,000; 520,000; 2,100,000; 415,000
    expect(rows.map((r) => r[2].value)).toEqual([1450000, 1310000, 520000, 2100000, 415000]);
    // the contributions add up to the budget less grants: 15,490,000.75 − 3,820,000 = 11,670,000.75
    const total = row(summary, table.row + 6);
    expect(total[0].value).toBe("Total");
    expect(Math.round((total[1].value as number) * 100)).toBe(1_167_000_075);
  });

  it("lists the checks, and its Inputs and Assumptions sheets speak of the region", () => {
    expect(summary.cells.some((c) => c.value === "Checks: none; the plan agrees with the SPR on every check")).toBe(true);
    expect(book.get("Inputs")!.cells.find((c) => c.row === 2)!.value).toMatch(/^What the plan file gave: the region's own figures\./);
    // the plan gives the fixed element and the rounding unit itself; its medium term takes the pay award and inflation
    // from the plan's costs block, so the Assumptions sheet lists only what a region's sheets use (no RAG margin)
    const assumptions = book.get("Assumptions")!;
    const keys = assumptions.cells.filter((c) => c.col === 0 && c.row > 3 && typeof c.value === "string").map((c) => c.value);
    expect(keys).toEqual(expect.arrayContaining(["PAY_AWARD", "INFLATION"]));
    expect(keys).not.toContain("RAG_AMBER_MARGIN");
    expect(keys).not.toContain("S22_FIXED_FRACTION");
    expect(keys).not.toContain("S22_ROUNDING_UNIT");
  });

  it("shows the change on last year where the plan gives last year's totals", () => {
    const plan = JSON.parse(text);
    const last = [2_000_000, 2_200_000, 1_000_000, undefined, 800_000];
    plan.section22.forces.forEach((f: { lastYear?: number }, i: number) => {
      if (last[i] !== undefined) f.lastYear = last[i];
    });
    const s = sheets(JSON.stringify(plan)).get("Summary")!;
    const t = s.tables.find((x) => x.name === "SprRegionSummary")!;
    expect(t.columns).toEqual(["Force", "Total contribution", "In-kind", "Cash due", "Last year's total", "Change on last year"]);
    const rows = Array.from({ length: 5 }, (_, i) => row(s, t.row + 1 + i));
    rows.forEach((r, i) => {
      if (last[i] === undefined) {
        expect(r.slice(4).map((c) => c.value)).toEqual(["not given", "n/a"]);
      } else {
        expect(r[4].value).toBe(last[i]);
        expect(r[5].formula).toMatch(/^INDEX\(SPR\.GAP\(.*\),1,1\)$/);
        expect(Math.round((r[5].value as number) * 100)).toBe(Math.round(((r[1].value as number) - last[i]!) * 100));
      }
    });
  });
});
