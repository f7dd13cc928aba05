/**
 * The Section 22 sheet: the ROCU's budget by line, less grants (shared across the lines pro rata to cost), shared
 * among the member forces on the agreed basis with any equal fixed element; each force's total, its in-kind
 * secondments and the cash it owes (paragraph 84). Every row and column adds up exactly, to the penny.
 */
import { allocate, gap } from "../../functions/planning";
import { s22Table } from "../../functions/section22";
import { findForce } from "../../core/forces/forces";
import { Plan } from "../../plan/plan";
import { SheetModel } from "../model";
import { Ref, SheetBuilder } from "../sheet-builder";
import { LayoutContext } from "./context";
import { cellAt, inputColumn } from "./helpers";
import { Section } from "./sections";

const AREA = "Section 22";

function layout(ctx: LayoutContext): SheetModel {
  const s22 = ctx.plan.section22!;
  const s = new SheetBuilder(ctx.names.section22);
  s.title(`Section 22: contributions to ${s22.rocu}`, ctx.subtitle);
  s.note(
    2,
    `SPR paragraph 84: each force makes an annual contribution to its ROCU of officers, staff and funding under its Section 22 agreement. Basis: ${s22.basis}.`,
  );
  const fixed =
    s22.fixedFraction === undefined
      ? ctx.assumption("S22_FIXED_FRACTION")
      : ctx.input(
          AREA,
          "Equal fixed element (fraction of the budget split equally)",
          s22.fixedFraction,
          "fraction",
          "percent",
          "section22.fixedFraction",
        );
  const unit =
    s22.unit === undefined
      ? ctx.assumption("S22_ROUNDING_UNIT")
      : ctx.input(AREA, "Rounding unit", s22.unit, "GBP", "decimal", "section22.unit");

  // Budget lines, less grants shared across the lines pro rata to cost
  let row = 5;
  const lines = s22.lines;
  s.put(row - 1, 0, "ROCU budget by line, less grants", { style: "label" });
  s.table("SprS22Lines", row, 0, ["Budget line", "Cost", "Grants applied", "Net cost to forces"], lines.length);
  const costs = namedAmounts(
    ctx,
    s,
    "section22.lines",
    row,
    lines.map((l) => [l.name, l.cost]),
    "cost",
  );
  const grants = s22.grants ?? [];
  const grantRow = row + lines.length + 3;
  let grantTotal: Ref;
  if (grants.length) {
    s.put(grantRow - 1, 0, "Grants and external funding", { style: "label" });
    s.table("SprS22Grants", grantRow, 0, ["Grant", "Amount"], grants.length);
    const amounts = namedAmounts(
      ctx,
      s,
      "section22.grants",
      grantRow,
      grants.map((g) => [g.name, g.amount]),
      "amount",
    );
    s.put(grantRow + grants.length + 1, 0, "Total grants", { style: "total" });
    grantTotal = s.arithmetic(
      grantRow + grants.length + 1,
      1,
      "SUM",
      grants.map((_, i) => cellAt(amounts, i)),
      { format: "money", style: "total" },
    );
  } else {
    grantTotal = s.put(grantRow, 1, 0, { format: "money" });
    s.put(grantRow, 0, "Total grants (none in the plan)");
  }
  const applied = s.formulaBlock(row + 1, 2, allocate, { total: grantTotal, weights: costs, unit }, { format: "money" });
  const net = s.formulaBlock(row + 1, 3, gap, { required: costs, available: applied }, { format: "money" });
  row = grantRow + grants.length + 4;

  // Member forces: weights and in-kind secondments
  const forces = s22.forces;
  s.put(row - 1, 0, "Member forces: apportionment weights and in-kind secondments", { style: "label" });
  const lastYear = forces.some((f) => f.lastYear !== undefined);
  s.table("SprS22Forces", row, 0, ["Force", "Weight", "In-kind (£)", ...(lastYear ? ["Last year's total (£)"] : [])], forces.length);
  const forceNames = inputColumn(
    s,
    row + 1,
    0,
    forces.map((f) => findForce(f.name).force),
  );
  const weights = inputColumn(
    s,
    row + 1,
    1,
    forces.map((f) => f.weight),
    "decimal",
  );
  const inKind = inputColumn(
    s,
    row + 1,
    2,
    forces.map((f) => f.inKind ?? 0),
    "money",
  );
  const lastYears = lastYear
    ? inputColumn(
        s,
        row + 1,
        3,
        forces.map((f) => f.lastYear ?? null),
        "money",
      )
    : undefined;
  if (lastYears) ctx.publish("section22.lastYear", lastYears);
  // a force's name as the reference data writes it; in-kind shows 0 for a force that gives none
  ctx.list("section22.forces", s, row, 0, forces.length, [
    { field: "name", col: forceNames.col, kind: "force" },
    { field: "weight", col: weights.col },
    { field: "inKind", col: inKind.col, absent: 0 },
    ...(lastYears ? [{ field: "lastYear", col: lastYears.col }] : []),
  ]);
  row += forces.length + 4;
  // for the Medium term sheet: Section 22 over the years
  Object.entries({ weights, net, fixed, inKind, unit }).forEach(([k, ref]) => ctx.publish(`section22.${k}`, ref));

  // The contribution table
  const columns = ["Force", ...lines.map((l) => l.name), "Total", "In-kind", "Cash due", "Flag"];
  s.put(row - 1, 0, "Contributions by force and line (every row and column adds up exactly)", { style: "label" });
  s.table("SprS22Contributions", row, 0, columns, forces.length);
  forces.forEach((f, i) => s.put(row + 1 + i, 0, findForce(f.name).force));
  const table = s.formulaBlock(
    row + 1,
    1,
    s22Table,
    { weights, line_costs: net, fixed_fraction: fixed, in_kind: inKind, unit, show_headers: false },
    {
      format: "money",
      formats: [...lines.map(() => "money" as const), "money", "money", "money", "text"],
    },
  );
  // for a region's Summary: each force's total, in-kind and cash due
  ctx.publish("section22.contributions", table);
  const totalsRow = row + 1 + forces.length;
  s.put(totalsRow, 0, "Total", { style: "total" });
  for (let c = 0; c < lines.length + 3; c++) {
    s.arithmetic(
      totalsRow,
      1 + c,
      "SUM",
      forces.map((_, i) => cellAt(table, i, c)),
      { format: "money", style: "total" },
    );
  }
  s.columnWidths([40, ...lines.map(() => 16), 16, 16, 16, 34]);
  s.freeze(3);
  return s.build();
}

export const SECTION22_SECTION: Section = {
  sheet: "section22",
  applies: (plan: Plan) => plan.section22 !== undefined,
  layout,
};

/**
 * A list of named amounts (budget lines, grants) as two input columns under a table's header row, recorded for the
 * plan read-back under `path` with its name and amount fields; returns the amounts' column.
 */
function namedAmounts(
  ctx: LayoutContext,
  s: SheetBuilder,
  path: string,
  headerRow: number,
  items: [string, number][],
  amountField: string,
): Ref {
  const names = inputColumn(
    s,
    headerRow + 1,
    0,
    items.map(([name]) => name),
  );
  const amounts = inputColumn(
    s,
    headerRow + 1,
    1,
    items.map(([, amount]) => amount),
    "money",
  );
  ctx.list(path, s, headerRow, 0, items.length, [
    { field: "name", col: names.col },
    { field: amountField, col: amounts.col },
  ]);
  return amounts;
}
