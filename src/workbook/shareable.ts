/**
 * The copy of a planning workbook for readers without the add-in (the PCC's office, the ROCU board, other forces,
 * HMICFRS, anyone in LibreOffice or Google Sheets): every formula that calls an SPR function is replaced by the value
 * it shows, so no cell can turn into #NAME? when the application recalculates; native formulas (SUM, PRODUCT, links
 * between cells) stay live, a reference to a whole spill (A1#) becoming the range it covered; each sheet's subtitle
 * says it is a copy with the figures as built; the Audit sheet is left exactly as it is. A function over the built
 * sheets, so `spr build --shareable` and the task pane make the same copy.
 */
import { ADDIN_VERSION } from "../core/version";
import { replaceRefs, sprFunctions } from "./formula-refs";
import { SheetKey } from "./layout/context";
import { CellModel, SheetModel, address } from "./model";
import { BuildError } from "./sheet-builder";

/** The line added to each sheet's subtitle in the copy. */
export function shareableBanner(builtAt: string): string {
  return `SHARED COPY: figures as built by SPR Planner ${ADDIN_VERSION} at ${builtAt}; SPR formulas replaced by their values (open the live workbook with the add-in to recalculate)`;
}

type Spills = Map<string, Map<string, { rows: number; cols: number }>>;

function asValue(c: CellModel, sheet: string, spills: Spills): CellModel {
  if (c.spilledFrom === undefined && c.formula === undefined) return c;
  if (c.formula !== undefined && c.spilledFrom === undefined && sprFunctions(c.formula).length === 0) {
    if (!c.formula.includes("#")) return c;
    // a native formula over a whole spill: the range the spill covered, now plain values
    const formula = replaceRefs(c.formula, (r, spill, text) => {
      if (!spill) return text;
      const s = spills.get((r.sheet ?? sheet).toLowerCase())?.get(`${r.row},${r.col}`);
      if (!s) throw new BuildError(`${sheet}: ${c.formula} refers to a spill at ${text} that is not there`);
      return `${text}:${address(r.row + s.rows - 1, r.col + s.cols - 1, true)}`;
    });
    return { ...c, formula };
  }
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
  const spills: Spills = new Map(
    models.map((m) => [m.name.toLowerCase(), new Map(m.cells.filter((c) => c.spill).map((c) => [`${c.row},${c.col}`, c.spill!]))]),
  );
  return models.map((m) => {
    if (m.name === names.audit) return m;
    const cells = m.cells.map((c) =>
      c.row === 1 && c.col === 0 && typeof c.value === "string" && !c.formula
        ? { ...c, value: `${c.value} · ${banner}` }
        : asValue(c, m.name, spills),
    );
    // tables stay as in the live workbook (one that held a spill stays a range), so the copy looks the same
    return { ...m, cells };
  });
}
