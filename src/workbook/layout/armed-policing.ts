/**
 * The Armed policing sheet: the force's APSTRA inputs → ARVs that must be on duty (queueing, paragraph 151) → the AFO
 * establishment behind them → the shortfall in deployable AFOs. The SPR sets no number here: every figure is the
 * force's input or a named planning assumption.
 */
import { afoGap, afoReq, arvAfos, arvBinds, arvCover, arvReq } from "../../functions/armed-policing";
import { Plan } from "../../plan/plan";
import { SheetModel } from "../model";
import { Ref, SheetBuilder } from "../sheet-builder";
import { LayoutContext } from "./context";
import { MEASURE_COLUMNS, inputOrAssumption, measureRow, productiveHoursRow } from "./helpers";
import { Section } from "./sections";

const AREA = "Armed policing";

const OTHER_ROLES: [key: keyof NonNullable<NonNullable<Plan["armedPolicing"]>["otherRoles"]>, label: string][] = [
  ["specialist", "specialist roles (SFO, CTSFO, MASTS)"],
  ["tacticalAdvisersAndCommanders", "tactical advisers and firearms commanders"],
  ["instructors", "firearms instructors"],
  ["other", "other roles that do not crew ARVs"],
];

/** The coverage minimum: worked out by SPR.ARVCOVER from the plan's coverage block, else typed (or the assumption). */
function coverageMinimum(ctx: LayoutContext, s: SheetBuilder, row: number): Ref {
  const ap = ctx.plan.armedPolicing!;
  const c = ap.coverage;
  if (!c) {
    const typed = inputOrAssumption(
      ctx,
      AREA,
      "Coverage minimum: ARVs the geography needs whatever the load",
      ap.coverageMinimum,
      "COVERAGE_MINIMUM",
      "ARVs",
      "count",
      "armedPolicing.coverageMinimum",
    );
    return measureRow(
      s,
      row,
      "ARVs the coverage minimum needs",
      "ARVs",
      ap.coverageMinimum === undefined
        ? "Assumption COVERAGE_MINIMUM (no coverage target in the plan)"
        : "Typed by the force (no coverage target in the plan)",
      (r, col) => s.link(r, col, typed, { format: "count" }),
    );
  }
  const area = ctx.input(
    AREA,
    "Area to cover (ONS Standard Area Measurements, or the part holding the demand)",
    c.areaKm2,
    "km²",
    "decimal",
    "armedPolicing.coverage.areaKm2",
  );
  const share = ctx.input(
    AREA,
    "Share of that area to reach within the response time",
    c.targetShare,
    "fraction",
    "percent",
    "armedPolicing.coverage.targetShare",
  );
  const minutes = ctx.input(
    AREA,
    "Response time planned for, dispatch to arrival",
    c.responseMinutes,
    "minutes",
    "decimal",
    "armedPolicing.coverage.responseMinutes",
  );
  const speed = inputOrAssumption(
    ctx,
    AREA,
    "ARV road speed on an emergency run",
    c.speedKmh,
    "ARV_RESPONSE_SPEED_KMH",
    "km/h",
    "decimal",
    "armedPolicing.coverage.speedKmh",
  );
  const detour = inputOrAssumption(
    ctx,
    AREA,
    "Detour factor (road ÷ straight-line distance)",
    c.detourFactor,
    "ARV_DETOUR_FACTOR",
    "factor",
    "decimal",
    "armedPolicing.coverage.detourFactor",
  );
  return measureRow(
    s,
    row,
    "ARVs the coverage minimum needs",
    "ARVs",
    "ceil(share × area ÷ π r²), r = speed × minutes ÷ 60 ÷ detour: a floor (discs that do not overlap)",
    (r, col) =>
      s.formula(
        r,
        col,
        arvCover,
        { area_km2: area, target_share: share, response_minutes: minutes, speed_kmh: speed, detour_factor: detour },
        { format: "count" },
      ),
  );
}

