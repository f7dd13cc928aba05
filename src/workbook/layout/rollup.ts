/**
 * The Forces sheet of a region's or the nation's roll-up: one row per force (grouped by Home Office region), its
 * derived shares of the national PSUs and BDUs (SPR.NATIONALSHARE, paragraph 120a/b), and, for a force with a plan,
 * the figures of its own workbook's Summary; totals over all forces and over the forces with a plan; the totals by
 * region; and the forces' events on one calendar, whose peak is the PSUs needed at once across the roll-up (mutual
 * aid). The Summary's lines are the totals over the forces with a plan, so its gaps and RAG are the region's (or the
 * nation's). SPR.OVERCOMMIT lists when, and with which events, the combined calendar needs more PSUs than the
 * forces with a plan can field together.
 */
import { isMet, readStatus } from "../../core/capabilities/status";
import { REGIONS, findForce } from "../../core/forces/forces";
import { OFFICER_FTE_DATE } from "../../core/forces/forces-data";
import { nationalShare, overCommit, peakConcurrent } from "../../functions/public-order";
import { standard } from "../../functions/reference";
import { isRollUp } from "../../plan/rollup";
import { CellStyle, CellValue, NumberFormat, SheetModel } from "../model";
import { Ref, SheetBuilder } from "../sheet-builder";
import { LayoutContext, SummaryLine } from "./context";
import { MEASURE_COLUMNS, cellAt, measureRow } from "./helpers";
import { Section } from "./sections";

export const NO_PLAN = "no force plan";
const NOT_IN_PLAN = "not in plan";
const NO_COSTS = "no costs in plan";
const AEP_FIELDABLE = "AEP teams able to be fielded";
/** The Summary line (area | measure) of the PSUs a force can field: src/workbook/layout/public-order.ts. */
const PSU_LINE = "Public order | PSUs able to be fielded";
const SHARES = ["PSU", "BDU"] as const;
/** The register capability whose requirement a force without a plan takes from its derived share. */
const DERIVED_FOR: Record<string, (typeof SHARES)[number]> = { "117c": "PSU", "117d": "BDU" };
const STATUS_COLUMNS = [
  { header: "Capabilities met", counts: (s: string) => isMet(readStatus(s, "")) },
  { header: "Capabilities partial", counts: (s: string) => readStatus(s, "") === "partial" },
  { header: "Capabilities absent", counts: (s: string) => readStatus(s, "") === "absent" },
  { header: "Capabilities not assessed", counts: (s: string) => readStatus(s, "") === "not assessed" },
];

type Member = NonNullable<LayoutContext["rollUp"][number]["member"]>;
type CostSide = keyof NonNullable<SummaryLine["costs"]>;
/** The cost of closing a gap, once and every year, as the force workbook's Summary and Costs sheet name it. */
const COST_SIDES: { side: CostSide; header: string }[] = [
  { side: "oneOff", header: "one-off (£)" },
  { side: "recurring", header: "a year (£)" },
];

/** A column of the Forces table: its header, format, and what each force's row holds. */
interface Column {
  header: string;
  format?: NumberFormat;
  /** The Summary line whose figures the column holds (required or available), if any. */
  line?: { key: string; side: "required" | "available" };
  /** The Summary line whose cost of closing the gap the column holds (from the force plan's Costs sheet). */
  cost?: { key: string; side: CostSide };
  /** A force's cost of closing every gap: the sum of its row's cost columns on this side. */
  allGaps?: CostSide;
  /** Whether the table by Home Office region totals the column. */
  byRegion?: boolean;
  cell(member: Member | undefined, derived: Partial<Record<(typeof SHARES)[number], Ref>>, force: string): Ref | CellValue;
}

const lineKey = (l: SummaryLine) => `${l.area} | ${l.measure}`;

