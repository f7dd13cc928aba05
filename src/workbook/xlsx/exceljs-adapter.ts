/**
 * The Workbook port over ExcelJS: lays the planning workbook out as an .xlsx package, as bytes. Free of Node's own
 * modules, so the task pane runs the very same code in the browser (a chunk loaded on demand, for the shareable
 * copy); `spr build` writes the bytes to a file atomically through save-file.ts.
 */
import ExcelJS from "exceljs";
import { toFileFormula } from "../file-formula";
import JSZip from "jszip";
import { setCalcProperties } from "./calc-properties";
import { addCharts } from "./charts";
import { markDynamicArrays } from "./dynamic-arrays";
import { addOwnerMarks } from "./ownership";
import { AddinDeployment, addWebExtension } from "./web-extension";
import { CellModel, DEFAULT_COLUMN_WIDTH, EXCEL_NUMBER_FORMATS, SheetModel, address, printSetup } from "../model";
import { ExistingSheet, WorkbookPort } from "../port";
import { checkWritable } from "../safety";
import { xmlSafe } from "../xml-text";

/** The web-extension part's own instance id (fixed, so the same plan builds the same file). */
const TASKPANE_INSTANCE_ID = "7b1d5a52-3c6e-4f0a-9d2b-5e8f0c4a1b63";

const RAG_FILLS: Record<string, { fg: string; font: string }> = {
  RED: { fg: "FFF4CCCC", font: "FF9C0006" },
  AMBER: { fg: "FFFFEB9C", font: "FF9C5700" },
  GREEN: { fg: "FFC6EFCE", font: "FF006100" },
};

/** A note is 10-point italic: a line is about 13 points high, and its characters about 0.9 of a column-width character. */
const NOTE_LINE_POINTS = 13;
const NOTE_CHAR_WIDTH = 0.9;

/** A line of 11-point bold header text is about 15 points high. */
const HEADER_LINE_POINTS = 15;

/** Lines a text takes when wrapped at word boundaries in a column `width` characters wide (bold: a little wider). */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width / 1.1));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= room) used = need;
    else {
      lines += used === 0 ? 0 : 1;
      lines += Math.floor(Math.max(0, word.length - 1) / room);
      used = word.length % room || room;
    }
  }
  return lines;
}

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
      // a header longer than its column wraps within it, so it prints whole and above its own numbers
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: "bottom" };
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

/** Text as it goes into the file: without the characters XML 1.0 cannot hold (the plan validator refuses them first). */
function text<T>(v: T): T {
  return (typeof v === "string" ? xmlSafe(v) : v) as T;
}

