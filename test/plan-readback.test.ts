// `spr plan`: the plan read back out of a built workbook, with the edits made to its input cells.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { buildCommand } from "../src/cli/build-command";
import { planCommand } from "../src/cli/plan-command";
import { readBook } from "./helpers/workbook-check";

const ROOT = path.resolve(__dirname, "..");
const EXAMPLES = fs.readdirSync(path.join(ROOT, "examples")).filter((f) => f.endsWith(".json"));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spr-plan-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(
  command: (args: string[], io: { out: (s: string) => void; err: (s: string) => void }) => Promise<number>,
  args: string[],
) {
  const lines: string[] = [];
  const code = await command(args, { out: (s) => lines.push(s), err: (s) => lines.push(s) });
  return { code, text: lines.join("\n") };
}

/** Sets the value cell of the Inputs row labelled `label` and saves the workbook under a new name. */
async function editInput(file: string, label: string, value: unknown, to: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Inputs")!;
  let at = "";
  ws.eachRow((row) => {
    if (row.getCell(2).value === label) {
      row.getCell(3).value = value as ExcelJS.CellValue;
      at = row.getCell(3).address;
    }
  });
  if (!at) throw new Error(`no input "${label}"`);
  await wb.xlsx.writeFile(to);
  return at;
}

describe.each(EXAMPLES)("spr plan on the workbook built from %s", (example) => {
  const planFile = path.join(ROOT, "examples", example);
  const xlsx = path.join(dir, example.replace(/\.json$/, ".xlsx"));
  beforeAll(async () => expect((await run(buildCommand, [planFile, "-o", xlsx])).code).toBe(0));

  it("reads back the very plan it was built from", async () => {
    const out = path.join(dir, example);
    const r = await run(planCommand, [xlsx, "-o", out]);
    expect(r).toEqual({ code: 0, text: `Wrote ${out}` });
    expect(JSON.parse(fs.readFileSync(out, "utf8"))).toEqual(JSON.parse(fs.readFileSync(planFile, "utf8")));
  });
});

