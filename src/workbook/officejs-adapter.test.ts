import { FakeExcel, FakeSheet } from "../../test/helpers/fake-excel";
import { gap, rag } from "../functions/planning";
import { validatePlan } from "../plan/validate";
import { buildWorkbook } from "./build";
import { SheetModel } from "./model";
import { INCOMPLETE_PREFIX, MARK_NAME, IncompleteBuildError, OWNER_KEY, OWNER_SETTING, OfficeJsWorkbook } from "./officejs-adapter";
import { UnsafeWriteError } from "./safety";
import { SheetBuilder } from "./sheet-builder";

/** Two sheets with every feature the adapter writes: formulas across sheets, formats, styles, a table, RAG, a chart. */
function models(): SheetModel[] {
  const inputs = new SheetBuilder("Inputs");
  inputs.title("Inputs", "Avon & Somerset · financial year 2026/27");
  const req = inputs.put(4, 2, 12, { format: "count", style: "input" });
  const avail = inputs.put(5, 2, 10, { format: "count", style: "input" });
  inputs.put(4, 1, "PSUs required");
  inputs.put(5, 1, "PSUs available");
  inputs.table("SprInputs", 3, 0, ["Section", "Input", "Value", "Unit"], 2);
  inputs.columnWidths([18, 52, 16, 22]);
  inputs.freeze(4);
  const summary = new SheetBuilder("Public order");
  summary.title("Public order", "2026/27");
  summary.put(4, 1, "PSUs");
  summary.formula(4, 4, gap, { required: req, available: avail }, { format: "count" }); // 12 − 10 = 2
  const ragRef = summary.formula(4, 5, rag, { required: req, available: avail }); // short: RED
  summary.put(4, 6, "2026/27");
  summary.table("SprSummary", 3, 0, ["Area", "Requirement", "Required", "Available", "Gap", "RAG", "Rests on"], 1);
  summary.rag(ragRef);
  summary.chart({ title: "Shortfall", labels: { row: 4, col: 1, rows: 1 }, values: { row: 4, col: 4, rows: 1 }, at: { row: 7, col: 1 } });
  summary.columnWidths([16]);
  summary.freeze(4);
  return [summary.build(), inputs.build()];
}

function snapshot(fx: FakeExcel): unknown {
  return JSON.parse(JSON.stringify(fx.sheets, (_k, v) => (v instanceof Map ? [...v] : v)));
}

function workbookWithUserSheet(): FakeExcel {
  const fx = new FakeExcel();
  const user = fx.addSheet("Sheet1");
  user.cells.set("0,0", { value: "my own figures" });
  return fx;
}

