/**
 * ROCU Section 22 contributions (SPR paragraph 84): shares of a ROCU's budget, the contribution table, in-kind
 * secondments, seconded posts, multi-year uplift and a plain-English explanation of any force's figure.
 */
import {
  FRACTION,
  maybe,
  maybeNumber,
  NON_NEGATIVE,
  numberGrid,
  numberList,
  optionalBoolean,
  optionalNumber,
  optionalNumberGrid,
  POSITIVE,
  requiredNumber,
  sameShape,
  WHOLE,
} from "../core/args";
import { assumptionValue } from "../core/assumptions/registry";
import { reshape } from "../core/cell";
import { elementwise } from "../core/elementwise";
import { s22Explain as explainCore } from "../core/section22/explain";
import { inKindValue } from "../core/section22/inkind";
import { checkParts } from "../core/section22/money";
import { s22Posts as postsCore } from "../core/section22/posts";
import { s22Share as shareCore } from "../core/section22/share";
import { s22Table as tableCore } from "../core/section22/table";
import { uplift as upliftCore } from "../core/section22/uplift";
import { cell } from "./marshal";

function fixedFraction(v: unknown): number {
  return optionalNumber("fixed_fraction", v, assumptionValue("S22_FIXED_FRACTION"), FRACTION);
}

function roundingUnit(v: unknown): number {
  return optionalNumber("unit", v, assumptionValue("S22_ROUNDING_UNIT"), POSITIVE);
}

/**
 * Each force's Section 22 contribution to its ROCU in pounds: fixed_fraction of the total split equally, the rest in proportion to weights, rounded to unit by largest remainder so the shares add up exactly to total. Same shape as weights.
 * Rests on: SPR paragraph 84 (annual contribution under Section 22 collaboration agreements); planning assumptions S22_ROUNDING_UNIT (the penny) and S22_FIXED_FRACTION (0, illustrative).
 * @customfunction S22SHARE
 * @helpurl https://localhost:3000/help/functions.html#s22share
 * @param weights Each part's weight (≥ 0, not all 0): officer FTE, net revenue expenditure, a funding formula share or an agreed ratio; a row, a column or a block (SPR.S22TABLE and SPR.S22YEARS: a row or a column, one per force).
 * @param total The amount to share (≥ 0), a whole multiple of unit as Excel shows it (15 significant digits): PSUs, posts or pounds (for Section 22, the ROCU budget less grants).
 * @param [fixed_fraction] Fraction of the total (in SPR.S22TABLE and SPR.S22YEARS, of each line) split equally between the forces, 0 to 1 (default: assumption S22_FIXED_FRACTION, 0: all pro rata).
 * @param [unit] The rounding step, in the unit of the amounts (0.01 for pence, 1 for whole units): every figure is a whole multiple of it (default: assumption S22_ROUNDING_UNIT, 0.01, the penny).
 * @returns Each force's contribution in pounds, in the shape of weights, adding up exactly to total.
 */
export function s22Share(weights: any[][], total: any, fixed_fraction?: any, unit?: any): any[][] {
  return cell(() => {
    const w = numberGrid("weights", weights, NON_NEGATIVE);
    const t = requiredNumber("total", total, NON_NEGATIVE);
    return reshape(shareCore(w.values, t, fixedFraction(fixed_fraction), roundingUnit(unit)), w.rows, w.cols);
  });
}

