import fc from "fast-check";
import { message } from "../../test/helpers/thrown";
import { FORCES } from "../core/forces/forces-data";
import { nationalShare } from "./public-order";

const OUTSIDE_LONDON = FORCES.filter((f) => f.region !== "London");

describe("SPR.NATIONALSHARE", () => {
  it("gives Kent 11 of the 297 PSUs over the shipped FTE (worked by hand in docs/public-order.md)", () => {
    // 297 × 3,552.5702 ÷ 91,996.14695 = 11.469: 11 whole PSUs; the remainders hand out the rest elsewhere
    expect(nationalShare("Kent", "PSU")).toBe(11);
    expect(nationalShare("Kent Police", "psu")).toBe(11);
  });

  it("shares London's 75 between the two London forces: Metropolitan Police 73, City of London 2", () => {
    // quotas 75 × 30,435.49 ÷ 31,174.71 = 73.222 and 75 × 739.22 ÷ 31,174.71 = 1.778; floors 73 + 1; the last PSU
    // goes to the larger remainder (City of London's 0.778)
    expect(nationalShare("Metropolitan Police", "PSU")).toBe(73);
    expect(nationalShare("City of London", "PSU")).toBe(2);
  });

  it("reads the 297 as including London's 75 when told to: the 41 forces share 222", () => {
    // Kent: 222 × 3,552.5702 ÷ 91,996.14695 = 8.573 → 9 once the remainders are handed out (worked with exact fractions)
    expect(nationalShare("Kent", "PSU", undefined, false)).toBe(9);
    expect(nationalShare("Metropolitan Police", "PSU", undefined, false)).toBe(73);
  });

  it("shares the 234 BDUs among all 43 forces: Kent 6.749 → 7", () => {
    // 234 × 3,552.5702 ÷ 123,170.86 = 6.749
    expect(nationalShare("Kent", "BDU")).toBe(7);
  });

  it("lets a user's table of force and weight win, with a header row, over the shipped FTE", () => {
    // equal weights: 297 over 41 forces is 7.24 each; 297 − 41 × 7 = 10 forces get 8, in list order on a tie
    const table: unknown[][] = [["Force", "Officer FTE"], ...OUTSIDE_LONDON.map((f) => [f.force, 1])];
    expect(nationalShare("Cleveland", "PSU", table)).toBe(8);
    expect(nationalShare("Wiltshire", "PSU", table)).toBe(7);
  });

  it("adds up to the national figure over every force sharing it, for any weights", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40_000 }), { minLength: 41, maxLength: 41 }), (ws) => {
        const table = OUTSIDE_LONDON.map((f, i) => [f.force, ws[i]]);
        const shares = OUTSIDE_LONDON.map((f) => nationalShare(f.force, "PSU", table));
        expect(shares.reduce((a, b) => a + b, 0)).toBe(297);
      }),
      { numRuns: 20 },
    );
  });

  it("follows a revised national figure (footnote 61)", () => {
    expect(nationalShare("Kent", "PSU", undefined, undefined, [["PSU_NATIONAL_EW", 0]])).toBe(0);
  });

  it("names the argument and what is expected", () => {
    expect(message(() => nationalShare("Kentt", "PSU"))).toMatch(/^force: no force called "Kentt"; nearest: Kent/);
    expect(message(() => nationalShare("Kent", "AEP"))).toBe('unit_type: expected one of "PSU", "BDU", got the text "AEP"');
    expect(message(() => nationalShare("Kent", "PSU", [["Kent", 1]]))).toMatch(
      /^force_weights: expected a weight for every force sharing the figure \(41\); missing Cleveland, Durham, Northumbria, Cheshire, Cumbria and 35 more$/,
    );
    expect(
      message(() =>
        nationalShare("Kent", "PSU", [
          ["Kent", 1],
          ["Kentt", 2],
        ]),
      ),
    ).toMatch(/^force_weights: no force called "Kentt" \(row 2\); nearest: Kent/);
    expect(message(() => nationalShare("Kent", "PSU", [["Kent", -1]]))).toBe(
      "force_weights: expected a number ≥ 0 for Kent, got -1 (row 1)",
    );
    expect(
      message(() =>
        nationalShare(
          "Kent",
          "PSU",
          OUTSIDE_LONDON.map((f) => [f.force, 0]),
        ),
      ),
    ).toMatch(/^force_weights: are all zero/);
    expect(message(() => nationalShare("Kent", "PSU", undefined, "yes"))).toBe(
      'excludes_london: expected TRUE or FALSE, got the text "yes"',
    );
  });
});
