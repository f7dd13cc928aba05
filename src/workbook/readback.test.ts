// The plan read back through the cell-reader interface the pane and the CLI share, here over the in-memory workbook.
import * as fs from "fs";
import * as path from "path";
import { findAssumption } from "../core/assumptions/registry";
import { Plan } from "../plan/plan";
import { readPlan } from "../plan/validate";
import { layoutWorkbook } from "./build";
import { MemoryCellReader } from "./cells";
import { MemoryWorkbook } from "./memory-adapter";
import { CellValue } from "./model";
import { problemText, readPlanBack } from "./readback";

const ROOT = path.resolve(__dirname, "..", "..");
const FILE = path.join(ROOT, "examples", "dorset-2026-27.json");
const STAMP = { builtAt: "2026-11-29T12:00:00.000Z", planDigest: "0".repeat(64), planSource: "test" };

async function built(plan: Plan = readPlan(fs.readFileSync(FILE, "utf8"))): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.writeSheets(layoutWorkbook(plan, STAMP).models);
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

  it("trusts no path in the Audit sheet's maps that is not a field of the plan (a crafted workbook writes nowhere else)", async () => {
    for (const [label, crafted] of [
      ["Plan cells (JSON)", ["__proto__.polluted", "Inputs", 4, 2, ["Armed policing", "x"]]],
      [
        "Plan lists (JSON)",
        {
          path: "constructor.prototype",
          sheet: "SOC",
          row: 5,
          col: 0,
          rows: 1,
          fields: [{ field: "", col: 0 }],
          headers: ["x"],
          above: null,
          end: null,
        },
      ],
    ] as const) {
      const wb = await built();
      const cell = wb
        .model("Audit")!
        .cells.find((c) => c.row === wb.model("Audit")!.cells.find((l) => l.value === label)!.row && c.col === 1)!;
      cell.value = JSON.stringify([...JSON.parse(cell.value as string), crafted]);
      const read = await readPlanBack(new MemoryCellReader(wb));
      expect(read).toEqual({ ok: false, problems: [{ message: expect.stringMatching(/^the workbook holds no plan to read back/) }] });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
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

/** Excel's serial number for a UTC date and time: days since 30 December 1899 (serial 25,569 is 1 January 1970). */
const serial = (y: number, m: number, d: number, h = 0, mi = 0) => Date.UTC(y, m - 1, d, h, mi) / 86_400_000 + 25_569;

/** A sheet's cells as a user edits them: set a value at (row, col) from 0, or remove/insert whole rows. */
function sheetOf(wb: MemoryWorkbook, name: string) {
  const m = wb.model(name)!;
  const at = (row: number, col: number) => m.cells.find((c) => c.row === row && c.col === col);
  return {
    /** The row (from 0) of the cell holding `text` in column `col`. */
    rowOf: (text: string, col = 0) => m.cells.find((c) => c.col === col && c.value === text)!.row,
    value: (row: number, col: number) => at(row, col)?.value ?? null,
    set(row: number, col: number, value: CellValue) {
      const c = at(row, col);
      if (c) Object.assign(c, { value, formula: undefined, spill: undefined, spilledFrom: undefined });
      else m.cells.push({ row, col, value });
    },
    deleteRow(row: number) {
      m.cells = m.cells.filter((c) => c.row !== row).map((c) => (c.row > row ? { ...c, row: c.row - 1 } : c));
    },
    insertRows(row: number, n: number) {
      m.cells = m.cells.map((c) => (c.row >= row ? { ...c, row: c.row + n } : c));
    },
  };
}

describe("reading the plan's lists back from their tables", () => {
  const original = () => JSON.parse(fs.readFileSync(FILE, "utf8"));

  it("reads an edited event, an event added below the table and a capability row deleted", async () => {
    const wb = await built();
    const po = sheetOf(wb, "Public order");
    const first = po.rowOf("Weymouth beach weekend");
    po.set(first, 2, serial(2026, 6, 28, 18, 30)); // its end, from 22:00 to 18:30
    po.set(first, 4, "High"); // its risk, typed in capitals
    // a fourth event on the row below the last, as a user types it (the date cells as Excel stores dates)
    const added = first + 3;
    expect(po.value(added, 0)).toBeNull();
    ["Dorset County Show", serial(2026, 9, 5, 9), serial(2026, 9, 6, 18), 25000, "medium"].forEach((v, c) => po.set(added, c, v));
    const caps = sheetOf(wb, "Capabilities");
    caps.deleteRow(caps.rowOf("74.2"));
    const read = await readPlanBack(new MemoryCellReader(wb));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const plan = original();
    plan.publicOrder.events[0] = { ...plan.publicOrder.events[0], end: "2026-06-28T18:30", risk: "high" };
    plan.publicOrder.events.push({
      name: "Dorset County Show",
      start: "2026-09-05T09:00",
      end: "2026-09-06T18:00",
      attendance: 25000,
      risk: "medium",
    });
    // 74.3 keeps its ROCU reliance; 74.2 is gone
    plan.soc.capabilities = [
      { id: "74.1", status: "in force" },
      { id: "74.3", status: "via ROCU", rocuReliance: "SWROCU collaboration agreement (illustrative)" },
      { id: "74.4", status: "in force" },
    ];
    expect(read.plan).toEqual(plan);
  });

  it("finds a table after rows were inserted above it, and reads lists of numbers by their cells", async () => {
    const wb = await built();
    const po = sheetOf(wb, "Public order");
    po.insertRows(3, 2);
    const psu = po.rowOf("Constables (level 2)");
    po.set(psu, 1, 75);
    const soc = sheetOf(wb, "SOC");
    soc.set(soc.rowOf("Band 4"), 1, 20);
    const read = await readPlanBack(new MemoryCellReader(wb));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.plan.publicOrder!.trained.PSU).toEqual([4, 12, 75, 12]);
    expect(read.plan.soc!.ocgsByBand).toEqual([2, 5, 12, 20]);
    // the bands' hours are links to the assumptions (the plan gives none): still left out
    expect(read.plan.soc!.hoursByBand).toBeUndefined();
  });

  it("reports a bad date or number in a list by its cell, and refuses a blank row with more of the list below it", async () => {
    const wb = await built();
    const po = sheetOf(wb, "Public order");
    const first = po.rowOf("Weymouth beach weekend");
    po.set(first + 1, 1, "next Tuesday");
    po.set(first + 2, 3, "lots");
    const read = await readPlanBack(new MemoryCellReader(wb));
    expect(read.ok ? [] : read.problems.map(problemText)).toEqual([
      `'Public order'!B${first + 2}: expected a date and time (a date in the cell, or text such as 2026-06-20T14:00), found "next Tuesday" (publicOrder.events[1].start)`,
    ]);
    po.set(first + 1, 1, serial(2026, 8, 27, 10));
    const number = await readPlanBack(new MemoryCellReader(wb));
    expect(number.ok ? [] : number.problems.map(problemText)).toEqual([
      `'Public order'!D${first + 3}: expected a whole number, found text (publicOrder.events[2].attendance)`,
    ]);
    po.set(first + 2, 3, 11000);
    // the middle event's row cleared, not deleted: the third would be lost, so it is refused
    [0, 1, 2, 3, 4].forEach((c) => po.set(first + 1, c, null));
    const gap = await readPlanBack(new MemoryCellReader(wb));
    expect(gap.ok ? [] : gap.problems.map(problemText)).toEqual([
      `'Public order'!A${first + 2}: a blank row inside the list, with more of it below (row ${first + 3}): delete the blank row, or clear the rows below it (publicOrder.events)`,
    ]);
    po.deleteRow(first + 1);
    const shorter = await readPlanBack(new MemoryCellReader(wb));
    expect(shorter.ok && shorter.plan.publicOrder!.events!.map((e) => e.name)).toEqual([
      "Weymouth beach weekend",
      "AFC Bournemouth v Southampton",
    ]);
  });

  it("reads the uncertainty's shape and percentiles, leaving the defaults out until one is edited", async () => {
    const avon = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", "avon-and-somerset-2026-27.json"), "utf8"));
    delete avon.uncertainty.shape;
    delete avon.uncertainty.percentiles;
    const wb = await built(readPlan(JSON.stringify(avon)));
    const same = await readPlanBack(new MemoryCellReader(wb));
    expect(same.ok && same.plan).toEqual(avon);
    const inputs = sheetOf(wb, "Inputs");
    inputs.set(inputs.rowOf("Shape of each estimate (TRIANGULAR or PERT)", 1), 2, "Pert");
    inputs.set(inputs.rowOf("Percentile 2", 1), 2, 0.75);
    // a workload's hours typed over the link to its assumption, and a workload added below the table
    const soc = sheetOf(wb, "SOC");
    const lines = soc.rowOf("County lines");
    soc.set(lines, 2, 3);
    ["Modern slavery referrals", 40, 12].forEach((v, c) => soc.set(lines + 1, c, v));
    const read = await readPlanBack(new MemoryCellReader(wb));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.plan.uncertainty!.shape).toBe("pert");
    // the other two percentiles join at the values their cells show (the defaults 0.5 and 0.9)
    expect(read.plan.uncertainty!.percentiles).toEqual([0.5, 0.75, 0.9]);
    expect(read.plan.soc!.otherVolumes!.slice(1)).toEqual([
      // still by its assumption: its cell is the link the build wrote
      { name: "Cyber incidents (C5/C6)", volume: 120, assumption: "CYBER_INCIDENT_HOURS" },
      { name: "County lines", volume: 35, hoursEach: 3, assumption: "COUNTY_LINE_HOURS" },
      { name: "Modern slavery referrals", volume: 40, hoursEach: 12 },
    ]);
  });

  it("reads an event's attendance range edited on the Uncertainty sheet as the plan's own, the others left to the factors", async () => {
    const avon = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", "avon-and-somerset-2026-27.json"), "utf8"));
    delete avon.uncertainty.attendance.events;
    const wb = await built(readPlan(JSON.stringify(avon)));
    const same = await readPlanBack(new MemoryCellReader(wb));
    expect(same.ok && same.plan).toEqual(avon);
    const sheet = sheetOf(wb, "Uncertainty");
    const glastonbury = sheet.rowOf("Glastonbury Festival");
    // as built from the factors: 210,000 × 0.8 = 168,000 and 210,000 × 1.3 = 273,000
    expect([sheet.value(glastonbury, 1), sheet.value(glastonbury, 3)]).toEqual([168_000, 273_000]);
    sheet.set(glastonbury, 3, 300_000);
    const read = await readPlanBack(new MemoryCellReader(wb));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.plan.uncertainty!.attendance).toEqual({
      lowFactor: 0.8,
      highFactor: 1.3,
      events: [{ name: "Glastonbury Festival", low: 168_000, high: 300_000 }],
    });
  });

  it("reads the medium term's rows by year: a link to an assumption is no figure of the plan's, a demand shown twice takes the edited row", async () => {
    const wb = await built();
    const mt = sheetOf(wb, "Medium term");
    // Dorset's plan gives no inflation: both later years link to the INFLATION assumption; the second is typed over
    const inflation = mt.rowOf("Inflation (on the year before)");
    const linked = mt.value(inflation, 3);
    expect(linked).toBe(findAssumption("INFLATION").value);
    mt.set(inflation, 4, 0.04);
    // public order's demand is shown under each of its requirements (PSUs, BDUs, AEP teams); one is edited
    const psus = mt.rowOf("Public order: PSUs able to be fielded") + 1;
    const bdus = mt.rowOf("Public order: BDUs able to be fielded") + 1;
    expect(mt.value(psus, 0)).toBe("Demand (× the plan year)");
    mt.set(psus, 4, 1.1);
    const read = await readPlanBack(new MemoryCellReader(wb));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.plan.costs).toEqual({ years: 3, payAwards: [0.03, 0.025], inflation: [linked, 0.04], demand: { publicOrder: [1, 1.1] } });
    // two of its rows edited to different figures: refused, naming both
    mt.set(bdus, 4, 1.2);
    const clash = await readPlanBack(new MemoryCellReader(wb));
    expect(clash.ok ? [] : clash.problems.map(problemText)).toEqual([
      `costs.demand.publicOrder: its rows ('Medium term' row ${psus + 1} and 'Medium term' row ${bdus + 1}) were edited to different figures; make them agree`,
    ]);
  });
});
