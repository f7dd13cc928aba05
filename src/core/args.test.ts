import { SprError } from "./errors";
import { choice, numberGrid, numberList, optionalBoolean, optionalNumber, optionalNumberGrid, requiredNumber, requiredText, sameShape, textGrid } from "./args";

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
    expect(failure(() => requiredNumber("count", 2.5, { integer: true, min: 0 })).message).toBe("count: expected a whole number ≥ 0, got 2.5");
    expect(failure(() => requiredNumber("p", 1, { min: 0, above: true, max: 1, below: true })).message).toBe("p: expected a number > 0 and < 1, got 1");
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
    expect(failure(() => choice("unit", "XYZ", ["PSU", "BDU"] as const)).message).toBe('unit: expected one of "PSU", "BDU", got the text "XYZ"');
  });

  it("read ranges, keeping shape, and point at the bad cell", () => {
    expect(numberGrid("w", [[1, 2], [3, 4]])).toEqual({ values: [1, 2, 3, 4], rows: 2, cols: 2 });
    expect(numberGrid("w", 5)).toEqual({ values: [5], rows: 1, cols: 1 });
    expect(failure(() => numberGrid("weights", [[1], ["a"], [3]])).message).toBe('weights: expected a number in every cell, got the text "a" (item 2)');
    expect(failure(() => numberGrid("weights", [[1, 2], [3, null]])).message).toBe("weights: expected a number in every cell, got a blank (row 2, column 2)");
    expect(failure(() => numberGrid("weights", [])).message).toBe("weights: expected a range, got an empty one");
    expect(failure(() => numberGrid("weights", [[1, 2], [3]])).message).toMatch(/rows of different lengths/);
    expect(optionalNumberGrid("minimums", null)).toBeNull();
    expect(optionalNumberGrid("minimums", [[null], [""]])).toBeNull();
    expect(failure(() => numberList("w", [[1, 2], [3, 4]])).message).toBe("w: expected a single row or column, got a 2×2 range");
    expect(textGrid("ids", [["74.1", null, 3]]).values).toEqual(["74.1", "", "3"]);
  });

  it("compare shapes, allowing a row against a column of the same length", () => {
    const col = { values: [1, 2, 3], rows: 3, cols: 1 };
    expect(() => sameShape("a", col, "b", { values: [1, 2, 3], rows: 1, cols: 3 })).not.toThrow();
    expect(failure(() => sameShape("weights", col, "minimums", { values: [1, 2], rows: 2, cols: 1 })).message).toBe("minimums: expected the same shape as weights (3×1), got 2×1");
  });
});