/** Every Summary line the force plans have, in the order first met. */
function memberLines(ctx: LayoutContext): SummaryLine[] {
  const seen = new Map<string, SummaryLine>();
  for (const f of ctx.rollUp) for (const l of f.member?.summary ?? []) if (!seen.has(lineKey(l))) seen.set(lineKey(l), l);
  return [...seen.values()];
}

function published(member: Member, key: string): CellValue {
  return member.has(key) ? member.lookup(key).values[0][0] : NOT_IN_PLAN;
}

function columns(ctx: LayoutContext): Column[] {
  const lines = memberLines(ctx);
  const fromLine = (l: SummaryLine, side: "required" | "available"): Column => ({
    header: `${l.measure}: ${side}`,
    format: l.format,
    line: { key: lineKey(l), side },
    cell: (m, derived) => {
      if (m) return m.summary.find((x) => lineKey(x) === lineKey(l))?.[side].values[0][0] ?? NOT_IN_PLAN;
      const share = side === "required" && l.capability ? DERIVED_FOR[l.capability] : undefined;
      return share ? derived[share]! : NO_PLAN;
    },
  });
  // a line's costs, where any force plan has costs for it (issue 17's cost layer: the force workbook's Summary)
  const costed = (l: SummaryLine) => ctx.rollUp.some((f) => f.member?.summary.some((x) => lineKey(x) === lineKey(l) && x.costs));
  const costOf = (l: SummaryLine, { side, header }: (typeof COST_SIDES)[number]): Column => ({
    header: `${l.measure}: close the gap, ${header}`,
    format: "money",
    cost: { key: lineKey(l), side },
    cell: (m) => {
      if (!m) return NO_PLAN;
      const mine = m.summary.find((x) => lineKey(x) === lineKey(l));
      return mine ? (mine.costs?.[side].values[0][0] ?? NO_COSTS) : NOT_IN_PLAN;
    },
  });
  const anyCosts = lines.some(costed);
  return [
    ...SHARES.map((k): Column => ({ header: `${k}s: derived share`, format: "count", byRegion: true, cell: (_, derived) => derived[k]! })),
    ...lines.flatMap((l) => [fromLine(l, "required"), fromLine(l, "available"), ...(costed(l) ? COST_SIDES.map((c) => costOf(l, c)) : [])]),
    ...(anyCosts
      ? COST_SIDES.map(({ side, header }): Column => ({
          header: `Close every gap: ${header}`,
          format: "money",
          allGaps: side,
          byRegion: true,
          cell: (m) => (m ? NO_COSTS : NO_PLAN),
        }))
      : []),
    { header: AEP_FIELDABLE, format: "count", cell: (m) => (m ? published(m, "publicOrder.capacity.AEP") : NO_PLAN) },
    { header: "ARVs on duty required", format: "decimal", cell: (m) => (m ? published(m, "armedPolicing.arvs") : NO_PLAN) },
    ...STATUS_COLUMNS.map((c): Column => ({
      header: c.header,
      format: "count",
      cell: (m) =>
        m ? (m.plan.soc?.capabilities ? m.plan.soc.capabilities.filter((x) => c.counts(x.status ?? "")).length : NOT_IN_PLAN) : NO_PLAN,
    })),
    ...section22Column(ctx),
  ];
}

/**
 * A ROCU roll-up that holds the region's Section 22 table: each force's total contribution (paragraph 84), linked to
 * the Section 22 sheet.
 */
function section22Column(ctx: LayoutContext): Column[] {
  const s22 = ctx.plan.section22;
  if (!s22 || !ctx.has("section22.contributions")) return [];
  const table = ctx.lookup("section22.contributions");
  const row = new Map(s22.forces.map((f, i) => [findForce(f.name).force, i]));
  return [
    {
      header: "Section 22 contribution",
      format: "money",
      cell: (_m, _d, force) => (row.has(force) ? cellAt(table, row.get(force)!, s22.lines.length) : "not in the Section 22 table"),
    },
  ];
}

