/**
 * Reading cells back from a workbook, for Explain: the selected cell, and blocks of cells with their formulas. The
 * task pane reads through this whether the workbook is Excel's (Office.js) or the in-memory one.
 */
import { MemoryWorkbook } from "./memory-adapter";
import { CellValue } from "./model";

export interface CellAddress {
  sheet: string;
  row: number;
  col: number;
}

export interface Block extends CellAddress {
  rows: number;
  cols: number;
}

export interface BlockContents {
  /** The formula in user syntax with its "=", or null for a constant or a blank. */
  formulas: (string | null)[][];
  values: CellValue[][];
}

export interface CellReader {
  /** The cell selected in the workbook, or null where there is no selection (outside Excel). */
  selectedCell(): Promise<CellAddress | null>;
  /** Several blocks in one go; throws an Error naming the sheet when a sheet does not exist. */
  readBlocks(blocks: Block[]): Promise<BlockContents[]>;
}

export class MissingSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`there is no sheet called "${sheet}"`);
  }
}

/** The in-memory workbook's cells, as the sheet models hold them. */
export class MemoryCellReader implements CellReader {
  constructor(private readonly workbook: MemoryWorkbook) {}

  async selectedCell(): Promise<CellAddress | null> {
    return null;
  }

  async readBlocks(blocks: Block[]): Promise<BlockContents[]> {
    return blocks.map((b) => {
      const entry = [...this.workbook.sheets].find(([name]) => name.toLowerCase() === b.sheet.toLowerCase());
      if (!entry) throw new MissingSheetError(b.sheet);
      const cells = new Map((entry[1].model?.cells ?? []).map((c) => [`${c.row},${c.col}`, c]));
      const grid = <T>(f: (r: number, c: number) => T): T[][] =>
        Array.from({ length: b.rows }, (_, i) => Array.from({ length: b.cols }, (_, j) => f(b.row + i, b.col + j)));
      return {
        formulas: grid((r, c) => {
          const f = cells.get(`${r},${c}`)?.formula;
          return f ? `=${f}` : null;
        }),
        values: grid((r, c) => cells.get(`${r},${c}`)?.value ?? null),
      };
    });
  }
}
