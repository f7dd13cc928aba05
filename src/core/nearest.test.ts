import { FORCES } from "./forces/forces-data";
import { findForce } from "./forces/forces";
import { editDistance, nearest } from "./nearest";

describe("nearest", () => {
  it("counts edits by hand: kitten → sitting is 3, manchster → manchester is 1", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("manchster", "manchester")).toBe(1);
  });

  it("compares without regard to case and returns candidates as given", () => {
    expect(nearest("greater manchster", ["city of london", "greater manchester", "north wales"], 1)).toEqual(["greater manchester"]);
    expect(nearest("ANNUAL_LEAVE_DAY", ["WEEKLY_HOURS", "ANNUAL_LEAVE_DAYS"], 1)).toEqual(["ANNUAL_LEAVE_DAYS"]);
    expect(nearest("annual_leave_dys", ["WEEKLY_HOURS", "ANNUAL_LEAVE_DAYS"], 1)).toEqual(["ANNUAL_LEAVE_DAYS"]);
  });

  // Misspellings a planner really types (issue 13): the force meant comes first.
  it.each([
    ["Greater Manchster", "Greater Manchester"],
    ["Merseside", "Merseyside"],
    ["West Yorkshre", "West Yorkshire"],
    ["Leicstershire", "Leicestershire"],
    ["Northumbira", "Northumbria"],
    ["Hertfordshrie", "Hertfordshire"],
    ["Glocestershire", "Gloucestershire"],
    ["Nottinghamshite", "Nottinghamshire"],
  ])("suggests %s → %s first", (typed, meant) => {
    expect(() => findForce(typed)).toThrow(new RegExp(`nearest: ${meant}(,|$)`));
  });

  it("puts the force first when its name is typed without its last letter", () => {
    for (const f of FORCES) {
      const slip = f.force.slice(0, -1); // the last letter dropped
      let first: string;
      try {
        findForce(slip);
        continue; // still resolves (e.g. an alias)
      } catch (e) {
        first = /nearest: ([^,]+)/.exec((e as Error).message)![1];
      }
      expect(first).toBe(f.force);
    }
  });
});
