/**
 * Step 5, continued: when the plan has an uncertainty block, the pane shows what the Uncertainty sheet holds — each
 * requirement at the plan's percentiles, the chance the single figure falls short, a histogram of the trials per
 * requirement and the tornado of which input drives the spread — read from the very sheet model the build wrote.
 */
import { SheetModel, TableModel, CellModel } from "../workbook/model";
import { h } from "./dom";
import { formatValue } from "./summary-view";

function cellAt(model: SheetModel, row: number, col: number): CellModel | undefined {
  return model.cells.find((c) => c.row === row && c.col === col);
}

function text(c: CellModel | undefined): string {
  if (!c) return "";
  return c.format ? formatValue(c.value, c.format) : c.value === null ? "" : String(c.value);
}

/** An Excel table of the sheet as an accessible HTML table. */
export function htmlTable(model: SheetModel, t: TableModel, caption: string): HTMLElement {
  const head = h("tr", {}, ...t.columns.map((name) => h("th", { scope: "col" }, name)));
  const rows = Array.from({ length: t.rows }, (_, i) =>
    h("tr", {}, ...t.columns.map((_, j) => h(j === 0 ? "th" : "td", j === 0 ? { scope: "row" } : { class: "num" }, text(cellAt(model, t.row + 1 + i, t.col + j))))),
  );
  // a scrolling region must be reachable by keyboard (WCAG 2.1.1), so it takes the focus and names itself
  return h("div", { class: "table-scroll", tabindex: "0", role: "region", "aria-label": caption }, h("table", {}, h("caption", {}, caption), h("thead", {}, head), h("tbody", {}, ...rows)));
}

/** A histogram as bars drawn in CSS widths, with the shares in words for screen readers. */
function histogramBars(model: SheetModel, t: TableModel, caption: string): HTMLElement {
  const rows = Array.from({ length: t.rows }, (_, i) => ({ label: text(cellAt(model, t.row + 1 + i, t.col)), share: Number(cellAt(model, t.row + 1 + i, t.col + 1)?.value ?? 0) }));
  const top = Math.max(1e-9, ...rows.map((r) => r.share));
  return h(
    "figure",
    { class: "histogram" },
    h("figcaption", {}, caption),
    h(
      "ul",
      { class: "bars" },
      ...rows.map((r) =>
        h("li", {}, h("span", { class: "bar-label" }, `up to ${r.label}`), h("span", { class: "bar", style: `width:${((r.share / top) * 60).toFixed(1)}%` }), h("span", { class: "bar-value" }, formatValue(r.share, "percent"))),
      ),
    ),
  );
}

export function renderUncertainty(root: HTMLElement, model: SheetModel | undefined): void {
  if (!model || model.tables.length === 0) {
    root.replaceChildren();
    return;
  }
  const parts: HTMLElement[] = [h("h3", { id: "uncertainty-heading", tabindex: "-1" }, "Under uncertainty")];
  for (const t of model.tables) {
    if (t.name === "SprUncertaintyPercentiles") parts.push(htmlTable(model, t, "Each requirement at the plan's percentiles"));
    else if (t.name === "SprUncertaintyRisk") parts.push(htmlTable(model, t, "The single figure and the chance it falls short"));
    else if (t.name.startsWith("SprHistogram")) parts.push(histogramBars(model, t, `Share of trials: ${t.columns[0]}`));
    else if (t.name.startsWith("SprTornado")) parts.push(htmlTable(model, t, `Which input drives the spread: ${t.columns[0]}`));
  }
  parts.push(h("p", { class: "hint" }, "The Uncertainty sheet holds the same figures as live formulas, with native charts."));
  root.replaceChildren(...parts);
}
