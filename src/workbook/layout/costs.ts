/**
 * The Costs and Medium term sheets (issue 17). Costs: what the capacity the SPR requires costs a year against what the
 * force holds, and what closing each gap costs (one-off and a year), for every Summary line that counts officers.
 * Medium term: the plan year and the years after it across — requirement (moved by demand), capacity, gap, cost to
 * close and recurring cost (employer cost moved by the pay award) — and the Section 22 contributions by year.
 * Every figure is a live SPR formula over Inputs and Assumptions cells.
 */
import { employCost, gapCost, pay, s22Years, staffCost } from "../../functions/costs";
import { gap } from "../../functions/planning";
import { s22Table, uplift } from "../../functions/section22";
import { findAssumption, sourceOf } from "../../core/assumptions/registry";
import { Plan, financialYearText, planYears } from "../../plan/plan";
import { CellValue } from "../model";
import { FormulaArgs, Ref, SheetBuilder } from "../sheet-builder";
import { CostArea, LayoutContext, SummaryLine } from "./context";
import { MEASURE_COLUMNS, measureRow } from "./helpers";
import { Section } from "./sections";

const AREA = "Costs";

function cellAt(ref: Ref, r: number, c: number): Ref {
  return { ...ref, row: ref.row + r, col: ref.col + c, rows: 1, cols: 1, values: [[ref.values[r][c]]] };
}

/** The employer rates as the Assumptions sheet holds them (the plan's figures where it sets them). */
/** The employer-cost rates, by the parameter names SPR.EMPLOYCOST and SPR.STAFFCOST share. */
function rateRefs(ctx: LayoutContext): FormulaArgs {
  return {
    pension_rate: ctx.assumption("EMPLOYER_PENSION_RATE"),
    ni_rate: ctx.assumption("EMPLOYER_NI_RATE"),
    ni_threshold: ctx.assumption("NI_SECONDARY_THRESHOLD"),
    levy_rate: ctx.assumption("APPRENTICESHIP_LEVY_RATE"),
  };
}

/** SPR.GAPCOST's course and recruitment defaults for an area. */
function gapCostArgs(ctx: LayoutContext, area: CostArea): FormulaArgs {
  return {
    course_cost: ctx.assumption(`COURSE_COST_${area}`),
    course_days: ctx.assumption(`COURSE_DAYS_${area}`),
    recruitment_cost: ctx.assumption("RECRUITMENT_COST"),
  };
}

const COST_COLUMNS = [
  "Area",
  "Requirement",
  "Officers each",
  "Required",
  "Available",
  "Gap (short +)",
  "Officers required",
  "Officers held",
  "Requirement a year (£)",
  "Capacity held a year (£)",
  "Close the gap: one-off (£)",
  "Close the gap: a year (£)",
];

function costedLines(ctx: LayoutContext): SummaryLine[] {
  return ctx.summary.filter((l) => l.costing !== undefined);
}

