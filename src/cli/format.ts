/** Prints an outcome the way a person reads it: a value, an aligned grid, or an Excel error with its message. */
import { CellValue, Outcome } from "./evaluate";

export function showCell(v: CellValue): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

export function formatGrid(grid: CellValue[][]): string {
  const text = grid.map((row) => row.map(showCell));
  const widths = text[0].map((_, c) => Math.max(...text.map((row) => row[c].length)));
  return text
    .map((row, r) =>
      row
        .map((s, c) => (typeof grid[r][c] === "number" ? s.padStart(widths[c]) : s.padEnd(widths[c])))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function formatOutcome(o: Outcome): string {
  if ("error" in o) return `${o.error} ${o.message}`.trim();
  return Array.isArray(o.value) ? formatGrid(o.value) : showCell(o.value);
}
