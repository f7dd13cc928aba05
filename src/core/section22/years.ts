/**
 * SPR.S22YEARS: a ROCU's Section 22 contributions over the medium term. Each budget line moves year on year by its
 * own rates (a pay line with the pay award, a non-pay line with inflation); each later year's line cost is the exact
 * compound of the first year's cost rounded to the unit on its own (as SPR.UPLIFT with a unit: a rounded year is
 * never the base of the next). Each year's column is then the Total column of SPR.S22TABLE over that year's line
 * costs, so it sums exactly to that year's budget and matches the one-year table cell for cell.
 */
import { Cell } from "../cell";
import { valueError } from "../errors";
import { MAX_TABLE_CELLS, TableInput, s22Table } from "./table";
import { uplift } from "./uplift";

export interface YearsInput extends Omit<TableInput, "showHeaders"> {
  /** One row of year-on-year rates per line (or one row for every line); k rates give k + 1 years. */
  rates: number[][];
}

/** Each line's cost in each year: lines × years, the first year as given. */
export function lineCostsByYear(lineCosts: readonly number[], rates: readonly number[][], unit: number): number[][] {
  if (rates.length !== 1 && rates.length !== lineCosts.length) {
    throw valueError(
      "rates",
      `expected one row of rates per budget line (${lineCosts.length}) or one row for all lines, got ${rates.length} rows`,
    );
  }
  return lineCosts.map((c, l) => [c, ...uplift(c, rates.length === 1 ? rates[0] : rates[l], unit, "line_costs")]);
}

export function s22Years(input: YearsInput): Cell[][] {
  const years = input.rates[0].length + 1;
  const cells = input.weights.length * input.lineCosts.length * years;
  if (cells > MAX_TABLE_CELLS) {
    throw valueError(
      "rates",
      `expected at most ${MAX_TABLE_CELLS.toLocaleString("en-GB")} cells over the years (forces × lines × years), got ${input.weights.length} × ${input.lineCosts.length} × ${years}`,
    );
  }
  // year 1 is checked by S22TABLE before any compounding, so its messages come first
  const first = s22Table({ ...input, showHeaders: false });
  const byYear = lineCostsByYear(input.lineCosts, input.rates, input.unit);
  const lines = input.lineCosts.length;
  const columns: Cell[][] = [first.map((row) => row[lines])];
  for (let y = 1; y < years; y++) {
    const table = s22Table({ ...input, lineCosts: byYear.map((l) => l[y]), showHeaders: false });
    columns.push(table.map((row) => row[lines]));
  }
  return input.weights.map((_, i) => columns.map((col) => col[i]));
}
