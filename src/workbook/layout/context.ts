/**
 * What every section of the planning workbook shares while it is laid out: the plan, the final sheet names, the
 * Inputs sheet (each section adds its inputs and gets back references for its formulas) and the Assumptions sheet
 * (an assumption's row is written the first time a section uses it, showing whether the plan set it or it is the
 * registry's default).
 */
import { findAssumption, planAssumptions, sourceOf } from "../../core/assumptions/registry";
import { CellValue, NumberFormat, SheetModel } from "../model";
import { BuildError, Ref, SheetBuilder } from "../sheet-builder";
import { CheckWarning } from "../../core/checks/checks";
import { Plan } from "../../plan/plan";
import type { RollUpForce } from "../../plan/rollup";

export const SHEETS = {
  summary: "Summary",
  inputs: "Inputs",
  assumptions: "Assumptions",
  publicOrder: "Public order",
  armedPolicing: "Armed policing",
  soc: "SOC",
  capabilities: "Capabilities",
  uncertainty: "Uncertainty",
  section22: "Section 22",
  costs: "Costs",
  mediumTerm: "Medium term",
  forces: "Forces",
  scenarios: "Scenarios",
  statement: "Statement",
  audit: "Audit",
} as const;

export type SheetKey = keyof typeof SHEETS;

/** One line of the Summary sheet: a requirement against what the force has. */
export interface SummaryLine {
  area: string;
  measure: string;
  required: Ref;
  available: Ref;
  format: NumberFormat;
  /** The SPR paragraph or assumption the requirement rests on. */
  basis: string;
  /** The register capability the requirement answers to ("117c" for PSUs), so the checks can hold the self-assessment to it. */
  capability?: string;
  /** How the Costs sheet prices the line, when it counts officers. */
  costing?: { area: CostArea; officersEach: number; demand: "publicOrder" | "armedPolicing" | "soc" };
  /** The cost of closing the gap, once the Costs sheet has laid it out. */
  costs?: { oneOff: Ref; recurring: Ref };
}

/** Which course and training defaults price a gap (SPR.GAPCOST's area). */
export type CostArea = "PSU" | "AFO" | "SOC";

export const INPUT_COLUMNS = ["Section", "Input", "Value", "Unit"];

/** An input cell and the plan field it came from ("armedPolicing.incidentsPerYear", "assumptions.WEEKLY_HOURS"): what `spr plan` reads back. */
export interface PlanCell {
  path: string;
  sheet: string;
  row: number;
  col: number;
  /** What the cells left of it in its row hold (the Inputs sheet's section and label, the Assumptions sheet's key). */
  labels: string[];
  /** What the cell shows when the plan leaves the field out (a default), so that value read back leaves it out still. */
  absent?: CellValue;
}

/**
 * How a list's cell reads back: "datetime" a date cell (Excel's serial) as the plan's ISO text, "force" a force's
 * name as the reference data writes it (the plan's own spelling kept while the cell shows the same force).
 */
export type ListKind = "datetime" | "force";

/**
 * One field of a list's items and the column (from 0, on the sheet) that holds it; `field` "" when each item is the
 * cell itself (a list of numbers). `absent`: what the cell shows for an item that leaves the field out.
 */
export interface ListField {
  field: string;
  col: number;
  kind?: ListKind;
  absent?: CellValue;
}

/**
 * A list in the plan laid out as a table on a section sheet, one item a row under a header row: what `spr plan` reads
 * back row by row (rows added below it, rows deleted). `optional`: a list of numbers whose cells are all formulas
 * (links to assumptions) is left out of the plan. `derived`: rows the table shows that the plan's list does not hold
 * (values the build worked out, as [first field, other fields…]); such a row joins the list only once edited.
 * `across`: a list of numbers laid along one row (a year a cell), right of the label in column `col`, `rows` cells
 * long from its one field's column; a cell that is a formula (a link to an assumption) is not the plan's figure. The header texts, the label over the table and the first text
 * below it in its first column are taken from the built sheet (finishLists), so a reader finds the table after rows
 * are inserted or deleted above it and knows where it ends.
 */
export interface PlanList {
  path: string;
  sheet: string;
  row: number;
  col: number;
  rows: number;
  fields: ListField[];
  optional?: boolean;
  derived?: CellValue[][];
  across?: boolean;
  headers: CellValue[];
  above: CellValue;
  end: CellValue;
}
export const ASSUMPTION_COLUMNS = ["Key", "Value", "Unit", "Set by", "Source", "Reasoning"];

export class LayoutContext {
  readonly inputs: SheetBuilder;
  readonly assumptions: SheetBuilder;
  readonly summary: SummaryLine[] = [];
  /** A roll-up's forces with, for each force plan, its own workbook's layout (src/workbook/build.ts lays them out). */
  rollUp: { force: RollUpForce["force"]; source?: string; index?: number; member?: LayoutContext }[] = [];
  /** The plan's named scenarios, each laid out as its own workbook (src/workbook/build.ts), for the Scenarios sheet. */
  scenarios: { name: string; ctx: LayoutContext }[] = [];
  /** What the Summary says when it has no lines (a roll-up of reference data alone says where its figures are). */
  emptySummary?: string;
  /** The plan's departures from the SPR (src/core/checks), found once every section is laid out. */
  checks: CheckWarning[] = [];
  private inputRow = 4;
  private assumptionRow = 4;
  private assumptionRefs = new Map<string, Ref>();
  private published = new Map<string, Ref>();
  /** The input cells whose values `spr plan` reads back into the plan, by the plan field each came from. */
  readonly planCells: PlanCell[] = [];
  /** The plan's lists laid out as tables on the section sheets, read back row by row. */
  readonly planLists: PlanList[] = [];
  /** The plan's assumption overrides by registry key, read as every other door reads them. */
  private readonly overrides: Map<string, number>;

