import { thrown } from "../../test/helpers/thrown";
import { SprError } from "../core/errors";
import { cell } from "./marshal";


describe("cell(): the marshalling layer", () => {
  it("turns an engine error into the matching Excel error, message kept", () => {
    const e = thrown(() => cell(() => {
      throw new SprError("#NUM!", "servers: expected a whole number ≥ 1, got 0");
    }));
    expect(e).toBeInstanceOf((globalThis as unknown as { CustomFunctions: { Error: new () => Error } }).CustomFunctions.Error);
    expect(e.code).toBe("#NUM!");
    expect(e.message).toBe("servers: expected a whole number ≥ 1, got 0");
  });

  it("turns a bug into #VALUE! with a message, never an unhandled exception", () => {
    const e = thrown(() => cell(() => (null as unknown as { x: number }).x));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^internal error: /);
  });

  it("never lets NaN, Infinity, undefined or a ragged range reach a cell", () => {
    expect(thrown(() => cell(() => NaN)).code).toBe("#NUM!");
    expect(thrown(() => cell(() => [[1, Infinity]])).code).toBe("#NUM!");
    expect(thrown(() => cell(() => [[1, 2], [3]])).code).toBe("#VALUE!");
    expect(thrown(() => cell(() => [])).code).toBe("#N/A");
    expect(cell(() => undefined)).toBe("");
  });

  it("shows a blank inside a range as empty text, not a silent 0", () => {
    expect(cell(() => [[1, null]])).toEqual([[1, ""]]);
  });
});
