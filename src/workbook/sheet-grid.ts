/**
 * A sheet model as the rectangular arrays Office.js writes in one operation each: formulas (constants included) and
 * number formats over the sheet's used block, and each cell style as a few rectangles. Pure, so it is tested
 * without Excel.
 */
import { CellModel, CellStyle, EXCEL_NUMBER_FORMATS, SheetModel } from "./model";

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SheetGrid {
  rows: number;
  cols: number;
  /** What Range.formulas takes: "=…" for a formula, numbers and booleans as they are, "" for a blank. */
  formulas: (string | number | boolean)[][];
  numberFormats: string[][];
}

/**
 * A text constant as Office.js must be given it. Office.js reads a string as if it were typed, so "2026/27" could
 * become a date and "=x" a formula; a leading apostrophe (Excel's own text prefix, never shown) keeps it text.
 */
export function textConstant(s: string): string {
  return s === "" ? "" : `'${s}`;
}

function entry(c: CellModel): string | number | boolean {
  if (c.formula) return `=${c.formula}`;
  // a cell a dynamic array spills into stays empty: Excel fills it from the anchor's formula (a value there would block
  // the spill with #SPILL!)
  if (c.spilledFrom) return "";
  if (c.value === null) return "";
  return typeof c.value === "string" ? textConstant(c.value) : c.value;
}

/** The block from A1 to the last used cell, rows [from, to) of it. */
export function sheetGrid(m: SheetModel, from = 0, to = Infinity): SheetGrid {
  const rows = m.cells.reduce((a, c) => Math.max(a, c.row + 1), 0);
  const cols = m.cells.reduce((a, c) => Math.max(a, c.col + 1), 0);
  const lo = Math.min(from, rows);
  const hi = Math.min(to, rows);
  const formulas = Array.from({ length: hi - lo }, () => Array<string | number | boolean>(cols).fill(""));
  const numberFormats = Array.from({ length: hi - lo }, () => Array<string>(cols).fill("General"));
  for (const c of m.cells) {
    if (c.row < lo || c.row >= hi) continue;
    formulas[c.row - lo][c.col] = entry(c);
    if (c.format) numberFormats[c.row - lo][c.col] = EXCEL_NUMBER_FORMATS[c.format];
  }
  return { rows: hi - lo, cols, formulas, numberFormats };
}

/** The number of used rows of a sheet model. */
export function usedRows(m: SheetModel): number {
  return m.cells.reduce((a, c) => Math.max(a, c.row + 1), 0);
}

/**
 * The cells of each style as rectangles: runs along a row, then runs of equal runs down the rows, so a column of
 * inputs or a header row is one rectangle (one Office.js operation), not one per cell.
 */
export function styleRects(m: SheetModel): Map<CellStyle, Rect[]> {
  const out = new Map<CellStyle, Rect[]>();
  const byStyle = new Map<CellStyle, CellModel[]>();
  for (const c of m.cells) if (c.style) byStyle.set(c.style, [...(byStyle.get(c.style) ?? []), c]);
  for (const [style, cells] of byStyle) {
    const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
    const runs: Rect[] = [];
    for (const c of sorted) {
      const last = runs[runs.length - 1];
      if (last && last.row === c.row && last.col + last.cols === c.col) last.cols++;
      else runs.push({ row: c.row, col: c.col, rows: 1, cols: 1 });
    }
    const open = new Map<string, Rect>();
    const rects: Rect[] = [];
    for (const r of runs) {
      const key = `${r.col},${r.cols}`;
      const above = open.get(key);
      if (above && above.row + above.rows === r.row) above.rows++;
      else {
        const rect = { ...r };
        open.set(key, rect);
        rects.push(rect);
      }
    }
    out.set(style, rects);
  }
  return out;
}
