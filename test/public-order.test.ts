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
    expect(await evalFormula('=SPR.UNITSTAFF("PSU", SPR.STANDARD("PSU_NATIONAL_EW", {"PSU_NATIONAL_EW",310}))')).toEqual({ value: [[310, 930, 5580, 930, 7750]] });
    expect(await evalFormula('=SPR.CHECKUNIT("PSU", {1,3,20,3}, {"Key","Value";"PSU_CONSTABLES",20})')).toEqual({ value: "OK" });
  });

  it("turns an event calendar into a peak PSU demand and a mobilisation tier", async () => {
    // PSUs per event: 45,000 HIGH → 45; 12,000 LOW → 2; 800 MEDIUM → 1
    expect(await evalFormula('=SPR.EVENTPSUS({45000;12000;800}, {"HIGH";"LOW";"MEDIUM"})')).toEqual({ value: [[45], [2], [1]] });
    // 12:00–18:00 (4), 18:00–24:00 (6) and 16:00–20:00 (3): 4 + 3 from 16:00 to 18:00, then 6 + 3 from 18:00 → 9
    expect(await evalFormula("=SPR.PEAKCONCURRENT({45000.5;45000.75;45000.6666666667}, {45000.75;45001;45000.8333333333}, {4;6;3})")).toEqual({ value: 9 });
    expect(await evalFormula("=SPR.MUTUALAID(9, 4, 3)")).toEqual({ value: [[3, 4, 3, 2]] });
  });

  it("answers bad input with #VALUE! and a message naming the argument", async () => {
    expect(await evalFormula('=SPR.UNITSTAFF("PSUs", 2)')).toEqual({ error: "#VALUE!", message: 'unit: expected one of "PSU", "BDU", "AEP", got the text "PSUs"' });
    expect(await evalFormula('=SPR.UNITCAPACITY("BDU", {1,3,-18})')).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^trained_by_role: expected a whole number ≥ 0/) });
    expect(await evalFormula("=SPR.PEAKCONCURRENT({2;1}, {1;3}, 1)")).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^ends: expected each end after its start/) });
    expect(await evalFormula("=SPR.PEAKCONCURRENT({1;2;3}, {2;3}, 1)")).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^ends: expected as many cells as starts \(3\), got 2$/) });
    expect(await evalFormula('=SPR.PSUGAP(3, {1,3,18,3}, , {"PSU_CONSTABLS",20})')).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^overrides: no SPR standard "PSU_CONSTABLS" \(row 1\)/) });
  });

  it("lifts PSUGAP over a column of required units, one answer each", async () => {
    // 4 PSUs fieldable from 5, 14, 80, 12 trained
    expect(await evalFormula("=SPR.PSUGAP({2;4;6}, {5,14,80,12})")).toEqual({ value: [[-2], [0], [2]] });
  });
});
