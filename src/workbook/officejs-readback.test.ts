// The task pane's "Load the plan from this workbook": a workbook the pane built through Office.js (here the fake Excel
// of the adapter tests, which refuses to read a property before load() and sync()) read back through OfficeJsCells
// into the very rule `spr plan` uses (readback.ts).
import * as fs from "fs";
import * as path from "path";
import { FakeExcel } from "../../test/helpers/fake-excel";
import { readPlan } from "../plan/validate";
import { buildWorkbook } from "./build";
import { OfficeJsCells } from "./officejs-cells";
import { OfficeJsWorkbook } from "./officejs-adapter";
import { problemText, readPlanBack } from "./readback";

const FILE = path.resolve(__dirname, "..", "..", "examples", "dorset-2026-27.json");
const STAMP = { builtAt: "2026-11-29T12:00:00.000Z", planDigest: "0".repeat(64), planSource: "task pane" };

async function builtInExcel(): Promise<FakeExcel> {
  const fx = new FakeExcel();
  fx.addSheet("Sheet1");
  await buildWorkbook(readPlan(fs.readFileSync(FILE, "utf8")), new OfficeJsWorkbook({ run: fx.run, customProperties: true }), STAMP);
  return fx;
}

/** Types `value` into the cell right of the label, as a user would in Excel; returns its address (Inputs!C9). */
function typeBeside(fx: FakeExcel, sheet: string, label: string, value: string | number): string {
  const s = fx.sheet(sheet)!;
  const [key] = [...s.cells].find(([, c]) => c.value === `'${label}`)!;
  const [row, col] = key.split(",").map(Number);
  s.cells.set(`${row},${col + 1}`, { value });
  return `${sheet}!${String.fromCharCode(66 + col)}${row + 1}`;
}

describe("loading the plan from the workbook open in Excel", () => {
  it("reads back the plan the pane built, in a few syncs", async () => {
    const fx = await builtInExcel();
    const before = fx.syncs;
    const read = await readPlanBack(new OfficeJsCells(fx.run));
    expect(read).toEqual({ ok: true, plan: JSON.parse(fs.readFileSync(FILE, "utf8")) });
    // the Audit sheet, then one read of every sheet holding input cells or lists (Inputs, Assumptions, the sections)
    expect(fx.syncs - before).toBe(2);
  });

  it("carries the inputs edited in Excel into the plan", async () => {
    const fx = await builtInExcel();
    typeBeside(fx, "Inputs", "Firearms incidents a year (APSTRA)", 2400);
    const read = await readPlanBack(new OfficeJsCells(fx.run));
    expect(read.ok && read.plan.armedPolicing!.incidentsPerYear).toBe(2400);
  });

  it("carries an event added below the events table in Excel into the plan", async () => {
    const fx = await builtInExcel();
    const s = fx.sheet("Public order")!;
    const [key] = [...s.cells].find(([, c]) => c.value === "'AFC Bournemouth v Southampton")!;
    const row = Number(key.split(",")[0]) + 1;
    // as Excel holds what a user types: text, dates as serial numbers (days since 30 December 1899), numbers
    const serial = (d: number, h: number) => Date.UTC(2026, 8, d, h) / 86_400_000 + 25_569;
    ["Dorset County Show", serial(5, 9), serial(6, 18), 25000, "Medium"].forEach((value, c) => s.cells.set(`${row},${c}`, { value }));
    const read = await readPlanBack(new OfficeJsCells(fx.run));
    expect(read.ok && read.plan.publicOrder!.events![3]).toEqual({
      name: "Dorset County Show",
      start: "2026-09-05T09:00",
      end: "2026-09-06T18:00",
      attendance: 25000,
      risk: "medium",
    });
  });

  it("names each refused cell by sheet and address", async () => {
    const fx = await builtInExcel();
    const at = typeBeside(fx, "Inputs", "AFOs on the establishment (all roles)", "lots");
    const read = await readPlanBack(new OfficeJsCells(fx.run));
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems.map(problemText)).toEqual([`${at}: expected a number, found text (armedPolicing.afosAvailable)`]);
  });

  it("says the workbook holds no plan when there is no Audit sheet (a workbook the add-in did not build)", async () => {
    const fx = new FakeExcel();
    fx.addSheet("Sheet1");
    const read = await readPlanBack(new OfficeJsCells(fx.run));
    expect(read.ok ? [] : read.problems.map(problemText)).toEqual([
      expect.stringMatching(/^the workbook holds no plan to read back \(its Audit sheet has no "Plan \(JSON\)"/),
    ]);
  });
});
