// SOC capacity and the capability register through `spr eval`, as a user types them.
import { evalFormula } from "./helpers/registry";

describe("SOC demand through spr eval", () => {
  it("bands scores against the force's cut-offs, one band per score for a range", async () => {
    expect(await evalFormula("=SPR.PBAND({5;10;20;40;90},{10,20,40})")).toEqual({ value: [[4], [3], [2], [1], [1]] });
  });

  it("answers the planner's SOC question for a force with OCGs in every band", async () => {
    // 2, 5, 8, 12 OCGs × 3,000, 1,200, 400, 100 h = 6,000 + 6,000 + 3,200 + 1,200 h; force owns 0, ½, 1, 1 of them:
    // force 7,400 h, ROCU 9,000 h; at 1,600 h per FTE 4.625 + 5.625 = 10.25 FTE
    expect(await evalFormula("=SPR.SOCREQ({2,5,8,12},{3000,1200,400,100},{0,0.5,1,1},1600)")).toEqual({ value: [[4.625, 5.625, 10.25]] });
    // the other volumes through WORKLOADFTE with the registry's illustrative hours: 120 × 20 + 40 × 35 + 15 × 250 = 7,550 h ÷ 1,510
    expect(await evalFormula("=SPR.WORKLOADFTE({120;40;15},{20;35;250},1510)")).toEqual({ value: 5 });
    expect(await evalFormula('=SPR.ASSUMPTION("CYBER_INCIDENT_HOURS")')).toEqual({ value: 35 });
    expect(await evalFormula("=SPR.LROREQ(10)")).toEqual({ value: 4 });
  });

  it("answers bad input with #VALUE! naming the argument and what is allowed", async () => {
    expect(await evalFormula("=SPR.PBAND(25,{40,20,10})")).toEqual({
      error: "#VALUE!",
      message: "thresholds: expected 3 cut-off scores in strictly ascending order, got 40, 20, 10",
    });
    expect(await evalFormula("=SPR.SOCREQ({2,5,8,12},{3000,1200,400,100},{0,1.5,1,1})")).toEqual({
      error: "#VALUE!",
      message: "force_share_by_band: expected a number ≥ 0 and ≤ 1 in every cell, got 1.5 (item 2)",
    });
    expect(await evalFormula("=SPR.LROREQ(-1)")).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^mapped_ocgs: /) });
  });
});

describe("the capability register through spr eval", () => {
  it("spills the register filtered by threat and tier", async () => {
    const r = await evalFormula('=SPR.CAPABILITIES("SOC","national")');
    expect("value" in r && (r.value as unknown[][]).map((row) => row[0])).toEqual(["ID", "75.11", "75.12"]);
  });

  it("checks a force's statuses and names unknown ids and statuses", async () => {
    const r = await evalFormula('=SPR.CAPABILITYCHECK({"74.3";"74.4";"117c"},{"partial";"absent";"in force"})');
    expect(r).toEqual({
      value: [
        ["ID", "Capability", "Status", "SPR paragraph", "Note", "RAG"],
        ["74.3", "SOC operational capability", "partial", "74.3; 67", "Partly in place", "AMBER"],
        ["74.4", "SOC disruption and Lead Responsible Officers", "absent", "74.4", "Not in place", "RED"],
      ],
    });
    expect(await evalFormula('=SPR.CAPABILITYCHECK({"74.3";"74.8"},{"partial";"absent"})')).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/^ids: no SPR capability "74.8" \(item 2\); nearest ids: /),
    });
    expect(await evalFormula('=SPR.CAPABILITYCHECK({"74.3"},{"done"})')).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/^statuses: expected one of "in force", "via collaboration", "via ROCU", "partial", "absent"/),
    });
  });

  it("summarises per threat", async () => {
    const r = await evalFormula('=SPR.CAPABILITYSUMMARY({"74.3";"74.4"},{"in force";"in force"})');
    expect("value" in r && (r.value as unknown[][])[3]).toEqual(["SOC", 20, 2, 0, 0, 0, 18, "AMBER"]);
  });

  it('shows "via ROCU" for a force capability (paragraph 74) as AMBER unless the reliance is recorded', async () => {
    // 74.3 is a force capability: via ROCU with no reliance is AMBER; 75.2 is the ROCU's own: via ROCU is met
    const r = await evalFormula('=SPR.CAPABILITYCHECK({"74.3";"75.2"},{"via ROCU";"via ROCU"})');
    expect("value" in r && (r.value as unknown[][]).slice(1).map((row) => [row[0], row[2], row[5]])).toEqual([
      ["74.3", "via ROCU", "AMBER"],
    ]);
    const agreed = await evalFormula('=SPR.CAPABILITYCHECK({"74.3";"75.2"},{"via ROCU";"via ROCU"},{"S22A agreement 2026";""})');
    expect("value" in agreed && (agreed.value as unknown[][])[1]).toEqual([
      "",
      "All 2 capabilities listed are met",
      "met",
      "",
      "",
      "GREEN",
    ]);
    // SOC: 20 in register; 74.3 via ROCU unrecorded (1), 75.2 met (1), 18 not assessed
    const sum = await evalFormula('=SPR.CAPABILITYSUMMARY({"74.3";"75.2"},{"via ROCU";"via ROCU"})');
    expect("value" in sum && (sum.value as unknown[][])[3]).toEqual(["SOC", 20, 1, 1, 0, 0, 18, "AMBER"]);
  });
});
