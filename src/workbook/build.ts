/**
 * The planning workbook builder: one plan in, every sheet out, through the Workbook port. The same builder serves
 * the command line (ExcelJS file adapter) and the task pane (Office.js adapter). Everything is computed before
 * anything is written, and the port writes all sheets in one go, so a failure never leaves half a workbook.
 */
import { CheckWarning } from "../core/checks/checks";
import { rag as ragCore } from "../core/gap";
import { Verdict, planChecks } from "../plan/checks";
import { Plan } from "../plan/plan";
import { ForcePlan, isRollUp, matchForcePlans } from "../plan/rollup";
import { scenarioPlans } from "../plan/validate";
import { BuildStamp, auditSheet } from "./layout/audit";
import { LayoutContext, SHEETS, SheetKey } from "./layout/context";
import { SECTIONS } from "./layout/sections";
import { Statement, statementOf, statementSheet } from "./layout/statement";
import { summarySheet } from "./layout/summary";
import { SheetModel } from "./model";
import { WorkbookPort } from "./port";
import { BuildError } from "./sheet-builder";
import { resolveSheetNames } from "./safety";
import { shareableModels } from "./shareable";

export type { BuildStamp } from "./layout/audit";

export interface BuildProgress {
  /** "layout" while sheets are computed, "write" while the port writes them. */
  phase: "layout" | "write";
  sheet: string;
  index: number;
  count: number;
}

export interface BuildResult {
  sheets: string[];
  /** Sheets renamed because a user's sheet held the name. */
  renamed: { wanted: string; used: string }[];
  summary: LayoutContext["summary"];
  /** The plan's departures from the SPR: warnings, listed on the Summary and Audit sheets. */
  checks: CheckWarning[];
  /** Every sheet as written, for doors that show results beside the workbook (the task pane). */
  models: SheetModel[];
  /** The name each sheet was written under (its usual name, or the one chosen beside a user's sheet). */
  names: Record<SheetKey, string>;
  /** Each named scenario's Summary lines (the pane switches between them and the base plan's). */
  scenarios: { name: string; summary: LayoutContext["summary"] }[];
  /** The draft assurance statement on the Statement sheet (a force's or the nation's; a region's plan has none). */
  statement?: Statement;
}

/** The Summary's RAG for each requirement that answers to a register capability, as the Summary's SPR.RAG gives it. */
function verdicts(ctx: LayoutContext): Verdict[] {
  if (!ctx.summary.some((l) => l.capability)) return []; // no Summary RAG to hold a self-assessment to
  const margin = ctx.assumption("RAG_AMBER_MARGIN").values[0][0] as number;
  return ctx.summary.flatMap((l) => {
    const required = l.required.values[0][0];
    const available = l.available.values[0][0];
    if (!l.capability || typeof required !== "number" || typeof available !== "number") return [];
    return [{ capability: l.capability, measure: l.measure, rag: ragCore(required, available, margin) }];
  });
}

/**
 * A roll-up's forces, each force plan laid out as its own workbook would be (its Summary figures, events and checks
 * are what the roll-up shows). Uncertainty is left out: the roll-up shows none of it, and it is the slow part.
 */
function rollUpForces(plan: Plan, stamp: BuildStamp, forcePlans: readonly ForcePlan[]): LayoutContext["rollUp"] {
  if (!isRollUp(plan)) return [];
  const named = plan.forcePlans?.length ?? 0;
  if (named !== forcePlans.length) {
    // a door that has not read them must not pass a roll-up off as made from reference data alone
    throw new BuildError(
      `the plan names ${named} force plan${named === 1 ? "" : "s"} (forcePlans) and ${forcePlans.length} were read; spr build reads them beside the plan, the task pane from the files picked under "Force plans this roll-up names"`,
    );
  }
  return matchForcePlans(plan, forcePlans).map(({ force, member }) => {
    if (!member) return { force };
    const { ctx } = layoutWorkbook({ ...member.plan, uncertainty: undefined }, stamp);
    return { force, source: member.source, index: member.index, member: ctx };
  });
}