/**
 * A ROCU's Section 22 contribution table in pounds: one row per force; one column per budget line, then total, in-kind, cash due (total − in-kind) and a flag. Every row and column adds up exactly.
 * Rests on: SPR paragraph 84 (annual contribution of officers, staff and funding); planning assumptions S22_ROUNDING_UNIT and S22_FIXED_FRACTION.
 * @customfunction S22TABLE
 * @helpurl https://localhost:3000/help/functions.html#s22table
 * @param weights Each part's weight (≥ 0, not all 0): officer FTE, net revenue expenditure, a funding formula share or an agreed ratio; a row, a column or a block (SPR.S22TABLE and SPR.S22YEARS: a row or a column, one per force).
 * @param line_costs Each budget line's cost in pounds (≥ 0, whole multiples of unit as Excel shows them), a row or a column: one per line (in SPR.S22YEARS, the first year's).
 * @param [fixed_fraction] Fraction of the total (in SPR.S22TABLE and SPR.S22YEARS, of each line) split equally between the forces, 0 to 1 (default: assumption S22_FIXED_FRACTION, 0: all pro rata).
 * @param [in_kind] Value in pounds of each force's in-kind secondments (≥ 0, whole multiples of unit; one per force), offset against cash (default none; see SPR.INKIND).
 * @param [unit] The rounding step, in the unit of the amounts (0.01 for pence, 1 for whole units): every figure is a whole multiple of it (default: assumption S22_ROUNDING_UNIT, 0.01, the penny).
 * @param [show_headers] TRUE to add a header row, and in SPR.S22TABLE a force label column and a Total row (default FALSE: figures only).
 * @returns The table (spills): forces × (lines, Total, In-kind, Cash due, Flag). A negative cash due is a credit, flagged; Flag reads OK otherwise.
 */
export function s22Table(
  weights: any[][],
  line_costs: any[][],
  fixed_fraction?: any,
  in_kind?: any[][],
  unit?: any,
  show_headers?: any,
): any[][] {
  return cell(() => {
    const w = numberList("weights", weights, NON_NEGATIVE);
    const costs = numberList("line_costs", line_costs, NON_NEGATIVE);
    const f = fixedFraction(fixed_fraction);
    const k = maybe(in_kind, (v) => numberList("in_kind", v, NON_NEGATIVE));
    const u = roundingUnit(unit);
    const headers = optionalBoolean("show_headers", show_headers, false);
    return tableCore({ weights: w.values, lineCosts: costs.values, fixedFraction: f, inKind: k?.values, unit: u, showHeaders: headers });
  });
}

/**
 * Value in pounds of officers and staff seconded in kind to a ROCU: FTE × cost per FTE, rounded to unit (default the penny; halves away from zero), cell by cell.
 * Rests on: SPR paragraph 84 (contributions of officers and staff as well as funding); planning assumption S22_ROUNDING_UNIT.
 * @customfunction INKIND
 * @helpurl https://localhost:3000/help/functions.html#inkind
 * @param fte_by_force FTE each force seconds (≥ 0): a value or a range.
 * @param cost_per_fte Full cost per FTE in pounds (≥ 0): the same shape as fte_by_force, or one cost for all.
 * @param [unit] The rounding step, in the unit of the amounts (0.01 for pence, 1 for whole units): every figure is a whole multiple of it (default: assumption S22_ROUNDING_UNIT, 0.01, the penny).
 * @returns In-kind value in pounds, in the shape of fte_by_force.
 */
export function inKind(fte_by_force: any[][], cost_per_fte: any[][], unit?: any): any[][] {
  return cell(() => {
    const fte = numberGrid("fte_by_force", fte_by_force, NON_NEGATIVE);
    checkParts("fte_by_force", fte.values.length);
    const cost = numberGrid("cost_per_fte", cost_per_fte, NON_NEGATIVE);
    checkParts("cost_per_fte", cost.values.length);
    const u = roundingUnit(unit);
    return elementwise("fte_by_force", fte, "cost_per_fte", cost, (f, c) => inKindValue(f, c, u));
  }, "fte_by_force, cost_per_fte");
}

/**
 * Whole seconded posts per force in proportion to weights (largest remainder, minimums first), summing exactly to posts.
 * Rests on: SPR paragraph 84 (contributions of officers and staff) and paragraph 77 (ROCU growth in posts).
 * @customfunction S22POSTS
 * @helpurl https://localhost:3000/help/functions.html#s22posts
 * @param weights Each part's weight (≥ 0, not all 0): officer FTE, net revenue expenditure, a funding formula share or an agreed ratio; a row, a column or a block (SPR.S22TABLE and SPR.S22YEARS: a row or a column, one per force).
 * @param posts Posts to place: a whole number ≥ 0 (for example a ROCU uplift).
 * @param [minimums] The least each part must get (whole numbers for posts; same shape as weights), honoured first.
 * @returns Whole posts per force, in the shape of weights, adding up exactly to posts.
 */
