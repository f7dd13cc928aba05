// Planning under uncertainty through the command line, as a planner would type it (`spr eval '=SPR.ARVREQP(...)'
// --json`), and the plan file's uncertainty block with the Uncertainty sheet it lays out.
import * as fs from "fs";
import * as path from "path";
import { PlanError, readPlan } from "../src/plan/validate";
import { layoutWorkbook } from "../src/workbook/build";
import { SheetModel } from "../src/workbook/model";
import { evalFormula } from "./helpers/registry";

describe("requirement percentiles through spr eval", () => {
  it("answers the planner's question: ARVs to be 50%, 80% and 90% sure, and the single figure it hides", async () => {
    // 2,000 to 20,000 incidents (likely 8,000) of 150 minutes: loads from 0.57 to 5.7 erlangs
    const row = await evalFormula("=SPR.ARVREQP(2000, 8000, 20000, 150, {0.5,0.8,0.9})");
    expect(row).toEqual({ value: [[7, 8, 9]] });
    expect(await evalFormula("=SPR.ARVREQ(8000, 150)")).toEqual({ value: 6 });
    // the single figure falls short in well over half the trials
    const stats = await evalFormula("=SPR.SIMSTATS(SPR.ARVSIM(2000, 8000, 20000, 150), SPR.ARVREQ(8000, 150))");
    expect("value" in stats && (stats.value as number[][])[0][5]).toBeGreaterThan(0.5);
  });

  it("gives SPR.ARVREQ's answer when low = likely = high", async () => {
    expect(await evalFormula("=SPR.ARVREQP(950, 950, 950, 150, 0.9, 0.05, 1.5, , , 1.4, 4)")).toEqual({ value: [[4]] });
    expect(await evalFormula("=SPR.ARVREQ(950, 150, 0.05, 1.5, 1.4, 4)")).toEqual({ value: 4 });
  });

  it("recalculates to the same figures for the same seed", async () => {
    const a = await evalFormula(
      "=SPR.SOCREQP({2;8;15;20},{4;11;23;31},{8;16;30;45},{3000;1200;400;100},{0.3;0.6;0.9;1},{0.5,0.9},,,20000,77)",
    );
    const b = await evalFormula(
      "=SPR.SOCREQP({2;8;15;20},{4;11;23;31},{8;16;30;45},{3000;1200;400;100},{0.3;0.6;0.9;1},{0.5,0.9},,,20000,77)",
    );
    expect(a).toEqual(b);
  });

  it("gives the exact inverses", async () => {
    expect(await evalFormula("=SPR.TRIANGULARP(0, 5, 10, 0.125)")).toEqual({ value: 2.5 });
    expect(await evalFormula("=SPR.POISSONP(1000, 0.975)")).toEqual({ value: 1062 });
  });

  it("answers bad input with #VALUE! naming the argument", async () => {
    expect(await evalFormula("=SPR.ARVREQP(1300, 950, 800, 150, 0.9)")).toEqual({
      error: "#VALUE!",
      message: "incidents_high: expected a number ≥ incidents_low (1300), got 800",
    });
    expect(await evalFormula("=SPR.ARVREQP(800, 950, 1300, 150, 90)")).toEqual({
      error: "#VALUE!",
      message: "percentile: expected a fraction from 0 to 1 (0.9 for P90), got 90",
    });
    expect(await evalFormula("=SPR.ARVREQP(800, 950, 1300, 150, 0.9, , , 500000)")).toEqual({
      error: "#VALUE!",
      message: "trials: expected a whole number from 1 to 100,000 (the most one call runs), got 500000",
    });
    expect(await evalFormula("=SPR.POISSONP(-4, 0.5)")).toEqual({ error: "#VALUE!", message: "mean: expected a number ≥ 0, got -4" });
    expect(await evalFormula('=SPR.SIMULATE("NORMAL", {-1, 2})')).toEqual({
      error: "#VALUE!",
      message: "parameters: expected a mean ≥ 0 (the normal is truncated at zero), got -1",
    });
  });
});

const example = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "examples", "avon-and-somerset-2026-27.json"), "utf8"));
const stamp = { builtAt: "2026-11-29T12:00:00.000Z", planDigest: "0".repeat(64), planSource: "test" };

function problems(plan: unknown): string[] {
  try {
    readPlan(JSON.stringify(plan));
    return [];
  } catch (e) {
    if (e instanceof PlanError) return e.problems.map((p) => `${p.path}: ${p.message}`);
    throw e;
  }
}

