/**
 * How each semantic cell style and RAG rating looks in Excel: one table for the adapters that write into Excel
 * (the Office.js adapter reads it; the colours match the ExcelJS file adapter's).
 */
import { CellStyle } from "./model";

export interface StyleLook {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** Font colour, #RRGGBB. */
  color?: string;
  /** Fill colour, #RRGGBB. */
  fill?: string;
  topBorder?: boolean;
}

export const STYLE_LOOKS: Record<CellStyle, StyleLook> = {
  title: { bold: true, size: 16, color: "#1F3A5F" },
  subtitle: { size: 11, color: "#616161" },
  header: { bold: true },
  label: { bold: true },
  total: { bold: true, topBorder: true },
  note: { italic: true, size: 10, color: "#616161" },
  input: { fill: "#FFF8E1" },
};

/** Conditional formats for RAG cells: fill and font colour by the word the cell holds. */
export const RAG_LOOKS: { text: "RED" | "AMBER" | "GREEN"; fill: string; font: string }[] = [
  { text: "RED", fill: "#F4CCCC", font: "#9C0006" },
  { text: "AMBER", fill: "#FFEB9C", font: "#9C5700" },
  { text: "GREEN", fill: "#C6EFCE", font: "#006100" },
];

/**
 * Excel measures column widths in characters of the default font (Calibri 11: 7 pixels a character plus 5 pixels of
 * padding); Office.js sets them in points (0.75 of a pixel at 96 dpi).
 */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
