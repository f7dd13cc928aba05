import { message } from "../../test/helpers/thrown";
import {
  aepGap,
  bduGap,
  checkUnit,
  eventPsus,
  mutualAid,
  peakConcurrent,
  psuGap,
  psuReq,
  unitCapacity,
  unitGap,
  unitGapDetail,
  unitStaff,
} from "./public-order";
import { standard } from "./reference";

const DAY = 45000;

describe("SPR.UNITSTAFF", () => {
  it("gives officers by role then the total, as one row", () => {
    // 297 PSUs × (1, 3, 18, 3) = 297, 891, 5,346, 891; 297 × 25 = 7,425
    expect(unitStaff("PSU", 297)).toEqual([[297, 891, 5346, 891, 7425]]);
    expect(unitStaff("bdu", 234)).toEqual([[234, 702, 4212, 5148]]);
    // 18 AEP teams × (1, 1, 4) = 18, 18, 72; 108
    expect(unitStaff("AEP", 18, null, null)).toEqual([[18, 18, 72, 108]]);
  });

  it("adds role headings on request and applies trained_per_post", () => {
    expect(unitStaff("AEP", 2, 3, true)).toEqual([
      ["AEP commanders", "Drivers", "Officers", "Total"],
      [6, 6, 24, 36], // 2 teams × (1, 1, 4) × 3
    ]);
  });

  it("plans against revised figures from an override table", () => {
    expect(unitStaff("PSU", 2, null, null, [["PSU_CONSTABLES", 20]])).toEqual([[2, 6, 40, 6, 54]]);
  });

  it("names the argument that is wrong", () => {
    expect(message(() => unitStaff("PSV", 1))).toMatch(/^unit_type: expected one of "PSU", "BDU", "AEP", got the text "PSV"$/);
    expect(message(() => unitStaff("PSU", 2.5))).toMatch(/^count: expected a whole number ≥ 0, got 2.5$/);
    expect(message(() => unitStaff("PSU", -1))).toMatch(/^count: expected a whole number ≥ 0, got -1$/);
    expect(message(() => unitStaff("PSU", 1, 0.5))).toMatch(/^trained_per_post: expected a number ≥ 1, got 0.5$/);
    expect(message(() => unitStaff("PSU", 1, 1, "yes"))).toMatch(/^show_headers: expected TRUE or FALSE/);
    expect(message(() => unitStaff("PSU", 1, 1, false, [["PSU_SERGEANTS", 2.5]]))).toMatch(
      /^overrides: expected a whole number ≥ 0 of officers for PSU_SERGEANTS, got 2.5$/,
    );
  });
});

describe("SPR.UNITCAPACITY, UNITGAP and the fixed-unit gaps", () => {
  // inspectors 5, sergeants 14 (4 PSUs' worth), constables 80 (4), drivers 12 (4): 4 PSUs
  const TRAINED = [[5, 14, 80, 12]];

  it("fields the units the scarcest role allows and gives required minus that", () => {
    expect(unitCapacity("PSU", TRAINED)).toBe(4);
    expect(unitGap("PSU", 6, TRAINED)).toBe(2);
    expect(unitGap("PSU", 3, TRAINED)).toBe(-1);
    expect(psuGap(6, [[5], [14], [80], [12]])).toBe(2); // a column works as well as a row
    // 22 BDUs' level 3 officers: 22, 66, 396 → 22 BDUs; 24 required → 2 short
    expect(bduGap(24, [[22, 66, 396]])).toBe(2);
    // 4 AEP teams need 4, 4, 16; with 2 trained per post, 8, 8, 32 field 4
    expect(aepGap(4, [[8, 8, 32]], 2)).toBe(0);
  });

  it("names the argument that is wrong", () => {
    expect(message(() => unitCapacity("PSU", [[5, 14, 80]]))).toMatch(
      /^trained_by_role: expected 4 numbers, one per role \(inspectors, sergeants, constables \(level 2\), drivers\), got 3$/,
    );
    expect(message(() => unitCapacity("PSU", [[5, 14, 80.5, 12]]))).toMatch(
      /^trained_by_role: expected a whole number ≥ 0 in every cell, got 80.5 \(item 3\)$/,
    );
    expect(
      message(() =>
        unitCapacity("PSU", [
          [5, 14],
          [80, 12],
        ]),
      ),
    ).toMatch(/^trained_by_role: expected a single row or column, got a 2×2 range$/);
    expect(message(() => unitGap("PSU", -2, TRAINED))).toMatch(/^required_units: expected a whole number ≥ 0, got -2$/);
    expect(message(() => psuGap(1.5, TRAINED))).toMatch(/^required_units: expected a whole number ≥ 0, got 1.5$/);
    expect(message(() => aepGap(1, [[1, 1, 4, 0]]))).toMatch(
      /^trained_by_role: expected 3 numbers, one per role \(operational AEP commanders, drivers, officers\), got 4$/,
    );
  });
});