function cellValue(m: CellModel): ExcelJS.CellValue {
  if (m.formula) {
    const formula = xmlSafe(toFileFormula(m.formula));
    const result = text(m.value ?? "") as string | number | boolean;
    // a dynamic array: t="array" over the block it spills into (cm and the metadata part are added on save)
    if (m.spill) {
      const end = address(m.row + m.spill.rows - 1, m.col + m.spill.cols - 1);
      const ref = m.spill.rows * m.spill.cols === 1 ? end : `${address(m.row, m.col)}:${end}`;
      return { formula, result, shareType: "array", ref } as ExcelJS.CellFormulaValue;
    }
    return { formula, result } as ExcelJS.CellFormulaValue;
  }
  return text(m.value);
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
    // no full calculation on open: the cached values are the engine's (calc-properties.ts finishes calcPr)
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
    const print = printSetup(m);
    const ws = this.workbook.addWorksheet(m.name, {
      views: [m.freezeRows ? { state: "frozen", ySplit: m.freezeRows } : { state: "normal" }],
      // print-ready on A4: every column on one page width, as many pages down as it takes
      pageSetup: {
        orientation: print.landscape ? "landscape" : "portrait",
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printArea: print.printArea,
        ...(print.titleRows ? { printTitlesRow: `${print.titleRows[0]}:${print.titleRows[1]}` } : {}),
        horizontalCentered: false,
      },
      headerFooter: { oddFooter: `&L${m.name.replace(/&/g, "&&")}&RPage &P of &N` },
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
        rows.push(
          t.columns.map((_, j) => {
            const c = byPos.get(`${r},${t.col + j}`);
            return c ? cellValue(c) : null;
          }),
        );
      }
      ws.addTable({
        name: t.name,
        ref: address(t.row, t.col),
        headerRow: true,
        style: { theme: "TableStyleLight9", showRowStripes: true },
        columns: t.columns.map((name) => ({ name: xmlSafe(name), filterButton: true })),
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
    // a table's header sits over its numbers: right-aligned over a numeric column, as the numbers are
    for (const t of m.tables) {
      t.columns.forEach((_, j) => {
        const below = byPos.get(`${t.row + 1},${t.col + j}`);
        if (below?.format && below.format !== "text")
          ws.getCell(t.row + 1, t.col + j + 1).alignment = { wrapText: true, vertical: "bottom", horizontal: "right" };
      });
    }
    // a header row is as tall as its most wrapped header, so no header overlaps the row above it
    const headerLines = new Map<number, number>();
    for (const c of m.cells) {
      if (c.style !== "header") continue;
      const lines = wrappedLines(String(c.value ?? ""), m.widths[c.col] ?? DEFAULT_COLUMN_WIDTH);
      headerLines.set(c.row, Math.max(headerLines.get(c.row) ?? 1, lines));
    }
    for (const [row, lines] of headerLines) if (lines > 1) ws.getRow(row + 1).height = HEADER_LINE_POINTS * lines;
    // a note alone on its row spans the printed width and wraps, so it is never cut at the page edge
    const lastCol = m.cells.reduce((x, c) => Math.max(x, c.col), 0);
    const printWidth = Array.from({ length: lastCol + 1 }, (_, c) => m.widths[c] ?? DEFAULT_COLUMN_WIDTH).reduce((a, b) => a + b, 0);
    for (const c of m.cells) {
      if (c.style !== "note" || lastCol === c.col || m.cells.some((o) => o.row === c.row && o.col > c.col)) continue;
      ws.mergeCells(c.row + 1, c.col + 1, c.row + 1, lastCol + 1);
      const cell = ws.getCell(c.row + 1, c.col + 1);
      cell.alignment = { wrapText: true, vertical: "top" };
      ws.getRow(c.row + 1).height = NOTE_LINE_POINTS * Math.max(1, Math.ceil((String(c.value).length * NOTE_CHAR_WIDTH) / printWidth));
    }
    for (const r of m.ragRules) {
      const ref = `${address(r.row, r.col)}:${address(r.row + r.rows - 1, r.col + r.cols - 1)}`;
      ws.addConditionalFormatting({
        ref,
        // an expression rule (=F5="RED") reads the same in Excel and in other applications
        rules: Object.entries(RAG_FILLS).map(([text, colours], k) => ({
          type: "expression",
          formulae: [`${address(r.row, r.col)}="${text}"`],
          priority: k + 1,
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: colours.fg } },
            font: { color: { argb: colours.font }, bold: true },
          },
        })) as ExcelJS.ConditionalFormattingRule[],
      });
    }
  }

  /**
   * The .xlsx file as bytes, the same in Node and in a browser: ExcelJS's package, then the parts ExcelJS cannot write
   * (charts, dynamic arrays, calculation properties, ownership marks, the task-pane part). `spr build` saves these bytes
   * to a file (save-file.ts); the task pane hands them over as the shareable copy.
   */
  async toBytes(): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await this.workbook.xlsx.writeBuffer());
    await addCharts(zip, this.models);
    await markDynamicArrays(zip);
    await setCalcProperties(zip);
    // the pane's ownership mark on every sheet, so it can rebuild a CLI-built workbook in place after asking
    await addOwnerMarks(zip);
    if (this.deployment) await addWebExtension(zip, this.deployment, TASKPANE_INSTANCE_ID);
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }
}
