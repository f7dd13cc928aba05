import { message } from "../../test/helpers/thrown";
import { aidCharge, employCost, eventCost, gapCost, pay, payScales, s22Years, staffCost, unitCost } from "./costs";
import { s22Table } from "./section22";

describe("the cost functions", () => {
  it("EMPLOYCOST takes the defaults, the force's own rates, and names a bad argument", () => {
    expect(employCost(48231)).toBe(71982.35);
    // the force's own 31% pension: 48,231 + 14,951.61 + 6,484.65 + 241.155 = 69,908.415 → 69,908.42
    expect(employCost(48231, 0.31)).toBe(69908.42);
    expect(employCost(48231, null, null, null, 0)).toBe(71741.19);
    expect(message(() => employCost("48k"))).toBe('salary: expected a number ≥ 0, got the text "48k"');
    expect(message(() => employCost(null))).toMatch(/^salary: is required/);
    expect(message(() => employCost(1000, 1.2))).toBe("pension_rate: expected a number ≥ 0 and ≤ 1, got 1.2");
  });

  it("PAY reads the table forgivingly and refuses what it does not hold", () => {
    expect(pay("Constable")).toBe(50256);
    expect(pay("sergeant")).toBe(56208);
    // 65,703 (1 September 2023) × 1.0475 → 68,823 × 1.042 → 71,715, each to the nearest £3
    expect(pay("chief inspector", 2)).toBe(71715);
    expect(pay("Chief Superintendent")).toBe(115785);
    expect(message(() => pay("PC"))).toMatch(/^rank: expected one of "constable", "sergeant"/);
    expect(message(() => pay("inspector", 1.5))).toBe("point: expected a whole number ≥ 0, got 1.5");
    expect(message(() => pay("constable", 5))).toMatch(
      /^point: constable pay point 5 could not be read from a public source.*Annex F to the Police Regulations 2003/,
    );
    expect(message(() => pay("superintendent", 2))).toMatch(/^point: the superintendent pay point numbers could not be confirmed/);
    const table = payScales();
    expect(table[0]).toEqual(["Rank", "Pay point", "Basic pay (£ a year)", "Effective from", "Basis", "Source"]);
    expect(table.every((r) => r.every((c) => c !== null && c !== undefined))).toBe(true);
  });

  it("STAFFCOST and UNITCOST price officers by group, one salary or one per group", () => {
    expect(staffCost([[10], [2]], [[48231], [63198]])).toBe(908928.66);
    expect(staffCost([[10, 2]], [[48231]])).toBe(863788.2);
    expect(message(() => staffCost([[10, 2]], [[1, 2, 3]]))).toBe(
      "salaries: expected one value per item of officers (2) or a single value, got 3",
    );
    // a PSU: 1 inspector (94,552.58), 3 sergeants at 50,000 (50,000 + 17,650 + 6,750 + 250 = 74,650), 21 constables (18 + 3 drivers) at 71,982.35
    // 94,552.58 + 223,950 + 1,511,629.35 = 1,830,131.93
    expect(unitCost("PSU", 1, [[63198], [50000], [48231], [48231]])).toBe(1830131.93);
    expect(message(() => unitCost("PSU", 1, [[1, 2]]))).toMatch(
      /^salaries_by_role: expected one value per item of the unit's roles: inspectors, sergeants/,
    );
  });

  it("GAPCOST returns one-off and recurring, with each area's course defaults", () => {
    expect(gapCost("AFO", 3, 70000)).toEqual([[49160.92, 210000]]);
    // PSU defaults: 17 × (2,000 + 1,000 + 5 × 71,982.35 ÷ 261) = 17 × 4,378.9722 = 74,442.53
    expect(gapCost("psu", 17, 71982.35)).toEqual([[74442.53, 1223699.95]]);
    // a gap of −2 (a surplus) costs nothing; 2 PSUs of 25 at £70,000: 50 × (2,000 + 1,000 + 5 × 70,000 ÷ 261) = 50 × 4,340.996… = 217,049.81
    expect(gapCost("PSU", -2, 70000)).toEqual([[0, 0]]);
    expect(gapCost("PSU", 2, 70000, null, null, null, 25)).toEqual([[217049.81, 3500000]]);
    expect(message(() => gapCost("ARV", 1, 1))).toMatch(/^area: expected one of "PSU", "AFO", "SOC"/);
  });

  it("EVENTCOST and AIDCHARGE take duties per group or one for all", () => {
    expect(eventCost([[2], [10]], [[8]], [[30], [25]], [["normal"], ["overtime"]])).toBe(3146.67);
    expect(eventCost([[20]], [[10]], [[24]], [["public holiday"]])).toBe(9600);
    expect(eventCost([[20]], [[10]], [[24]])).toBe(4800);
    expect(message(() => eventCost([[1]], [[1]], [[1]], [["night"]]))).toMatch(
      /^duty: expected one of "normal", "overtime", "rest day", "public holiday"/,
    );
    expect(aidCharge([[2], [10]], [[8]], [[30], [25]], "spontaneous", [["normal"], ["rest day"]], 120.5)).toBe(3120.5);
    expect(aidCharge([[2], [10]], [[8]], [[30], [25]], null, [["normal"], ["overtime"]], 1200)).toBe(4346.67);
  });

  it("S22YEARS' first column is S22TABLE's total column", () => {
    const years = s22Years(
      [[1], [1], [2]],
      [[100, 50]],
      [
        [0.042, 0.042],
        [0.02, 0.02],
      ],
    );
    expect(years.map((r) => r[0])).toEqual(s22Table([[1], [1], [2]], [[100, 50]]).map((r) => r[2]));
    expect(message(() => s22Years([[1]], [[100]], [[2]]))).toMatch(/^rates: expected a number > -1 and ≤ 1/);
  });
});
