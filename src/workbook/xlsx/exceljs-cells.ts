/** A workbook file's cells read through ExcelJS, as cells.ts's CellReader (the CLI's `spr plan` reads through it). */
import ExcelJS from "exceljs";
import { Block, BlockContents, CellAddress, CellReader, MissingSheetError } from "../cells";
import { CellValue } from "../model";
import { fromFileFormula } from "../file-formula";

/** A cell's value as Excel shows it: numbers, text and booleans as they are, a formula's cached result, an error's text. */
export function shownValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object") return v;
  // ExcelJS reads a number in a date-formatted cell as a Date: back to Excel's serial number
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  if ("formula" in v || "sharedFormula" in v) return shownValue(((v as ExcelJS.CellFormulaValue).result ?? null) as ExcelJS.CellValue);
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("error" in v) return v.error;
  if ("text" in v) return String(v.text);
  return null;
}

export class ExcelJsCells implements CellReader {
  constructor(private readonly workbook: ExcelJS.Workbook) {}

  async selectedCell(): Promise<CellAddress | null> {
    return null;
  }

  async readBlocks(blocks: Block[]): Promise<BlockContents[]> {
    return blocks.map((b) => {
      const ws = this.workbook.getWorksheet(b.sheet);
      if (!ws) throw new MissingSheetError(b.sheet);
      // findCell reads without creating the cells it is asked about (getCell would add each to the sheet)
      const grid = <T>(f: (c: ExcelJS.Cell | undefined) => T): T[][] =>
        Array.from({ length: b.rows }, (_, i) => Array.from({ length: b.cols }, (_, j) => f(ws.findCell(b.row + i + 1, b.col + j + 1))));
      return {
        formulas: grid((c) => (c?.formula ? `=${fromFileFormula(c.formula)}` : null)),
        values: grid((c) => shownValue(c?.value ?? null)),
      };
    });
  }
}