describe("SPR.UNITGAPDETAIL", () => {
  it("spills a header, one row per role and a total", () => {
    const t = unitGapDetail("PSU", 6, [[5, 14, 80, 12]]);
    expect(t).toHaveLength(6);
    expect(t[5]).toEqual(["Total", 25, 150, 111, 39, 4, ""]);
  });
});

describe("SPR.EVENTPSUS", () => {
  it("spills one answer per event from the default or the force's table", () => {
    expect(eventPsus([[45000], [12000], [800]], [["HIGH"], ["LOW"], ["medium"]])).toEqual([[45], [2], [1]]);
    // 30,000 at "C" with 1,500 per PSU: 20
    expect(
      eventPsus(
        [[30000]],
        [["C"]],
        [
          ["A", 10000],
          ["B", 5000],
          ["C", 1500],
        ],
      ),
    ).toEqual([[20]]);
  });

  it("names the argument that is wrong", () => {
    expect(message(() => eventPsus([[-5]], [["LOW"]]))).toMatch(/^attendance: expected a number ≥ 0 in every cell, got -5$/);
    expect(message(() => eventPsus([[1], [2]], [["LOW"], ["SEVERE"]]))).toMatch(
      /^risk: expected one of "LOW", "MEDIUM", "HIGH" \(the levels of crowd_per_psu\), got the text "SEVERE" \(item 2\)$/,
    );
    expect(message(() => eventPsus([[1], [2], [3]], [["LOW"], ["LOW"]]))).toMatch(
      /^risk: expected the same shape as attendance \(3×1\) or a single value, got 2×1$/,
    );
  });
});

describe("SPR.PEAKCONCURRENT", () => {
  it("gives the peak total demand of overlapping events", () => {
    // 10:00–16:00 (5), 14:00–18:00 (8), 15:00–20:00 (2): all three 15:00–16:00 → 15
    expect(
      peakConcurrent(
        [[DAY + 10 / 24], [DAY + 14 / 24], [DAY + 15 / 24]],
        [[DAY + 16 / 24], [DAY + 18 / 24], [DAY + 20 / 24]],
        [[5], [8], [2]],
      ),
    ).toBe(15);
  });

  it("refuses an end before its start and lists of different lengths", () => {
    expect(message(() => peakConcurrent([[DAY + 1]], [[DAY]], [[3]]))).toMatch(/^ends: expected each end after its start/);
    expect(message(() => peakConcurrent([[DAY], [DAY]], [[DAY + 1]], [[3]]))).toMatch(
      /^ends: expected as many cells as starts \(2\), got 1$/,
    );
  });
});

describe("SPR.PSUREQ and SPR.MUTUALAID", () => {
  it("combine the national share and the local peak by policy", () => {
    expect(psuReq(11, 6)).toBe(11);
    expect(psuReq(11, 6, "SUM")).toBe(17);
    expect(message(() => psuReq(11, 6, "average"))).toMatch(/^policy: expected one of "max", "sum", got the text "average"$/);
    expect(message(() => psuReq(10.5, 6))).toMatch(/^national_share: expected a whole number ≥ 0, got 10.5$/);
    expect(message(() => psuReq(10, -6))).toMatch(/^local_peak: expected a whole number ≥ 0, got -6$/);
  });

  it("gives the tier and the units from force, region and nation as one row", () => {
    expect(mutualAid(20, 12, 5)).toEqual([[3, 12, 5, 3]]);
    expect(message(() => mutualAid(20, 12.5, 5))).toMatch(/^local_capacity: expected a whole number ≥ 0, got 12.5$/);
    expect(message(() => mutualAid(20, 12, null))).toMatch(/^regional_spare: is required/);
  });
});

describe("SPR.CHECKUNIT", () => {
  it("says OK or how the unit departs", () => {
    expect(checkUnit("PSU", [[1, 3, 18, 3]])).toBe("OK");
    expect(checkUnit("BDU", [[1, 3, 17]])).toMatch(
      /^Departs from SPR paragraph 122b: .*17 constables \(level 3\) \(1 too few\), 21 in all\.$/,
    );
    expect(message(() => checkUnit("BDU", [[1, 3, 18, 3]]))).toMatch(/^composition: expected 3 numbers, one per role/);
    expect(message(() => checkUnit("BDU", [[1, 3, -18]]))).toMatch(
      /^composition: expected a whole number ≥ 0 in every cell, got -18 \(item 3\)$/,
    );
  });
});

describe("SPR.STANDARD with an override table (footnote 61)", () => {
  it("gives the revised figure for a listed key and the SPR's for any other", () => {
    expect(standard("PSU_NATIONAL_EW")).toBe(297);
    expect(standard("PSU_NATIONAL_EW", [["PSU_NATIONAL_EW", 310]])).toBe(310);
    expect(standard("PSU_LONDON", [["PSU_NATIONAL_EW", 310]])).toBe(75);
    expect(message(() => standard("PSU_LONDON", [["PSU_LONDON", -1]]))).toMatch(
      /^overrides: expected a number ≥ 0 for PSU_LONDON, got -1 \(row 1\)$/,
    );
  });
});
