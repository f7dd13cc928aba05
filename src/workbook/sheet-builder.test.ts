import { allocate, gap } from "../functions/planning";
import { SheetBuilder, refText } from "./sheet-builder";

describe("a function returning a range, written once as a dynamic array", () => {
  it("puts the call in the anchor, the cached values in the cells it spills into, and refers to it whole with #", () => {
    const s = new SheetBuilder("Section 22");
    const total = s.put(0, 0, 10);
    const weights = s.block(1, 0, [[1], [1], [1]]);
    s.table("SprLines", 0, 1, ["Share"], 3);
    // 10 over three equal weights by largest remainder: 4, 3, 3 (the earlier position wins the tie)
    const shares = s.formulaBlock(1, 1, allocate, { total, weights });
    expect(shares.values).toEqual([[4], [3], [3]]);
    expect(refText(shares)).toBe("'Section 22'!$B$2#");
    // a part of the spill is an ordinary reference
    expect(refText({ ...shares, rows: 1, values: [[4]] })).toBe("'Section 22'!$B$2");
    const net = s.formulaBlock(1, 2, gap, { required: weights, available: shares });
    const m = s.build();
    const at = (r: number, c: number) => m.cells.find((x) => x.row === r && x.col === c)!;
    expect(at(1, 1)).toMatchObject({
      formula: "SPR.ALLOCATE('Section 22'!$A$1,'Section 22'!$A$2:$A$4)",
      spill: { rows: 3, cols: 1 },
      value: 4,
    });
    expect(at(2, 1)).toEqual({ row: 2, col: 1, value: 3, spilledFrom: { row: 1, col: 1 } });
    expect(at(2, 1).formula).toBeUndefined();
    expect(at(1, 2).formula).toBe("SPR.GAP('Section 22'!$A$2:$A$4,'Section 22'!$B$2#)");
    // 1 − 4, 1 − 3, 1 − 3
    expect(net.values).toEqual([[-3], [-2], [-2]]);
    // the table the spill lies in is kept as a plain range (Excel refuses spills in tables)
    expect(m.tables).toEqual([{ name: "SprLines", row: 0, col: 1, columns: ["Share"], rows: 3, plainRange: true }]);
  });

  it("spills header rows above the block and leaves columns out through CHOOSECOLS, still one call", () => {
    const s = new SheetBuilder("S");
    const weights = s.block(0, 0, [[1], [3]]);
    // GAP over a 2×1 block against 0: the block itself; skipRows 1 makes its first row a header above row 5
    const shown = s.formulaBlock(5, 2, gap, { required: weights, available: 0 }, { skipRows: 1 });
    expect(shown).toMatchObject({ row: 5, rows: 1, values: [[3]] });
    const m = s.build();
    expect(m.cells.find((c) => c.row === 4 && c.col === 2)).toMatchObject({
      formula: "SPR.GAP(S!$A$1:$A$2,0)",
      spill: { rows: 2, cols: 1 },
      style: "header",
    });
    const t = new SheetBuilder("T");
    const grid = t.block(0, 0, [[1, 2, 3]]);
    const two = t.formulaBlock(2, 0, gap, { required: grid, available: 0 }, { omitCols: [1] });
    expect(two.values).toEqual([[1, 3]]);
    expect(t.build().cells.find((c) => c.row === 2 && c.col === 0)!.formula).toBe("CHOOSECOLS(SPR.GAP(T!$A$1:$C$1,0),1,3)");
  });

  it("keeps a spill whole: a table's header over a spilled header row leaves it, a value written over it is refused", () => {
    const s = new SheetBuilder("S");
    const weights = s.block(0, 0, [[1], [3]]);
    // the block is laid out first and the table over it after (the Capabilities and roll-up sheets do this)
    s.formulaBlock(5, 2, gap, { required: weights, available: 0 }, { skipRows: 1 });
    s.table("SprGap", 4, 2, ["Gap"], 1);
    const m = s.build();
    expect(m.cells.find((c) => c.row === 4 && c.col === 2)).toMatchObject({
      formula: "SPR.GAP(S!$A$1:$A$2,0)",
      spill: { rows: 2, cols: 1 },
    });
    expect(() => s.put(5, 2, "over")).toThrow("S!C6 lies in a dynamic array; write around it");
    expect(() => s.put(4, 2, "over")).toThrow("S!C5 lies in a dynamic array");
  });

  it("writes one figure of a range result as INDEX(call,1,c), not as a one-cell dynamic array", () => {
    const s = new SheetBuilder("S");
    const weights = s.block(0, 0, [[1, 5]]);
    // GAP of {1,5} against 0 is {1,5}: the second column alone
    const one = s.formulaBlock(3, 0, gap, { required: weights, available: 0 }, { omitCols: [0] });
    expect(one.values).toEqual([[5]]);
    const c = s.build().cells.find((x) => x.row === 3 && x.col === 0)!;
    expect(c).toEqual({ row: 3, col: 0, value: 5, formula: "INDEX(SPR.GAP(S!$A$1:$B$1,0),1,2)" });
  });

  it("takes a range-returning function called for one value as INDEX(…,1,1), so Excel 365 shows no @", () => {
    const s = new SheetBuilder("S");
    const a = s.put(0, 0, 5);
    const b = s.put(0, 1, 3);
    s.formula(0, 2, gap, { required: a, available: b });
    expect(s.build().cells.find((c) => c.col === 2)).toMatchObject({ formula: "INDEX(SPR.GAP(S!$A$1,S!$B$1),1,1)", value: 2 });
  });
});

