// Armed-policing capacity through the command line, as a planner would type it: `spr eval '=SPR.ARVREQ(...)' --json`.
import * as fs from "fs";
import * as path from "path";
import { readPlan } from "../src/plan/validate";
import { layoutWorkbook } from "../src/workbook/build";
import { evalFormula } from "./helpers/registry";

const STAMP = { builtAt: "2026-11-29T12:00:00.000Z", planDigest: "0".repeat(64), planSource: "test" };

describe("armed policing and queueing through spr eval", () => {
  it("answers the planner's question end to end: ARVs, the AFOs behind them, the shortfall", async () => {
    // 1,200 incidents of 90 minutes at peak factor 2 → 0.411 erlangs → 3 ARVs; a coverage floor of 4 wins
    expect(await evalFormula("=SPR.ARVREQ(1200, 90, , , 2)")).toEqual({ value: 3 });
    expect(await evalFormula("=SPR.ARVREQ(1200, 90, 0.05, 1, 2, 4)")).toEqual({ value: 4 });
    // 4 ARVs × 2 crew × 8,760 ÷ 1,752 = 40 AFOs; 44 available × 0.9 deployable = 39.6 → 0.4 short
    expect(await evalFormula("=SPR.AFOREQ(SPR.ARVREQ(1200, 90, 0.05, 1, 2, 4), 2, 1752)")).toEqual({ value: 40 });
    const gap = await evalFormula("=SPR.AFOGAP(4, 44, 2, 1752, 0.9)");
    expect("value" in gap && (gap.value as number)).toBeCloseTo(0.4, 12);
  });

  it("computes Erlang values at 100,000 servers without overflow", async () => {
    const c = await evalFormula("=SPR.ERLANGC(99990, 100000)");
    expect("value" in c && (c.value as number) > 0 && (c.value as number) < 1).toBe(true);
    const n = await evalFormula("=SPR.SERVERSFOR(95000, 0.05)");
    expect("value" in n && (n.value as number) > 95000 && (n.value as number) < 95000 + 3 * Math.sqrt(95000)).toBe(true);
  });

  it("lifts a column of loads, one answer per cell", async () => {
    // A = 2: 3 servers for 50%; 4/23 = 0.174 ≤ 0.4 with 4
    expect(await evalFormula("=SPR.SERVERSFOR({2;2}, {0.5;0.4})")).toEqual({ value: [[3], [4]] });
  });

  it("answers bad input with an error naming the argument", async () => {
    expect(await evalFormula("=SPR.ERLANGB(2, -1)")).toEqual({ error: "#VALUE!", message: "servers: expected a whole number ≥ 0, got -1" });
    expect(await evalFormula("=SPR.SERVERSFOR(2, 1)")).toEqual({
      error: "#VALUE!",
      message: "max_wait_prob: expected a number > 0 and < 1, got 1",
    });
    expect(await evalFormula("=SPR.ARVREQ(-1, 90)")).toEqual({
      error: "#VALUE!",
      message: "incidents_per_year: expected a number ≥ 0, got -1",
    });
    expect(await evalFormula("=SPR.AFOREQ(2, , 0)")).toEqual({
      error: "#VALUE!",
      message: "productive_hours: expected a number > 0, got 0",
    });
    expect(await evalFormula("=SPR.ARVREQ(1E12, 1000)")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/^incidents_per_year: /),
    });
    expect(await evalFormula('=SPR.CEDREQ({10;20}, {1;"half"})')).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/^share_by_role: /),
    });
  });
});

describe("the Armed policing sheet of the example plan", () => {
  const plan = readPlan(fs.readFileSync(path.join(__dirname, "..", "examples", "avon-and-somerset-2026-27.json"), "utf8"));
  const ap = layoutWorkbook(plan, STAMP).models.find((m) => m.name === "Armed policing")!;
  const valueOf = (label: string) => {
    const row = ap.cells.find((c) => c.col === 0 && c.value === label)!.row;
    return ap.cells.find((c) => c.row === row && c.col === 1)!;
  };

  it("shows the queueing answer, the coverage minimum and which one sets the ARVs on duty", () => {
    // 950 × 150 ÷ 525,600 × 1.5 × 1.4 = 0.5693 erlangs → 3 ARVs; 80% of 4,800 km² within 30 minutes at 48 km/h,
    // detour 1.2: r = 20 km, 1,256.6 km² each, 3,840 ÷ 1,256.6 = 3.06 → 4
    expect(valueOf("ARVs the queueing model needs").value).toBe(3);
    expect(valueOf("ARVs the coverage minimum needs")).toMatchObject({ value: 4, formula: expect.stringMatching(/^SPR\.ARVCOVER\(/) });
    expect(valueOf("Which sets the ARVs on duty").value).toBe("coverage");
    expect(valueOf("ARVs that must be on duty").value).toBe(4);
  });

  it("compares ARV officers with ARV officers, with the rest of the establishment beside them", () => {
    // 130 AFOs less 58 specialist, 16 advisers and commanders, 12 instructors = 44 ARV officers
    expect(valueOf("AFOs on the establishment (all roles)").value).toBe(130);
    expect(valueOf("  of whom: specialist roles (SFO, CTSFO, MASTS)").value).toBe(58);
    expect(valueOf("AFOs in ARV roles")).toMatchObject({ value: 44, formula: expect.stringMatching(/^SPR\.ARVAFOS\(/) });
    // 44 × 6,038 ÷ 6,651 deployable
    expect(valueOf("Deployable ARV officers available").value).toBeCloseTo((44 * 6038) / 6651, 9);
    expect(valueOf("Shortfall in deployable ARV officers (positive = short)").formula).toMatch(
      /^SPR\.AFOGAP\(.*,Inputs!\$C\$\d+:\$C\$\d+\)$/,
    );
  });

  it("says when the plan does not give the other roles", () => {
    const whole = layoutWorkbook({ ...plan, armedPolicing: { ...plan.armedPolicing!, otherRoles: undefined } }, STAMP).models.find(
      (m) => m.name === "Armed policing",
    )!;
    const row = whole.cells.find((c) => c.value === "AFOs in ARV roles")!.row;
    expect(whole.cells.find((c) => c.row === row && c.col === 3)!.value).toMatch(/^Whole establishment: the plan does not say/);
    expect(whole.cells.find((c) => c.row === row && c.col === 1)!.value).toBe(130);
  });
});
