// Public-order capacity through `spr eval`, as a planner would type it: worked examples from the SPR's own figures.
import { evalFormula } from "./helpers/registry";

describe("public-order capacity through spr eval", () => {
  it("turns the national PSU requirement into officers by rank (SPR 120a × 122a)", async () => {
    // 297 × (1 inspector, 3 sergeants, 18 constables, 3 drivers) = 297, 891, 5,346, 891; 297 × 25 = 7,425 people
    expect(await evalFormula('=SPR.UNITSTAFF("PSU", SPR.STANDARD("PSU_NATIONAL_EW"))')).toEqual({ value: [[297, 891, 5346, 891, 7425]] });
    // 18 AEP teams (2 per region × 9 regions) × (1, 1, 4) = 18, 18, 72: 108 officers
    expect(await evalFormula('=SPR.UNITSTAFF("AEP", SPR.STANDARD("AEP_TEAMS_NATIONAL"))')).toEqual({ value: [[18, 18, 72, 108]] });
  });

  it("shares the 297 PSUs to a force of a given size with SPR.ALLOCATE (worked by hand)", async () => {
    // Kent, 3,552.5702 officer FTE (31 March 2019), against the other 40 forces outside London, 88,443.57675 FTE
    // (the 43 forces' 123,170.85695 less the Metropolitan Police's 30,435.49, City of London's 739.22 and Kent's):
    // quotas 297 × 3,552.5702 / 91,996.14695 = 11.469 and 285.531 → floors 11 + 285 = 296; the one PSU left goes to
    // the larger remainder (.531), so Kent's share is 11.
    expect(await evalFormula('=SPR.ALLOCATE(SPR.STANDARD("PSU_NATIONAL_EW"), {3552.5702;88443.57675})')).toEqual({ value: [[11], [286]] });
    // …which, with a local peak of 6 PSUs, is the force's requirement under "max", and 17 under "sum"
    expect(await evalFormula("=SPR.PSUREQ(11, 6)")).toEqual({ value: 11 });
    expect(await evalFormula('=SPR.PSUREQ(11, 6, "sum")')).toEqual({ value: 17 });
  });

  it("plans against a revised national figure without a new release (footnote 61)", async () => {
    // 310 PSUs: 310 × (1, 3, 18, 3) = 310, 930, 5,580, 930; 7,750
    expect(await evalFormula('=SPR.UNITSTAFF("PSU", SPR.STANDARD("PSU_NATIONAL_EW", {"PSU_NATIONAL_EW",310}))')).toEqual({
      value: [[310, 930, 5580, 930, 7750]],
    });
    expect(await evalFormula('=SPR.CHECKUNIT("PSU", {1,3,20,3}, {"Key","Value";"PSU_CONSTABLES",20})')).toEqual({ value: "OK" });
  });

  it("turns an event calendar into a peak PSU demand and a mobilisation tier", async () => {
    // PSUs per event: 45,000 HIGH → 45; 12,000 LOW → 2; 800 MEDIUM → 1
    expect(await evalFormula('=SPR.EVENTPSUS({45000;12000;800}, {"HIGH";"LOW";"MEDIUM"})')).toEqual({ value: [[45], [2], [1]] });
    // 12:00–18:00 (4), 18:00–24:00 (6) and 16:00–20:00 (3): 4 + 3 from 16:00 to 18:00, then 6 + 3 from 18:00 → 9
    expect(
      await evalFormula("=SPR.PEAKCONCURRENT({45000.5;45000.75;45000.6666666667}, {45000.75;45001;45000.8333333333}, {4;6;3})"),
    ).toEqual({ value: 9 });
    expect(await evalFormula("=SPR.MUTUALAID(9, 4, 3)")).toEqual({ value: [[3, 4, 3, 2]] });
  });

  it("works through the plan in docs/public-order.md (figures worked by hand there)", async () => {
    // show 12,000 LOW → 2; match 25,000 MEDIUM → 6.25 → 7; protest 3,000 HIGH → 3
    expect(await evalFormula('=SPR.EVENTPSUS({12000;25000;3000}, {"LOW";"MEDIUM";"HIGH"})')).toEqual({ value: [[2], [7], [3]] });
    // 10:00–18:00, 13:00–19:00, 15:00–20:00 on day 45101: all three 15:00–18:00 → 12
    const peak = "SPR.PEAKCONCURRENT({45101.4166666667;45101.5416666667;45101.625}, {45101.75;45101.7916666667;45101.8333333333}, {2;7;3})";
    expect(await evalFormula(`=SPR.PSUREQ(11, ${peak})`)).toEqual({ value: 12 });
    // 12 PSUs at 5.2 per post: 62.4 → 63, 187.2 → 188, 1,123.2 → 1,124, 187.2 → 188; 1,563
    expect(await evalFormula('=SPR.UNITSTAFF("PSU", 12, 5.2)')).toEqual({ value: [[63, 188, 1124, 188, 1563]] });
    // fieldable: 60/5.2 = 11.5, 200/15.6 = 12.8, 1,050/93.6 = 11.2, 150/15.6 = 9.6 → drivers bind at 9; 3 short
    expect(await evalFormula("=SPR.PSUGAP(12, {60,200,1050,150}, 5.2)")).toEqual({ value: 3 });
    const detail = await evalFormula('=SPR.UNITGAPDETAIL("PSU", 12, {60,200,1050,150}, 5.2)');
    expect("value" in detail && detail.value).toEqual([
      ["Role", "Per unit", "Trained required", "Trained available", "Shortfall", "Units fieldable", "Binds"],
      ["Inspectors", 1, 63, 60, 3, 11, false],
      ["Sergeants", 3, 188, 200, 0, 12, false],
      ["Constables (level 2)", 18, 1124, 1050, 74, 11, false],
      ["Drivers", 3, 188, 150, 38, 9, true],
      ["Total", 25, 1563, 1460, 115, 9, ""],
    ]);
    expect(await evalFormula("=SPR.MUTUALAID(12, 9, 2)")).toEqual({ value: [[3, 9, 2, 1]] });
  });

  it("answers bad input with #VALUE! and a message naming the argument", async () => {
    expect(await evalFormula('=SPR.UNITSTAFF("PSUs", 2)')).toEqual({
      error: "#VALUE!",
      message: 'unit_type: expected one of "PSU", "BDU", "AEP", got the text "PSUs"',
    });
    expect(await evalFormula('=SPR.UNITCAPACITY("BDU", {1,3,-18})')).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/^trained_by_role: expected a whole number ≥ 0/),
    });
    expect(await evalFormula("=SPR.PEAKCONCURRENT({2;1}, {1;3}, 1)")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/^ends: expected each end after its start/),
    });
    expect(await evalFormula("=SPR.PEAKCONCURRENT({1;2;3}, {2;3}, 1)")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/^ends: expected as many cells as starts \(3\), got 2$/),
    });
    expect(await evalFormula('=SPR.PSUGAP(3, {1,3,18,3}, , {"PSU_CONSTABLS",20})')).toMatchObject({
      error: "#VALUE!",
      message: expect.stringMatching(/^overrides: no SPR standard "PSU_CONSTABLS" \(row 1\)/),
    });
  });

  it("lifts PSUGAP over a column of required units, one answer each", async () => {
    // 4 PSUs fieldable from 5, 14, 80, 12 trained
    expect(await evalFormula("=SPR.PSUGAP({2;4;6}, {5,14,80,12})")).toEqual({ value: [[-2], [0], [2]] });
  });
});