/** =SUM over the number cells of a list (null when there are none: SUM() is no formula). */
function sumOf(s: SheetBuilder, row: number, col: number, refs: Ref[], format?: NumberFormat, style: CellStyle = "total"): Ref | null {
  const numbers = refs.filter((r) => typeof r.values[0][0] === "number");
  return numbers.length ? s.arithmetic(row, col, "SUM", numbers, { format, style }) : null;
}

function layout(ctx: LayoutContext): SheetModel {
  const org = ctx.plan.organisation;
  const forces = [...ctx.rollUp].sort((a, b) => REGIONS.indexOf(a.force.region) - REGIONS.indexOf(b.force.region));
  const n = forces.length;
  const planned = forces.filter((f) => f.member).length;
  const s = new SheetBuilder(ctx.names.forces);
  s.title(`Forces: ${org.name}, ${n} force${n === 1 ? "" : "s"}, ${planned} with a force plan`, ctx.subtitle);
  s.note(
    2,
    `One row per force, grouped by Home Office region. Derived shares: SPR.NATIONALSHARE, paragraph 120a/b, by officer FTE at ${OFFICER_FTE_DATE}. A force with a plan shows its own workbook's Summary figures (yellow: from the plan named); a force without one shows its derived shares only ("${NO_PLAN}"), taken as its PSU and BDU requirement.`,
  );
  const excludesLondon = ctx.assumption("PSU_297_EXCLUDES_LONDON");
  const cols = columns(ctx);
  const fixed = ["Force", "ROCU", "Home Office region", "Force plan"];
  const top = 5;
  s.table("SprForces", top - 1, 0, [...fixed, ...cols.map((c) => c.header)], n);
  const grid: Ref[][] = cols.map(() => []);
  const plannedGrid: Ref[][] = cols.map(() => []);
  const derivedPsu: Ref[] = [];
  forces.forEach((f, i) => {
    const r = top + i;
    const name = s.put(r, 0, f.force.force);
    s.put(r, 1, f.force.rocu);
    s.put(r, 2, f.force.region);
    s.put(r, 3, f.source ?? NO_PLAN);
    const derived: Partial<Record<(typeof SHARES)[number], Ref>> = {};
    cols.forEach((c, j) => {
      const col = fixed.length + j;
      const share = j < SHARES.length ? SHARES[j] : undefined;
      let ref: Ref;
      if (share)
        ref = derived[share] = s.formula(
          r,
          col,
          nationalShare,
          { force: name, unit_type: share, excludes_london: excludesLondon },
          { format: "count" },
        );
      else if (c.allGaps && f.member) {
        // the force's cost of closing every gap: =SUM of its row's cost cells on this side
        const mine = cols.flatMap((x, k) => (x.cost?.side === c.allGaps ? [grid[k][i]] : []));
        ref = sumOf(s, r, col, mine, c.format, "input") ?? s.put(r, col, NO_COSTS);
      } else {
        const v = c.cell(f.member, derived, f.force.force);
        ref =
          v !== null && typeof v === "object"
            ? s.link(r, col, v, { format: c.format })
            : s.put(r, col, v, { format: c.format, style: f.member && typeof v === "number" ? "input" : undefined });
      }
      grid[j].push(ref);
      if (f.member) plannedGrid[j].push(ref);
    });
    derivedPsu.push(derived.PSU!);
  });
  const all = top + n;
  const withPlan = all + 1;
  s.put(all, 0, `Total, all ${n} forces (capacity from force plans only)`, { style: "total" });
  if (planned) s.put(withPlan, 0, `Total, the ${planned} force${planned === 1 ? "" : "s"} with a plan`, { style: "total" });
  const planTotals = cols.map((c, j) => {
    sumOf(s, all, fixed.length + j, grid[j], c.format);
    return sumOf(s, withPlan, fixed.length + j, plannedGrid[j], c.format);
  });
  const total = (key: string, side: "required" | "available") =>
    planTotals[cols.findIndex((c) => c.line?.key === key && c.line.side === side)];
  const costTotal = (key: string, side: CostSide) => planTotals[cols.findIndex((c) => c.cost?.key === key && c.cost.side === side)];

  // The Summary: the forces with a plan, measure by measure, so its gaps and RAG are the region's or the nation's
  const of = `(${planned} of ${n} forces with a plan)`;
  for (const l of memberLines(ctx)) {
    const required = total(lineKey(l), "required");
    const available = total(lineKey(l), "available");
    const [oneOff, recurring] = COST_SIDES.map(({ side }) => costTotal(lineKey(l), side));
    if (required && available)
      ctx.addSummary({
        area: l.area,
        measure: `${l.measure} ${of}`,
        required,
        available,
        format: l.format,
        basis: `${l.basis}; the force plans' own figures${oneOff && recurring ? " (costs: each force's cost of closing its own gap, summed)" : ""}`,
        ...(oneOff && recurring ? { costs: { oneOff, recurring } } : {}),
      });
  }
  if (!planned)
    ctx.emptySummary = `No force plans: the ${ctx.names.forces} sheet gives each force's derived shares of the national PSUs and BDUs (paragraph 120a/b); capacity, gaps and RAG come with force plans (forcePlans).`;

  let row = withPlan + 3;
  row = aepRequirement(ctx, s, row, planTotals[cols.findIndex((c) => c.header === AEP_FIELDABLE)], of);
  row = byRegion(s, row, forces, grid, cols);
  combinedCalendar(ctx, s, row, forces, planTotals[cols.findIndex((c) => c.line?.side === "available" && c.line.key === PSU_LINE)], of);

  s.chart({
    title: "PSUs: each force's derived share of the national requirement",
    labels: { row: top, col: 0, rows: n },
    values: { row: top, col: fixed.length, rows: n },
    at: { row: 3, col: fixed.length + cols.length + 1 },
  });
  s.columnWidths([24, 30, 24, 30, ...cols.map(() => 16)]);
  s.freeze(top);
  return s.build();
}

