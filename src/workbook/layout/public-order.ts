/**
 * The Public order sheet: events from the strategic risk assessment → PSUs each needs → the peak at any moment;
 * with the force's share of the national requirement (paragraph 120a) → PSUs it must field; against the PSUs, BDUs
 * and AEP teams its trained officers can field (paragraph 122).
 */
import { findForce } from "../../core/forces/forces";
import { OFFICER_FTE_DATE } from "../../core/forces/forces-data";
import { SharePool, sharePool } from "../../core/public-order/national-share";
import { eventPsus, nationalShare, peakConcurrent, psuReq, unitCapacity, unitGapDetail } from "../../functions/public-order";
import { Plan } from "../../plan/plan";
import { toExcelSerial } from "../../plan/validate";
import { SheetModel } from "../model";
import { Ref, SheetBuilder } from "../sheet-builder";
import { UnitType, unitRoles, unitSize } from "../../core/public-order/units";
import { LayoutContext, SummaryLine } from "./context";
import { MEASURE_COLUMNS, inputColumn, measureRow } from "./helpers";
import { Section } from "./sections";

const AREA = "Public order";

/** A unit's posts (SPR paragraph 122), so the Costs sheet can price a gap counted in units. */
function unitCosting(unit: UnitType): SummaryLine["costing"] {
  return { area: "PSU", officersEach: unitSize(unitRoles(unit)), demand: "publicOrder" };
}
const RISKS = ["low", "medium", "high"] as const;
type Unit = "PSU" | "BDU" | "AEP";
const ROLES: Record<Unit, string[]> = {
  PSU: ["Inspectors", "Sergeants", "Constables (level 2)", "Drivers"],
  BDU: ["Inspectors", "Sergeants", "Constables (level 3)"],
  AEP: ["AEP commanders", "Drivers", "AEP officers"],
};
const PARAGRAPH: Record<Unit, string> = { PSU: "120a, 122a", BDU: "120b, 122b", AEP: "120c, 122c" };

/** People per PSU by risk level: the plan's own table, or links to the assumptions (the SPR sets none). */
function crowdTable(ctx: LayoutContext, s: SheetBuilder, row: number, col: number): Ref {
  const own = ctx.plan.publicOrder!.crowdPerPsu;
  s.put(row - 1, col, "People per PSU by risk level (the SPR sets none)", { style: "label" });
  s.table("SprCrowdPerPsu", row, col, ["Risk", "People per PSU"], RISKS.length);
  const values = RISKS.map((risk, i) => {
    s.put(row + 1 + i, col, risk);
    const v = own?.[risk];
    if (v !== undefined) return [risk, s.put(row + 1 + i, col + 1, v, { format: "count", style: "input" }).values[0][0]];
    return [risk, s.link(row + 1 + i, col + 1, ctx.assumption(`CROWD_PER_PSU_${risk.toUpperCase()}`), { format: "count" }).values[0][0]];
  });
  return { sheet: s.name, row: row + 1, col, rows: RISKS.length, cols: 2, values };
}

/** The inputs SPR.NATIONALSHARE needs, for a force's plan (a region's plan has no single force to share to). */
function nationalShares(ctx: LayoutContext): { force: Ref; excludesLondon: Ref; PSU: SharePool; BDU: SharePool } | undefined {
  const org = ctx.plan.organisation;
  if (org.kind !== "force") return undefined;
  const record = findForce(org.name);
  const excludesLondon = ctx.assumption("PSU_297_EXCLUDES_LONDON");
  const excludes = excludesLondon.values[0][0] === 1;
  const force = ctx.input(AREA, "Force (for its national shares)", record.force, "force");
  return { force, excludesLondon, PSU: sharePool(record, "PSU", excludes), BDU: sharePool(record, "BDU", excludes) };
}

