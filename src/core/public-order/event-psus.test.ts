import { findAssumption } from "../assumptions/registry";
import { defaultCrowdTable, eventPsus, eventPsusOver, findLevel, readCrowdTable } from "./event-psus";

describe("PSUs for an event", () => {
  it("is attendance ÷ people per PSU, rounded up to whole PSUs", () => {
    expect(eventPsus(45000, 1000)).toBe(45); // exactly 45
    expect(eventPsus(12000, 10000)).toBe(2); // 1.2 → 2
    expect(eventPsus(800, 4000)).toBe(1); // any crowd needs at least one
    expect(eventPsus(0, 4000)).toBe(0); // no crowd, no PSU
  });

  it("divides the decimals as typed: 0.3 ÷ 0.1 is 3, not 4", () => {
    expect(eventPsus(0.3, 0.1)).toBe(3);
    expect(eventPsus(4000.5, 4000)).toBe(2);
  });

  it("defaults to the illustrative LOW / MEDIUM / HIGH assumptions, never presented as SPR figures", () => {
    expect(defaultCrowdTable()).toEqual([
      { level: "LOW", perPsu: 10000 },
      { level: "MEDIUM", perPsu: 4000 },
      { level: "HIGH", perPsu: 1000 },
    ]);
    for (const k of ["CROWD_PER_PSU_LOW", "CROWD_PER_PSU_MEDIUM", "CROWD_PER_PSU_HIGH"]) expect(findAssumption(k).illustrative).toBe(true);
  });

  it("reads the force's own table, skipping a header and blank rows, matching levels ignoring case", () => {
    const t = readCrowdTable("crowd_per_psu", [
      ["Risk", "People per PSU"],
      ["Cat A", 12000],
      [null, null],
      ["Cat C", 1500],
      [3, 800],
    ]);
    expect(t).toEqual([
      { level: "Cat A", perPsu: 12000 },
      { level: "Cat C", perPsu: 1500 },
      { level: "3", perPsu: 800 },
    ]);
    expect(findLevel("risk", "cat c", t).perPsu).toBe(1500);
    expect(findLevel("risk", 3, t).perPsu).toBe(800);
  });

  it("refuses a bad table or an unknown level, naming the argument", () => {
    expect(() => readCrowdTable("crowd_per_psu", [["LOW", 1, 2]])).toThrow(
      /^crowd_per_psu: expected a table of two columns \(risk level, people per PSU\), got a 1×3 range$/,
    );
    expect(() => readCrowdTable("crowd_per_psu", [["LOW", 0]])).toThrow(
      /^crowd_per_psu: expected people per PSU \(a number > 0\) for "LOW", got 0 \(row 1\)$/,
    );
    expect(() =>
      readCrowdTable("crowd_per_psu", [
        ["LOW", 5],
        ["low", 6],
      ]),
    ).toThrow(/^crowd_per_psu: gives the risk level "low" twice \(row 2\)$/);
    expect(() => readCrowdTable("crowd_per_psu", [[null, null]])).toThrow(/^crowd_per_psu: expected at least one risk level/);
    expect(() => findLevel("risk", "SEVERE", defaultCrowdTable(), " (item 2)")).toThrow(
      /^risk: expected one of "LOW", "MEDIUM", "HIGH" \(the levels of crowd_per_psu\), got the text "SEVERE" \(item 2\)$/,
    );
  });

  it("spills one answer per event, a single risk level going with every event", () => {
    const att = { values: [45000, 12000, 800], rows: 3, cols: 1 };
    expect(eventPsusOver(att, { values: ["HIGH", "LOW", "MEDIUM"], rows: 3, cols: 1 }, defaultCrowdTable())).toEqual([[45], [2], [1]]);
    // 45000/4000 = 11.25 → 12; 12000/4000 = 3; 800/4000 → 1
    expect(eventPsusOver(att, { values: ["MEDIUM"], rows: 1, cols: 1 }, defaultCrowdTable())).toEqual([[12], [3], [1]]);
    expect(() => eventPsusOver(att, { values: ["LOW", "LOW"], rows: 2, cols: 1 }, defaultCrowdTable())).toThrow(
      /^risk: expected the same shape as attendance \(3×1\) or a single value, got 2×1$/,
    );
  });
});