/** A force plan's warnings, with their paths inside the roll-up plan (forcePlans[2] › publicOrder.events[0]). */
function memberChecks(rollUp: LayoutContext["rollUp"]): CheckWarning[] {
  return rollUp.flatMap((f) =>
    (f.member?.checks ?? []).map((w) => ({ ...w, path: `forcePlans[${f.index}] (${f.force.force}) › ${w.path}` })),
  );
}

/**
 * Lays out every sheet for a validated plan: pure computation, nothing written. A region's or the nation's roll-up
 * takes its force plans, already read and validated (`forcePlans`, matched to its forces by src/plan/rollup.ts).
 */
export function layoutWorkbook(
  plan: Plan,
  stamp: BuildStamp,
  names: Record<SheetKey, string> = { ...SHEETS },
  onProgress?: (p: BuildProgress) => void,
  forcePlans: readonly ForcePlan[] = [],
): { models: SheetModel[]; ctx: LayoutContext; statement?: Statement } {
  const ctx = new LayoutContext(plan, names);
  ctx.rollUp = rollUpForces(plan, stamp, forcePlans);
  // each scenario laid out as its own workbook (without its uncertainty, which the Scenarios sheet does not show)
  ctx.scenarios = scenarioPlans(plan).map((sc) => ({
    name: sc.name,
    ctx: layoutWorkbook({ ...sc.plan, uncertainty: undefined }, stamp, undefined, undefined, forcePlans).ctx,
  }));
  const sectionModels: SheetModel[] = [];
  const present = SECTIONS.filter((s) => s.applies(plan));
  present.forEach((section, i) => {
    onProgress?.({ phase: "layout", sheet: names[section.sheet], index: i, count: present.length });
    sectionModels.push(section.layout(ctx));
  });
  ctx.checks = [...planChecks(plan, verdicts(ctx)), ...memberChecks(ctx.rollUp)];
  const summary = summarySheet(ctx);
  ctx.finishInputs();
  ctx.finishAssumptions();
  const assumptions = ctx.assumptions.build();
  // the draft assurance statement: a force's (SPR 24.1) or the nation's summary of statements (24.2)
  const statement = plan.organisation.kind === "region" ? undefined : statementOf(ctx, [assumptions]);
  const statementSheets = statement ? [statementSheet(names.statement, statement)] : [];
  ctx.finishLists(sectionModels);
  const models = [summary, ctx.inputs.build(), assumptions, ...sectionModels, ...statementSheets, auditSheet(ctx, stamp)];
  return { models, ctx, statement };
}

export interface BuildOptions {
  /** Write the copy for readers without the add-in: SPR formulas as their values, a banner on each sheet (shareable.ts). */
  shareable?: boolean;
}

export async function buildWorkbook(
  plan: Plan,
  port: WorkbookPort,
  stamp: BuildStamp,
  onProgress?: (p: BuildProgress) => void,
  forcePlans: readonly ForcePlan[] = [],
  options: BuildOptions = {},
): Promise<BuildResult> {
  const existing = await port.listSheets();
  const chosen = resolveSheetNames(existing, Object.values(SHEETS));
  const names = Object.fromEntries(Object.entries(SHEETS).map(([k, v]) => [k, chosen.get(v)!])) as Record<SheetKey, string>;
  const laidOut = layoutWorkbook(plan, stamp, names, onProgress, forcePlans);
  const { ctx, statement } = laidOut;
  const models = options.shareable ? shareableModels(laidOut.models, names, stamp.builtAt) : laidOut.models;
  await port.writeSheets(models, (sheet, index, count) => onProgress?.({ phase: "write", sheet, index, count }));
  return {
    sheets: models.map((m) => m.name),
    renamed: [...chosen.entries()].filter(([a, b]) => a !== b).map(([wanted, used]) => ({ wanted, used })),
    summary: ctx.summary,
    checks: ctx.checks,
    models,
    names,
    scenarios: ctx.scenarios.map((sc) => ({ name: sc.name, summary: sc.ctx.summary })),
    statement,
  };
}
