/**
 * The Workbook port over Office.js: writes the planning workbook into the workbook open in Excel.
 *
 * Safety: every sheet the add-in writes carries a mark (a worksheet custom property, ExcelApi 1.12; where that is
 * missing, a workbook setting listing the marked sheets by id, each with a token the sheet itself also holds in a
 * sheet-scoped name). Only marked sheets are ever replaced or deleted. Worksheet ids have changed across sessions and
 * versions (office-js-docs #297, office-js #1390), so in the settings fallback an id alone never proves a sheet is
 * ours: the sheet with that id must hold the same token.
 *
 * All or nothing: the new sheets are written under temporary names ("SPR incomplete 1"…, marked incomplete), with
 * their formulas pointing at one another's temporary names. Only when every sheet is written are the old marked sheets
 * deleted and the new ones renamed, in one batch; Excel carries the formulas along with the renames. If writing fails,
 * the temporary sheets are deleted and the workbook is as it was. If the final batch itself fails part-way, the sheets
 * not yet renamed keep their "SPR incomplete" names and mark, and the error says so.
 *
 * Load/sync discipline: two syncs to read the sheets, one per sheet written (very large sheets one per block of rows),
 * one for the swap.
 */
import { SheetModel } from "./model";
import { writeSheetContent } from "./officejs-sheet";
import { ExistingSheet, OWNER_KEY, OwnerState, WorkbookPort } from "./port";
import { checkWritable } from "./safety";

export { OWNER_KEY } from "./port";
/** The workbook setting used instead where worksheet custom properties are not supported: { [sheet id]: state }. */
export const OWNER_SETTING = "SprPlanner.sheets";
/** The sheet-scoped name that holds a sheet's token in the settings fallback (="token"). */
export const MARK_NAME = "SprPlannerMark";
/** Tab names of sheets being built; a build that stopped part-way leaves them, so they say so. */
export const INCOMPLETE_PREFIX = "SPR incomplete";

/** A sheet's entry in the settings fallback: its state and the token its MARK_NAME must hold. */
export interface SettingMark {
  state: OwnerState;
  token: string;
}

type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeJsOptions {
  /** Excel.run, or a stand-in for tests. */
  run?: Run;
  /** Whether worksheet custom properties (ExcelApi 1.12) are supported; asks Office when left out. */
  customProperties?: boolean;
  /** Most cells written between two syncs (Excel on the web limits the size of one request). */
  maxCellsPerSync?: number;
}

interface SheetInfo {
  name: string;
  id: string;
  state: OwnerState | null;
  /** In the settings fallback, the token the sheet proved it holds. */
  token?: string;
}

