/**
 * Reading cells from the workbook open in Excel, for Explain: the active cell, and blocks of cells with their formulas,
 * all blocks of one request loaded together and read after a single sync.
 */
import { Block, BlockContents, CellAddress, CellReader, MissingSheetError } from "./cells";
import { formulaRefs } from "./formula-refs";
import { CellValue } from "./model";

type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class OfficeJsCells implements CellReader {
  private readonly run: Run;

  constructor(run?: Run) {
    this.run = run ?? ((batch) => Excel.run(batch));
  }

  async selectedCell(): Promise<CellAddress | null> {
    return this.run(async (ctx) => {
      const cell = ctx.workbook.getActiveCell();
      cell.load("address");
      await ctx.sync();
      const [ref] = formulaRefs(cell.address);
      return ref && ref.sheet !== null ? { sheet: ref.sheet, row: ref.row, col: ref.col } : null;
    });
  }

  async readBlocks(blocks: Block[]): Promise<BlockContents[]> {
    return this.run(async (ctx) => {
      const ranges = blocks.map((b) => {
        const r = ctx.workbook.worksheets.getItem(b.sheet).getRangeByIndexes(b.row, b.col, b.rows, b.cols);
        r.load("formulas,values");
        return r;
      });
      try {
        await ctx.sync();
      } catch (e) {
        // Excel says only that an item was not found; name the sheet when there is one candidate
        const sheets = [...new Set(blocks.map((b) => b.sheet))];
        if ((e as { code?: string }).code === "ItemNotFound" && sheets.length === 1) throw new MissingSheetError(sheets[0]);
        throw e;
      }
      return ranges.map((r) => ({
        formulas: (r.formulas as unknown[][]).map((row) => row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))),
        values: r.values as CellValue[][],
      }));
    });
  }
}
