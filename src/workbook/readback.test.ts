// The plan read back through the cell-reader interface the pane and the CLI share, here over the in-memory workbook.
import * as fs from "fs";
import * as path from "path";
import { readPlan } from "../plan/validate";
import { layoutWorkbook } from "./build";
import { MemoryCellReader } from "./cells";
import { MemoryWorkbook } from "./memory-adapter";
import { CellValue } from "./model";
import { readPlanBack } from "./readback";

const ROOT = path.resolve(__dirname, "..", "..");
const FILE = path.join(ROOT, "examples", "dorset-2026-27.json");
const STAMP = { builtAt: "2026-11-29T12:00:00.000Z", planDigest: "0".repeat(64), planSource: "test" };

async function built(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.writeSheets(layoutWorkbook(readPlan(fs.readFileSync(FILE, "utf8")), STAMP).models);
  return wb;
}

/** Sets the value beside the label `label` (Inputs column B → C, Assumptions column A → B), as a user would. */
function edit(wb: MemoryWorkbook, sheet: string, label: string, value: CellValue): string {
  const m = wb.model(sheet)!;
  const labelCell = m.cells.find((c) => c.value === label)!;
  const target = m.cells.find((c) => c.row === labelCell.row && c.col === labelCell.col + 1)!;
  target.value = value;
  return `${sheet}!${String.fromCharCode(65 + target.col)}${target.row + 1}`;
}

describe("reading the plan back through a CellReader", () => {
  it("gives the very plan the workbook was built from", async () => {
    const read = await readPlanBack(new MemoryCellReader(await built()));
    expect(read).toEqual({ ok: true, plan: JSON.parse(fs.readFileSync(FILE, "utf8")) });
  });

  it("carries an edited input and an edited assumption into the plan, and leaves defaults out", async () => {
    const wb = await built();
    edit(wb, "Inputs", "Firearms incidents a year (APSTRA)", 1234);
    edit(wb, "Assumptions", "TRAINING_DAYS", 12);
    const read = await readPlanBack(new MemoryCellReader(wb));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const original = JSON.parse(fs.readFileSync(FILE, "utf8"));
    expect(read.plan.armedPolicing!.incidentsPerYear).toBe(1234);
    // Dorset's plan sets no assumption: the edited one joins, the others (at their defaults) stay out
    expect(original.assumptions).toBeUndefined();
    expect(read.plan.assumptions).toEqual({ TRAINING_DAYS: 12 });
    expect({ ...read.plan, assumptions: undefined, armedPolicing: { ...read.plan.armedPolicing, incidentsPerYear: 950 } }).toEqual({
      ...original,
      assumptions: undefined,
      armedPolicing: { ...original.armedPolicing, incidentsPerYear: 950 },
    });
  });

  it("reports each refused cell by sheet and address with the plan field it holds", async () => {
    const wb = await built();
    const at = edit(wb, "Inputs", "AFOs on the establishment (all roles)", "lots");
    const blank = edit(wb, "Inputs", "Mean minutes an ARV is committed to an incident", "");
    const read = await readPlanBack(new MemoryCellReader(wb));
    expect(read.ok).toBe(false);
    const problems = read.ok ? [] : read.problems;
    expect(problems.map((p) => [p.at, p.path])).toEqual([
      [blank, "armedPolicing.meanMinutes"],
      [at, "armedPolicing.afosAvailable"],
    ]);
  });

  it("finds each input by its row's labels after a user inserted or deleted rows above it, and refuses one it cannot find", async () => {
    const wb = await built();
    const inputs = wb.model("Inputs")!;
    // two rows inserted above the inputs, at row 5: everything from there moves down
    inputs.cells = inputs.cells.map((c) => (c.row >= 5 ? { ...c, row: c.row + 2 } : c));
    const at = edit(wb, "Inputs", "AFOs on the establishment (all roles)", "lots");
    const read = await readPlanBack(new MemoryCellReader(wb));
    // the refused cell is named where it is now
    expect(read.ok ? [] : read.problems.map((p) => [p.at, p.path])).toEqual([[at, "armedPolicing.afosAvailable"]]);
    edit(wb, "Inputs", "AFOs on the establishment (all roles)", 80);
    const moved = await readPlanBack(new MemoryCellReader(wb));
    expect(moved.ok && moved.plan.armedPolicing!.afosAvailable).toBe(80);
    // a row whose labels were overwritten cannot be found: refused, never read from a neighbour
    inputs.cells.find((c) => c.value === "AFOs on the establishment (all roles)")!.value = "AFOs";
    const lost = await readPlanBack(new MemoryCellReader(wb));
    expect(lost.ok ? [] : lost.problems.map((p) => [p.path, p.message])).toEqual([
      [
        "armedPolicing.afosAvailable",
        'no single row of the Inputs sheet holds "Armed policing", "AFOs on the establishment (all roles)" any more, so its value cannot be found',
      ],
    ]);
  });

  it("says the workbook holds no plan when its Audit sheet is missing or has no plan rows", async () => {
    const none = await readPlanBack(new MemoryCellReader(new MemoryWorkbook()));
    expect(none).toEqual({ ok: false, problems: [{ message: expect.stringMatching(/^the workbook holds no plan to read back/) }] });
    const wb = await built();
    const audit = wb.model("Audit")!;
    audit.cells = audit.cells.filter((c) => c.value !== "Plan cells (JSON)");
    expect((await readPlanBack(new MemoryCellReader(wb))).ok).toBe(false);
  });

  it("names a sheet the map points to that the workbook no longer has", async () => {
    const wb = await built();
    wb.sheets.delete("Assumptions");
    expect(await readPlanBack(new MemoryCellReader(wb))).toEqual({
      ok: false,
      problems: [{ message: expect.stringMatching(/^the workbook has no sheet "Assumptions" to read assumptions\./) }],
    });
  });
});
