/** Small layout helpers shared by the section sheets. */
import { productiveHours } from "../../functions/workforce";
import { CellValue, NumberFormat } from "../model";
import { FormulaArgs, Ref, SheetBuilder } from "../sheet-builder";
import { LayoutContext } from "./context";

/** The plan's own figure as an input, or the assumption's cell (default or plan override) when the plan leaves it out. */
export function inputOrAssumption(
  ctx: LayoutContext,
  section: string,
  label: string,
  value: number | undefined,
  key: string,
  unit: string,
  format?: NumberFormat,
  path?: string,
): Ref {
  return value === undefined ? ctx.assumption(key) : ctx.input(section, label, value, unit, format, path);
}

/** A "Measure | Value | Unit | Rests on" row; returns the value cell. */
export function measureRow(
  s: SheetBuilder,
  row: number,
  measure: string,
  unit: string,
  basis: string,
  write: (row: number, col: number) => Ref,
): Ref {
  s.put(row, 0, measure);
  const ref = write(row, 1);
  s.put(row, 2, unit);
  s.put(row, 3, basis);
  return ref;
}

export const MEASURE_COLUMNS = ["Measure", "Value", "Unit", "Rests on"];

/** SPR.PRODUCTIVEHOURS's arguments: the six workforce assumptions' cells (as the Assumptions sheet holds them). */
export function productiveHoursArgs(ctx: LayoutContext): FormulaArgs {
  // each PRODUCTIVEHOURS parameter and the assumption that sets it
  const keys = {
    weekly_hours: "WEEKLY_HOURS",
    leave_days: "ANNUAL_LEAVE_DAYS",
    bank_holidays: "BANK_HOLIDAYS",
    training_days: "TRAINING_DAYS",
    sickness_days: "SICKNESS_DAYS",
    other_days: "OTHER_ABSTRACTION_DAYS",
  };
  return Object.fromEntries(Object.entries(keys).map(([p, k]) => [p, ctx.assumption(k)]));
}

/** Productive hours per officer from the six workforce assumptions. */
export function productiveHoursRow(ctx: LayoutContext, s: SheetBuilder, row: number): Ref {
  return measureRow(
    s,
    row,
    "Productive hours per officer a year",
    "hours",
    "Assumptions: working days less leave, bank holidays, training, sickness, other",
    (r, c) =>
      s.formula(r, c, productiveHours, productiveHoursArgs(ctx), {
        format: "hours",
      }),
  );
}

/** One cell of a block written earlier, as a reference of its own (row r, column c of the block). */
export function cellAt(ref: Ref, r: number, c = 0): Ref {
  return { ...ref, row: ref.row + r, col: ref.col + c, rows: 1, cols: 1, values: [[ref.values[r][c]]] };
}

/** A column of input cells under a header, returning the reference to the values. */
export function inputColumn(s: SheetBuilder, row: number, col: number, values: CellValue[], format?: NumberFormat): Ref {
  return s.block(
    row,
    col,
    values.map((v) => [v]),
    { format, style: "input" },
  );
}