/** A fresh token for a build's marks (not a secret: it only has to differ from what another sheet could hold). */
function newToken(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Thrown when the final swap failed part-way: some new sheets are in place, the rest still marked incomplete. */
export class IncompleteBuildError extends Error {}

function freeName(base: string, taken: Set<string>): string {
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}_${k}`;
  taken.add(name.toLowerCase());
  return name;
}

export class OfficeJsWorkbook implements WorkbookPort {
  private readonly run: Run;
  private readonly customProperties: boolean;
  private readonly maxCellsPerSync: number;

  constructor(opts: OfficeJsOptions = {}) {
    this.run = opts.run ?? ((batch) => Excel.run(batch));
    this.customProperties = opts.customProperties ?? Office.context.requirements.isSetSupported("ExcelApi", "1.12");
    this.maxCellsPerSync = opts.maxCellsPerSync ?? 20_000;
  }

  async listSheets(): Promise<ExistingSheet[]> {
    const sheets = await this.run((ctx) => this.readSheets(ctx));
    return sheets.map((s) => ({ name: s.name, ownedByAddin: s.state !== null }));
  }

  /** Names, ids and marks of every worksheet: two syncs. */
  private async readSheets(ctx: Excel.RequestContext): Promise<SheetInfo[]> {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/id");
    const setting = this.customProperties ? null : ctx.workbook.settings.getItemOrNullObject(OWNER_SETTING);
    setting?.load("value");
    await ctx.sync();
    if (setting) {
      const marks = this.settingMarks(setting);
      const names = sheets.items.map((s) => s.names.getItemOrNullObject(MARK_NAME));
      names.forEach((n) => n.load("formula"));
      await ctx.sync();
      // ours only when the setting lists the id and the sheet with that id holds the same token
      return sheets.items.map((s, i) => {
        const m = marks[s.id];
        const proven = m !== undefined && !names[i].isNullObject && names[i].formula === `="${m.token}"`;
        return proven ? { name: s.name, id: s.id, state: m.state, token: m.token } : { name: s.name, id: s.id, state: null };
      });
    }
    const props = sheets.items.map((s) => s.customProperties.getItemOrNullObject(OWNER_KEY));
    props.forEach((p) => p.load("value"));
    await ctx.sync();
    return sheets.items.map((s, i) => ({ name: s.name, id: s.id, state: props[i].isNullObject ? null : (props[i].value as OwnerState) }));
  }

  /** The setting's marks; an entry without a token (an older format) proves nothing and is left out. */
  private settingMarks(setting: Excel.Setting): Record<string, SettingMark> {
    if (setting.isNullObject) return {};
    const v = setting.value;
    const all = ((typeof v === "string" ? JSON.parse(v) : v) ?? {}) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(all).filter(
        (e): e is [string, SettingMark] => typeof e[1] === "object" && e[1] !== null && typeof (e[1] as SettingMark).token === "string",
      ),
    );
  }

  /** Marks a sheet; in settings mode the sheet's id must have been loaded and its MARK_NAME written with `token`. */
  private mark(ws: Excel.Worksheet, state: OwnerState, marks: Record<string, SettingMark>, token: string): void {
    if (this.customProperties) ws.customProperties.add(OWNER_KEY, state);
    else marks[ws.id] = { state, token };
  }

  async writeSheets(models: SheetModel[], onSheet?: (name: string, index: number, count: number) => void): Promise<void> {
    const temps: string[] = [];
    let swapping = false;
    try {
      await this.run(async (ctx) => {
        const tables = ctx.workbook.tables;
        tables.load("items/name,items/worksheet/name");
        const existing = await this.readSheets(ctx);
        checkWritable(
          existing.map((s) => ({ name: s.name, ownedByAddin: s.state !== null })),
          models,
        );
        const wanted = new Set(models.map((m) => m.name.toLowerCase()));
        const doomed = existing.filter((s) => s.state === "incomplete" || (s.state !== null && wanted.has(s.name.toLowerCase())));
        const doomedNames = new Set(doomed.map((s) => s.name.toLowerCase()));
        const marks: Record<string, SettingMark> = {};
        if (!this.customProperties)
          for (const s of existing)
            if (s.state && s.token && !doomedNames.has(s.name.toLowerCase())) marks[s.id] = { state: s.state, token: s.token };
        const token = newToken();

        // temporary sheet and table names, clear of everything in the workbook
        const sheetNames = new Set(existing.map((s) => s.name.toLowerCase()));
        let k = 1;
        for (let i = 0; i < models.length; i++) {
          while (sheetNames.has(`${INCOMPLETE_PREFIX} ${k}`.toLowerCase())) k++;
          temps.push(`${INCOMPLETE_PREFIX} ${k++}`);
        }
        const rename = new Map(models.map((m, i) => [m.name, temps[i]]));
        const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
        const tempTables = new Map<string, string>();
        const tableName = (final: string) =>
          tempTables.get(final) ?? tempTables.set(final, freeName(`${final}_building`, tableNames)).get(final)!;

        // every sheet is added in the first batch, so formulas on the first can already point at the last
        const created = temps.map((t) => ctx.workbook.worksheets.add(t));
        if (this.customProperties) created.forEach((ws) => this.mark(ws, "incomplete", marks, token));
        else
          created.forEach((ws) => {
            ws.load("id");
            // the token the sheet carries with it, checked together with its id (see the header)
            ws.names.add(MARK_NAME, `="${token}"`);
          });
        for (let i = 0; i < models.length; i++) {
          await writeSheetContent(ctx, created[i], models[i], { rename, tableName, maxCellsPerSync: this.maxCellsPerSync });
          if (i === 0 && !this.customProperties) {
            await ctx.sync(); // the new sheets' ids are known only now
            created.forEach((ws) => this.mark(ws, "incomplete", marks, token));
            ctx.workbook.settings.add(OWNER_SETTING, JSON.stringify(marks));
          }
          await ctx.sync();
          onSheet?.(models[i].name, i, models.length);
        }

        // the swap: one batch. Old marked sheets (and leftovers of an earlier failed build) go; the new ones take their names.
        swapping = true;
        const survivors = new Set(
          tables.items.filter((t) => !doomedNames.has(t.worksheet.name.toLowerCase())).map((t) => t.name.toLowerCase()),
        );
        for (const s of doomed) {
          ctx.workbook.worksheets.getItem(s.name).delete();
          delete marks[s.id];
        }
        created.forEach((ws, i) => {
          ws.name = models[i].name;
          this.mark(ws, "owned", marks, token);
        });
        for (const [final, temp] of tempTables) ctx.workbook.tables.getItem(temp).name = freeName(final, survivors);
        if (!this.customProperties) ctx.workbook.settings.add(OWNER_SETTING, JSON.stringify(marks));
        created[0]?.activate();
        await ctx.sync();
      });
    } catch (e) {
      if (swapping) {
        throw new IncompleteBuildError(
          `the build stopped while putting the new sheets in place (${e instanceof Error ? e.message : String(e)}). ` +
            `Sheets still named "${INCOMPLETE_PREFIX} …" are unfinished and marked incomplete; build again to replace them.`,
        );
      }
      try {
        await this.removeSheets(temps);
      } catch (cleanup) {
        throw new IncompleteBuildError(
          `the build failed (${e instanceof Error ? e.message : String(e)}) and its unfinished sheets could not be removed ` +
            `(${cleanup instanceof Error ? cleanup.message : String(cleanup)}). Sheets named "${INCOMPLETE_PREFIX} …" are unfinished; delete them or build again.`,
        );
      }
      throw e;
    }
  }

  /**
   * Rolls back a failed build: deletes the temporary sheets that exist. Their names were free when the build began,
   * so a sheet by that name now is one this build added (even if the batch failed before its mark was written).
   */
  private async removeSheets(names: string[]): Promise<void> {
    if (!names.length) return;
    await this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync();
      const temp = new Set(names.map((n) => n.toLowerCase()));
      for (const s of sheets.items) if (temp.has(s.name.toLowerCase())) s.delete();
      await ctx.sync();
    });
  }
}
