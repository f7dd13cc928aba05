/**
 * SPR.S22TABLE: a ROCU's Section 22 contribution table (SPR paragraph 84). One row per force; one column per budget
 * line (each line apportioned so it sums exactly to its cost, see ./round-table), then the force's total, the value
 * of its in-kind secondments, the cash due (total − in-kind) and a flag. Every row and every column adds up exactly,
 * in whole units. A force whose in-kind exceeds its share shows a negative cash figure and the flag
 * "CREDIT: in-kind exceeds share"; a force whose total had to differ from SPR.S22SHARE of the budget total says so.
 *
 * With headers: a header row, a label column ("Force 1" …) and a closing "Total" row of column sums, ready to paste
 * into a report. Without: the bare figures, forces × (lines + 4), for further formulas.
 */
import { Cell } from "../cell";
import { valueError } from "../errors";
import { checkUnits, pounds, unitDecimal, unitsToNumber, wholeUnitsList } from "./money";
import { contributionBasis } from "./quotas";
import { roundTable } from "./round-table";

export interface TableInput {
  weights: number[];
  lineCosts: number[];
  fixedFraction: number;
  /** Value of each force's in-kind secondments (one per force), or none. */
  inKind?: number[];
  unit: number;
  showHeaders: boolean;
}

export const CREDIT_FLAG = "CREDIT: in-kind exceeds share";

/**
 * The largest table worked out in one call (forces × lines): a national table is 43 × 30 = 1,290 cells; 50,000 takes
 * about a second (bench/section22.bench.js), beyond which a recalculation would seem to hang.
 */
export const MAX_TABLE_CELLS = 50_000;

export function tableHeader(lines: number): string[] {
  return ["Force", ...Array.from({ length: lines }, (_, j) => `Line ${j + 1}`), "Total", "In-kind", "Cash due", "Flag"];
}

export function s22Table(input: TableInput): Cell[][] {
  const unit = unitDecimal(input.unit);
  const basis = contributionBasis(input.weights, input.fixedFraction);
  const n = input.weights.length;
  const costs = wholeUnitsList("line_costs", input.lineCosts, unit);
  if (n * costs.length > MAX_TABLE_CELLS) {
    throw valueError("line_costs", `expected at most ${MAX_TABLE_CELLS} cells in the table (forces × lines), got ${n} × ${costs.length}`);
  }
  if (input.inKind && input.inKind.length !== n) {
    throw valueError("in_kind", `expected one value per force (${n}, as many as weights), got ${input.inKind.length}`);
  }
  const inKind = input.inKind ? wholeUnitsList("in_kind", input.inKind, unit) : basis.e.map(() => 0n);
  // every row total, column and cash figure is at most the budget or the in-kind total, so these bound the whole table
  const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);
  const budget = checkUnits("line_costs", sum(costs), unit);
  const totalInKind = checkUnits("in_kind", sum(inKind), unit);
  const t = roundTable(basis.e, basis.eSum, costs);
  const num = (u: bigint) => unitsToNumber(u, unit);

  const body: Cell[][] = t.cells.map((row, i) => {
    const cash = t.rowTotals[i] - inKind[i];
    const flags: string[] = [];
    if (cash < 0n) flags.push(CREDIT_FLAG);
    const off = t.rowTotals[i] - t.shares[i];
    if (off !== 0n) {
      flags.push(
        `ROUNDING: total ${pounds(off < 0n ? -off : off, unit)} ${off > 0n ? "above" : "below"} its S22SHARE of the budget total, so that every cell stays less than ${pounds(1n, unit)} from its exact share`,
      );
    }
    // "OK" rather than a blank: a formula cached as empty text is recalculated (and lost) by some applications on open
    return [...row.map(num), num(t.rowTotals[i]), num(inKind[i]), num(cash), flags.length ? flags.join("; ") : "OK"];
  });
  if (!input.showHeaders) return body;

  return [
    tableHeader(costs.length),
    ...body.map((row, i) => [`Force ${i + 1}`, ...row]),
    ["Total", ...costs.map(num), num(budget), num(totalInKind), num(budget - totalInKind), ""],
  ];
}
