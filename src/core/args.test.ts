import { SprError } from "./errors";
import {
  choice,
  isOmitted,
  maybeChoice,
  maybeNumber,
  maybeText,
  maybeTextGrid,
  numberGrid,
  numberList,
  optionalBoolean,
  optionalNumber,
  optionalNumberGrid,
  pairShape,
  present,
  requiredNumber,
  requiredText,
  sameShape,
  textGrid,
} from "./args";
import { elementwise } from "./elementwise";

function failure(f: () => unknown): SprError {
  try {
    f();
  } catch (e) {
    if (e instanceof SprError) return e;
    throw e;
  }
  throw new Error("expected an SprError");
}

describe("argument readers", () => {
  it("read numbers and refuse text, blanks, booleans, NaN and infinity with the argument's name", () => {
    expect(requiredNumber("count", 3, { integer: true, min: 0 })).toBe(3);
    expect(requiredNumber("count", [[4]])).toBe(4);
    expect(Object.is(requiredNumber("x", -0), 0)).toBe(true);
    expect(failure(() => requiredNumber("count", "3")).message).toBe('count: expected a number, got the text "3"');
    expect(failure(() => requiredNumber("count", null)).message).toBe("count: is required: expected a number");
    expect(failure(() => requiredNumber("count", true)).message).toBe("count: expected a number, got TRUE");
    expect(failure(() => requiredNumber("count", NaN)).code).toBe("#VALUE!");
    expect(failure(() => requiredNumber("count", Infinity)).code).toBe("#VALUE!");
    expect(failure(() => requiredNumber("count", 2.5, { integer: true, min: 0 })).message).toBe(
      "count: expected a whole number ≥ 0, got 2.5",
    );
    expect(failure(() => requiredNumber("p", 1, { min: 0, above: true, max: 1, below: true })).message).toBe(
      "p: expected a number > 0 and < 1, got 1",
    );
    expect(failure(() => requiredNumber("x", [[1, 2]])).message).toBe("x: expected a single value, got a 1×2 range");
  });

  it("apply defaults only to blanks", () => {
    expect(optionalNumber("unit", null, 1)).toBe(1);
    expect(optionalNumber("unit", undefined, 1)).toBe(1);
    expect(optionalNumber("unit", "", 1)).toBe(1);
    expect(optionalNumber("unit", 0.01, 1)).toBe(0.01);
    expect(optionalBoolean("show_headers", null, true)).toBe(true);
    expect(optionalBoolean("show_headers", false, true)).toBe(false);
    expect(failure(() => optionalBoolean("show_headers", "yes", true)).message).toMatch(/^show_headers: expected TRUE or FALSE/);
  });

  it("read text and choices case-insensitively", () => {
    expect(requiredText("key", "  psu ")).toBe("psu");
    expect(choice("unit", "psu", ["PSU", "BDU", "AEP"] as const)).toBe("PSU");
    expect(failure(() => choice("unit", "XYZ", ["PSU", "BDU"] as const)).message).toBe(
      'unit: expected one of "PSU", "BDU", got the text "XYZ"',
    );
  });

  it("read ranges, keeping shape, and point at the bad cell", () => {
    expect(
      numberGrid("w", [
        [1, 2],
        [3, 4],
      ]),
    ).toEqual({ values: [1, 2, 3, 4], rows: 2, cols: 2 });
    expect(numberGrid("w", 5)).toEqual({ values: [5], rows: 1, cols: 1 });
    expect(failure(() => numberGrid("weights", [[1], ["a"], [3]])).message).toBe(
      'weights: expected a number in every cell, got the text "a" (item 2)',
    );
    expect(
      failure(() =>
        numberGrid("weights", [
          [1, 2],
          [3, null],
        ]),
      ).message,
    ).toBe("weights: expected a number in every cell, got a blank (row 2, column 2)");
    expect(failure(() => numberGrid("weights", [])).message).toBe("weights: expected a range, got an empty one");
    expect(failure(() => numberGrid("weights", [[1, 2], [3]])).message).toMatch(/rows of different lengths/);
    expect(optionalNumberGrid("minimums", null)).toBeNull();
    expect(optionalNumberGrid("minimums", [[null], [""]])).toBeNull();
    expect(
      failure(() =>
        numberList("w", [
          [1, 2],
          [3, 4],
        ]),
      ).message,
    ).toBe("w: expected a single row or column, got a 2×2 range");
    expect(textGrid("ids", [["74.1", null, 3]]).values).toEqual(["74.1", "", "3"]);
  });

  it("compare shapes, allowing a row against a column of the same length", () => {
    const col = { values: [1, 2, 3], rows: 3, cols: 1 };
    expect(() => sameShape("a", col, "b", { values: [1, 2, 3], rows: 1, cols: 3 })).not.toThrow();
    expect(failure(() => sameShape("weights", col, "minimums", { values: [1, 2], rows: 2, cols: 1 })).message).toBe(
      "minimums: expected the same shape as weights (3×1), got 2×1",
    );
  });

  it("count an argument as omitted when it is left out, blank, empty text or a wholly blank range, and only then", () => {
    for (const v of [
      null,
      undefined,
      "",
      [[null]],
      [[""]],
      [
        [null, ""],
        ["", null],
      ],
    ])
      expect(isOmitted(v)).toBe(true);
    for (const v of [0, " ", false, "0", [[null, 0]], [[""], ["x"]]]) expect(isOmitted(v)).toBe(false);
  });

  it("read an optional argument with no default as undefined when omitted, and by its rule otherwise", () => {
    expect([null, "", [[""]]].map((v) => maybeNumber("unit", v, { min: 0, above: true }))).toEqual([undefined, undefined, undefined]);
    expect(maybeNumber("unit", 0.5, { min: 0, above: true })).toBe(0.5);
    expect(failure(() => maybeNumber("unit", 0, { min: 0, above: true })).message).toBe("unit: expected a number > 0, got 0");
    expect(maybeText("group", "")).toBeUndefined();
    expect(maybeText("group", " ERSOU ")).toBe("ERSOU");
    expect(maybeChoice("tier", [[""]], ["force", "regional"] as const)).toBeUndefined();
    expect(maybeChoice("tier", "REGIONAL", ["force", "regional"] as const)).toBe("regional");
    expect(maybeTextGrid("labels", [[null], [""]])).toBeUndefined();
    expect(maybeTextGrid("labels", [[null], ["b"]])?.values).toEqual(["", "b"]);
    expect(optionalNumber("trials", [[""]], 10000)).toBe(10000);
    expect(optionalBoolean("show_headers", "", true)).toBe(true);
    expect(choice("kind", [[null]], ["ROCU", "REGION"] as const, "ROCU")).toBe("ROCU");
  });

  it("refuse a required argument that is omitted, naming it", () => {
    expect(failure(() => present("ids", [[null], [""]], "capability ids")).message).toBe("ids: is required: expected capability ids");
    expect(present("ids", [["74.1"], [null]], "capability ids")).toEqual([["74.1"], [null]]);
  });

  it("pair ranges by one rule: the same shape, lists of the same length, or (where allowed) a single value", () => {
    const col = { values: [12, 8], rows: 2, cols: 1 };
    const row = { values: [9, 10], rows: 1, cols: 2 };
    const one = { values: [5], rows: 1, cols: 1 };
    const block = { values: [1, 2, 3, 4], rows: 2, cols: 2 };
    expect(pairShape("required", col, "available", row)).toEqual(col);
    expect(pairShape("required", one, "available", row, true)).toEqual(row);
    expect(failure(() => pairShape("required", block, "available", { values: [1, 2, 3, 4], rows: 1, cols: 4 }, true)).message).toBe(
      "available: expected the same shape as required (2×2) or a single value, got 1×4",
    );
    expect(failure(() => pairShape("a", col, "b", one)).message).toBe("b: expected the same shape as a (2×1), got 1×1");
    // 12 − 9 = 3 and 8 − 10 = −2, in the column's shape; 5 − 9 = −4 and 5 − 10 = −5, in the row's.
    expect(elementwise("required", col, "available", row, (a, b) => a - b)).toEqual([[3], [-2]]);
    expect(elementwise("required", one, "available", row, (a, b) => a - b)).toEqual([[-4, -5]]);
  });
});
