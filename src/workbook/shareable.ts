/**
 * The copy of a planning workbook for readers without the add-in (the PCC's office, the ROCU board, other forces,
 * HMICFRS): every formula that calls an SPR function is replaced by the value it shows, so no cell can turn into
 * #NAME? when Excel (or LibreOffice) recalculates; native formulas (SUM, PRODUCT, links between cells) stay live;
 * each sheet's subtitle says it is a copy with the figures as built; the Audit sheet is left exactly as it is.
 */
import { ADDIN_VERSION } from "../core/version";
import { sprFunctions } from "./formula-refs";
import { SheetKey } from "./layout/context";
import { CellModel, SheetModel } from "./model";

/** The line added to each sheet's subtitle in the copy. */
export function shareableBanner(builtAt: string): string {
  return `SHARED COPY: figures as built by SPR Planner ${ADDIN_VERSION} at ${builtAt}; SPR formulas replaced by their values (open the live workbook with the add-in to recalculate)`;
}

function asValue(c: CellModel): CellModel {
  const keep = c.spilledFrom !== undefined || (c.formula !== undefined && sprFunctions(c.formula).length > 0);
  if (!keep) return c;
  // the value shown, without the formula that computed it (or the spill it came from)
  const out: CellModel = { ...c };
  delete out.formula;
  delete out.spill;
  delete out.spilledFrom;
  return out;
}

/** The sheets of the shareable copy, from the live workbook's sheets and the names they were written under. */
export function shareableModels(models: SheetModel[], names: Record<SheetKey, string>, builtAt: string): SheetModel[] {
  const banner = shareableBanner(builtAt);
  return models.map((m) => {
    if (m.name === names.audit) return m;
    const cells = m.cells.map((c) =>
      c.row === 1 && c.col === 0 && typeof c.value === "string" && !c.formula ? { ...c, value: `${c.value} · ${banner}` } : asValue(c),
    );
    // tables stay as in the live workbook (one that held a spill stays a range), so the copy looks the same
    return { ...m, cells };
  });
}
