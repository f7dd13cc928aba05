// The Public order sheet shows how the force's national shares are derived (issue 13): SPR.NATIONALSHARE formulas over
// the force and the 120a reading, used when the plan gives no agreed figure and shown beside it when it does.
import * as fs from "fs";
import * as path from "path";
import { readPlan } from "../src/plan/validate";
import { layoutWorkbook } from "../src/workbook/build";
import { CellModel } from "../src/workbook/model";

const ROOT = path.resolve(__dirname, "..");
const example = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", "avon-and-somerset-2026-27.json"), "utf8"));
const STAMP = { builtAt: "2026-11-29T12:00:00Z", planDigest: "0", planSource: "test" };

function publicOrder(edit: (p: typeof example) => void): CellModel[] {
  const plan = JSON.parse(JSON.stringify(example));
  delete plan.uncertainty;
  edit(plan);
  return layoutWorkbook(readPlan(JSON.stringify(plan)), STAMP).models.find((m) => m.name === "Public order")!.cells;
}

function rowOf(cells: CellModel[], label: string): CellModel[] {
  const at = cells.find((c) => c.col === 0 && c.value === label)!;
  return cells.filter((c) => c.row === at.row).sort((a, b) => a.col - b.col);
}

describe("the Public order sheet's national shares", () => {
  it("derive Avon & Somerset's 9 PSUs and 5 BDUs with SPR.NATIONALSHARE, naming the reading of 120a", () => {
    // 297 × 2,676.09 ÷ 91,996.14695 = 8.639 → 9 (a leftover PSU); 234 × 2,676.09 ÷ 123,170.86 = 5.084 → 5
    const cells = publicOrder((p) => {
      delete p.publicOrder.nationalPsuShare;
      delete p.publicOrder.requiredBdus;
    });
    const psu = rowOf(cells, "PSUs: the force's share of the national requirement, derived");
    expect(psu[1].value).toBe(9);
    expect(psu[1].formula).toMatch(/^SPR\.NATIONALSHARE\(Inputs!\$C\$\d+,"PSU",,Assumptions!\$B\$\d+\)$/);
    expect(psu[3].value).toMatch(/assumption PSU_297_EXCLUDES_LONDON = 1/);
    const bdu = rowOf(cells, "BDUs: the force's share of the national requirement, derived");
    expect(bdu[1].value).toBe(5);
    // with no agreed figure, the requirement uses the derived share
    const share = rowOf(cells, "Share of the national PSU requirement");
    expect(share[1].value).toBe(9);
    expect(share[1].formula).toBe(`'Public order'!$B$${psu[1].row + 1}`);
  });

  it("use the plan's agreed share where it gives one, with the derived share still shown", () => {
    const cells = publicOrder(() => undefined); // the example agrees 7
    expect(rowOf(cells, "Share of the national PSU requirement")[1].value).toBe(7);
    expect(rowOf(cells, "PSUs: the force's share of the national requirement, derived")[1].value).toBe(9);
  });
});
