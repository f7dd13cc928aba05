// Armed-policing capacity through the command line, as a planner would type it: `spr eval '=SPR.ARVREQ(...)' --json`.
import { evalFormula } from "./helpers/registry";

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
    expect(await evalFormula("=SPR.SERVERSFOR(2, 1)")).toEqual({ error: "#VALUE!", message: "max_wait_prob: expected a number > 0 and < 1, got 1" });
    expect(await evalFormula("=SPR.ARVREQ(-1, 90)")).toEqual({ error: "#VALUE!", message: "incidents_per_year: expected a number ≥ 0, got -1" });
    expect(await evalFormula("=SPR.AFOREQ(2, , 0)")).toEqual({ error: "#VALUE!", message: "productive_hours: expected a number > 0, got 0" });
    expect(await evalFormula("=SPR.ARVREQ(1E12, 1000)")).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^incidents_per_year: /) });
    expect(await evalFormula('=SPR.CEDREQ({10;20}, {1;"half"})')).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^share_by_role: /) });
  });
});
