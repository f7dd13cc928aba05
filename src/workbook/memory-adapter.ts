/**
 * An in-memory workbook behind the Workbook port: for tests, and for the task pane when it runs outside Excel.
 * It keeps each sheet's model and an ownership mark, and enforces the same safety rules as the real adapters.
 */
import { SheetModel } from "./model";
import { ExistingSheet, WorkbookPort } from "./port";
import { checkWritable } from "./safety";

export class MemoryWorkbook implements WorkbookPort {
  readonly sheets = new Map<string, { model: SheetModel | null; ownedByAddin: boolean }>();

  /** A user's own sheet, which the add-in must never overwrite. */
  addUserSheet(name: string): void {
    this.sheets.set(name, { model: null, ownedByAddin: false });
  }

  async listSheets(): Promise<ExistingSheet[]> {
    return [...this.sheets.entries()].map(([name, s]) => ({ name, ownedByAddin: s.ownedByAddin }));
  }

  async writeSheets(models: SheetModel[], onSheet?: (name: string, index: number, count: number) => void): Promise<void> {
    checkWritable(await this.listSheets(), models);
    const staged = new Map(this.sheets);
    models.forEach((m, i) => {
      staged.set(m.name, { model: m, ownedByAddin: true });
      onSheet?.(m.name, i, models.length);
    });
    this.sheets.clear();
    for (const [k, v] of staged) this.sheets.set(k, v);
  }

  model(name: string): SheetModel | undefined {
    return this.sheets.get(name)?.model ?? undefined;
  }
}