/** The region's two AEP teams, or the nation's eighteen (paragraph 120c), against what the forces with a plan can field. */
function aepRequirement(ctx: LayoutContext, s: SheetBuilder, row: number, available: Ref | null | undefined, of: string): number {
  if (!available) return row;
  const key = ctx.plan.organisation.kind === "nation" ? "AEP_TEAMS_NATIONAL" : "AEP_TEAMS_PER_REGION";
  s.table("SprRollUpAep", row, 0, MEASURE_COLUMNS, 1);
  const required = measureRow(
    s,
    row + 1,
    ctx.plan.organisation.kind === "nation" ? "AEP teams the nation must be able to deploy" : "AEP teams the region must be able to deploy",
    "AEP teams",
    `SPR 120c (${key})`,
    (r, c) => s.formula(r, c, standard, { key }, { format: "count" }),
  );
  ctx.addSummary({
    area: "Public order",
    measure: `AEP teams the ${ctx.plan.organisation.kind} can field ${of}`,
    required,
    available,
    format: "count",
    basis: `SPR 120c, 122c (${key})`,
    capability: "117f",
  });
  return row + 4;
}

/** Derived shares (and the forces with a plan) by Home Office region. */
function byRegion(s: SheetBuilder, row: number, forces: LayoutContext["rollUp"], grid: Ref[][], cols: Column[]): number {
  const regions = REGIONS.filter((r) => forces.some((f) => f.force.region === r));
  const totalled = cols.flatMap((c, j) => (c.byRegion ? [j] : []));
  s.put(row - 1, 0, "By Home Office region", { style: "label" });
  s.table(
    "SprByRegion",
    row,
    0,
    ["Home Office region", "Forces", "With a force plan", ...totalled.map((j) => cols[j].header)],
    regions.length,
  );
  regions.forEach((region, i) => {
    const r = row + 1 + i;
    const rows = forces.map((f, k) => (f.force.region === region ? k : -1)).filter((k) => k >= 0);
    s.put(r, 0, region);
    s.put(r, 1, rows.length, { format: "count" });
    s.put(r, 2, rows.filter((k) => forces[k].member).length, { format: "count" });
    totalled.forEach((j, k) => {
      const sum = sumOf(
        s,
        r,
        3 + k,
        rows.map((x) => grid[j][x]),
        cols[j].format,
      );
      if (!sum) s.put(r, 3 + k, cols[j].allGaps ? NO_COSTS : NO_PLAN);
    });
  });
  return row + regions.length + 3;
}

