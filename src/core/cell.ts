/**
 * The value types that cross the boundary between Excel (or the command line) and the engine.
 * A cell is a number, text, a boolean or blank (null); a grid is a rectangle of cells, row by row.
 */
export type Cell = number | string | boolean | null;
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
