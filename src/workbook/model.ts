/**
 * The Workbook port's data: a declarative description of the sheets the add-in writes. Layout code builds these
 * models once; each adapter (ExcelJS for files, Office.js inside Excel, memory for tests) writes them its own way.
 */
export type CellValue = number | string | boolean | null;

/** How a number is shown. Kept semantic so every adapter formats alike. */
export type NumberFormat = "count" | "fte" | "money" | "percent" | "decimal" | "hours" | "datetime" | "text";

export const EXCEL_NUMBER_FORMATS: Record<NumberFormat, string> = {
  count: "#,##0",
  fte: "#,##0.0",
  money: "£#,##0.00;[Red]-£#,##0.00",
  percent: "0.0%",
  decimal: "#,##0.00",
  hours: "#,##0.0",
  datetime: "dd/mm/yyyy hh:mm",
  text: "@",
};

export type CellStyle = "title" | "subtitle" | "header" | "label" | "note" | "total" | "input";

export interface CellModel {
  /** Zero-based row and column. */
  row: number;
  col: number;
  /** The value shown (for a formula, its cached result as the engine computed it). */
  value: CellValue;
  /** A formula in Excel's user syntax, without the "=", e.g. SPR.PSUGAP(Inputs!$C$5,…). */
  formula?: string;
  format?: NumberFormat;
  style?: CellStyle;
  /**
   * On a dynamic-array formula (a function returning a range, written once): the block its result spills into,
   * anchored here. The other cells of the block hold only the cached value, with `spilledFrom` naming this anchor.
   */
  spill?: { rows: number; cols: number };
  /** On a cell a dynamic array spills into: its anchor (zero-based). Such a cell has no formula of its own. */
  spilledFrom?: { row: number; col: number };
}

export interface TableModel {
  /** Excel table name: letters, digits and underscores, unique in the workbook. */
  name: string;
  /** Header row position; the table spans `columns.length` columns and `rows` data rows below it. */
  row: number;
  col: number;
  columns: string[];
  rows: number;
  /**
   * True when a dynamic array spills into the table's body: Excel refuses spills inside an Excel table (#SPILL!,
   * "Spill range in table"), so it is written as a formatted range with a header row rather than a table object.
   */
  plainRange?: boolean;
}

/** A column (or block) whose cells read "RED", "AMBER" or "GREEN", coloured by conditional formatting. */
export interface RagRuleModel {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A native clustered bar chart over a label column and one value column (used for shortfalls). */
export interface ChartModel {
  title: string;
  labels: { row: number; col: number; rows: number };
  values: { row: number; col: number; rows: number };
  /** Top-left anchor cell. */
  at: { row: number; col: number };
}

export interface SheetModel {
  name: string;
  cells: CellModel[];
  tables: TableModel[];
  ragRules: RagRuleModel[];
  charts: ChartModel[];
  /** Column widths in characters, by column index. */
  widths: number[];
  /** Rows frozen at the top (titles and table headers stay in view). */
  freezeRows: number;
}

/** A1 address of a zero-based cell: (0,0) → "A1". */
export function address(row: number, col: number, absolute = false): string {
  let c = col + 1;
  let letters = "";
  while (c > 0) {
    const m = (c - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return absolute ? `$${letters}$${row + 1}` : `${letters}${row + 1}`;
}

/** A sheet name as a formula reference: quoted when it holds anything but letters, digits and underscores. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** How a sheet prints: the rule lives here once; each adapter writes it its own way. */
export interface PrintSetup {
  /** The used range, A1-style: every cell the sheet writes. */
  printArea: string;
  landscape: boolean;
  /** Rows (1-based, inclusive) repeated at the top of every printed page: the first table's header row. */
  titleRows?: [number, number];
}

/**
 * Wider than this many characters of column width, a sheet prints landscape. A4 portrait at Excel's default margins
 * holds about 90 characters of 11-point Calibri at 100%; landscape about 135. Every sheet is fitted to one page wide,
 * so a wide sheet in portrait would shrink past legibility before one in landscape does.
 */
export const PORTRAIT_MAX_WIDTH = 90;

/** Excel's default column width in characters, for columns a sheet leaves at the default. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

export function printSetup(m: SheetModel): PrintSetup {
  const lastRow = m.cells.reduce((x, c) => Math.max(x, c.row), 0);
  const lastCol = m.cells.reduce((x, c) => Math.max(x, c.col), 0);
  let width = 0;
  for (let c = 0; c <= lastCol; c++) width += m.widths[c] ?? DEFAULT_COLUMN_WIDTH;
  const table = [...m.tables].sort((a, b) => a.row - b.row)[0];
  return {
    printArea: `${address(0, 0)}:${address(lastRow, lastCol)}`,
    landscape: width > PORTRAIT_MAX_WIDTH,
    ...(table ? { titleRows: [table.row + 1, table.row + 1] as [number, number] } : {}),
  };
}