  constructor(
    readonly plan: Plan,
    readonly names: Record<SheetKey, string>,
  ) {
    this.inputs = new SheetBuilder(names.inputs);
    this.assumptions = new SheetBuilder(names.assumptions);
    this.overrides = planAssumptions(plan.assumptions);
  }

  get subtitle(): string {
    return `${this.plan.organisation.name} · financial year ${this.plan.financialYear}`;
  }

  /**
   * Adds one input row (section, label, value, unit) and returns a reference to its value cell. `path` names the plan
   * field the value came from, when it is the field's value as it stands (so the cell can be read back into the plan).
   */
  input(section: string, label: string, value: CellValue, unit: string, format?: NumberFormat, path?: string, absent?: CellValue): Ref {
    const r = this.inputRow++;
    if (path)
      this.planCells.push({
        path,
        sheet: this.inputs.name,
        row: r,
        col: 2,
        labels: [section, label],
        ...(absent === undefined ? {} : { absent }),
      });
    this.inputs.put(r, 0, section);
    this.inputs.put(r, 1, label);
    this.inputs.put(r, 3, unit);
    return this.inputs.put(r, 2, value, { format, style: "input" });
  }

  /** The cell holding an assumption's value: the plan's figure if it sets one, else the registry default. */
  assumption(key: string): Ref {
    const known = this.assumptionRefs.get(key);
    if (known) return known;
    const a = findAssumption(key);
    const planValue = this.overrides.get(a.key);
    const r = this.assumptionRow++;
    this.assumptions.put(r, 0, a.key);
    const ref = this.assumptions.put(r, 1, planValue ?? a.value, { style: "input" });
    this.planCells.push({ path: `assumptions.${a.key}`, sheet: this.assumptions.name, row: r, col: 1, labels: [a.key] });
    this.assumptions.put(r, 2, a.unit);
    this.assumptions.put(r, 3, planValue === undefined ? "default" : "plan");
    this.assumptions.put(r, 4, sourceOf(a));
    this.assumptions.put(r, 5, a.reasoning);
    this.assumptionRefs.set(key, ref);
    return ref;
  }

  /**
   * Records a plan list laid out as a table (header row `row` at column `col` of sheet `s`, `rows` items below it,
   * `fields` in their columns) so that `spr plan` reads it back from its cells.
   */
  list(
    path: string,
    s: SheetBuilder,
    row: number,
    col: number,
    rows: number,
    fields: ListField[],
    options: { optional?: boolean; derived?: CellValue[][]; across?: boolean } = {},
  ): void {
    this.planLists.push({ path, sheet: s.name, row, col, rows, fields, ...options, headers: [], above: null, end: null });
  }

  /** Takes each list's header texts, the label over it and the first text below it from the built sheets. */
  finishLists(models: SheetModel[]): void {
    for (const l of this.planLists) {
      const cells = new Map((models.find((m) => m.name === l.sheet)?.cells ?? []).map((c) => [`${c.row},${c.col}`, c.value]));
      const at = (r: number, c: number) => cells.get(`${r},${c}`) ?? null;
      const last = Math.max(...l.fields.map((f) => f.col));
      if (l.across) {
        // a row's label, and the one over it (a demand row sits under its requirement's label)
        [l.headers, l.above, l.end] = [[at(l.row, l.col)], at(l.row - 1, l.col), null];
        continue;
      }
      l.headers = Array.from({ length: last - l.col + 1 }, (_, j) => at(l.row, l.col + j));
      l.above = at(l.row - 1, l.col);
      const below = [...cells.entries()]
        .map(([k, v]) => [...k.split(",").map(Number), v] as [number, number, CellValue])
        .filter(([r, c, v]) => c === l.col && r > l.row + l.rows && v !== null && v !== "")
        .sort((a, b) => a[0] - b[0]);
      l.end = below.length ? below[0][2] : null;
    }
  }

  /** Makes a section's cell available to later sections (the Uncertainty sheet reads the other sheets' inputs). */
  publish(key: string, ref: Ref): void {
    this.published.set(key, ref);
  }

  /** A cell an earlier section published. */
  lookup(key: string): Ref {
    const ref = this.published.get(key);
    if (!ref) throw new BuildError(`the workbook layout needs "${key}" from an earlier sheet`);
    return ref;
  }

  has(key: string): boolean {
    return this.published.has(key);
  }

  addSummary(line: SummaryLine): void {
    this.summary.push(line);
  }

  finishInputs(): void {
    this.inputs.title("Inputs", this.subtitle);
    const about =
      this.plan.organisation.kind === "force" ? "threat inputs and what the force has" : `the ${this.plan.organisation.kind}'s own figures`;
    this.inputs.note(2, `What the plan file gave: ${about}. Formulas on the other sheets read these cells.`);
    this.inputs.table("SprInputs", 3, 0, INPUT_COLUMNS, Math.max(1, this.inputRow - 4));
    this.inputs.columnWidths([18, 52, 16, 22]);
    this.inputs.freeze(4);
  }

  finishAssumptions(): void {
    this.assumptions.title("Assumptions", this.subtitle);
    const none = this.assumptionRow === 4 ? " This plan gives every figure its sheets need itself: no planning assumption is used." : "";
    this.assumptions.note(
      2,
      `Planning assumptions are not SPR figures: each has a public source or is marked illustrative. "default" means the plan left it at the registry's value.${none}`,
    );
    this.assumptions.table("SprAssumptions", 3, 0, ASSUMPTION_COLUMNS, Math.max(1, this.assumptionRow - 4));
    this.assumptions.columnWidths([26, 12, 22, 10, 60, 70]);
    this.assumptions.freeze(4);
  }
}
