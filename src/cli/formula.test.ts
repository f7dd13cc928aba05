import { FormulaSyntaxError, parseFormula } from "./formula";

describe("parseFormula", () => {
  it("reads the leading = and SPR. prefix as optional, names case-insensitively", () => {
    expect(parseFormula('=SPR.STANDARD("PSU_NATIONAL_EW")')).toEqual({ kind: "call", name: "STANDARD", args: ["PSU_NATIONAL_EW"] });
    expect(parseFormula("spr.standards()")).toEqual({ kind: "call", name: "STANDARDS", args: [] });
    expect(parseFormula(" allocate ( 10 , {1;1;1} ) ").name).toBe("ALLOCATE");
  });

  it("reads array constants as Excel does: commas separate columns, semicolons rows", () => {
    expect(parseFormula("=X({1,2,3})").args[0]).toEqual([[1, 2, 3]]);
    expect(parseFormula("=X({1;2;3})").args[0]).toEqual([[1], [2], [3]]);
    expect(parseFormula("=X({1,2;3,4})").args[0]).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(parseFormula('=X({"a",TRUE;-1.5,2e3})').args[0]).toEqual([
      ["a", true],
      [-1.5, 2000],
    ]);
  });

  it("reads omitted arguments as null", () => {
    expect(parseFormula("=SPR.X(1,,3)").args).toEqual([1, null, 3]);
    expect(parseFormula("=SPR.X(1,)").args).toEqual([1, null]);
    expect(parseFormula("=SPR.X(,2)").args).toEqual([null, 2]);
  });

  it("reads numbers, percentages, text with doubled quotes and booleans", () => {
    expect(parseFormula('=X(-2.5, 10%, .5, "say ""hi""", true, FALSE)').args).toEqual([-2.5, 0.1, 0.5, 'say "hi"', true, false]);
  });

  it("reads nested SPR calls", () => {
    expect(parseFormula('=SPR.ALLOCATE(SPR.STANDARD("PSU_NATIONAL_EW"), {1;2})').args[0]).toEqual({
      kind: "call",
      name: "STANDARD",
      args: ["PSU_NATIONAL_EW"],
    });
  });

  it("refuses what Excel would refuse, saying where", () => {
    expect(() => parseFormula("=SPR.X(1")).toThrow(FormulaSyntaxError);
    expect(() => parseFormula("=SPR.X({1,2;3})")).toThrow(/same number of values/);
    expect(() => parseFormula('=SPR.X("open')).toThrow(/unterminated text/);
    expect(() => parseFormula("=SPR.X(A1)")).toThrow(/not a value/);
    expect(() => parseFormula("=SPR.X(1) + 2")).toThrow(/after the formula/);
    expect(() => parseFormula("=SPR.X({1,})")).toThrow(/array constants hold only/);
  });

  it("holds Excel's limits on a formula: 64 nested functions and 8,192 characters, and any run of signs", () => {
    const nested = (n: number) => "=" + "SPR.X(".repeat(n) + "1" + ")".repeat(n);
    expect(() => parseFormula(nested(64))).not.toThrow();
    expect(() => parseFormula(nested(65))).toThrow(/more than 64 functions nested in one another \(Excel's limit\)/);
    expect(() => parseFormula(nested(5000))).toThrow(/the formula has 35,002 characters; Excel allows at most 8,192/);
    expect(parseFormula("=SPR.X(" + "-".repeat(8000) + "1)").args).toEqual([1]);
    expect(parseFormula("=SPR.X(-+-1)").args).toEqual([1]);
    expect(parseFormula("=SPR.X(--+-2)").args).toEqual([-2]);
  });
});
