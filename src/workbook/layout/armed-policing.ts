/**
 * The Armed policing sheet: the force's APSTRA inputs → ARVs that must be on duty (queueing, paragraph 151) → the AFO
 * establishment behind them → the shortfall in deployable AFOs. The SPR sets no number here: every figure is the
 * force's input or a named planning assumption.
 */
import { afoGap, afoReq, arvReq } from "../../functions/armed-policing";
import { Plan } from "../../plan/plan";
import { SheetModel } from "../model";
import { SheetBuilder } from "../sheet-builder";
import { LayoutContext } from "./context";
import { MEASURE_COLUMNS, inputOrAssumption, measureRow, productiveHoursRow } from "./helpers";
import { Section } from "./sections";

const AREA = "Armed policing";

function layout(ctx: LayoutContext): SheetModel {
  const ap = ctx.plan.armedPolicing!;
  const s = new SheetBuilder(ctx.names.armedPolicing);
  s.title("Armed policing: ARVs on duty and the AFO establishment", ctx.subtitle);
  s.note(2, "ARV capacity is set by the force's Armed Policing Strategic Threat and Risk Assessment (SPR paragraphs 150–151); the SPR sets no number. All AFOs are CED-trained (156.2).");
  const incidents = ctx.input(AREA, "Firearms incidents a year (APSTRA)", ap.incidentsPerYear, "incidents", "count");
  const minutes = ctx.input(AREA, "Mean minutes an ARV is committed to an incident", ap.meanMinutes, "minutes", "decimal");
  const wait = inputOrAssumption(ctx, AREA, "Largest acceptable chance an incident waits for an ARV", ap.maxWaitProb, "MAX_WAIT_PROB", "probability");
  const perIncident = inputOrAssumption(ctx, AREA, "ARVs sent to each incident (average)", ap.arvsPerIncident, "ARVS_PER_INCIDENT", "ARVs", "decimal");
  const peak = inputOrAssumption(ctx, AREA, "Peak-hour factor (peak rate ÷ average rate)", ap.peakFactor, "PEAK_FACTOR", "factor", "decimal");
  const coverage = inputOrAssumption(ctx, AREA, "Coverage minimum: ARVs the geography needs whatever the load", ap.coverageMinimum, "COVERAGE_MINIMUM", "ARVs", "count");
  const crew = inputOrAssumption(ctx, AREA, "AFOs crewing each ARV", ap.crewSize, "ARV_CREW", "officers", "count");
  const rate = inputOrAssumption(ctx, AREA, "Deployable share of AFOs", ap.deployableRate, "AFO_DEPLOYABLE_RATE", "fraction", "percent");
  const afos = ctx.input(AREA, "AFOs on the establishment", ap.afosAvailable, "officers", "fte");

  const top = 4;
  s.table("SprArmedPolicing", top, 0, MEASURE_COLUMNS, 6);
  const arvs = measureRow(s, top + 1, "ARVs that must be on duty", "ARVs", "Paragraph 151 (APSTRA); Erlang C queueing, never below the coverage minimum", (r, c) =>
    s.formula(r, c, arvReq, [incidents, minutes, wait, perIncident, peak, coverage], { format: "count" }),
  );
  const hours = productiveHoursRow(ctx, s, top + 2);
  const required = measureRow(s, top + 3, "AFO establishment needed to keep them crewed", "FTE", "ARVs × crew × officers per 24/7 post", (r, c) =>
    s.formula(r, c, afoReq, [arvs, crew, hours], { format: "fte" }),
  );
  const deployable = measureRow(s, top + 4, "Deployable AFOs available", "FTE", "AFOs on the establishment × deployable share", (r, c) =>
    s.arithmetic(r, c, "PRODUCT", [afos, rate], { format: "fte" }),
  );
  measureRow(s, top + 5, "AFOs on the establishment", "FTE", "Input", (r, c) => s.link(r, c, afos, { format: "fte" }));
  measureRow(s, top + 6, "Shortfall in deployable AFOs (positive = short)", "FTE", "Required − available × deployable share", (r, c) =>
    s.formula(r, c, afoGap, [arvs, afos, crew, hours, rate], { format: "fte" }),
  );
  // for the Uncertainty sheet: the ARV inputs and the single-figure answer
  Object.entries({ incidents, minutes, wait, perIncident, peak, coverage, arvs }).forEach(([k, ref]) => ctx.publish(`armedPolicing.${k}`, ref));
  s.columnWidths([52, 14, 10, 80]);
  s.freeze(3);
  ctx.addSummary({ area: AREA, measure: "Deployable AFOs to crew the ARVs on duty", required, available: deployable, format: "fte", basis: "SPR 150–151 (APSTRA); queueing and productive-hours assumptions", costing: { area: "AFO", officersEach: 1, demand: "armedPolicing" } });
  return s.build();
}

export const ARMED_POLICING_SECTION: Section = {
  sheet: "armedPolicing",
  applies: (plan: Plan) => plan.armedPolicing !== undefined,
  layout,
};