function layout(ctx: LayoutContext): SheetModel {
  const ap = ctx.plan.armedPolicing!;
  const s = new SheetBuilder(ctx.names.armedPolicing);
  s.title("Armed policing: ARVs on duty and the AFO establishment", ctx.subtitle);
  s.note(
    2,
    "ARV capacity is set by the force's Armed Policing Strategic Threat and Risk Assessment (SPR paragraphs 150–151); the SPR sets no number. All AFOs are CED-trained (156.2).",
  );
  const incidents = ctx.input(
    AREA,
    "Firearms incidents a year (APSTRA)",
    ap.incidentsPerYear,
    "incidents",
    "count",
    "armedPolicing.incidentsPerYear",
  );
  const minutes = ctx.input(
    AREA,
    "Mean minutes an ARV is committed to an incident",
    ap.meanMinutes,
    "minutes",
    "decimal",
    "armedPolicing.meanMinutes",
  );
  const wait = inputOrAssumption(
    ctx,
    AREA,
    "Largest acceptable chance an incident waits for an ARV",
    ap.maxWaitProb,
    "MAX_WAIT_PROB",
    "probability",
    undefined,
    "armedPolicing.maxWaitProb",
  );
  const perIncident = inputOrAssumption(
    ctx,
    AREA,
    "ARVs sent to each incident (average)",
    ap.arvsPerIncident,
    "ARVS_PER_INCIDENT",
    "ARVs",
    "decimal",
    "armedPolicing.arvsPerIncident",
  );
  const peak = inputOrAssumption(
    ctx,
    AREA,
    "Peak-hour factor (peak rate ÷ average rate)",
    ap.peakFactor,
    "PEAK_FACTOR",
    "factor",
    "decimal",
    "armedPolicing.peakFactor",
  );
  const crew = inputOrAssumption(
    ctx,
    AREA,
    "AFOs crewing each ARV",
    ap.crewSize,
    "ARV_CREW",
    "officers",
    "count",
    "armedPolicing.crewSize",
  );
  const rate = inputOrAssumption(
    ctx,
    AREA,
    "Deployable share of AFOs",
    ap.deployableRate,
    "AFO_DEPLOYABLE_RATE",
    "fraction",
    "percent",
    "armedPolicing.deployableRate",
  );
  const afos = ctx.input(AREA, "AFOs on the establishment (all roles)", ap.afosAvailable, "officers", "fte", "armedPolicing.afosAvailable");
  // consecutive input rows: one range for SPR.AFOGAP's other_roles
  const given = OTHER_ROLES.flatMap(([k, label]) => (ap.otherRoles?.[k] === undefined ? [] : [{ key: k, label, value: ap.otherRoles[k] }]));
  const others = given.map((o) =>
    ctx.input(AREA, `AFOs in other roles: ${o.label}`, o.value, "officers", "fte", `armedPolicing.otherRoles.${o.key}`),
  );
  const otherRange: Ref | null = others.length === 0 ? null : { ...others[0], rows: others.length, values: others.map((o) => o.values[0]) };

  // SPR.ARVREQ's demand arguments: without the coverage minimum (the queueing model alone), then with it
  const demand = {
    incidents_per_year: incidents,
    mean_minutes: minutes,
    max_wait_prob: wait,
    arvs_per_incident: perIncident,
    peak_factor: peak,
  };
  const top = 4;
  let r = top + 1;
  const queueing = measureRow(
    s,
    r++,
    "ARVs the queueing model needs",
    "ARVs",
    "Paragraph 151 (APSTRA); Erlang C: the fewest ARVs keeping the chance of a wait within the limit",
    (row, c) => s.formula(row, c, arvReq, { ...demand, coverage_minimum: 0 }, { format: "count" }),
  );
  const coverage = coverageMinimum(ctx, s, r++);
  measureRow(s, r++, "Which sets the ARVs on duty", "", "The larger of the two: queueing, coverage or both", (row, c) =>
    s.formula(row, c, arvBinds, { queueing_arvs: queueing, coverage_arvs: coverage }),
  );
  const arvs = measureRow(
    s,
    r++,
    "ARVs that must be on duty",
    "ARVs",
    "Paragraph 151 (APSTRA); queueing, never below the coverage minimum",
    (row, c) => s.formula(row, c, arvReq, { ...demand, coverage_minimum: coverage }, { format: "count" }),
  );
  const hours = productiveHoursRow(ctx, s, r++);
  const required = measureRow(s, r++, "ARV officers needed to keep them crewed", "FTE", "ARVs × crew × officers per 24/7 post", (row, c) =>
    s.formula(row, c, afoReq, { arvs_on_duty: arvs, crew_size: crew, productive_hours: hours }, { format: "fte" }),
  );
  measureRow(s, r++, "AFOs on the establishment (all roles)", "FTE", "Input", (row, c) => s.link(row, c, afos, { format: "fte" }));
  others.forEach((o, k) =>
    measureRow(s, r++, `  of whom: ${given[k].label}`, "FTE", "Input: they do not crew ARVs", (row, c) =>
      s.link(row, c, o, { format: "fte" }),
    ),
  );
  const arvOfficers = measureRow(
    s,
    r++,
    "AFOs in ARV roles",
    "FTE",
    otherRange
      ? "Establishment less the other roles above"
      : "Whole establishment: the plan does not say which AFOs are in other roles (armedPolicing.otherRoles)",
    (row, c) =>
      otherRange
        ? s.formula(row, c, arvAfos, { afos_available: afos, other_roles: otherRange }, { format: "fte" })
        : s.link(row, c, afos, { format: "fte" }),
  );
  const deployable = measureRow(s, r++, "Deployable ARV officers available", "FTE", "AFOs in ARV roles × deployable share", (row, c) =>
    s.arithmetic(row, c, "PRODUCT", [arvOfficers, rate], { format: "fte" }),
  );
  measureRow(
    s,
    r++,
    "Shortfall in deployable ARV officers (positive = short)",
    "FTE",
    "Required − ARV officers × deployable share",
    (row, c) =>
      s.formula(
        row,
        c,
        afoGap,
        {
          arvs_on_duty: arvs,
          afos_available: afos,
          crew_size: crew,
          productive_hours: hours,
          deployable_rate: rate,
          other_roles: otherRange,
        },
        { format: "fte" },
      ),
  );
  s.table("SprArmedPolicing", top, 0, MEASURE_COLUMNS, r - top - 1);
  // for the Uncertainty sheet: the ARV inputs and the single-figure answer
  Object.entries({ incidents, minutes, wait, perIncident, peak, coverage, arvs }).forEach(([k, ref]) =>
    ctx.publish(`armedPolicing.${k}`, ref),
  );
  s.columnWidths([52, 14, 10, 80]);
  s.freeze(3);
  ctx.addSummary({
    area: AREA,
    measure: "Deployable ARV officers to crew the ARVs on duty",
    required,
    available: deployable,
    format: "fte",
    basis: "SPR 150–151 (APSTRA); queueing, coverage and productive-hours assumptions",
    costing: { area: "AFO", officersEach: 1, demand: "armedPolicing" },
  });
  return s.build();
}

export const ARMED_POLICING_SECTION: Section = {
  sheet: "armedPolicing",
  applies: (plan: Plan) => plan.armedPolicing !== undefined,
  layout,
};
