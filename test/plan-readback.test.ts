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