function layout(ctx: LayoutContext): SheetModel {
  const po = ctx.plan.publicOrder!;
  const s = new SheetBuilder(ctx.names.publicOrder);
  s.title("Public order: PSUs, BDUs and AEP teams", ctx.subtitle);
  s.note(
    2,
    "SPR paragraphs 116–128. Units are defined in paragraph 122; the national requirement (297 PSUs, 234 BDUs, two AEP teams per region) in paragraph 120. Yellow cells are inputs.",
  );
  const perPost = ctx.assumption("TRAINED_PER_POST");
  const crowd = crowdTable(ctx, s, 5, 8);

  // The events calendar → PSUs each → peak at any moment
  let row = 5;
  const events = po.events ?? [];
  let localPeak: Ref;
  if (events.length) {
    s.put(row - 1, 0, "Events in the strategic risk assessment (paragraph 116a)", { style: "label" });
    s.table("SprEvents", row, 0, ["Event", "Start", "End", "Expected attendance", "Risk", "PSUs needed"], events.length);
    const names = inputColumn(
      s,
      row + 1,
      0,
      events.map((e) => e.name),
    );
    const starts = inputColumn(
      s,
      row + 1,
      1,
      events.map((e) => toExcelSerial(e.start)),
      "datetime",
    );
    const ends = inputColumn(
      s,
      row + 1,
      2,
      events.map((e) => toExcelSerial(e.end)),
      "datetime",
    );
    const attendance = inputColumn(
      s,
      row + 1,
      3,
      events.map((e) => e.attendance),
      "count",
    );
    const risk = inputColumn(
      s,
      row + 1,
      4,
      events.map((e) => e.risk),
    );
    ctx.list("publicOrder.events", s, row, 0, events.length, [
      { field: "name", col: names.col },
      { field: "start", col: starts.col, kind: "datetime" },
      { field: "end", col: ends.col, kind: "datetime" },
      { field: "attendance", col: attendance.col },
      { field: "risk", col: risk.col },
    ]);
    const psus = s.formulaBlock(row + 1, 5, eventPsus, { attendance, risk, crowd_per_psu: crowd }, { format: "count" });
    // for the Uncertainty sheet: the calendar, each event's expected attendance and risk, the crowd table
    // (and for a region's or the nation's combined calendar: each event's PSUs)
    Object.entries({ names, starts, ends, attendance, risk, crowd, psus }).forEach(([k, ref]) => ctx.publish(`publicOrder.${k}`, ref));
    row += events.length + 3;
    s.table("SprLocalPeak", row, 0, MEASURE_COLUMNS, 1);
    localPeak = measureRow(
      s,
      row + 1,
      "Most PSUs needed at any one moment (local events)",
      "PSUs",
      "The events above; an event ending as another starts does not overlap",
      (r, c) => s.formula(r, c, peakConcurrent, { starts, ends, demand: psus }, { format: "count" }),
    );
    row += 4;
  } else {
    s.table("SprLocalPeak", row, 0, MEASURE_COLUMNS, 1);
    localPeak = measureRow(s, row + 1, "Most PSUs needed at any one moment (local events)", "PSUs", "No events in the plan", (r, c) =>
      s.put(r, c, 0, { format: "count" }),
    );
    row += 4;
  }

  // The national shares (paragraph 120a/b): derived by SPR.NATIONALSHARE, or the force's agreed figure from the plan
  const derived = nationalShares(ctx);
  s.table("SprNationalShares", row, 0, MEASURE_COLUMNS, derived ? 2 : 1);
  let r0 = row + 1;
  const derivedRow = (kind: "PSU" | "BDU"): Ref =>
    measureRow(
      s,
      r0++,
      `${kind}s: the force's share of the national requirement, derived`,
      `${kind}s`,
      `${derived![kind].basis}; largest remainder over officer FTE at ${OFFICER_FTE_DATE}`,
      (r, c) =>
        s.formula(
          r,
          c,
          nationalShare,
          { force: derived!.force, unit_type: kind, excludes_london: derived!.excludesLondon },
          { format: "count" },
        ),
    );
  const derivedPsu = derived ? derivedRow("PSU") : undefined;
  const derivedBdu = derived ? derivedRow("BDU") : undefined;
  if (!derived)
    measureRow(
      s,
      r0++,
      "National shares",
      "",
      "Not derived: SPR.NATIONALSHARE shares the national figures among forces, and this plan is a region's",
      (r, c) => s.put(r, c, "n/a"),
    );
  row = r0 + 2;
  const policy = po.policy ?? "max";
  s.table("SprPsuRequirement", row, 0, MEASURE_COLUMNS, 2);
  const shareHere =
    po.nationalPsuShare === undefined && derivedPsu
      ? measureRow(
          s,
          row + 1,
          "Share of the national PSU requirement",
          "PSUs",
          "The derived share above (the plan gives no agreed figure)",
          (r, c) => s.link(r, c, derivedPsu, { format: "count" }),
        )
      : measureRow(
          s,
          row + 1,
          "Share of the national PSU requirement",
          "PSUs",
          "Paragraph 120a: the force's agreed share (plan publicOrder.nationalPsuShare)",
          (r, c) =>
            s.link(
              r,
              c,
              ctx.input(
                AREA,
                "Share of the national PSU requirement (agreed)",
                po.nationalPsuShare ?? 0,
                "PSUs",
                "count",
                po.nationalPsuShare === undefined ? undefined : "publicOrder.nationalPsuShare",
              ),
              {
                format: "count",
              },
            ),
        );
  const required = measureRow(
    s,
    row + 2,
    `PSUs the force must be able to field (${policy === "max" ? "the larger of share and local peak" : "share and local peak at once"})`,
    "PSUs",
    "Paragraphs 119–120",
    (r, c) => s.formula(r, c, psuReq, { national_share: shareHere, local_peak: localPeak, policy }, { format: "count" }),
  );
  ctx.publish("publicOrder.share", shareHere);
  ctx.publish("publicOrder.required", required);
  row += 5;

  // Trained officers → units they can field
  const capacity: Partial<Record<Unit, Ref>> = {};
  const trainedRefs: Partial<Record<Unit, Ref>> = {};
  for (const unit of ["PSU", "BDU", "AEP"] as Unit[]) {
    const trained = po.trained[unit];
    if (!trained) continue;
    s.put(row - 1, 0, `${unit}: trained officers by role (paragraph ${PARAGRAPH[unit]})`, { style: "label" });
    s.table(`SprTrained${unit}`, row, 0, ["Role", "Trained officers"], trained.length);
    ROLES[unit].forEach((role, i) => s.put(row + 1 + i, 0, role));
    trainedRefs[unit] = inputColumn(s, row + 1, 1, trained, "count");
    ctx.list(`publicOrder.trained.${unit}`, s, row, 0, trained.length, [{ field: "", col: trainedRefs[unit]!.col }]);
    row += trained.length + 2;
    s.table(`SprCapacity${unit}`, row, 0, MEASURE_COLUMNS, 1);
    capacity[unit] = measureRow(
      s,
      row + 1,
      `${unit}s the trained officers can field`,
      `${unit}s`,
      `Paragraph ${PARAGRAPH[unit]}; the scarcest role limits; TRAINED_PER_POST trained officers per post`,
      (r, c) =>
        s.formula(
          r,
          c,
          unitCapacity,
          { unit_type: unit, trained_by_role: trainedRefs[unit]!, trained_per_post: perPost },
          { format: "count" },
        ),
    );
    ctx.publish(`publicOrder.capacity.${unit}`, capacity[unit]!);
    row += 4;
  }

  // PSUs by role: what fielding the requirement takes, and which role binds
  s.put(row - 1, 0, "PSU staffing to field the requirement, by role (paragraph 122a); the role with the fewest units fieldable binds", {
    style: "label",
  });
  // SPR.UNITGAPDETAIL's last column (TRUE where a role binds) is left out: some applications recalculate a cached
  // TRUE/FALSE on open, and the units-fieldable column already shows the binding role.
  s.formulaBlock(
    row,
    0,
    unitGapDetail,
    { unit_type: "PSU", required_units: required, trained_by_role: trainedRefs.PSU!, trained_per_post: perPost },
    { format: "count", omitCols: [6] },
  );

  s.columnWidths([54, 18, 18, 66, 14, 12, 12, 4, 12, 16]);
  s.freeze(3);

  ctx.addSummary({
    area: AREA,
    measure: "PSUs able to be fielded",
    required,
    available: capacity.PSU!,
    format: "count",
    basis: "SPR 120a, 122a; force share and local events",
    capability: "117c",
    costing: unitCosting("PSU"),
  });
  if (capacity.BDU && (po.requiredBdus !== undefined || derivedBdu)) {
    const bdus =
      po.requiredBdus !== undefined
        ? ctx.input(AREA, "BDUs required (regional or NPCC requirement)", po.requiredBdus, "BDUs", "count", "publicOrder.requiredBdus")
        : derivedBdu!;
    ctx.addSummary({
      area: AREA,
      measure: "BDUs able to be fielded",
      required: bdus,
      available: capacity.BDU,
      format: "count",
      basis: po.requiredBdus !== undefined ? "SPR 120b, 122b" : "SPR 120b, 122b; derived national share",
      capability: "117d",
      costing: unitCosting("BDU"),
    });
  }
  if (po.requiredAepTeams !== undefined && capacity.AEP) {
    const aep = ctx.input(
      AREA,
      "AEP teams required by the region",
      po.requiredAepTeams,
      "AEP teams",
      "count",
      "publicOrder.requiredAepTeams",
    );
    ctx.addSummary({
      area: AREA,
      measure: "AEP teams able to be fielded",
      required: aep,
      available: capacity.AEP,
      format: "count",
      basis: "SPR 120c, 122c",
      capability: "117f",
      costing: unitCosting("AEP"),
    });
  }
  return s.build();
}

export const PUBLIC_ORDER_SECTION: Section = {
  sheet: "publicOrder",
  applies: (plan: Plan) => plan.publicOrder !== undefined,
  layout,
};
