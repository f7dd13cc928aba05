/**
 * Builds one SheetModel like a small spreadsheet: values go into cells and come back as references; formula cells
 * call an SPR custom function on those references, so the workbook holds live formulas whose cached values are what
 * the very functions Excel registers compute for the same inputs.
 */
import * as functions from "../functions/functions";
import { CellModel, CellStyle, CellValue, ChartModel, NumberFormat, SheetModel, TableModel, address, sheetRef } from "./model";
import { PARAMETER_NAMES } from "./parameter-names";
import { addDecimals, excelDecimal } from "../core/decimal";
import { PENNY, roundToUnits, unitsToNumber } from "../core/section22/money";

/** A cell or block of cells written earlier, with the values it holds. */
export interface Ref {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  values: CellValue[][];
  /** The whole block of the dynamic array this block lies in: a block that is all of it is referred to as Sheet!$A$1#. */
  spill?: { row: number; col: number; rows: number; cols: number };
}

/** An SPR custom function, whatever its parameters (each is Excel's loose `any`). */
export type Fn = (...args: never[]) => unknown;

/** An SPR function called inside another's arguments, as =SPR.SIMSTATS(SPR.ARVSIM(…), …) is written in Excel. */
export interface NestedCall {
  fn: Fn;
  args: FormulaArgs;
}

export type FormulaArg = Ref | NestedCall | number | string | boolean | null;

/**
 * A call's arguments by parameter name, as the function's metadata names them (src/workbook/parameter-names.ts):
 * { incidents_per_year: incidents, mean_minutes: minutes }. Left out or null: omitted. Each is put in its place by
 * name, so an argument given to the wrong parameter fails the build rather than passing silently.
 */
export type FormulaArgs = Readonly<Record<string, FormulaArg | undefined>>;

