import { thrown } from "../../test/helpers/thrown";
import { overCommit } from "./public-order";

const DAY = 46200;
const H = 1 / 24;

describe("SPR.OVERCOMMIT", () => {
  const starts = [[DAY + 10 * H], [null], [DAY + 14 * H]];
  const ends = [[DAY + 16 * H], [null], [DAY + 18 * H]];

  it("lists each period over capacity with the events by name, skipping blank rows as PEAKCONCURRENT does", () => {
    // 5 + 8 = 13 PSUs from 14:00 to 16:00 against 12
    expect(overCommit(starts, ends, [[5], [null], [8]], 12, [["march"], [null], ["match"]])).toEqual([
      ["From", "To", "Peak demand", "Over capacity by", "Events in force"],
      [DAY + 14 * H, DAY + 16 * H, 13, 1, "march; match"],
    ]);
    expect(overCommit(starts, ends, [[5], [null], [8]], 12)[1][4]).toBe("item 1; item 3");
  });

  it("says when the demand is never over capacity, with the headroom", () => {
    expect(overCommit(starts, ends, [[5], [null], [8]], 13)).toEqual([
      ["From", "To", "Peak demand", "Over capacity by", "Events in force"],
      ["none", "none", 13, 0, "never over capacity"],
    ]);
  });

  it("names the argument that is wrong", () => {
    expect(thrown(() => overCommit(starts, ends, [[5], [null], [8]], "ten"))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^capacity: expected a number ≥ 0/),
    });
    expect(thrown(() => overCommit(starts, ends, [[5], [null], [8]], 12, [["a"], ["b"]]))).toMatchObject({
      code: "#VALUE!",
      message: "names: expected as many cells as starts (3), got 2",
    });
  });
});
