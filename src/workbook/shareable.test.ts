// The shareable copy as a function over the built sheets: what `spr build --shareable` writes and the pane will too.
import { allocate, gap } from "../functions/planning";
import { SHEETS } from "./layout/context";
import { SheetModel } from "./model";
import { shareableBanner, shareableModels } from "./shareable";
import { SheetBuilder } from "./sheet-builder";

function sheets(): SheetModel[] {
  const s = new SheetBuilder("Section 22");
  s.title("Section 22", "SWROCU · financial year 2026/27");
  const total = s.put(3, 0, 10);
  const weights = s.block(4, 0, [[1], [1], [1]]);
  // 10 over three equal weights by largest remainder: 4, 3, 3
  const shares = s.formulaBlock(4, 1, allocate, { total, weights });
  s.formula(8, 1, gap, { required: total, available: 4 });
  s.arithmetic(9, 1, "SUM", [total, total]);
  const model = s.build();
  // a native formula over a whole spill, as a planner might write beside it
  model.cells.push({ row: 10, col: 1, value: 10, formula: `SUM(${"'Section 22'!$B$5#"})` });
  const audit = new SheetBuilder("Audit");
  audit.title("Audit", "SWROCU · financial year 2026/27");
  audit.put(3, 1, `=SPR.${"ALLOCATE"} is text here`);
  expect(shares.values).toEqual([[4], [3], [3]]);
  return [model, audit.build()];
}

describe("the shareable copy of the built sheets", () => {
  const at = (m: SheetModel, r: number, c: number) => m.cells.find((x) => x.row === r && x.col === c)!;

  it("replaces every SPR formula and spill by the values shown, keeps native formulas live, and says so on each sheet", () => {
    const [live, audit] = sheets();
    const [copy, auditCopy] = shareableModels([live, audit], { ...SHEETS, audit: "Audit" }, "2026-11-29T12:00:00.000Z");
    expect(at(copy, 4, 1)).toEqual({ row: 4, col: 1, value: 4 });
    expect(at(copy, 5, 1)).toEqual({ row: 5, col: 1, value: 3 });
    expect(at(copy, 6, 1)).toEqual({ row: 6, col: 1, value: 3 });
    // GAP(10, 4) = 6, as a value
    expect(at(copy, 8, 1)).toMatchObject({ value: 6 });
    expect(at(copy, 8, 1).formula).toBeUndefined();
    expect(at(copy, 9, 1)).toMatchObject({ value: 20, formula: "SUM('Section 22'!$A$4,'Section 22'!$A$4)" });
    // the whole spill B5# becomes the range it covered
    expect(at(copy, 10, 1).formula).toBe("SUM('Section 22'!$B$5:$B$7)");
    expect(at(copy, 1, 0).value).toBe(`SWROCU · financial year 2026/27 · ${shareableBanner("2026-11-29T12:00:00.000Z")}`);
    expect(copy.cells.filter((c) => c.spill || c.spilledFrom || /SPR\./.test(c.formula ?? ""))).toEqual([]);
    // the Audit sheet as it was, and the live sheets untouched
    expect(auditCopy).toBe(audit);
    expect(at(live, 4, 1).formula).toBe("SPR.ALLOCATE('Section 22'!$A$4,'Section 22'!$A$5:$A$7)");
    expect(copy.tables).toEqual(live.tables);
  });
});
