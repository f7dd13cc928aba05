/**
 * Plans side by side: every Summary line (required, available, gap, RAG) of a base plan and of each scenario or
 * other plan, with the change in each gap. The Scenarios sheet (a plan's named scenarios) and `spr compare` (two whole
 * plans) both lay out this table; a cost line, when plans have them, is a Summary line like any other.
 */
import { findAssumption, sourceOf } from "../../core/assumptions/registry";
import { gap, rag } from "../../functions/planning";
import { Plan } from "../../plan/plan";
import { SheetModel } from "../model";
import { Ref, SheetBuilder } from "../sheet-builder";
import { LayoutContext, SummaryLine } from "./context";
import { Section } from "./sections";
import { SUMMARY_COST_COLUMNS } from "./summary";

export interface Compared {
  label: string;
  lines: readonly SummaryLine[];
}

const NOT_IN = "not in this plan";
const NO_COSTS = "no costs in this plan";
const key = (l: SummaryLine) => `${l.area} | ${l.measure}`;

/**
 * The side-by-side table under a header row at `row`; returns the row after it. The first plan's figures are linked
 * to its own cells when `linkFirst` (the Summary's sources in the same workbook), else written as values like the
 * others'. Gaps and RAG are live SPR.GAP and SPR.RAG over the figures, with `margin` the amber margin.
 */
export function comparisonTable(
  s: SheetBuilder,
  row: number,
  tableName: string,
  plans: readonly Compared[],
  margin: Ref,
  linkFirst: boolean,
): number {
  const lines = new Map<string, SummaryLine>();
  for (const p of plans) for (const l of p.lines) if (!lines.has(key(l))) lines.set(key(l), l);
  // the Summary's cost columns (the cost of closing each gap), when any plan has them, with their change too
  const costed = plans.some((p) => p.lines.some((l) => l.costs));
  const costHeaders = (p: Compared, i: number) =>
    costed
      ? [
          ...SUMMARY_COST_COLUMNS.map((h) => `${p.label}: ${h.charAt(0).toLowerCase()}${h.slice(1)}`),
          ...(i ? SUMMARY_COST_COLUMNS.map((h) => `${p.label}: ${h.replace(/^Close the gap: /, "").replace(" (£)", "")} change (£)`) : []),
        ]
      : [];
  const perPlan = plans.map((p, i) => [
    `${p.label}: required`,
    `${p.label}: available`,
    `${p.label}: gap`,
    `${p.label}: RAG`,
    ...(i ? [`${p.label}: gap change`] : []),
    ...costHeaders(p, i),
  ]);
  const headers = ["Area", "Requirement", ...perPlan.flat()];
  s.table(tableName, row, 0, headers, Math.max(1, lines.size));
  const ragCols: number[] = [];
  [...lines.values()].forEach((line, r) => {
    const at = row + 1 + r;
    s.put(at, 0, line.area);
    s.put(at, 1, line.measure);
    let col = 2;
    let baseGap: Ref | undefined;
    let baseCosts: Ref[] | undefined;
    plans.forEach((p, i) => {
      const mine = p.lines.find((l) => key(l) === key(line));
      const figure = (c: number, ref: Ref) =>
        i === 0 && linkFirst ? s.link(at, c, ref, { format: line.format }) : s.put(at, c, ref.values[0][0], { format: line.format });
      const numbers = mine && typeof mine.required.values[0][0] === "number" && typeof mine.available.values[0][0] === "number";
      ragCols.push(col + 3);
      const money = col + (i ? 5 : 4);
      if (costed) {
        // the cost of closing the gap (once, a year), then for a scenario its change on the base plan's
        const costs = mine?.costs && [mine.costs.oneOff, mine.costs.recurring];
        const figures = costs?.map((ref, k) =>
          i === 0 && linkFirst
            ? s.link(at, money + k, ref, { format: "money" })
            : s.put(at, money + k, ref.values[0][0], { format: "money" }),
        );
        if (!figures) [0, 1].forEach((k) => s.put(at, money + k, mine ? NO_COSTS : NOT_IN));
        if (i === 0) baseCosts = figures;
        else
          [0, 1].forEach((k) =>
            figures && baseCosts
              ? s.formula(at, money + 2 + k, gap, { required: figures[k], available: baseCosts[k] }, { format: "money" })
              : s.put(at, money + 2 + k, figures ? NO_COSTS : NOT_IN),
          );
      }
      if (!mine || !numbers) {
        [0, 1, 2, 3, ...(i ? [4] : [])].forEach((k) => s.put(at, col + k, NOT_IN));
      } else {
        const req = figure(col, mine.required);
        const avail = figure(col + 1, mine.available);
        const g = s.formula(at, col + 2, gap, { required: req, available: avail }, { format: line.format });
        s.formula(at, col + 3, rag, { required: req, available: avail, amber_margin: margin });
        if (i === 0) baseGap = g;
        else if (baseGap) s.formula(at, col + 4, gap, { required: g, available: baseGap }, { format: line.format });
        else s.put(at, col + 4, NOT_IN);
      }
      col += perPlan[i].length;
    });
  });
  if (!lines.size) s.put(row + 1, 0, "No Summary lines in these plans");
  for (const c of new Set(ragCols)) s.rag({ sheet: s.name, row: row + 1, col: c, rows: Math.max(1, lines.size), cols: 1, values: [] });
  // each header wraps word by word, so a column is as wide as its longest word (bold, about 1.1 characters each)
  s.columnWidths([
    16,
    46,
    ...headers.slice(2).map((h) => Math.max(12, Math.ceil(Math.max(...h.split(/\s+/).map((w) => w.length)) * 1.1) + 1)),
  ]);
  return row + 1 + Math.max(1, lines.size);
}

