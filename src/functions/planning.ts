/**
 * Generic planning functions every capability builds on: apportionment, shortfall and RAG rating.
 */
import { NON_NEGATIVE, numberGrid, optionalNumber, optionalNumberGrid, POSITIVE, requiredNumber, sameShape } from "../core/args";
import { allocate as allocateCore } from "../core/allocate";
import { assumptionValue } from "../core/assumptions/registry";
import { reshape } from "../core/cell";
import { elementwise } from "../core/elementwise";
import { gap as gapCore, rag as ragCore } from "../core/gap";
import { cell } from "./marshal";

/**
 * Shares a total in whole multiples of a unit in proportion to weights, so the parts add up exactly to the total (largest remainder method; ties go to the larger weight, then the earlier row). Same shape as weights.
 * Rests on: arithmetic only; used for shares of SPR national requirements (paragraph 120), seconded posts and money (paragraph 84).
 * @customfunction ALLOCATE
 * @helpurl https://localhost:3000/help/functions.html#allocate
 * @param total The amount to share (≥ 0), a whole multiple of unit as Excel shows it (15 significant digits): PSUs, posts or pounds (for Section 22, the ROCU budget less grants).
 * @param weights Each part's weight (≥ 0, not all 0): officer FTE, net revenue expenditure, a funding formula share or an agreed ratio; a row, a column or a block (SPR.S22TABLE and SPR.S22YEARS: a row or a column, one per force).
 * @param [unit] The rounding step, in the unit of the amounts (0.01 for pence, 1 for whole units): every figure is a whole multiple of it (default 1).
 * @param [minimums] The least each part must get (whole numbers for posts; same shape as weights), honoured first.
 * @returns The parts, in the shape of weights, summing exactly to total.
 */
export function allocate(total: any, weights: any[][], unit?: any, minimums?: any[][]): any[][] {
  return cell(() => {
    const t = requiredNumber("total", total, NON_NEGATIVE);
    const w = numberGrid("weights", weights, NON_NEGATIVE);
    const u = optionalNumber("unit", unit, 1, POSITIVE);
    const m = optionalNumberGrid("minimums", minimums, NON_NEGATIVE);
    if (m) sameShape("weights", w, "minimums", m);
    return reshape(allocateCore(t, w.values, u, m?.values), w.rows, w.cols);
  });
}

/**
 * Shortfall (positive) or surplus (negative): required minus available, cell by cell over ranges of equal shape.
 * Rests on: arithmetic only; each capability's own functions say which SPR paragraph the requirement comes from.
 * @customfunction GAP
 * @helpurl https://localhost:3000/help/functions.html#gap
 * @param required What is required (≥ 0 for a RAG rating): a value or a range.
 * @param available What is available (same shape as required, or a single value).
 * @returns Required minus available, worked exactly on the decimals given, in the unit and the shape of the inputs.
 */
export function gap(required: any[][], available: any[][]): any[][] {
  return cell(() => elementwise("required", numberGrid("required", required), "available", numberGrid("available", available), gapCore));
}

/**
 * "RED" where available falls short of required, "AMBER" where the surplus is under amber_margin × required, else "GREEN"; cell by cell.
 * Rests on: planning assumption RAG_AMBER_MARGIN (default 0.1, illustrative) — not an SPR figure.
 * @customfunction RAG
 * @helpurl https://localhost:3000/help/functions.html#rag
 * @param required What is required (≥ 0 for a RAG rating): a value or a range.
 * @param available What is available (same shape as required, or a single value).
 * @param [amber_margin] Surplus below this fraction of required is AMBER (default: assumption RAG_AMBER_MARGIN, 0.1).
 * @returns "RED", "AMBER" or "GREEN" for each cell.
 */
export function rag(required: any[][], available: any[][], amber_margin?: any): any[][] {
  return cell(() => {
    const margin = optionalNumber("amber_margin", amber_margin, assumptionValue("RAG_AMBER_MARGIN"), NON_NEGATIVE);
    const req = numberGrid("required", required, NON_NEGATIVE);
    return elementwise("required", req, "available", numberGrid("available", available), (r, a) => ragCore(r, a, margin));
  });
}