export function nested(fn: Fn, args: FormulaArgs): NestedCall {
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

/** The arguments in the function's parameter order (omitted → null), refusing a name the function does not have. */
export function positional(fn: Fn, args: FormulaArgs): FormulaArg[] {
  const id = functionId(fn);
  const names = PARAMETER_NAMES[id];
  if (!names) throw new BuildError(`SPR.${id} has no parameter list (run npm run docs)`);
  const unknown = Object.keys(args).filter((k) => !names.includes(k));
  if (unknown.length) throw new BuildError(`SPR.${id} has no parameter ${unknown.join(", ")}; its parameters are ${names.join(", ")}`);
  return names.map((n) => args[n] ?? null);
}

/**
 * A reference in Excel's user syntax. A whole dynamic array is referred to by the spill operator on its anchor
 * (Sheet!$A$1#, stored in the file as _xlfn.ANCHORARRAY(Sheet!$A$1)), so the reference follows the spill.
 */
export function refText(r: Ref): string {
  const a = address(r.row, r.col, true);
  const s = r.spill;
  if (s && s.row === r.row && s.col === r.col && s.rows === r.rows && s.cols === r.cols) return `${sheetRef(r.sheet)}!${a}#`;
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
export function callFunction(fn: Fn, args: FormulaArgs): unknown {
  const values = positional(fn, args).map(argValue);
  try {
    return (fn as (...values: unknown[]) => unknown)(...values);
  } catch (e) {
    const err = e as { code?: string; message?: string };
    throw new BuildError(`SPR.${functionId(fn)} failed while building the workbook: ${err.code ?? ""} ${err.message ?? String(e)}`.trim());
  }
}

export function formulaText(fn: Fn, named: FormulaArgs): string {
  const args = positional(fn, named);
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
    const key = `${cell.row},${cell.col}`;
    const there = this.cells.get(key);
    // a value written over a dynamic array would silently delete its formula (or a cell of its result)
    if (there && (there.spill || there.spilledFrom) && !(cell.spill || cell.spilledFrom)) {
      throw new BuildError(`${this.name}!${address(cell.row, cell.col)} lies in a dynamic array; write around it`);
    }
    this.cells.set(key, cell);
  }

  /** Whether a cell is part of a dynamic array (its anchor or a cell it spills into). */
  private inSpill(row: number, col: number): boolean {
    const c = this.cells.get(`${row},${col}`);
    return Boolean(c?.spill || c?.spilledFrom);
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
  formula(row: number, col: number, fn: Fn, args: FormulaArgs, opts: CellOptions = {}): Ref {
    const result = callFunction(fn, args);
    const value = Array.isArray(result) ? (result as CellValue[][])[0][0] : (result as CellValue);
    if (Array.isArray(result) && (result.length !== 1 || result[0].length !== 1)) {
      throw new BuildError(`SPR.${functionId(fn)} returns a range; use formulaBlock`);
    }
    // A function declared to return a range, called for one value, is taken as INDEX(…,1,1): written bare, Excel 365
    // would show it as =@SPR.X(…) (implicit intersection), and a 1×1 dynamic array is recalculated by LibreOffice.
    const call = formulaText(fn, args);
    this.set({ row, col, value, formula: Array.isArray(result) ? `INDEX(${call},1,1)` : call, ...opts });
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
    const call = `${op}(${refs.map((r) => refText({ ...r, rows: 1, cols: 1 })).join(",")})`;
    if (op === "SUM" && opts.format === "money") {
      // a total of money is exact to the penny: =ROUND(SUM(…),2), cached as the exact sum of the amounts as Excel
      // shows them (15 significant digits) rounded to the penny, so no float residue (866397.6900000001) is stored
      const value = moneyTotal(nums);
      this.set({ row, col, value, formula: `ROUND(${call},2)`, ...opts });
      return { sheet: this.name, row, col, rows: 1, cols: 1, values: [[value]] };
    }
    const value = op === "SUM" ? nums.reduce((a, b) => a + b, 0) : nums.reduce((a, b) => a * b, 1);
    this.set({ row, col, value, formula: call, ...opts });
    return { sheet: this.name, row, col, rows: 1, cols: 1, values: [[value]] };
  }

  /** A plain reference to a cell on another sheet (=Sheet!$C$5), showing its value. */
  link(row: number, col: number, target: Ref, opts: CellOptions = {}): Ref {
    const value = target.values[0][0];
    this.set({ row, col, value, formula: refText({ ...target, rows: 1, cols: 1 }), ...opts });
    return { sheet: this.name, row, col, rows: 1, cols: 1, values: [[value]] };
  }

  /**
   * A function returning a range, written once as a dynamic-array formula in the block's top-left cell; Excel spills
   * the result over the block (each other cell holds only its cached value). The first `skipRows` rows of the result
   * are headers: they spill into the rows above `row`, styled as headers. `omitCols` leaves columns out through
   * CHOOSECOLS (still one call). Returns the data rows; a result shown whole is referred to as Sheet!$A$1#.
   */
  formulaBlock(
    row: number,
    col: number,
    fn: Fn,
    args: FormulaArgs,
    opts: CellOptions & { skipRows?: number; omitCols?: number[]; formats?: (NumberFormat | undefined)[] } = {},
  ): Ref {
    const result = callFunction(fn, args);
    const grid = (Array.isArray(result) ? result : [[result]]) as CellValue[][];
    const skip = opts.skipRows ?? 0;
    const keep = (grid[0] ?? []).map((_, j) => j).filter((j) => !opts.omitCols?.includes(j));
    const call = formulaText(fn, args);
    if (grid.length === 1 && keep.length === 1 && skip === 0) {
      // one figure of the result: a plain INDEX, not a one-cell dynamic array
      const value = grid[0][keep[0]];
      const format = opts.formats?.[keep[0]] ?? opts.format;
      this.set({ row, col, value, formula: `INDEX(${call},1,${keep[0] + 1})`, format, style: opts.style });
      return { sheet: this.name, row, col, rows: 1, cols: 1, values: [[value]] };
    }
    const text = keep.length === (grid[0]?.length ?? 0) ? call : `CHOOSECOLS(${call},${keep.map((j) => j + 1).join(",")})`;
    const shown = grid.map((r) => keep.map((j) => r[j]));
    const top = row - skip;
    const anchor = { row: top, col };
    shown.forEach((r, i) =>
      r.forEach((v, k) => {
        const format = i < skip ? undefined : (opts.formats?.[keep[k]] ?? opts.format);
        const style = i < skip ? "header" : opts.style;
        const first = i === 0 && k === 0;
        this.set({
          row: top + i,
          col: col + k,
          value: v,
          format,
          style,
          ...(first ? { formula: text, spill: { rows: shown.length, cols: keep.length } } : { spilledFrom: anchor }),
        });
      }),
    );
    const data = shown.slice(skip);
    return {
      sheet: this.name,
      row,
      col,
      rows: data.length,
      cols: data[0]?.length ?? 0,
      values: data,
      spill: { row: top, col, rows: shown.length, cols: keep.length },
    };
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
    // a header cell a function's own header row spills into keeps it (the spill is styled as a header)
    columns.forEach((h, j) => this.inSpill(row, col + j) || this.put(row, col + j, h, { style: "header" }));
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
    const spills = cells.filter((c) => c.spill && c.spill.rows * c.spill.cols > 1);
    const overlaps = (t: TableModel) =>
      spills.some(
        (c) =>
          c.row <= t.row + t.rows && c.row + c.spill!.rows > t.row && c.col < t.col + t.columns.length && c.col + c.spill!.cols > t.col,
      );
    const tables = this.tables.map((t) => (overlaps(t) ? { ...t, plainRange: true } : t));
    return { name: this.name, cells, tables, ragRules: this.ragRules, charts: this.charts, widths: this.widths, freezeRows: this.frozen };
  }
}

/** The exact sum of amounts read as Excel shows them, rounded to the penny (half away from zero, as ROUND). */
function moneyTotal(amounts: number[]): number {
  return unitsToNumber(roundToUnits(addDecimals(amounts.map(excelDecimal)), PENNY), PENNY);
}
