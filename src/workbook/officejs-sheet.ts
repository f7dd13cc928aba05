/**
 * Writes one sheet model into a new Office.js worksheet: values and formulas, number formats, cell styles, tables,
 * RAG conditional formats, a native chart, column widths and frozen rows. Everything is queued on the request
 * context; the caller syncs once per sheet (very large sheets sync once per block of rows, to keep each request
 * small).
 */
import { retargetSheets } from "./formula-refs";
import { SheetModel, address } from "./model";
import { Rect, sheetGrid, styleRects, usedRows } from "./sheet-grid";
import { RAG_LOOKS, STYLE_LOOKS, widthInPoints } from "./styles";

export const TABLE_STYLE = "TableStyleLight9";

export interface SheetWriteOptions {
  /** Final sheet name → the temporary name it has while the build runs (formulas point at the temporary sheets). */
  rename: ReadonlyMap<string, string>;
  /** The name each model table gets while the build runs. */
  tableName: (finalName: string) => string;
  /** Most cells written between two syncs. */
  maxCellsPerSync: number;
}

function rangeOf(ws: Excel.Worksheet, r: Rect): Excel.Range {
  return ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

export async function writeSheetContent(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  m: SheetModel,
  opts: SheetWriteOptions,
): Promise<void> {
  const rows = usedRows(m);
  const cols = m.cells.reduce((a, c) => Math.max(a, c.col + 1), 0);
  const step = Math.max(1, Math.floor(opts.maxCellsPerSync / Math.max(1, cols)));
  for (let from = 0; from < rows; from += step) {
    if (from > 0) await ctx.sync();
    const grid = sheetGrid(m, from, from + step);
    const range = ws.getRangeByIndexes(from, 0, grid.rows, grid.cols);
    range.formulas = grid.formulas.map((r) =>
      r.map((v) => (typeof v === "string" && v.startsWith("=") ? retargetSheets(v, opts.rename) : v)),
    );
    range.numberFormat = grid.numberFormats;
  }
  for (const [style, rects] of styleRects(m)) {
    const look = STYLE_LOOKS[style];
    for (const rect of rects) {
      const f = rangeOf(ws, rect).format;
      if (look.bold) f.font.bold = true;
      if (look.italic) f.font.italic = true;
      if (look.size) f.font.size = look.size;
      if (look.color) f.font.color = look.color;
      if (look.fill) f.fill.color = look.fill;
      if (look.topBorder) f.borders.getItem("EdgeTop").style = "Continuous";
    }
  }
  // a table a dynamic array spills into stays a formatted range (Excel refuses spills inside tables)
  for (const t of m.tables.filter((x) => !x.plainRange)) {
    const table = ws.tables.add(rangeOf(ws, { row: t.row, col: t.col, rows: t.rows + 1, cols: t.columns.length }), true);
    table.name = opts.tableName(t.name);
    table.style = TABLE_STYLE;
  }
  for (const r of m.ragRules) {
    const range = rangeOf(ws, r);
    for (const look of RAG_LOOKS) {
      const cf = range.conditionalFormats.add("ContainsText");
      cf.textComparison.format.fill.color = look.fill;
      cf.textComparison.format.font.color = look.font;
      cf.textComparison.format.font.bold = true;
      cf.textComparison.rule = { operator: "Contains", text: look.text };
    }
  }
  for (const c of m.charts) {
    const values = rangeOf(ws, { row: c.values.row, col: c.values.col, rows: c.values.rows, cols: 1 });
    const chart = ws.charts.add("BarClustered", values, "Columns");
    const series = chart.series.getItemAt(0);
    series.setXAxisValues(rangeOf(ws, { row: c.labels.row, col: c.labels.col, rows: c.labels.rows, cols: 1 }));
    series.name = c.title;
    chart.title.text = c.title;
    chart.legend.visible = false;
    chart.setPosition(address(c.at.row, c.at.col));
  }
  m.widths.forEach((w, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = widthInPoints(w);
  });
  if (m.freezeRows > 0) ws.freezePanes.freezeRows(m.freezeRows);
}