/** The example plan edited freely, into shapes the schema rejects too, as a plan file can be. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any JSON a file may hold
function edit(f: (p: any) => void): unknown {
  const copy = JSON.parse(JSON.stringify(example));
  f(copy);
  return copy;
}

function sheet(plan: unknown, name: string): SheetModel {
  return layoutWorkbook(readPlan(JSON.stringify(plan)), stamp).models.find((m) => m.name === name)!;
}

describe("the plan's uncertainty block", () => {
  it.each([
    [
      "a low above the likely value",
      edit((p) => (p.uncertainty.incidents.low = 1000)),
      ["uncertainty.incidents.low: above the likely value (armedPolicing.incidentsPerYear = 950)"],
    ],
    [
      "a high below the likely count",
      edit((p) => (p.uncertainty.ocgs.high[2] = 20)),
      ["uncertainty.ocgs.high[2]: below the likely value (soc.ocgsByBand[2] = 23)"],
    ],
    [
      "an event that is not in the calendar",
      edit((p) => (p.uncertainty.attendance.events[0].name = "Bristol riot")),
      ['uncertainty.attendance.events[0].name: no event called "Bristol riot" in publicOrder.events'],
    ],
    [
      "an event range that misses the expected crowd",
      edit((p) => (p.uncertainty.attendance.events[0].high = 7000)),
      ["uncertainty.attendance.events[0].high: below the likely value (publicOrder.events[2].attendance = 8000)"],
    ],
    [
      "incidents without the armed-policing section",
      edit((p) => delete p.armedPolicing),
      ["uncertainty.incidents: needs the armedPolicing section (its incidentsPerYear is the likely value)"],
    ],
    ["trials beyond the cap", edit((p) => (p.uncertainty.trials = 200000)), ["uncertainty.trials: expected at most 100000, found 200000"]],
    [
      "a percentile written as a percentage",
      edit((p) => (p.uncertainty.percentiles = [50, 90])),
      ["uncertainty.percentiles[0]: expected at most 1, found 50", "uncertainty.percentiles[1]: expected at most 1, found 90"],
    ],
  ])("rejects %s with its path", (_name, plan, expected) => {
    expect(problems(plan)).toEqual(expected);
  });
});

describe("the Uncertainty sheet", () => {
  const s = sheet(example, "Uncertainty");
  const at = (row: number, col: number) => s.cells.find((c) => c.row === row && c.col === col);
  const formulas = s.cells.filter((c) => c.formula);

  it("holds live SPR formulas for the percentiles, the risk of the single figure, histograms and tornados, with five charts", () => {
    for (const id of ["ARVREQP", "PSUREQP", "SOCREQP", "SIMSTATS", "HISTOGRAM", "PSUTORNADO", "SOCTORNADO"])
      expect(formulas.some((c) => c.formula!.includes(`SPR.${id}(`))).toBe(true);
    expect(formulas.some((c) => /SPR\.SIMSTATS\(SPR\.ARVSIM\(/.test(c.formula!))).toBe(true);
    expect(s.charts).toHaveLength(5);
    for (const ch of s.charts) {
      const values = Array.from({ length: ch.values.rows }, (_, i) => at(ch.values.row + i, ch.values.col)!.value);
      expect(values.every((v) => typeof v === "number")).toBe(true);
    }
    expect(s.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["SprUncertaintyPercentiles", "SprUncertaintyRisk", "SprUncertainAttendance", "SprUncertainOcgs"]),
    );
  });

  it("shows each histogram's shares adding up to all the trials", () => {
    for (const ch of s.charts.filter((c) => /share of trials/.test(c.title))) {
      const total = Array.from({ length: ch.values.rows }, (_, i) => at(ch.values.row + i, ch.values.col)!.value as number).reduce(
        (a, b) => a + b,
        0,
      );
      expect(total).toBeCloseTo(1, 12);
    }
  });

  it("gives the Armed policing sheet's single figure at every percentile when the incidents are certain", () => {
    const certain = sheet(
      edit((p) => (p.uncertainty.incidents = { low: 950, high: 950 })),
      "Uncertainty",
    );
    const ap = sheet(example, "Armed policing");
    const onDuty = ap.cells.find((c) => c.value === "ARVs that must be on duty")!.row;
    const arvs = ap.cells.find((c) => c.row === onDuty && c.formula?.startsWith("SPR.ARVREQ("))!.value;
    const cells = certain.cells.filter((c) => c.formula?.startsWith("INDEX(SPR.ARVREQP("));
    expect(cells).toHaveLength(3);
    for (const c of cells) expect(c.value).toBe(arvs);
  });

  it("caches the percentiles worked out from the triangular inverse, not from the layout's own call", () => {
    // Incidents 4,000 – 6,000 – 15,000 (a = 4000, c = 6000, b = 15000; F(c) = 2000/11000 ≈ 0.18), so for p above F(c)
    // the quantile is b − √((1 − p)(b − a)(b − c)) = 15000 − √((1 − p)·99,000,000):
    //   P50 7,964.4 · P80 10,550.3 · P90 11,853.6 incidents a year.
    // With the plan's 150 minutes, wait 0.05, 1.5 ARVs an incident, peak 1.4 and coverage 4, SPR.ARVREQ is 10 from
    // 7,700 to 8,200 incidents, 12 from 10,300 to 10,800 and 13 from 11,500 to 12,200: wide enough that 10,000
    // trials' sampling error (about ±50 incidents at P90) cannot cross a step. A swapped argument would change them.
    const plan = edit((p) => ((p.armedPolicing.incidentsPerYear = 6000), (p.uncertainty.incidents = { low: 4000, high: 15000 })));
    const cells = sheet(plan, "Uncertainty").cells.filter((c) => c.formula?.startsWith("INDEX(SPR.ARVREQP("));
    expect(cells.map((c) => c.value)).toEqual([10, 12, 13]);
  });

  it("lays out only the requirements whose ranges the plan gives", () => {
    const only = sheet(
      edit((p) => {
        delete p.uncertainty.attendance;
        delete p.uncertainty.ocgs;
      }),
      "Uncertainty",
    );
    expect(only.cells.some((c) => c.formula?.includes("SPR.PSU"))).toBe(false);
    expect(only.charts).toHaveLength(1);
    const none = sheet(
      edit((p) => (p.uncertainty = { trials: 100 })),
      "Uncertainty",
    );
    expect(none.cells.some((c) => /No uncertain inputs/.test(String(c.value)))).toBe(true);
  });
});
