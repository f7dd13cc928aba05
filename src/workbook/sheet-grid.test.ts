import fc from "fast-check";
import { CellModel, SheetModel } from "./model";
import { sheetGrid, styleRects, textConstant } from "./sheet-grid";

function sheet(cells: CellModel[]): SheetModel {
  return { name: "S", cells, tables: [], ragRules: [], charts: [], widths: [], freezeRows: 0 };
}

describe("a sheet model as Office.js arrays", () => {
  it("puts formulas, numbers, booleans, prefixed text and blanks in one block from A1", () => {
    const g = sheetGrid(
      sheet([
        { row: 0, col: 0, value: "2026/27" },
        { row: 1, col: 2, value: 3, formula: "SPR.GAP(A1,B1)", format: "count" },
        { row: 2, col: 1, value: true },
        { row: 2, col: 0, value: null },
      ]),
    );
    expect(g.formulas).toEqual([
      ["'2026/27", "", ""],
      ["", "", "=SPR.GAP(A1,B1)"],
      ["", true, ""],
    ]);
    expect(g.numberFormats[1]).toEqual(["General", "General", "#,##0"]);
    expect(textConstant("")).toBe("");
  });

  it("writes a dynamic array as its formula in the anchor cell and leaves the cells it spills into empty for Excel to fill", () => {
    const g = sheetGrid(
      sheet([
        { row: 0, col: 0, value: 4, formula: "SPR.ALLOCATE(10,{1;1;1})", spill: { rows: 3, cols: 1 }, format: "count" },
        { row: 1, col: 0, value: 3, spilledFrom: { row: 0, col: 0 }, format: "count" },
        { row: 2, col: 0, value: 3, spilledFrom: { row: 0, col: 0 }, format: "count" },
      ]),
    );
    expect(g.formulas).toEqual([["=SPR.ALLOCATE(10,{1;1;1})"], [""], [""]]);
    // the spilled cells keep their number format
    expect(g.numberFormats).toEqual([["#,##0"], ["#,##0"], ["#,##0"]]);
  });

  it("cuts the block into row ranges", () => {
    const m = sheet([0, 1, 2, 3, 4].map((r) => ({ row: r, col: 0, value: r })));
    expect(sheetGrid(m, 2, 4).formulas).toEqual([[2], [3]]);
    expect(sheetGrid(m, 4, 99).rows).toBe(1);
  });

  it("gathers a header row and a column of inputs into one rectangle each", () => {
    const cells: CellModel[] = [
      ...[0, 1, 2, 3].map((c) => ({ row: 3, col: c, value: "h", style: "header" as const })),
      ...[4, 5, 6].map((r) => ({ row: r, col: 2, value: 1, style: "input" as const })),
      { row: 9, col: 2, value: 1, style: "input" },
    ];
    const rects = styleRects(sheet(cells));
    expect(rects.get("header")).toEqual([{ row: 3, col: 0, rows: 1, cols: 4 }]);
    expect(rects.get("input")).toEqual([
      { row: 4, col: 2, rows: 3, cols: 1 },
      { row: 9, col: 2, rows: 1, cols: 1 },
    ]);
  });

  it("covers every styled cell exactly once", () => {
    const cell = fc.record({
      row: fc.nat(12),
      col: fc.nat(6),
      style: fc.constantFrom("title" as const, "input" as const, "header" as const),
    });
    fc.assert(
      fc.property(fc.uniqueArray(cell, { selector: (c) => `${c.row},${c.col}` }), (cs) => {
        const rects = styleRects(sheet(cs.map((c) => ({ ...c, value: 1 }))));
        for (const [style, rs] of rects) {
          const covered = rs.flatMap((r) =>
            Array.from({ length: r.rows * r.cols }, (_, k) => `${r.row + Math.floor(k / r.cols)},${r.col + (k % r.cols)}`),
          );
          const want = cs.filter((c) => c.style === style).map((c) => `${c.row},${c.col}`);
          expect(covered.sort()).toEqual(want.sort());
        }
      }),
    );
  });
});