function costsLayout(ctx: LayoutContext) {
  const s = new SheetBuilder(ctx.names.costs);
  s.title("Costs: the capacity the SPR requires and closing each gap", ctx.subtitle);
  s.note(
    2,
    "Employer cost = pay + employer pension + National Insurance above its threshold + apprenticeship levy. Every rate is a planning assumption with its source (Assumptions sheet), not an SPR figure.",
  );
  const c = ctx.plan.costs!;
  s.table("SprCostRates", 3, 0, MEASURE_COLUMNS, 2);
  const salary = measureRow(
    s,
    4,
    "Basic pay of one officer a year",
    "£",
    c.salary === undefined ? "SPR.PAY: top of the constables' scale in the shipped pay table" : "Input",
    (r, col) =>
      c.salary === undefined
        ? s.formula(r, col, pay, { rank: "constable" }, { format: "money" })
        : s.link(r, col, ctx.input(AREA, "Basic pay used to cost one officer", c.salary, "GBP a year", "money", "costs.salary"), {
            format: "money",
          }),
  );
  const employ = measureRow(
    s,
    5,
    "Employer cost of one officer a year",
    "£",
    "SPR.EMPLOYCOST: pay + pension + NI above the threshold + levy (Assumptions)",
    (r, col) => s.formula(r, col, employCost, { salary, ...rateRefs(ctx) }, { format: "money" }),
  );
  ctx.publish("costs.salary", salary);
  ctx.publish("costs.employ", employ);

  // every rate the figures below use, with its source (the values are the Assumptions sheet's cells)
  const keys = [
    "EMPLOYER_PENSION_RATE",
    "EMPLOYER_NI_RATE",
    "NI_SECONDARY_THRESHOLD",
    "APPRENTICESHIP_LEVY_RATE",
    "RECRUITMENT_COST",
    "WORKING_DAYS_PER_YEAR",
  ];
  const areas = [...new Set(costedLines(ctx).map((l) => l.costing!.area))];
  for (const a of areas) keys.push(`COURSE_COST_${a}`, `COURSE_DAYS_${a}`);
  s.put(7, 0, "Rates used, each a planning assumption with its source (change them on the Assumptions sheet or in the plan)", {
    style: "label",
  });
  s.table("SprCostRateSources", 8, 0, ["Assumption", "Value", "Source"], keys.length);
  keys.forEach((k, i) => {
    s.put(9 + i, 0, k);
    s.link(9 + i, 1, ctx.assumption(k), { format: "decimal" });
    s.put(9 + i, 2, sourceOf(findAssumption(k)));
  });

  const lines = costedLines(ctx);
  const top = 11 + keys.length;
  s.put(
    top - 1,
    0,
    "By requirement: officers × employer cost; closing the gap once (recruitment, course, days on it) and every year after",
    { style: "label" },
  );
  s.table("SprCosts", top, 0, COST_COLUMNS, Math.max(1, lines.length));
  if (lines.length === 0) s.put(top + 1, 0, "No requirement in this plan counts officers (public order, armed policing or SOC)");
  lines.forEach((line, i) => {
    const r = top + 1 + i;
    const k = line.costing!;
    s.put(r, 0, line.area);
    s.put(r, 1, line.measure);
    const each = s.put(r, 2, k.officersEach, { format: "count" });
    const required = s.link(r, 3, line.required, { format: line.format });
    const available = s.link(r, 4, line.available, { format: line.format });
    const g = s.formula(r, 5, gap, { required, available }, { format: line.format });
    const officersRequired = s.arithmetic(r, 6, "PRODUCT", [required, each], { format: "fte" });
    const officersHeld = s.arithmetic(r, 7, "PRODUCT", [available, each], { format: "fte" });
    s.formula(r, 8, staffCost, { officers: officersRequired, salaries: salary, ...rateRefs(ctx) }, { format: "money" });
    s.formula(r, 9, staffCost, { officers: officersHeld, salaries: salary, ...rateRefs(ctx) }, { format: "money" });
    const close = s.formulaBlock(
      r,
      10,
      gapCost,
      { area: k.area, shortfall: g, employ_cost: employ, ...gapCostArgs(ctx, k.area), officers_each: each },
      { format: "money" },
    );
    line.costs = { oneOff: cellAt(close, 0, 0), recurring: cellAt(close, 0, 1) };
  });
  s.columnWidths([16, 40, 10, 12, 12, 12, 12, 12, 18, 18, 18, 18]);
  s.freeze(3);
  return s.build();
}

/** "2026/27" → the k-th year after it, "2027/28" for k = 1. */
export function yearLabel(financialYear: string, k: number): string {
  return financialYearText(Number(financialYear.slice(0, 4)) + k);
}

/** A row of later-year cells: the plan's figures as inputs, or links to the assumption for each year. */
function laterYearsRow(
  ctx: LayoutContext,
  s: SheetBuilder,
  row: number,
  label: string,
  values: number[] | undefined,
  key: string | null,
  fallback: number,
  years: number,
  path: string,
): Ref {
  s.put(row, 0, label);
  const cells: CellValue[] = [];
  for (let k = 1; k < years; k++) {
    const v = values?.[k - 1];
    const format = key ? "percent" : "decimal";
    if (v !== undefined) cells.push(s.put(row, 2 + k, v, { format, style: "input" }).values[0][0]);
    else if (key) cells.push(s.link(row, 2 + k, ctx.assumption(key), { format }).values[0][0]);
    else cells.push(s.put(row, 2 + k, fallback, { format, style: "input" }).values[0][0]);
  }
  const ref: Ref = { sheet: s.name, row, col: 3, rows: 1, cols: years - 1, values: [cells] };
  // read back by spr plan: an edited year joins the plan's list (a link to the assumption is not the plan's figure)
  if (years > 1)
    ctx.list(path, s, row, 0, years - 1, [{ field: "", col: ref.col, ...(key ? {} : { absent: fallback }) }], { across: true });
  return ref;
}

