/**
 * Builds one SheetModel like a small spreadsheet: values go into cells and come back as references; formula cells
 * call an SPR custom function on those references, so the workbook holds live formulas whose cached values are what
 * the very functions Excel registers compute for the same inputs.
 */
import * as functions from "../functions/functions";
import { CellModel, CellStyle, CellValue, ChartModel, NumberFormat, SheetModel, TableModel, address, sheetRef } from "./model";

/** A cell or block of cells written earlier, with the values it holds. */
export interface Ref {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  values: CellValue[][];
}

/** An SPR custom function, whatever its parameters (each is Excel's loose `any`). */
export type Fn = (...args: never[]) => unknown;

/** An SPR function called inside another's arguments, as =SPR.SIMSTATS(SPR.ARVSIM(…), …) is written in Excel. */
export interface NestedCall {
  fn: Fn;
  args: FormulaArg[];
}

export type FormulaArg = Ref | NestedCall | number | string | boolean | null;

export function nested(fn: Fn, args: FormulaArg[]): NestedCall {
  return { fn, args };
}

function isNested(a: FormulaArg): a is NestedCall {
  return typeof a === "object" && a !== null && "fn" in a;
}

const ID_OF = new Map<unknown, string>(Object.entries(functions).map(([name, fn]) => [fn, name.toUpperCase()]));

/** The Excel id of a custom function object (its JavaScript name in upper case; a test holds the metadata to it). */
export function functionId(fn: unknown): string {
  const id = ID_OF.get(fn);
  if (!id) throw new Error("not a registered SPR function");
  return id;
}

export class BuildError extends Error {}

export function refText(r: Ref): string {
  const a = address(r.row, r.col, true);
  const b = address(r.row + r.rows - 1, r.col + r.cols - 1, true);
  return `${sheetRef(r.sheet)}!${a}${r.rows === 1 && r.cols === 1 ? "" : `:${b}`}`;
}

function argText(a: FormulaArg): string {
  if (a === null) return "";
  if (isNested(a)) return formulaText(a.fn, a.args);
  if (typeof a === "object") return refText(a);
  if (typeof a === "string") return `"${a.replace(/"/g, '""')}"`;
  if (typeof a === "boolean") return a ? "TRUE" : "FALSE";
  return String(a);
}

function argValue(a: FormulaArg): unknown {
  if (a === null || typeof a !== "object") return a;
  if (isNested(a)) return callFunction(a.fn, a.args);
  return a.rows === 1 && a.cols === 1 ? a.values[0][0] : a.values;
}

/** Calls the function as Excel would and returns its result, or throws a BuildError naming the formula. */
export function callFunction(fn: Fn, args: FormulaArg[]): unknown {
  try {
    return (fn as (...values: unknown[]) => unknown)(...args.map(argValue));
  } catch (e) {
    const err = e as { code?: string; message?: string };
    throw new BuildError(`SPR.${functionId(fn)} failed while building the workbook: ${err.code ?? ""} ${err.message ?? String(e)}`.trim());
  }
}

export function formulaText(fn: Fn, args: FormulaArg[]): string {
  let n = args.length;
  while (n > 0 && args[n - 1] === null) n--;
  return `SPR.${functionId(fn)}(${args.slice(0, n).map(argText).join(",")})`;
}

export interface CellOptions {
  format?: NumberFormat;
  style?: CellStyle;
}

export class SheetBuilder {
  private cells = new Map<string, CellModel>();
  private tables: TableModel[] = [];
  private ragRules: SheetModel["ragRules"] = [];
  private charts: ChartModel[] = [];
  private widths: number[] = [];
  private frozen = 0;

  constructor(readonly name: string) {}

  private set(cell: CellModel): void {
    this.cells.set(`${cell.row},${cell.col}`, cell);
  }

  put(row: number, col: number, value: CellValue, opts: CellOptions = {}): Ref {
    this.set({ row, col, value, ...opts });
    return { sheet: this.name, row, col, rows: 1, cols: 1, values: [[value]] };
  }

  /** A block of values, row by row. */
  block(row: number, col: number, values: CellValue[][], opts: CellOptions = {}): Ref {
    values.forEach((r, i) => r.forEach((v, j) => this.set({ row: row + i, col: col + j, value: v, ...opts })));
    return { sheet: this.name, row, col, rows: values.length, cols: values[0]?.length ?? 0, values };
  }

