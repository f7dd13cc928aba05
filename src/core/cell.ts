/**
 * The value types that cross the boundary between Excel (or the command line) and the engine.
 * A cell is a number, text, a boolean or blank (null); a grid is a rectangle of cells, row by row.
 */
export type Cell = number | string | boolean | null;

/** The largest number a cell holds: Microsoft, "Excel specifications and limits" (9.99999999999999E+307). */
export const LARGEST_NUMBER = 9.99999999999999e307;
/** The smallest positive number a cell holds: Microsoft, "Excel specifications and limits" (2.2251E-308). */
export const SMALLEST_POSITIVE = 2.2250738585072014e-308;

/** A number a worksheet cell can hold: 0, or a magnitude from SMALLEST_POSITIVE to LARGEST_NUMBER. */
export function holdable(x: number): boolean {
  const a = Math.abs(x);
  return a === 0 || (a >= SMALLEST_POSITIVE && a <= LARGEST_NUMBER);
}

/** How a refusal of a number no cell can hold ends. */
export const BEYOND_A_CELL = "beyond the numbers a cell holds (2.2251E-308 to 9.99999999999999E+307 either side of 0)";
export type Grid = Cell[][];

/** A numeric vector that remembers the shape it came from, so results can be given back in that shape. */
export interface Shaped<T> {
  values: T[];
  rows: number;
  cols: number;
}

/** Lays a flat list back out in the shape of its source (a row stays a row, a column a column). */
export function reshape<T>(values: T[], rows: number, cols: number): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < rows; r++) out.push(values.slice(r * cols, (r + 1) * cols));
  return out;
}
