/**
 * The Workbook port over ExcelJS: writes the planning workbook as an .xlsx file, atomically.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { toFileFormula } from "../file-formula";
import JSZip from "jszip";
import { addCharts } from "./charts";
import { markDynamicArrays, setCalcProperties } from "./dynamic-arrays";
import { addOwnerMarks } from "./ownership";
import { AddinDeployment, addWebExtension } from "./web-extension";

/** The web-extension part's own instance id (fixed, so the same plan builds the same file). */
const TASKPANE_INSTANCE_ID = "7b1d5a52-3c6e-4f0a-9d2b-5e8f0c4a1b63";
import { CellModel, EXCEL_NUMBER_FORMATS, SheetModel, address } from "../model";
import { ExistingSheet, WorkbookPort } from "../port";
import { checkWritable } from "../safety";

const RAG_FILLS: Record<string, { fg: string; font: string }> = {
  RED: { fg: "FFF4CCCC", font: "FF9C0006" },
  AMBER: { fg: "FFFFEB9C", font: "FF9C5700" },
  GREEN: { fg: "FFC6EFCE", font: "FF006100" },
};

function styleCell(cell: ExcelJS.Cell, m: CellModel): void {
  if (m.format) cell.numFmt = EXCEL_NUMBER_FORMATS[m.format];
  switch (m.style) {
    case "title":
      cell.font = { bold: true, size: 16, color: { argb: "FF1F3A5F" } };
      break;
    case "subtitle":
      cell.font = { size: 11, color: { argb: "FF616161" } };
      break;
    case "header":
      cell.font = { bold: true };
      break;
    case "label":
      cell.font = { bold: true };
      break;
    case "total":
      cell.font = { bold: true };
      cell.border = { top: { style: "thin" } };
      break;
    case "note":
      cell.font = { italic: true, size: 10, color: { argb: "FF616161" } };
      break;
    case "input":
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8E1" } };
      break;
  }
}

function cellValue(m: CellModel): ExcelJS.CellValue {
  if (m.formula) {
    const result = (m.value ?? "") as string | number | boolean;
    // a dynamic array: t="array" over the block it spills into (cm and the metadata part are added on save)
    if (m.spill) {
      const end = address(m.row + m.spill.rows - 1, m.col + m.spill.cols - 1);
      const ref = m.spill.rows * m.spill.cols === 1 ? end : `${address(m.row, m.col)}:${end}`;
      return { formula: toFileFormula(m.formula), result, shareType: "array", ref } as ExcelJS.CellFormulaValue;
    }
    return { formula: toFileFormula(m.formula), result } as ExcelJS.CellFormulaValue;
  }
  return m.value;
}

export class ExcelJsWorkbook implements WorkbookPort {
  readonly workbook = new ExcelJS.Workbook();
  private models: SheetModel[] = [];
  /** How the add-in is deployed, when the build was told: the saved file then names it in a task-pane part. */
  deployment?: AddinDeployment;

  constructor() {
    this.workbook.creator = "SPR Planner";
    // Fixed dates keep the file's own metadata free of the clock; the Audit sheet records when it was built.
    this.workbook.created = new Date(0);
    this.workbook.modified = new Date(0);
    // no full calculation on open: the cached values are the engine's (calcPr is finished in dynamic-arrays.ts)
    this.workbook.calcProperties = { fullCalcOnLoad: false };
  }

  async listSheets(): Promise<ExistingSheet[]> {
    return this.workbook.worksheets.map((w) => ({ name: w.name, ownedByAddin: true }));
  }

  async writeSheets(models: SheetModel[], onSheet?: (name: string, index: number, count: number) => void): Promise<void> {
    checkWritable(await this.listSheets(), models);
    models.forEach((m, i) => {
      const old = this.workbook.getWorksheet(m.name);
      if (old) this.workbook.removeWorksheet(old.id);
      this.writeSheet(m);
      this.models = [...this.models.filter((x) => x.name !== m.name), m];
      onSheet?.(m.name, i, models.length);
    });
  }

  private writeSheet(m: SheetModel): void {
    const ws = this.workbook.addWorksheet(m.name, {
      views: [m.freezeRows ? { state: "frozen", ySplit: m.freezeRows } : { state: "normal" }],
      // print-ready: landscape, every column on one page width
      pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    // a table a dynamic array spills into is written as a plain range under its header row (see TableModel)
    const tables = m.tables.filter((t) => !t.plainRange);
    const inTable = new Set<string>();
    for (const t of tables) {
      for (let r = t.row; r <= t.row + t.rows; r++) for (let c = t.col; c < t.col + t.columns.length; c++) inTable.add(`${r},${c}`);
    }
    const byPos = new Map(m.cells.map((c) => [`${c.row},${c.col}`, c]));
    for (const t of tables) {
      const rows: ExcelJS.CellValue[][] = [];
      for (let r = t.row + 1; r <= t.row + t.rows; r++) {
        rows.push(t.columns.map((_, j) => {
          const c = byPos.get(`${r},${t.col + j}`);
          return c ? cellValue(c) : null;
        }));
      }
      ws.addTable({
        name: t.name,
        ref: address(t.row, t.col),
        headerRow: true,
        style: { theme: "TableStyleLight9", showRowStripes: true },
        columns: t.columns.map((name) => ({ name, filterButton: true })),
        rows: rows.length ? rows : [t.columns.map(() => null)],
      });
    }
    for (const c of m.cells) {
      const cell = ws.getCell(c.row + 1, c.col + 1);
      if (!inTable.has(`${c.row},${c.col}`)) cell.value = cellValue(c);
      styleCell(cell, c);
    }
    m.widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    for (const r of m.ragRules) {
      const ref = `${address(r.row, r.col)}:${address(r.row + r.rows - 1, r.col + r.cols - 1)}`;
      ws.addConditionalFormatting({
        ref,
        // an expression rule (=F5="RED") reads the same in Excel and in other applications
        rules: Object.entries(RAG_FILLS).map(([text, colours], k) => ({
          type: "expression",
          formulae: [`${address(r.row, r.col)}="${text}"`],
          priority: k + 1,
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: colours.fg } }, font: { color: { argb: colours.font }, bold: true } },
        })) as ExcelJS.ConditionalFormattingRule[],
      });
    }
  }

  /**
   * Saves atomically: the file is written beside its destination under a temporary name, then moved into place, so a
   * crash never leaves half a file. Without `force`, an existing file is never replaced.
   */
  async save(file: string, force = false): Promise<void> {
    const zip = await JSZip.loadAsync(Buffer.from(await this.workbook.xlsx.writeBuffer()));
    await addCharts(zip, this.models);
    await markDynamicArrays(zip);
    await setCalcProperties(zip);
    // the pane's ownership mark on every sheet, so it can rebuild a CLI-built workbook in place after asking
    await addOwnerMarks(zip);
    if (this.deployment) await addWebExtension(zip, this.deployment, TASKPANE_INSTANCE_ID);
    const buffer = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const dir = path.dirname(path.resolve(file));
    const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
    fs.writeFileSync(tmp, buffer, { flag: "wx" });
    try {
      const fd = fs.openSync(tmp, "r");
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      if (force) fs.renameSync(tmp, file);
      else {
        fs.linkSync(tmp, file); // fails if the file exists: never a silent overwrite
        fs.unlinkSync(tmp);
      }
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      throw e;
    }
  }
}
