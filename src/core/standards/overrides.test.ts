import { standardValue } from "./registry";
import { readOverrides } from "./overrides";

describe("the override table of revised SPR figures (footnote 61)", () => {
  it("reads key/value rows, skipping a header row and blank rows, keys in any case", () => {
    const o = readOverrides("overrides", [
      ["Key", "Value"],
      ["psu_national_ew", 310],
      [null, null],
      ["AEP_TEAMS_NATIONAL", 20],
    ]);
    expect([...o]).toEqual([
      ["PSU_NATIONAL_EW", 310],
      ["AEP_TEAMS_NATIONAL", 20],
    ]);
    expect(standardValue("PSU_NATIONAL_EW", o)).toBe(310);
    expect(standardValue("PSU_LONDON", o)).toBe(75);
  });

  it("is empty when omitted or wholly blank", () => {
    expect(readOverrides("overrides", null).size).toBe(0);
    expect(
      readOverrides("overrides", [
        [null, null],
        ["", ""],
      ]).size,
    ).toBe(0);
  });

  it("refuses a table it cannot trust, naming the argument and the row", () => {
    expect(() => readOverrides("overrides", [["PSU_NATIONAL_EW", 310, 1]])).toThrow(
      /^overrides: expected a table of two columns \(key, value\), got a 1×3 range$/,
    );
    expect(() =>
      readOverrides("overrides", [
        ["PSU_NATIONAL_EW", 310],
        ["PSU_NATIONL", 1],
      ]),
    ).toThrow(/^overrides: no SPR standard "PSU_NATIONL" \(row 2\); nearest keys: .*PSU_NATIONAL_EW/);
    expect(() => readOverrides("overrides", [["PSU_LONDON", -1]])).toThrow(
      /^overrides: expected a number ≥ 0 for PSU_LONDON, got -1 \(row 1\)$/,
    );
    expect(() =>
      readOverrides("overrides", [
        ["PSU_LONDON", 70],
        ["PSU_LONDON", "eighty"],
      ]),
    ).toThrow(/^overrides: expected a number ≥ 0 for PSU_LONDON, got the text "eighty" \(row 2\)$/);
    // a first row with a real key is never taken for a header, so a text figure there is refused, not skipped
    expect(() => readOverrides("overrides", [["PSU_LONDON", "80"]])).toThrow(
      /^overrides: expected a number ≥ 0 for PSU_LONDON, got the text "80" \(row 1\)$/,
    );
    expect(() =>
      readOverrides("overrides", [
        ["PSU_LONDON", 70],
        ["psu_london", 80],
      ]),
    ).toThrow(/^overrides: gives PSU_LONDON twice \(rows 1 and 2\)$/);
    expect(() => readOverrides("overrides", [[297, 310]])).toThrow(
      /^overrides: expected a registry key in the first column, got 297 \(row 1\)$/,
    );
  });
});
