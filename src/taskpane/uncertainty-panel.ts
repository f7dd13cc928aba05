/**
 * Step 5, continued: when the plan has an uncertainty block, the pane shows what the Uncertainty sheet holds — the
 * low–likely–high ranges simulated, each requirement at the plan's percentiles, the chance the single figure falls
 * short, a histogram of the trials per requirement and the tornado of which input drives the spread — read from the
 * very sheet model the build wrote, captioned with the sheet's own labels. Nothing is a wide table: tables become
 * cards of label/value lists, histograms and tornadoes bars with their figures written beside them.
 */
import { SheetModel, TableModel, CellModel } from "../workbook/model";
import { h } from "./dom";
import { formatValue } from "./summary-view";
import { barList } from "./ui/bars";
import { Card, cardList } from "./ui/cards";

/** The sheet's cells by position, read once a render. */
type Cells = Map<string, CellModel>;
const key = (row: number, col: number) => `${row},${col}`;

function index(model: SheetModel): Cells {
  return new Map(model.cells.map((c) => [key(c.row, c.col), c]));
}

/** A cell as the pane writes it (exported for the browser test, which reads the sheet the same way). */
export function cellText(c: CellModel | undefined): string {
  if (!c) return "";
  return c.format ? formatValue(c.value, c.format) : c.value === null ? "" : String(c.value);
}

/** The body of a table: one array of cells a row. */
function body(cells: Cells, t: TableModel): (CellModel | undefined)[][] {
  return Array.from({ length: t.rows }, (_, i) => t.columns.map((_, j) => cells.get(key(t.row + 1 + i, t.col + j))));
}

/** The sheet's label over a table, with any figure written beside it on that row (a tornado's percentile). */
function caption(cells: Cells, t: TableModel, width: number): string {
  const parts: string[] = [];
  for (let col = t.col; col < width; col++) {
    const text = cellText(cells.get(key(t.row - 1, col)));
    if (text !== "") parts.push(text);
  }
  return parts.join(": ");
}

/** One card a row: the first cell is the title, every other column a label/value line. */
function cardsOf(cells: Cells, t: TableModel): Card[] {
  return body(cells, t).map((row) => ({
    title: cellText(row[0]),
    pairs: t.columns.slice(1).map((name, j) => [name, cellText(row[j + 1])] as const),
  }));
}

function rowCards(cells: Cells, t: TableModel, width: number): HTMLElement {
  const title = caption(cells, t, width);
  return titled(title, cardList(title, cardsOf(cells, t), "h4"));
}

/** Any sheet's Excel table as stacked cards under a title, one card a row (the costs section uses it). */
export function tableCards(model: SheetModel, t: TableModel, title: string): HTMLElement {
  return titled(title, cardList(title, cardsOf(index(model), t), "h4"));
}

/** One card a column (a requirement), its rows as label/value lines: "At 80.0%: 27". */
function columnCards(cells: Cells, t: TableModel, width: number): HTMLElement {
  const rows = body(cells, t);
  const cards: Card[] = t.columns
    .slice(1)
    .map((name, j) => ({ title: name, pairs: rows.map((row) => [`At ${cellText(row[0])}`, cellText(row[j + 1])] as const) }));
  const title = caption(cells, t, width);
  return titled(title, cardList(title, cards, "h4"));
}

/** A histogram: a bar a bin, its share of trials beside it. */
function histogram(cells: Cells, t: TableModel, width: number): HTMLElement {
  const bars = body(cells, t).map((row) => ({
    label: `up to ${cellText(row[0])}`,
    value: Number(row[1]?.value ?? 0),
    text: cellText(row[1]),
  }));
  return barList(caption(cells, t, width), bars);
}

/** A tornado: a bar an input, its swing beside it, and the requirement with the input held at low, likely and high. */
function tornado(cells: Cells, t: TableModel, width: number): HTMLElement {
  const last = t.columns.length - 1;
  const bars = body(cells, t).map((row) => ({
    label: cellText(row[0]),
    value: Number(row[last]?.value ?? 0),
    text: `${t.columns[last]} ${cellText(row[last])}`,
    detail: t.columns.slice(1, last).map((name, j) => [name, cellText(row[j + 1])] as const),
  }));
  return barList(caption(cells, t, width), bars, { labels: "above" });
}

function titled(title: string, content: HTMLElement): HTMLElement {
  return h("div", { class: "block" }, h("p", { class: "block-title" }, title), content);
}

export function renderUncertainty(root: HTMLElement, model: SheetModel | undefined): void {
  if (!model || model.tables.length === 0) {
    root.replaceChildren();
    return;
  }
  const parts: HTMLElement[] = [h("h3", { id: "uncertainty-heading", tabindex: "-1" }, "Under uncertainty")];
  const cells = index(model);
  const width = model.cells.reduce((w, c) => Math.max(w, c.col + 1), 0);
  for (const t of model.tables) {
    if (t.name === "SprUncertaintyPercentiles") parts.push(columnCards(cells, t, width));
    else if (t.name.startsWith("SprHistogram")) parts.push(histogram(cells, t, width));
    else if (t.name.startsWith("SprTornado")) parts.push(tornado(cells, t, width));
    else parts.push(rowCards(cells, t, width)); // the ranges, the single figure and its risk, and any table added later
  }
  parts.push(h("p", { class: "hint" }, "The Uncertainty sheet holds the same figures as live formulas, with native charts."));
  root.replaceChildren(...parts);
}