export function s22Posts(weights: any[][], posts: any, minimums?: any[][]): any[][] {
  return cell(() => {
    const w = numberGrid("weights", weights, NON_NEGATIVE);
    const p = requiredNumber("posts", posts, WHOLE);
    const m = optionalNumberGrid("minimums", minimums, WHOLE);
    if (m) sameShape("weights", w, "minimums", m);
    return reshape(postsCore(w.values, p, m?.values), w.rows, w.cols);
  });
}

/**
 * A multi-year projection: amount compounded by each year's rate (pay award, inflation), one value per year, exact unless a unit is given (then rounded to it, halves away from zero).
 * Rests on: arithmetic only; the rates are the force's own planning assumptions (for example pay awards), not SPR figures.
 * @customfunction UPLIFT
 * @helpurl https://localhost:3000/help/functions.html#uplift
 * @param amount The starting amount (this year's figure), in any unit.
 * @param rates Year-on-year rates as fractions (0.025 for 2.5%; > -1 and ≤ 1): in SPR.UPLIFT one per later year, a row or a column; in SPR.S22YEARS one row per budget line (or one row for all lines) and one column per later year.
 * @param [unit] The rounding step, in the unit of the amounts (0.01 for pence, 1 for whole units): every figure is a whole multiple of it (default: not rounded).
 * @returns Year 1, year 2 … values, in the shape of rates.
 */
export function uplift(amount: any, rates: any[][], unit?: any): any[][] {
  return cell(() => {
    const a = requiredNumber("amount", amount);
    const r = numberList("rates", rates, { min: -1, above: true, max: 1 });
    const u = maybeNumber("unit", unit, POSITIVE);
    return reshape(upliftCore(a, r.values, u), r.rows, r.cols);
  });
}

/**
 * In words, how one force's SPR.S22SHARE figure was reached: its weight share, the fixed element, its exact share and the rounding adjustment in pence.
 * Rests on: SPR paragraph 84; the method of SPR.S22SHARE.
 * @customfunction S22EXPLAIN
 * @helpurl https://localhost:3000/help/functions.html#s22explain
 * @param weights Each part's weight (≥ 0, not all 0): officer FTE, net revenue expenditure, a funding formula share or an agreed ratio; a row, a column or a block (SPR.S22TABLE and SPR.S22YEARS: a row or a column, one per force).
 * @param total The amount to share (≥ 0), a whole multiple of unit as Excel shows it (15 significant digits): PSUs, posts or pounds (for Section 22, the ROCU budget less grants).
 * @param [fixed_fraction] Fraction of the total (in SPR.S22TABLE and SPR.S22YEARS, of each line) split equally between the forces, 0 to 1 (default: assumption S22_FIXED_FRACTION, 0: all pro rata).
 * @param [unit] The rounding step, in the unit of the amounts (0.01 for pence, 1 for whole units): every figure is a whole multiple of it (default: assumption S22_ROUNDING_UNIT, 0.01, the penny).
 * @param [force_index] Which force, counting from 1 in the order of weights (default: a sentence for every force, in the shape of weights).
 * @returns One sentence per force explained.
 */
export function s22Explain(weights: any[][], total: any, fixed_fraction?: any, unit?: any, force_index?: any): any[][] {
  return cell(() => {
    const w = numberGrid("weights", weights, NON_NEGATIVE);
    const t = requiredNumber("total", total, NON_NEGATIVE);
    const f = fixedFraction(fixed_fraction);
    const u = roundingUnit(unit);
    const index = maybeNumber("force_index", force_index, { min: 1, max: w.values.length, integer: true });
    const text = explainCore(w.values, t, f, u, index);
    return index === undefined ? reshape(text, w.rows, w.cols) : [text];
  });
}
