/**
 * The Workbook port: what the planning workbook builder needs from a workbook, whatever holds it (an .xlsx file,
 * the open workbook in Excel, memory in tests). Layout logic is written once against this.
 */
import { SheetModel } from "./model";

/** The worksheet custom property (or settings entry) that marks a sheet as the add-in's (the pane and spr build write it). */
export const OWNER_KEY = "SprPlanner";
/** What the mark says: a sheet the add-in finished writing, or one a build left part-way. */
export type OwnerState = "owned" | "incomplete";

export interface ExistingSheet {
  name: string;
  /** True when the add-in created the sheet (and so may replace it); false for the user's own sheets. */
  ownedByAddin: boolean;
}

export interface WorkbookPort {
  /** The sheets the workbook holds now, in order. */
  listSheets(): Promise<ExistingSheet[]>;
  /**
   * Writes every sheet in one go: all or nothing. Each model's name must be free or name a sheet the add-in owns
   * (which is replaced). Adapters mark the sheets they write as the add-in's own. `onSheet` reports progress.
   */
  writeSheets(sheets: SheetModel[], onSheet?: (name: string, index: number, count: number) => void): Promise<void>;
}
