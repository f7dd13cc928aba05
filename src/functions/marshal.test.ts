import { thrown } from "../../test/helpers/thrown";
import { SprError } from "../core/errors";
import { cell } from "./marshal";

describe("cell(): the marshalling layer", () => {
  it("turns an engine error into the matching Excel error, message kept", () => {
    const e = thrown(() =>
      cell(() => {
        throw new SprError("#VALUE!", "servers: expected a whole number ≥ 1, got 0");
      }),
    );
    expect(e).toBeInstanceOf((globalThis as unknown as { CustomFunctions: { Error: new () => Error } }).CustomFunctions.Error);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("servers: expected a whole number ≥ 1, got 0");
  });

  it("turns a bug into #VALUE! with a plain message, never an unhandled exception or the engine's own words", () => {
    const e = thrown(() => cell(() => (null as unknown as { x: number }).x));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^the add-in could not compute this result/);
    expect(e.message).not.toMatch(/internal|null|undefined|property/i);
    const deep = (n: number): number => (n === 0 ? 0 : 1 + deep(n - 1));
    expect(thrown(() => cell(() => deep(1e7))).message).not.toMatch(/call stack/i);
  });

  it("never lets NaN, Infinity, undefined or a ragged range reach a cell; a message that Excel shows comes with each", () => {
    // Excel drops a custom message given with #NUM! (Microsoft: "Handle and return errors from your custom function"),
    // so a result that is not a finite number is #VALUE! with a message.
    expect(thrown(() => cell(() => NaN)).code).toBe("#VALUE!");
    expect(thrown(() => cell(() => [[1, Infinity]])).code).toBe("#VALUE!");
    // Excel's largest number is 9.99999999999999E+307 (Microsoft, "Excel specifications and limits"); 1E308 is a double
    expect(cell(() => -9.99999999999999e307)).toBe(-9.99999999999999e307);
    expect(thrown(() => cell(() => 1e308)).message).toBe(
      "the result is larger than a cell holds (9.99999999999999E+307): use smaller arguments",
    );
    expect(thrown(() => cell(() => [[1, 2], [3]])).code).toBe("#VALUE!");
    expect(thrown(() => cell(() => [])).code).toBe("#N/A");
    expect(cell(() => undefined)).toBe("");
  });

  it("shows a blank inside a range as empty text, not a silent 0", () => {
    expect(cell(() => [[1, null]])).toEqual([[1, ""]]);
  });

  it("refuses a range larger than a worksheet (1,048,576 rows by 16,384 columns) with the limit in the message", () => {
    expect(cell(() => [new Array(16_384).fill(1)])[0]).toHaveLength(16_384);
    const wide = thrown(() => cell(() => [new Array(16_385).fill(1)]));
    expect(wide.code).toBe("#VALUE!");
    expect(wide.message).toBe("the result has 16,385 columns; a worksheet holds at most 16,384: use fewer items");
    const tall = Array.from({ length: 1_048_577 }, () => [1]);
    expect(thrown(() => cell(() => tall)).message).toBe(
      "the result has 1,048,577 rows; a worksheet holds at most 1,048,576: use fewer items",
    );
    expect(cell(() => tall.slice(1))).toHaveLength(1_048_576);
  });
});
