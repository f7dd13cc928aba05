// Planning under uncertainty through the command line, as a planner would type it: `spr eval '=SPR.ARVREQP(...)' --json`.
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
    const a = await evalFormula("=SPR.SOCREQP({2;8;15;20},{4;11;23;31},{8;16;30;45},{3000;1200;400;100},{0.3;0.6;0.9;1},{0.5,0.9},,,20000,77)");
    const b = await evalFormula("=SPR.SOCREQP({2;8;15;20},{4;11;23;31},{8;16;30;45},{3000;1200;400;100},{0.3;0.6;0.9;1},{0.5,0.9},,,20000,77)");
    expect(a).toEqual(b);
  });

  it("gives the exact inverses", async () => {
    expect(await evalFormula("=SPR.TRIANGULARP(0, 5, 10, 0.125)")).toEqual({ value: 2.5 });
    expect(await evalFormula("=SPR.POISSONP(1000, 0.975)")).toEqual({ value: 1062 });
  });

  it("answers bad input with #VALUE! naming the argument", async () => {
    expect(await evalFormula("=SPR.ARVREQP(1300, 950, 800, 150, 0.9)")).toEqual({ error: "#VALUE!", message: "incidents_high: expected a number ≥ incidents_low (1300), got 800" });
    expect(await evalFormula("=SPR.ARVREQP(800, 950, 1300, 150, 90)")).toEqual({ error: "#VALUE!", message: "percentile: expected a fraction from 0 to 1 (0.9 for P90), got 90" });
    expect(await evalFormula("=SPR.ARVREQP(800, 950, 1300, 150, 0.9, , , 500000)")).toEqual({ error: "#VALUE!", message: "trials: expected a whole number from 1 to 100,000 (the most one call runs), got 500000" });
    expect(await evalFormula("=SPR.POISSONP(-4, 0.5)")).toEqual({ error: "#VALUE!", message: "mean: expected a number ≥ 0, got -4" });
    expect(await evalFormula('=SPR.SIMULATE("NORMAL", {-1, 2})')).toEqual({ error: "#VALUE!", message: "parameters: expected a mean ≥ 0 (the normal is truncated at zero), got -1" });
  });
});