function mediumTermLayout(ctx: LayoutContext) {
  const plan = ctx.plan;
  const c = plan.costs!;
  const years = planYears(plan);
  const s = new SheetBuilder(ctx.names.mediumTerm);
  s.title(`Medium term: ${yearLabel(plan.financialYear, 0)} to ${yearLabel(plan.financialYear, years - 1)}`, ctx.subtitle);
  s.note(
    2,
    "Requirements move with demand (a multiple of the plan year's; flat where the plan gives none); employer cost moves with the pay award; Section 22 pay lines with the pay award, non-pay lines with inflation.",
  );
  let row = 4;
  s.put(row, 0, "Year", { style: "header" });
  s.put(row, 1, "", { style: "header" });
  for (let k = 0; k < years; k++) s.put(row, 2 + k, yearLabel(plan.financialYear, k), { style: "header" });
  row++;
  const awards = laterYearsRow(ctx, s, row++, "Pay award (on the year before)", c.payAwards, "PAY_AWARD", 0, years, "costs.payAwards");
  const inflation = laterYearsRow(ctx, s, row++, "Inflation (on the year before)", c.inflation, "INFLATION", 0, years, "costs.inflation");
  s.put(row, 0, "Employer cost of one officer (£)");
  const employ = s.link(row, 2, ctx.lookup("costs.employ"), { format: "money" });
  const employLater = years > 1 ? s.formulaBlock(row, 3, uplift, { amount: employ, rates: awards, unit: 0.01 }, { format: "money" }) : null;
  const employByYear = (k: number) => (k === 0 ? employ : cellAt(employLater!, 0, k - 1));
  row += 2;

  const lines = costedLines(ctx);
  const totals: Ref[][] = Array.from({ length: years }, () => []);
  for (const line of lines) {
    const k = line.costing!;
    s.put(row++, 0, `${line.area}: ${line.measure}`, { style: "label" });
    const factors = laterYearsRow(
      ctx,
      s,
      row++,
      "Demand (× the plan year)",
      c.demand?.[k.demand],
      null,
      1,
      years,
      `costs.demand.${k.demand}`,
    );
    s.put(row, 0, "Required");
    const req: Ref[] = [s.link(row, 2, line.required, { format: line.format })];
    for (let y = 1; y < years; y++)
      req.push(s.arithmetic(row, 2 + y, "PRODUCT", [req[0], cellAt(factors, 0, y - 1)], { format: "decimal" }));
    row++;
    s.put(row, 0, "Available (held flat)");
    const avail: Ref[] = [];
    for (let y = 0; y < years; y++) avail.push(s.link(row, 2 + y, line.available, { format: line.format }));
    row++;
    s.put(row, 0, "Gap (short +)");
    const gaps = req.map((r, y) => s.formula(row, 2 + y, gap, { required: r, available: avail[y] }, { format: "decimal" }));
    row++;
    s.put(row, 0, "Close the gap that year: one-off (£)");
    s.put(row + 1, 0, "Close the gap: cost a year (£)");
    gaps.forEach((g, y) => {
      const args = { area: k.area, shortfall: g, employ_cost: employByYear(y), ...gapCostArgs(ctx, k.area), officers_each: k.officersEach };
      s.formulaBlock(row, 2 + y, gapCost, args, { format: "money", omitCols: [1] });
      totals[y].push(s.formulaBlock(row + 1, 2 + y, gapCost, args, { format: "money", omitCols: [0] }));
    });
    row += 3;
  }

  // a column by year for the chart: the recurring cost of closing every gap
  if (lines.length) {
    s.put(row - 1, 0, "Recurring cost of closing every gap, by year", { style: "label" });
    s.table("SprMediumTermCost", row, 0, ["Year", "Cost a year (£)"], years);
    for (let y = 0; y < years; y++) {
      s.put(row + 1 + y, 0, yearLabel(plan.financialYear, y));
      s.arithmetic(row + 1 + y, 1, "SUM", totals[y], { format: "money" });
    }
    s.chart({
      title: "Recurring cost of closing every gap (£ a year)",
      labels: { row: row + 1, col: 0, rows: years },
      values: { row: row + 1, col: 1, rows: years },
      at: { row: row, col: 3 },
    });
    row += years + 3;
  }

  // Section 22 over the years
  // (a one-year plan has no years to move the lines through: the Section 22 sheet is its table)
  if (plan.section22 && years > 1 && ctx.has("section22.net")) {
    const s22 = plan.section22;
    s.put(row - 1, 0, "Section 22 contributions by year (each column is S22TABLE's total column over that year's line costs)", {
      style: "label",
    });
    s.put(row, 0, "Rates by budget line (pay: the pay award; non-pay: inflation)", { style: "label" });
    row++;
    const rateRows: CellValue[][] = [];
    s22.lines.forEach((l, i) => {
      s.put(row + i, 0, l.name);
      s.put(row + i, 1, l.kind ?? "pay");
      const from = (l.kind ?? "pay") === "pay" ? awards : inflation;
      const cells: CellValue[] = [];
      for (let y = 1; y < years; y++) cells.push(s.link(row + i, 2 + y, cellAt(from, 0, y - 1), { format: "percent" }).values[0][0]);
      rateRows.push(cells);
    });
    const rates: Ref = { sheet: s.name, row, col: 3, rows: s22.lines.length, cols: years - 1, values: rateRows };
    row += s22.lines.length + 1;
    s.table(
      "SprS22Years",
      row,
      0,
      ["Force", ...Array.from({ length: years }, (_, k) => yearLabel(plan.financialYear, k))],
      s22.forces.length,
    );
    s22.forces.forEach((f, i) => s.put(row + 1 + i, 0, f.name));
    const [weights, net, fixed, inKind, unit] = ["weights", "net", "fixed", "inKind", "unit"].map((k) => ctx.lookup(`section22.${k}`));
    s.formulaBlock(
      row + 1,
      1,
      s22Years,
      { weights, line_costs: net, rates, fixed_fraction: fixed, in_kind: inKind, unit },
      { format: "money" },
    );
    row += s22.forces.length + 3;

    // the whole table, year by year: each line's cost compounded by its rates (SPR.UPLIFT to the unit), then S22TABLE
    s.put(row - 1, 0, "Net cost of each budget line by year (SPR.UPLIFT to the unit)", { style: "label" });
    s.table(
      "SprS22LineYears",
      row,
      0,
      ["Budget line", "Kind", ...Array.from({ length: years }, (_, k) => yearLabel(plan.financialYear, k))],
      s22.lines.length,
    );
    const byYear: CellValue[][] = [];
    s22.lines.forEach((l, i) => {
      s.put(row + 1 + i, 0, l.name);
      s.put(row + 1 + i, 1, l.kind ?? "pay");
      const first = s.link(row + 1 + i, 2, cellAt(net, i, 0), { format: "money" });
      const later = s.formulaBlock(
        row + 1 + i,
        3,
        uplift,
        { amount: first, rates: { ...rates, row: rates.row + i, rows: 1, values: [rates.values[i]] }, unit },
        { format: "money" },
      );
      byYear.push([first.values[0][0], ...later.values[0]]);
    });
    const linesTop = row + 1;
    const lineCosts = (y: number): Ref => ({
      sheet: s.name,
      row: linesTop,
      col: 2 + y,
      rows: s22.lines.length,
      cols: 1,
      values: byYear.map((r) => [r[y]]),
    });
    row += s22.lines.length + 3;
    for (let y = 0; y < years; y++) {
      s.put(row - 1, 0, `Contributions in ${yearLabel(plan.financialYear, y)}`, { style: "label" });
      s.table(
        `SprS22Year${y + 1}`,
        row,
        0,
        ["Force", ...s22.lines.map((l) => l.name), "Total", "In-kind", "Cash due", "Flag"],
        s22.forces.length,
      );
      s22.forces.forEach((f, i) => s.put(row + 1 + i, 0, f.name));
      s.formulaBlock(
        row + 1,
        1,
        s22Table,
        { weights, line_costs: lineCosts(y), fixed_fraction: fixed, in_kind: inKind, unit, show_headers: false },
        {
          format: "money",
          formats: [...s22.lines.map(() => "money" as const), "money", "money", "money", "text"],
        },
      );
      row += s22.forces.length + 3;
    }
  }
  s.columnWidths([44, 16, ...Array.from({ length: Math.max(years, (plan.section22?.lines.length ?? 0) + 4) }, () => 16)]);
  s.freeze(5);
  return s.build();
}

export const COSTS_SECTION: Section = {
  sheet: "costs",
  applies: (plan: Plan) => plan.costs !== undefined,
  layout: costsLayout,
};

export const MEDIUM_TERM_SECTION: Section = {
  sheet: "mediumTerm",
  applies: (plan: Plan) => plan.costs !== undefined,
  layout: mediumTermLayout,
};
