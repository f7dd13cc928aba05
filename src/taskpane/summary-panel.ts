/**
 * Step 5: the Summary in the pane: every requirement against capacity with its gap, RAG (in words, and coloured)
 * and the SPR paragraph or assumption it rests on, and a bar chart of the gaps (the Summary sheet carries the same
 * chart as a native Excel chart).
 */
import { h } from "./dom";
import { SummaryRow, formatValue } from "./summary-view";

const SVG = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Horizontal bars: shortfalls to the right in red, surpluses to the left in green, labelled with the requirement. */
function gapChart(rows: SummaryRow[]): SVGSVGElement {
  const numbers = rows.map((r) => (typeof r.gap === "number" ? r.gap : 0));
  const extent = Math.max(1, ...numbers.map(Math.abs));
  const width = 300;
  const bar = 18;
  const rowH = 40;
  const mid = width / 2;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${rows.length * rowH + 8}`, role: "img", class: "chart" });
  const said = rows.map((r) => `${r.measure}: ${typeof r.gap === "number" && r.gap > 0 ? "short by" : "surplus of"} ${formatValue(Math.abs(Number(r.gap)), r.format)}`);
  chart.setAttribute("aria-label", `Shortfall (+) or surplus (−) by requirement. ${said.join("; ")}.`);
  chart.append(svg("line", { x1: mid, x2: mid, y1: 0, y2: rows.length * rowH + 8, class: "axis" }));
  rows.forEach((r, i) => {
    const v = numbers[i];
    const len = (Math.abs(v) / extent) * (mid - 4);
    const y = i * rowH + 16;
    chart.append(svg("text", { x: 2, y: y - 4, class: "chart-label" }, r.measure.length > 48 ? `${r.measure.slice(0, 47)}…` : r.measure));
    chart.append(svg("rect", { x: v >= 0 ? mid : mid - len, y, width: Math.max(len, 1), height: bar, class: v > 0 ? "bar-short" : "bar-surplus" }));
    chart.append(svg("text", { x: v >= 0 ? mid - 4 : mid + 4, y: y + 13, "text-anchor": v >= 0 ? "end" : "start", class: "chart-value" }, formatValue(v, r.format)));
  });
  return chart;
}

export function renderSummary(root: HTMLElement, rows: SummaryRow[], subtitle: string): void {
  if (!rows.length) {
    root.replaceChildren(
      h("p", { class: "subtitle" }, subtitle),
      h("p", { id: "summary-empty" }, "No requirements to compare yet: this plan has no capability sections the add-in can lay out. The workbook holds the Inputs, Assumptions and Audit sheets."),
    );
    return;
  }
  // one card a requirement: a six-column table does not fit a 320 px pane
  const list = h(
    "ul",
    { id: "summary-list", class: "summary", "aria-label": "Requirement against capacity" },
    ...rows.map((r) =>
      h(
        "li",
        { class: "summary-item" },
        h("h3", {}, h("span", { class: "area" }, r.area), " ", r.measure),
        h("p", {}, h("span", { class: `rag rag-${r.rag.toLowerCase()}` }, r.rag)),
        h(
          "dl",
          {},
          ...[
            ["Required", formatValue(r.required, r.format)],
            ["Available", formatValue(r.available, r.format)],
            ["Gap (short +)", formatValue(r.gap, r.format)],
            ["Rests on", r.basis],
          ].flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]),
        ),
      ),
    ),
  );
  root.replaceChildren(
    h("p", { class: "subtitle" }, subtitle),
    list,
    h("h3", {}, "Shortfall (+) or surplus (−)"),
    gapChart(rows),
    h("p", { class: "hint" }, "The Summary sheet has the same chart as a native Excel chart."),
  );
}
