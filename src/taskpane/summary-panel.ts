/**
 * Step 5: the Summary in the pane: every requirement against capacity with its gap, RAG (in words, and coloured)
 * and the SPR paragraph or assumption it rests on, as one card a requirement, and the gaps as signed bars with each
 * gap written beside its bar (the Summary sheet carries the same chart as a native Excel chart).
 */
import { Plan } from "../plan/plan";
import type { SummaryLine } from "../workbook/layout/context";
import { field, h } from "./dom";
import { SummaryRow, formatValue, summaryRows } from "./summary-view";
import { barList } from "./ui/bars";
import { cardList } from "./ui/cards";

export function renderSummary(root: HTMLElement, rows: SummaryRow[], subtitle: string): void {
  if (!rows.length) {
    root.replaceChildren(
      h("p", { class: "subtitle" }, subtitle),
      h(
        "p",
        { id: "summary-empty" },
        "No requirements to compare yet: this plan has no capability sections the add-in can lay out. The workbook holds the Inputs, Assumptions and Audit sheets.",
      ),
    );
    return;
  }
  // one card a requirement: a six-column table does not fit a 320 px pane
  const cards = rows.map((r) => ({
    kicker: r.area,
    title: r.measure,
    badge: h("span", { class: `rag rag-${r.rag.toLowerCase()}` }, r.rag),
    pairs: [
      ["Required", formatValue(r.required, r.format)],
      ["Available", formatValue(r.available, r.format)],
      ["Gap (short +)", formatValue(r.gap, r.format)],
      ["Rests on", r.basis],
    ] as const,
  }));
  const gaps = rows.map((r) => {
    const v = typeof r.gap === "number" ? r.gap : 0;
    return { label: r.measure, value: v, text: formatValue(r.gap, r.format), tone: v > 0 ? ("short" as const) : ("surplus" as const) };
  });
  root.replaceChildren(
    h("p", { class: "subtitle" }, subtitle),
    cardList("Requirement against capacity", cards, "h3", { id: "summary-list" }),
    barList(h("h3", {}, "Shortfall (+) or surplus (−)"), gaps, { signed: true, labels: "above" }),
    h("p", { class: "hint" }, "The Summary sheet has the same chart as a native Excel chart."),
  );
}

/**
 * The summary with a switch between the base plan and each of its named scenarios (the Scenarios sheet has them side
 * by side); without scenarios, the base plan's summary alone.
 */
export function renderSummaries(
  root: HTMLElement,
  plan: Plan,
  base: SummaryLine[],
  scenarios: readonly { name: string; summary: SummaryLine[] }[],
  subtitle: string,
): void {
  if (!scenarios.length) return renderSummary(root, summaryRows(base, plan), subtitle);
  const body = h("div", { "aria-live": "polite" });
  const show = (i: number) =>
    renderSummary(
      body,
      summaryRows(i ? scenarios[i - 1].summary : base, plan),
      i ? `${subtitle} · scenario: ${scenarios[i - 1].name}` : `${subtitle} · base plan`,
    );
  const select = h(
    "select",
    {},
    h("option", { value: "0" }, "Base plan"),
    ...scenarios.map((sc, i) => h("option", { value: String(i + 1) }, sc.name)),
  );
  select.addEventListener("change", () => show(Number(select.value)));
  root.replaceChildren(
    field({
      id: "summary-scenario",
      label: "Show the summary for",
      control: select,
      hint: "The plan's named scenarios; the Scenarios sheet has them side by side.",
    }),
    body,
  );
  show(0);
}