/**
 * Mutual aid across the roll-up: every force plan's events on one calendar, the most PSUs needed at any one moment
 * across them (SPR.PEAKCONCURRENT), against the PSUs the forces with a plan can field together.
 */
function combinedCalendar(
  ctx: LayoutContext,
  s: SheetBuilder,
  row: number,
  forces: LayoutContext["rollUp"],
  capacity: Ref | null | undefined,
  of: string,
): void {
  const rows = forces.flatMap((f) => {
    const m = f.member;
    if (!m?.has("publicOrder.psus")) return [];
    const [names, starts, ends, psus] = ["names", "starts", "ends", "psus"].map((k) => m.lookup(`publicOrder.${k}`).values);
    return names.map((_, i) => [f.force.force, `${names[i][0]} (${f.force.force})`, starts[i][0], ends[i][0], psus[i][0]]);
  });
  if (!rows.length || !capacity) return;
  s.put(row - 1, 0, "Mutual aid: the force plans' events on one calendar (paragraphs 119, 127)", { style: "label" });
  s.table("SprCombinedEvents", row, 0, ["Force", "Event", "Start", "End", "PSUs needed"], rows.length);
  const at = (c: number) =>
    s.block(
      row + 1,
      c,
      rows.map((r) => [r[c]]),
      { format: c === 2 || c === 3 ? "datetime" : c === 4 ? "count" : undefined, style: "input" },
    );
  const [events, starts, ends, psus] = [at(1), at(2), at(3), at(4)];
  at(0);
  const m = row + rows.length + 3;
  s.table("SprCombinedPeak", m - 1, 0, MEASURE_COLUMNS, 2);
  const peak = measureRow(
    s,
    m,
    "Most PSUs the forces' events need at any one moment",
    "PSUs",
    "The combined calendar above; an event ending as another starts does not overlap",
    (r, c) => s.formula(r, c, peakConcurrent, { starts, ends, demand: psus }, { format: "count" }),
  );
  const together = measureRow(s, m + 1, "PSUs the forces with a plan can field together", "PSUs", "The total above", (r, c) =>
    s.link(r, c, capacity, { format: "count" }),
  );
  const o = m + 4;
  s.put(o - 1, 0, "When and where the forces' events need more PSUs at once than the forces with a plan can field together", {
    style: "label",
  });
  const periods = s.formulaBlock(
    o + 1,
    0,
    overCommit,
    { starts, ends, demand: psus, capacity: together, names: events },
    {
      skipRows: 1,
      formats: ["datetime", "datetime", "count", "count", undefined],
    },
  );
  s.table("SprOverCommitted", o, 0, ["From", "To", "Most PSUs needed", "Over capacity by", "Events in force"], periods.rows);
  ctx.addSummary({
    area: "Mutual aid",
    measure: `PSUs for the forces' events at their combined peak ${of}`,
    required: peak,
    available: together,
    format: "count",
    basis: "SPR 119, 127; the force plans' events on one calendar",
  });
}

export const ROLLUP_SECTION: Section = {
  sheet: "forces",
  applies: isRollUp,
  layout,
};