describe("arguments placed by parameter name", () => {
  it("puts each argument where the function's metadata names it, whatever order the layout lists them in", () => {
    const s = new SheetBuilder("S");
    const a = s.put(0, 0, 5);
    const b = s.put(0, 1, 3);
    // GAP(required, available): 5 − 3 = 2, however the layout orders the names
    expect(s.formula(1, 0, gap, { available: b, required: a }).values).toEqual([[2]]);
    expect(s.build().cells.find((c) => c.row === 1)!.formula).toBe("INDEX(SPR.GAP(S!$A$1,S!$B$1),1,1)");
  });

  it("refuses a name the function does not have, naming its parameters", () => {
    const s = new SheetBuilder("S");
    expect(() => s.formula(0, 0, gap, { required: 1, availble: 2 })).toThrow(
      "SPR.GAP has no parameter availble; its parameters are required, available",
    );
  });
});

describe("totals of money", () => {
  it("are exact to the penny: =ROUND(SUM(…),2), cached as the exact sum, where a float sum leaves a residue", () => {
    const s = new SheetBuilder("Costs");
    // 0.1 + 0.2 is 0.30000000000000004 in doubles; £0.10 + £0.20 is £0.30
    const a = s.put(0, 0, 0.1, { format: "money" });
    const b = s.put(1, 0, 0.2, { format: "money" });
    const total = s.arithmetic(2, 0, "SUM", [a, b], { format: "money" });
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(total.values[0][0]).toBe(0.3);
    // three budget lines: £817,516.42 + £162,037.43 + £84,226.60 = £1,063,780.45 (the float sum is 1063780.4500000002)
    const lines = [817516.42, 162037.43, 84226.6].map((v, r) => s.put(r, 1, v, { format: "money" }));
    expect(817516.42 + 162037.43 + 84226.6).not.toBe(1063780.45);
    expect(s.arithmetic(3, 1, "SUM", lines, { format: "money" }).values[0][0]).toBe(1063780.45);
    // a total of other figures stays a plain SUM
    const fte = s.arithmetic(4, 0, "SUM", [a, b], { format: "fte" });
    const cells = s.build().cells;
    expect(cells.find((c) => c.row === 2 && c.col === 0)!.formula).toBe("ROUND(SUM(Costs!$A$1,Costs!$A$2),2)");
    expect(cells.find((c) => c.row === 4 && c.col === 0)!.formula).toBe("SUM(Costs!$A$1,Costs!$A$2)");
    expect(fte.values[0][0]).toBe(0.1 + 0.2);
  });
});