  /** A formula returning one value. */
  formula(row: number, col: number, fn: Fn, args: FormulaArg[], opts: CellOptions = {}): Ref {
    const result = callFunction(fn, args);
    const value = Array.isArray(result) ? (result as CellValue[][])[0][0] : (result as CellValue);
    if (Array.isArray(result) && (result.length !== 1 || result[0].length !== 1)) {
      throw new BuildError(`SPR.${functionId(fn)} returns a range; use formulaBlock`);
    }
    this.set({ row, col, value, formula: formulaText(fn, args), ...opts });
    return { sheet: this.name, row, col, rows: 1, cols: 1, values: [[value]] };
  }

  /**
   * A plain Excel SUM or PRODUCT over single cells, for totals and simple scalings a planner reads at a glance
   * (=SUM(C5,C9), =PRODUCT(C7,Assumptions!$B$12)). The planning logic itself stays in the SPR functions.
   */
  arithmetic(row: number, col: number, op: "SUM" | "PRODUCT", refs: Ref[], opts: CellOptions = {}): Ref {
    const values = refs.map((r) => r.values[0][0]);
    if (values.some((v) => typeof v !== "number")) throw new BuildError(`${op} over a cell that is not a number`);
    const nums = values as number[];
    const value = op === "SUM" ? nums.reduce((a, b) => a + b, 0) : nums.reduce((a, b) => a * b, 1);
    this.set({ row, col, value, formula: `${op}(${refs.map((r) => refText({ ...r, rows: 1, cols: 1 })).join(",")})`, ...opts });
    return { sheet: this.name, row, col, rows: 1, cols: 1, values: [[value]] };
  }

  /** A plain reference to a cell on another sheet (=Sheet!$C$5), showing its value. */
  link(row: number, col: number, target: Ref, opts: CellOptions = {}): Ref {
    const value = target.values[0][0];
    this.set({ row, col, value, formula: refText({ ...target, rows: 1, cols: 1 }), ...opts });
    return { sheet: this.name, row, col, rows: 1, cols: 1, values: [[value]] };
  }

  /**
   * A function returning a range, laid out cell by cell as INDEX(SPR.X(…), r, c) so every cell holds a live formula
   * and the block can sit inside an Excel table (array formulas cannot). `skipRows` leaves out header rows.
   */
  formulaBlock(
    row: number,
    col: number,
    fn: Fn,
    args: FormulaArg[],
    opts: CellOptions & { skipRows?: number; omitCols?: number[]; formats?: (NumberFormat | undefined)[] } = {},
  ): Ref {
    const result = callFunction(fn, args);
    const grid = (Array.isArray(result) ? result : [[result]]) as CellValue[][];
    const skip = opts.skipRows ?? 0;
    const text = formulaText(fn, args);
    const keep = (grid[0] ?? []).map((_, j) => j).filter((j) => !opts.omitCols?.includes(j));
    const shown = grid.slice(skip).map((r) => keep.map((j) => r[j]));
    shown.forEach((r, i) =>
      r.forEach((v, k) => {
        const j = keep[k];
        const format = opts.formats?.[j] ?? opts.format;
        this.set({ row: row + i, col: col + k, value: v, formula: `INDEX(${text},${i + skip + 1},${j + 1})`, format, style: opts.style });
      }),
    );
    return { sheet: this.name, row, col, rows: shown.length, cols: shown[0]?.length ?? 0, values: shown };
  }

  title(title: string, subtitle: string): void {
    this.put(0, 0, title, { style: "title" });
    this.put(1, 0, subtitle, { style: "subtitle" });
  }

  note(row: number, text: string): void {
    this.put(row, 0, text, { style: "note" });
  }

  /** Registers an Excel table over a header row at (row, col) and `rows` data rows already written below it. */
  table(name: string, row: number, col: number, columns: string[], rows: number): void {
    columns.forEach((h, j) => this.put(row, col + j, h, { style: "header" }));
    this.tables.push({ name, row, col, columns, rows });
  }

  rag(ref: Ref): void {
    this.ragRules.push({ row: ref.row, col: ref.col, rows: ref.rows, cols: ref.cols });
  }

  chart(chart: ChartModel): void {
    this.charts.push(chart);
  }

  columnWidths(widths: number[]): void {
    this.widths = widths;
  }

  freeze(rows: number): void {
    this.frozen = rows;
  }

  build(): SheetModel {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    return {
      name: this.name,
      cells,
      tables: this.tables,
      ragRules: this.ragRules,
      charts: this.charts,
      widths: this.widths,
      freezeRows: this.frozen,
    };
  }
}