function layout(ctx: LayoutContext): SheetModel {
  const s = new SheetBuilder(ctx.names.scenarios);
  s.title("Scenarios: the Summary under each scenario, beside the base plan", ctx.subtitle);
  s.note(
    2,
    "Each scenario is the plan with the changes listed below. Base figures link to the Summary's sources; a scenario's are its own workbook's (not live). Gap change is the scenario's gap less the base plan's (positive: further short). RAG uses the base plan's amber margin.",
  );
  const plans: Compared[] = [
    { label: "Base", lines: ctx.summary },
    ...ctx.scenarios.map((sc) => ({ label: sc.name, lines: sc.ctx.summary })),
  ];
  const row = comparisonTable(s, 4, "SprScenarios", plans, ctx.assumption("RAG_AMBER_MARGIN"), true) + 2;
  s.put(row - 1, 0, "What each scenario changes", { style: "label" });
  const changes = (ctx.plan.scenarios ?? []).flatMap((sc) => [
    ...(sc.set ?? []).map((c) => [sc.name, c.path, c.value]),
    ...(sc.addEvents ?? []).map((e) => [
      sc.name,
      "publicOrder.events (added)",
      `${e.name}: ${e.start} to ${e.end}, ${e.attendance.toLocaleString("en-GB")} people, ${e.risk} risk`,
    ]),
  ]);
  s.table("SprScenarioChanges", row, 0, ["Scenario", "Plan path", "New value"], Math.max(1, changes.length));
  changes.forEach((c, i) => c.forEach((v, j) => s.put(row + 1 + i, j, v, { style: j === 2 ? "input" : undefined })));
  if (!changes.length) s.put(row + 1, 0, "No changes: each scenario is the base plan");
  s.freeze(5);
  return s.build();
}

/**
 * `spr compare`'s one sheet: two whole plans' Summaries side by side, the first as the base. With no Assumptions sheet
 * beside it, the amber margin (the first plan's RAG_AMBER_MARGIN) is an input cell here, with its source.
 */
export function compareSheet(plans: readonly { label: string; ctx: LayoutContext }[]): SheetModel {
  const [a, b] = plans;
  const s = new SheetBuilder("Compare");
  s.title(`Compare: ${b.label} against ${a.label}`, `${a.ctx.subtitle} · ${b.ctx.subtitle}`);
  s.note(
    2,
    "Every Summary line of both plans, as each plan's own workbook gives it. Gap change is the second plan's gap less the first's (positive: further short).",
  );
  const key = "RAG_AMBER_MARGIN";
  const assumption = findAssumption(key);
  s.put(3, 0, `Amber margin (${key}, from ${a.label})`, { style: "label" });
  const margin = s.put(3, 1, a.ctx.assumption(key).values[0][0], { style: "input", format: "percent" });
  s.put(3, 2, sourceOf(assumption));
  comparisonTable(
    s,
    5,
    "SprCompare",
    plans.map((p) => ({ label: p.label, lines: p.ctx.summary })),
    margin,
    false,
  );
  s.freeze(6);
  return s.build();
}

export const SCENARIOS_SECTION: Section = {
  sheet: "scenarios",
  applies: (plan: Plan) => (plan.scenarios?.length ?? 0) > 0,
  layout,
};
