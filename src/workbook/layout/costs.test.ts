import { PlanError, validatePlan } from "../../plan/validate";
import { layoutWorkbook } from "../build";
import { SheetModel } from "../model";
import { yearLabel } from "./costs";

const STAMP = { builtAt: "2026-12-02T06:00:00Z", planDigest: "0".repeat(64), planSource: "test" };
const FORCES = ["Avon & Somerset", "Devon & Cornwall", "Dorset"];

function models(extra: Record<string, unknown>): SheetModel[] {
  const plan = validatePlan({
    planVersion: 1,
    organisation: { kind: "force", name: "Avon & Somerset" },
    financialYear: "2026/27",
    ...extra,
  });
  return layoutWorkbook(plan, STAMP).models;
}

function row(s: SheetModel, label: string): unknown[] {
  const r = s.cells.find((c) => c.col === 0 && c.value === label)!.row;
  return s.cells.filter((c) => c.row === r && c.col > 0).map((c) => c.value);
}

const ARMED = { incidentsPerYear: 950, meanMinutes: 150, afosAvailable: 40, coverageMinimum: 4 };

describe("the Costs and Medium term sheets", () => {
  it("appear only when the plan has costs, and the Summary then shows the cost of each gap", () => {
    expect(models({ armedPolicing: ARMED }).map((m) => m.name)).not.toContain("Costs");
    const all = models({ armedPolicing: ARMED, costs: { salary: 40000, years: 2, payAwards: [0.1] } });
    expect(all.map((m) => m.name)).toEqual(expect.arrayContaining(["Costs", "Medium term"]));
    const costs = all.find((m) => m.name === "Costs")!;
    // 40,000 + 14,120 + 0.15 × 35,000 (5,250) + 200 = 59,570.00
    expect(row(costs, "Employer cost of one officer a year")[0]).toBe(59570);
    const summary = all.find((m) => m.name === "Summary")!;
    const header = summary.cells.filter((c) => c.row === 3).map((c) => c.value);
    expect(header.slice(-2)).toEqual(["Close the gap: one-off (£)", "Close the gap: a year (£)"]);
    // the Summary links to the Costs sheet's figures
    const line = summary.cells.filter((c) => c.row === 4 && c.col >= 7);
    expect(line.every((c) => c.formula?.startsWith("Costs!"))).toBe(true);
  });

  it("moves the employer cost with the pay award and the requirement with demand", () => {
    const all = models({
      armedPolicing: ARMED,
      costs: { salary: 40000, years: 3, payAwards: [0.1, 0.05], demand: { armedPolicing: [2, 3] } },
    });
    const mt = all.find((m) => m.name === "Medium term")!;
    // 59,570 × 1.1 = 65,527.00; × 1.05 = 68,803.35
    expect(row(mt, "Employer cost of one officer (£)")).toEqual([59570, 65527, 68803.35]);
    const required = row(mt, "Required") as number[];
    expect(required[1]).toBeCloseTo(required[0] * 2, 9);
    expect(required[2]).toBeCloseTo(required[0] * 3, 9);
    expect(mt.cells.find((c) => c.value === "2028/29")).toBeDefined();
  });

  it("gives Section 22 by year: year 1 is the Section 22 sheet's totals and every column adds up to that year's budget", () => {
    const plan = validatePlan({
      planVersion: 1,
      organisation: { kind: "region", name: "SWROCU" },
      financialYear: "2026/27",
      section22: {
        rocu: "SWROCU",
        basis: "officer FTE",
        lines: [
          { name: "Pay", cost: 1000000 },
          { name: "Estates", cost: 200000, kind: "non-pay" },
        ],
        forces: FORCES.map((name, i) => ({ name, weight: [2676.09, 2999.74, 1223.24][i] })),
      },
      costs: { years: 3, payAwards: [0.042, 0.03], inflation: [0.02, 0.02] },
    });
    const all = layoutWorkbook(plan, STAMP).models;
    const mt = all.find((m) => m.name === "Medium term")!;
    const s22 = all.find((m) => m.name === "Section 22")!;
    const years = FORCES.map((f) => row(mt, f) as number[]);
    const totalsCol = s22.cells.find((c) => c.value === "Total" && c.style === "header")!.col;
    const sheetTotals = FORCES.map((f) => {
      const r = s22.cells
        .filter((c) => c.value === f)
        .map((c) => c.row)
        .pop()!;
      return s22.cells.find((c) => c.row === r && c.col === totalsCol)!.value;
    });
    expect(years.map((y) => y[0])).toEqual(sheetTotals);
    // budgets: 1,200,000.00; 1,042,000 + 204,000 = 1,246,000.00; 1,073,260 + 208,080 = 1,281,340.00
    const pence = (y: number) => years.reduce((a, f) => a + Math.round(f[y] * 100), 0);
    expect([0, 1, 2].map(pence)).toEqual([120_000_000, 124_600_000, 128_134_000]);
    // and the whole table for each year, whose Total column is that year's S22YEARS column
    for (const y of [0, 1, 2]) {
      const t = mt.tables.find((x) => x.name === `SprS22Year${y + 1}`)!;
      const total = t.columns.indexOf("Total");
      const shown = FORCES.map((_, i) => mt.cells.find((c) => c.row === t.row + 1 + i && c.col === t.col + total)!.value);
      expect(shown).toEqual(years.map((f) => f[y]));
    }
  });

  it("refuses a plan whose lists do not have one figure per later year", () => {
    expect(() =>
      validatePlan({
        planVersion: 1,
        organisation: { kind: "force", name: "Dorset" },
        financialYear: "2026/27",
        costs: { years: 3, payAwards: [0.02] },
      }),
    ).toThrow(PlanError);
    expect(() =>
      validatePlan({
        planVersion: 1,
        organisation: { kind: "force", name: "Dorset" },
        financialYear: "2026/27",
        costs: { payAwards: [0.02] },
      }),
    ).toThrow(/costs\.payAwards: expected one figure for each later year \(3, as costs\.years is 4\), found 1/);
  });

  it("labels the years as financial years", () => {
    expect([0, 1, 3].map((k) => yearLabel("2026/27", k))).toEqual(["2026/27", "2027/28", "2029/30"]);
    expect(yearLabel("2099/00", 1)).toBe("2100/01");
  });
});