describe("the Office.js adapter of the Workbook port", () => {
  it("lists sheets with their owner mark, in two syncs", async () => {
    const fx = workbookWithUserSheet();
    fx.addSheet("Summary", { [OWNER_KEY]: "owned" });
    const port = new OfficeJsWorkbook({ run: fx.run, customProperties: true });
    expect(await port.listSheets()).toEqual([
      { name: "Sheet1", ownedByAddin: false },
      { name: "Summary", ownedByAddin: true },
    ]);
    expect(fx.syncs).toBe(2);
  });

  it("writes values, live formulas, formats, styles, tables, RAG rules, a chart, widths and frozen rows", async () => {
    const fx = workbookWithUserSheet();
    const port = new OfficeJsWorkbook({ run: fx.run, customProperties: true });
    const progress: string[] = [];
    await port.writeSheets(models(), (name, i, n) => progress.push(`${name} ${i + 1}/${n}`));
    expect(progress).toEqual(["Public order 1/2", "Inputs 2/2"]);
    expect(fx.sheets.map((s) => s.name)).toEqual(["Sheet1", "Public order", "Inputs"]);
    const po = fx.sheet("Public order")!;
    const inputs = fx.sheet("Inputs")!;
    // the formulas were written against the temporary sheets and followed them through the rename
    expect(fx.formulaAt("Public order", "E5")).toBe("=INDEX(SPR.GAP(Inputs!$C$5,Inputs!$C$6),1,1)");
    expect(fx.formulaAt("Public order", "F5")).toBe("=INDEX(SPR.RAG(Inputs!$C$5,Inputs!$C$6),1,1)");
    // text goes in with Excel's text prefix, so "2026/27" stays text rather than becoming a date
    expect(po.cells.get("4,6")).toMatchObject({ value: "'2026/27", numberFormat: "General" });
    expect(inputs.cells.get("4,2")).toMatchObject({ value: 12, numberFormat: "#,##0", fill: "#FFF8E1" });
    expect(inputs.cells.get("0,0")).toMatchObject({ value: "'Inputs", bold: true, size: 16, color: "#1F3A5F" });
    expect(inputs.cells.get("3,3")).toMatchObject({ value: "'Unit", bold: true });
    expect(inputs.tables).toEqual([{ name: "SprInputs", row: 3, col: 0, rows: 3, cols: 4, style: "TableStyleLight9" }]);
    expect(po.tables.map((t) => t.name)).toEqual(["SprSummary"]);
    expect(po.conditionalFormats.map((c) => [c.text, c.fill, c.font, `${c.row},${c.col},${c.rows},${c.cols}`])).toEqual([
      ["RED", "#F4CCCC", "#9C0006", "4,5,1,1"],
      ["AMBER", "#FFEB9C", "#9C5700", "4,5,1,1"],
      ["GREEN", "#C6EFCE", "#006100", "4,5,1,1"],
    ]);
    expect(po.charts).toEqual([
      { type: "BarClustered", values: "E5:E5", labels: "B5:B5", title: "Shortfall", seriesName: "Shortfall", legend: false, at: "B8" },
    ]);
    // 18 characters of Calibri 11: (18 × 7 + 5) pixels × 0.75 = 98.25 points
    expect(inputs.columnWidths.get(0)).toBe(98.25);
    expect(inputs.frozenRows).toBe(4);
    expect([po.props.get(OWNER_KEY), inputs.props.get(OWNER_KEY)]).toEqual(["owned", "owned"]);
    expect(fx.active).toBe("Public order");
    // the user's sheet is as it was
    expect(fx.sheet("Sheet1")!.cells.get("0,0")).toEqual({ value: "my own figures" });
    // load/sync discipline: 2 syncs to read the workbook, 1 per sheet written, 1 for the swap
    expect(fx.syncs).toBe(2 + 2 + 1);
  });

  it("replaces only its own sheets on a rebuild, keeping table names", async () => {
    const fx = workbookWithUserSheet();
    const port = new OfficeJsWorkbook({ run: fx.run, customProperties: true });
    await port.writeSheets(models());
    fx.sheet("Inputs")!.cells.set("20,0", { value: "stale" });
    await port.writeSheets(models());
    expect(fx.sheets.map((s) => s.name)).toEqual(["Sheet1", "Public order", "Inputs"]);
    expect(fx.sheet("Inputs")!.cells.has("20,0")).toBe(false);
    expect(
      fx
        .allTables()
        .map((t) => t.table.name)
        .sort(),
    ).toEqual(["SprInputs", "SprSummary"]);
    expect(fx.formulaAt("Public order", "E5")).toBe("=INDEX(SPR.GAP(Inputs!$C$5,Inputs!$C$6),1,1)");
  });

  it("refuses to write over a sheet it did not create, and changes nothing", async () => {
    const fx = workbookWithUserSheet();
    fx.addSheet("Inputs");
    const before = snapshot(fx);
    const port = new OfficeJsWorkbook({ run: fx.run, customProperties: true });
    await expect(port.writeSheets(models())).rejects.toThrow(UnsafeWriteError);
    expect(snapshot(fx)).toEqual(before);
  });

  it.each([
    ["worksheets.add", 2],
    ["range.formulas", 2],
    ["tables.add", 2],
    ["conditionalFormats.add", 3],
    ["charts.add", 1],
    ["freezePanes.freezeRows", 2],
  ])("leaves the workbook exactly as it was when %s number %d fails", async (op, nth) => {
    const fx = workbookWithUserSheet();
    const port = new OfficeJsWorkbook({ run: fx.run, customProperties: true });
    await port.writeSheets(models());
    const before = snapshot(fx);
    let seen = 0;
    fx.failWhen = (label) => label === op && ++seen === nth;
    await expect(port.writeSheets(models())).rejects.toThrow(/GeneralException/);
    expect(snapshot(fx)).toEqual(before);
  });

  it("marks the build incomplete when the final swap fails, and the next build finishes it", async () => {
    const fx = workbookWithUserSheet();
    const port = new OfficeJsWorkbook({ run: fx.run, customProperties: true });
    let renames = 0;
    fx.failWhen = (label) => label === "worksheet.name" && ++renames === 2;
    await expect(port.writeSheets(models())).rejects.toThrow(IncompleteBuildError);
    const left = fx.sheets.filter((s) => s.name.startsWith(INCOMPLETE_PREFIX));
    expect(left).toHaveLength(1);
    expect(left[0].props.get(OWNER_KEY)).toBe("incomplete");
    fx.failWhen = () => false;
    await port.writeSheets(models());
    expect(fx.sheets.map((s) => s.name)).toEqual(["Sheet1", "Public order", "Inputs"]);
    expect(fx.sheets.map((s) => s.props.get(OWNER_KEY))).toEqual([undefined, "owned", "owned"]);
  });

  it("keeps clear of a user's sheet that happens to carry a temporary name", async () => {
    const fx = workbookWithUserSheet();
    const theirs = fx.addSheet(`${INCOMPLETE_PREFIX} 1`);
    const port = new OfficeJsWorkbook({ run: fx.run, customProperties: true });
    await port.writeSheets(models());
    expect(fx.sheets.map((s) => s.name)).toEqual(["Sheet1", `${INCOMPLETE_PREFIX} 1`, "Public order", "Inputs"]);
    expect(fx.sheets[1]).toBe(theirs);
  });

  it("marks its sheets in a workbook setting, by sheet id, where custom properties are not supported", async () => {
    const fx = workbookWithUserSheet();
    const port = new OfficeJsWorkbook({ run: fx.run, customProperties: false });
    await port.writeSheets(models());
    const ids = [fx.sheet("Public order")!.id, fx.sheet("Inputs")!.id];
    const marks = JSON.parse(fx.settings.get(OWNER_SETTING) as string);
    expect(Object.keys(marks).sort()).toEqual([...ids].sort());
    // each entry's token is also held by the sheet itself, in a sheet-scoped name
    for (const id of ids) {
      expect(marks[id].state).toBe("owned");
      expect(fx.byId(id)!.names.get(MARK_NAME)).toBe(`="${marks[id].token}"`);
    }
    expect(await port.listSheets()).toEqual([
      { name: "Sheet1", ownedByAddin: false },
      { name: "Public order", ownedByAddin: true },
      { name: "Inputs", ownedByAddin: true },
    ]);
    // a rebuild replaces them and the setting lists only the new sheets
    await port.writeSheets(models());
    const now = fx.sheets.slice(1).map((s: FakeSheet) => s.id);
    expect(Object.keys(JSON.parse(fx.settings.get(OWNER_SETTING) as string)).sort()).toEqual(now.sort());
    expect(now).not.toContain(ids[0]);
  });

  it("in the settings fallback, never takes a user's sheet for its own on an id alone (a reused or changed id)", async () => {
    const fx = workbookWithUserSheet();
    const port = new OfficeJsWorkbook({ run: fx.run, customProperties: false });
    await port.writeSheets(models());
    const marks = JSON.parse(fx.settings.get(OWNER_SETTING) as string);
    // the user's own sheets: one now holding an id the setting lists (ids reused across sessions), one listed in the
    // older format without a token, and one with a copy of our name but another token
    const reused = fx.addSheet("Budget");
    const old = fx.addSheet("Notes");
    const copied = fx.addSheet("Inputs (2)");
    copied.names.set(MARK_NAME, '="not-the-token"');
    const ourId = fx.sheet("Inputs")!.id;
    fx.sheet("Inputs")!.names.clear(); // our sheet lost its name: it can no longer prove it is ours
    fx.settings.set(
      OWNER_SETTING,
      JSON.stringify({ ...marks, [reused.id]: marks[ourId], [old.id]: "owned", [copied.id]: { state: "owned", token: "other" } }),
    );
    const listed = await port.listSheets();
    expect(listed.filter((x) => x.ownedByAddin).map((x) => x.name)).toEqual(["Public order"]);
    // so a build refuses to write over any of them, and deletes nothing
    await expect(port.writeSheets([...models(), { ...models()[0], name: "Budget" }])).rejects.toThrow(/did not create: Inputs, Budget/);
    expect(fx.sheets.map((x) => x.name)).toEqual(["Sheet1", "Public order", "Inputs", "Budget", "Notes", "Inputs (2)"]);
  });

  it("writes a large sheet in blocks of rows, one sync each", async () => {
    const fx = workbookWithUserSheet();
    const big = new SheetBuilder("Inputs");
    for (let r = 0; r < 50; r++) big.block(r, 0, [[r, `row ${r}`]]);
    const port = new OfficeJsWorkbook({ run: fx.run, customProperties: true, maxCellsPerSync: 20 });
    await port.writeSheets([big.build()]);
    // 50 rows × 2 columns, 10 rows a block: 5 blocks, so 4 extra syncs
    expect(fx.syncs).toBe(2 + 1 + 4 + 1);
    expect(fx.sheet("Inputs")!.cells.get("49,1")).toEqual({ value: "'row 49", numberFormat: "General" });
  });

  it("builds the planning workbook through buildWorkbook, renaming around a user's Summary sheet", async () => {
    const fx = workbookWithUserSheet();
    fx.addSheet("Summary");
    const port = new OfficeJsWorkbook({ run: fx.run, customProperties: true });
    const plan = validatePlan({ planVersion: 1, organisation: { kind: "force", name: "Kent" }, financialYear: "2026/27" });
    const result = await buildWorkbook(plan, port, {
      builtAt: "2026-04-01T09:00:00Z",
      planDigest: "0".repeat(64),
      planSource: "task pane",
    });
    expect(result.renamed).toEqual([{ wanted: "Summary", used: "Summary (SPR)" }]);
    expect(result.names.summary).toBe("Summary (SPR)");
    expect(result.names.audit).toBe("Audit");
    expect(fx.sheets.map((s) => s.name)).toEqual(["Sheet1", "Summary", ...result.sheets]);
    expect(fx.sheet("Summary")!.props.size).toBe(0);
    expect(fx.sheet("Summary (SPR)")!.props.get(OWNER_KEY)).toBe("owned");
  });
});