describe("spr plan after edits in Excel", () => {
  const planFile = path.join(ROOT, "examples", "avon-and-somerset-2026-27.json");
  const xlsx = path.join(dir, "avon.xlsx");
  beforeAll(async () => expect((await run(buildCommand, [planFile, "-o", xlsx])).code).toBe(0));

  it("carries an edited input into the plan, and a rebuild's figures follow it", async () => {
    const edited = path.join(dir, "avon-edited.xlsx");
    await editInput(xlsx, "Firearms incidents a year (APSTRA)", 2400, edited);
    const out = path.join(dir, "avon-edited.json");
    expect((await run(planCommand, [edited, "-o", out])).code).toBe(0);
    const plan = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(plan.armedPolicing.incidentsPerYear).toBe(2400);
    // nothing else changed
    const original = JSON.parse(fs.readFileSync(planFile, "utf8"));
    expect({ ...plan, armedPolicing: { ...plan.armedPolicing, incidentsPerYear: 950 } }).toEqual(original);
    const rebuilt = path.join(dir, "avon-rebuilt.xlsx");
    expect((await run(buildCommand, [out, "-o", rebuilt])).code).toBe(0);
    // 2,400 incidents (the top of the plan's uncertain range): load 2,400 × 150 ÷ 525,600 × 1.5 × 1.4 = 1.438 erlangs;
    // Erlang C wait chance 0.066 with 4 ARVs, 0.017 with 5, so 5 ARVs where 950 incidents needed the coverage minimum, 4
    const book = (await readBook(rebuilt)).book;
    const arvs = [...book.get("Armed policing")!.values()].find((c) => c.value === "ARVs that must be on duty")!;
    expect(book.get("Armed policing")!.get(`B${arvs.address.slice(1)}`)!.value).toBe(5);
  });

  it("carries an edited assumption into the plan's assumptions", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet("Assumptions")!;
    ws.eachRow((row) => {
      if (row.getCell(1).value === "TRAINING_DAYS") row.getCell(2).value = 12;
    });
    const edited = path.join(dir, "avon-assumption.xlsx");
    await wb.xlsx.writeFile(edited);
    const out = path.join(dir, "avon-assumption.json");
    expect((await run(planCommand, [edited, "-o", out])).code).toBe(0);
    // the plan's own ANNUAL_LEAVE_DAYS stays; TRAINING_DAYS joins it; defaults left alone stay out
    expect(JSON.parse(fs.readFileSync(out, "utf8")).assumptions).toEqual({ ANNUAL_LEAVE_DAYS: 27, TRAINING_DAYS: 12 });
  });

  it("reports a cell with bad input by sheet and cell address, and writes nothing", async () => {
    const edited = path.join(dir, "avon-bad.xlsx");
    const at = await editInput(xlsx, "AFOs on the establishment (all roles)", "lots", edited);
    const out = path.join(dir, "avon-bad.json");
    const r = await run(planCommand, [edited, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.text).toContain(`  Inputs!${at}: `);
    expect(r.text).toContain("(armedPolicing.afosAvailable)");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("says so when the workbook holds no plan", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = 1;
    const file = path.join(dir, "plain.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await run(planCommand, [file, "-o", path.join(dir, "plain.json")]);
    expect(r.code).toBe(2);
    expect(r.text).toMatch(/holds no plan to read back/);
  });
});

/** The row number (from 1) of the first row whose column A holds `text`. */
function rowHolding(ws: ExcelJS.Worksheet, text: string): number {
  let found = 0;
  ws.eachRow((row, n) => {
    if (!found && row.getCell(1).value === text) found = n;
  });
  if (!found) throw new Error(`no row holds "${text}"`);
  return found;
}

/** The value in column `col` of the row whose column A holds `label`, on a sheet of a built workbook. */
async function valueBeside(file: string, sheet: string, label: string, col: string): Promise<unknown> {
  const book = (await readBook(file)).book.get(sheet)!;
  const cell = [...book.values()].find((c) => c.value === label && c.address.startsWith("A"))!;
  return book.get(`${col}${cell.address.slice(1)}`)!.value;
}

describe("spr plan after edits to the lists on the section sheets", () => {
  async function edited(example: string, name: string, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const xlsx = path.join(dir, `${name}-built.xlsx`);
    expect((await run(buildCommand, [path.join(ROOT, "examples", example), "-o", xlsx])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    change(wb);
    const file = path.join(dir, `${name}.xlsx`);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it("an event's end moved and an event added below the table: the rebuilt peak follows", async () => {
    const file = await edited("avon-and-somerset-2026-27.json", "avon-events", (wb) => {
      const ws = wb.getWorksheet("Public order")!;
      // Glastonbury now ends at 10:00 on 27 June, before the protest march (11:00) starts
      ws.getRow(rowHolding(ws, "Glastonbury Festival")).getCell(3).value = new Date(Date.UTC(2026, 5, 27, 10));
      const added = ws.getRow(rowHolding(ws, "Weston-super-Mare beach event") + 1);
      ["Bristol Pride", new Date(Date.UTC(2026, 5, 25, 10)), new Date(Date.UTC(2026, 5, 25, 18)), 45000, "high"].forEach(
        (v, i) => (added.getCell(i + 1).value = v),
      );
    });
    const out = path.join(dir, "avon-events.json");
    const r = await run(planCommand, [file, "-o", out]);
    expect(r).toEqual({ code: 0, text: `Wrote ${out}` });
    const plan = JSON.parse(fs.readFileSync(out, "utf8"));
    expect(plan.publicOrder.events[0].end).toBe("2026-06-27T10:00");
    expect(plan.publicOrder.events[5]).toEqual({
      name: "Bristol Pride",
      start: "2026-06-25T10:00",
      end: "2026-06-25T18:00",
      attendance: 45000,
      risk: "high",
    });
    const rebuilt = path.join(dir, "avon-events-rebuilt.xlsx");
    expect((await run(buildCommand, [out, "-o", rebuilt])).code).toBe(0);
    // by hand: Glastonbury 210,000 ÷ 10,000 (medium) = 21 PSUs; Bristol Pride 45,000 ÷ 2,500 (high) = 18, on 25 June
    // while Glastonbury runs: 21 + 18 = 39 at once. The protest march (8,000 ÷ 2,500 → 4) no longer meets Glastonbury,
    // and no other events overlap. Required: the larger of the share (7) and the local peak (39) = 39.
    expect(await valueBeside(rebuilt, "Public order", "Most PSUs needed at any one moment (local events)", "B")).toBe(39);
  });

  it("a budget line deleted: the rebuilt Section 22 shares out the rest, to the penny", async () => {
    const file = await edited("swrocu-2026-27.json", "swrocu-lines", (wb) => {
      const ws = wb.getWorksheet("Section 22")!;
      ws.spliceRows(rowHolding(ws, "Regional cyber crime unit"), 1);
    });
    const out = path.join(dir, "swrocu-lines.json");
    expect((await run(planCommand, [file, "-o", out])).code).toBe(0);
    const plan = JSON.parse(fs.readFileSync(out, "utf8"));
    const original = JSON.parse(fs.readFileSync(path.join(ROOT, "examples", "swrocu-2026-27.json"), "utf8"));
    // the other lines as they were (the non-pay line keeps its kind, which no cell shows), forces by their own names
    expect(plan.section22.lines).toEqual(original.section22.lines.filter((l: { name: string }) => l.name !== "Regional cyber crime unit"));
    expect(plan.section22.forces).toEqual(original.section22.forces);
    const rebuilt = path.join(dir, "swrocu-lines-rebuilt.xlsx");
    expect((await run(buildCommand, [out, "-o", rebuilt])).code).toBe(0);
    // by hand: lines 2,450,000 + 3,120,000 + 1,280,000 + 4,630,000 + 1,150,000 + 985,000.25 = 13,615,000.25, less
    // grants 3,400,000 + 420,000 = 3,820,000: the forces share £9,795,000.25 (with the cyber unit's £1,875,000.50 it was
    // £11,670,000.75). The contributions' Total row, Total column:
    const book = (await readBook(rebuilt)).book.get("Section 22")!;
    const header = [...book.values()].find((c) => c.value === "Total" && !c.address.startsWith("A"))!;
    const totalRow = [...book.values()].filter((c) => c.value === "Total" && c.address.startsWith("A")).pop()!;
    expect(book.get(`${header.address.replace(/\d+$/, "")}${totalRow.address.slice(1)}`)!.value).toBe(9_795_000.25);
  });

  it("reports a bad date in a list by its cell, and writes nothing", async () => {
    const file = await edited("dorset-2026-27.json", "dorset-bad-date", (wb) => {
      const ws = wb.getWorksheet("Public order")!;
      ws.getRow(rowHolding(ws, "Bournemouth Air Festival")).getCell(2).value = "late August";
    });
    const out = path.join(dir, "dorset-bad-date.json");
    const r = await run(planCommand, [file, "-o", out]);
    expect(r.code).toBe(2);
    expect(r.text).toMatch(
      /^ {2}'Public order'!B\d+: expected a date and time \(a date in the cell, or text such as 2026-06-20T14:00\), found "late August" \(publicOrder\.events\[1\]\.start\)$/m,
    );
    expect(fs.existsSync(out)).toBe(false);
  });
});
