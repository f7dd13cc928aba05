/**
 * The Uncertainty sheet: the plan's low–high ranges around the threat inputs the other sheets take as single
 * figures (firearms incidents, event crowds, mapped OCGs) → each requirement at the plan's percentiles (SPR.ARVREQP,
 * SPR.PSUREQP, SPR.SOCREQP), the chance that resourcing to the single figure falls short (SPR.SIMSTATS), a histogram
 * of each requirement over the trials (SPR.HISTOGRAM, with a native chart) and tornado tables of which input drives
 * the spread (SPR.PSUTORNADO, SPR.SOCTORNADO). Every formula reads the same inputs as the sheets it sits beside, with
 * the plan's trials and seed, so the sheet recalculates to the same figures everywhere.
 */
import { arvReqP, arvSim, histogram, psuReqP, psuSim, psuTornado, simStats, socReqP, socSim, socTornado } from "../../functions/functions";
import { Plan } from "../../plan/plan";
import { CellValue, NumberFormat, SheetModel } from "../model";
import { FormulaArgs, Fn, Ref, SheetBuilder, callFunction, nested } from "../sheet-builder";
import { LayoutContext } from "./context";
import { inputColumn, inputOrAssumption } from "./helpers";
import { Section } from "./sections";

const AREA = "Uncertainty";
const DEFAULT_PERCENTILES = [0.5, 0.8, 0.9];
const DEFAULT_SHAPE = "triangular";
const CONTINUOUS_BINS = 10;
const MAX_WHOLE_BINS = 20;
const CHART_COL = 8;
const CHART_ROWS = 19;

/** One requirement simulated: how to call it, its single figure and how to show it. */
interface Requirement {
  name: string;
  unit: string;
  format: NumberFormat;
  basis: string;
  single: Ref;
  /** The SIM function and its arguments by name (everything but the percentile); the P and tornado functions take the same names. */
  sim: Fn;
  simArgs: FormulaArgs;
  /** The P function, called with the SIM arguments and the percentile. */
  percentileFn: Fn;
  whole: boolean;
  /** The tornado function, called with the SIM arguments, the percentile and `extra` (labels). */
  tornado?: { fn: Fn; extra: FormulaArgs; label: string; inputs: number };
}

/** The row of a one-column block: a single cell of it. */
function cellOf(ref: Ref, i: number): Ref {
  return { ...ref, row: ref.row + i, rows: 1, cols: 1, values: [ref.values[i]] };
}

/** A table of low, likely and high values (likely cells link to their own sheet); returns the low and high columns. */
function estimateTable(
  s: SheetBuilder,
  row: number,
  name: string,
  heading: string,
  labels: CellValue[],
  likely: Ref,
  low: number[],
  high: number[],
  format: NumberFormat,
): { low: Ref; high: Ref } {
  s.put(row - 1, 0, heading, { style: "label" });
  s.table(name, row, 0, ["Input", "Low", "Likely (single figure)", "High"], labels.length);
  inputColumn(s, row + 1, 0, labels);
  labels.forEach((_, i) => s.link(row + 1 + i, 2, cellOf(likely, i), { format }));
  return { low: inputColumn(s, row + 1, 1, low, format), high: inputColumn(s, row + 1, 3, high, format) };
}

function histogramBins(samples: unknown, whole: boolean): number {
  if (!whole) return CONTINUOUS_BINS;
  const values = (samples as number[][]).map((r) => r[0]);
  const spread = Math.max(...values) - Math.min(...values) + 1;
  return Math.min(MAX_WHOLE_BINS, Math.max(2, spread));
}

function layout(ctx: LayoutContext): SheetModel {
  const u = ctx.plan.uncertainty!;
  const s = new SheetBuilder(ctx.names.uncertainty);
  s.title("Uncertainty: requirements at percentiles of uncertain threat inputs", ctx.subtitle);
  s.note(
    2,
    "Each threat input is a low – likely – high estimate; the likely value is the single figure the other sheets use. Percentiles follow Excel's PERCENTILE.INC over the trials (ARVs and PSUs rounded up to whole units); the same trials and seed give the same figures on every machine. The SPR sets no percentile: capacity is assessed at force level (SPR 10c), and which percentile to resource to is the force's risk appetite.",
  );
  const trials = inputOrAssumption(ctx, AREA, "Trials in each simulation", u.trials, "SIM_TRIALS", "trials", "count", "uncertainty.trials");
  const seed = inputOrAssumption(
    ctx,
    AREA,
    "Seed (the same seed gives the same figures)",
    u.seed,
    "SIM_SEED",
    "seed",
    "count",
    "uncertainty.seed",
  );
  const shape = ctx.input(
    AREA,
    "Shape of each estimate (TRIANGULAR or PERT)",
    (u.shape ?? DEFAULT_SHAPE).toUpperCase(),
    "text",
    undefined,
    "uncertainty.shape",
    DEFAULT_SHAPE.toUpperCase(),
  );
  // each percentile reads back; the defaults (when the plan gives none) join the plan only when one of them was edited
  const percentiles = (u.percentiles ?? DEFAULT_PERCENTILES).map((p, i) =>
    ctx.input(
      AREA,
      `Percentile ${i + 1}`,
      p,
      "fraction (0.9 = P90)",
      "percent",
      `uncertainty.percentiles[${i}]`,
      u.percentiles ? undefined : DEFAULT_PERCENTILES[i],
    ),
  );

  let row = 5;
  const requirements: Requirement[] = [];

  if (u.incidents && ctx.has("armedPolicing.incidents")) {
    const ap = (k: string) => ctx.lookup(`armedPolicing.${k}`);
    const low = ctx.input(AREA, "Firearms incidents a year: low", u.incidents.low, "incidents", "count", "uncertainty.incidents.low");
    const high = ctx.input(AREA, "Firearms incidents a year: high", u.incidents.high, "incidents", "count", "uncertainty.incidents.high");
    const args = {
      incidents_low: low,
      incidents_likely: ap("incidents"),
      incidents_high: high,
      mean_minutes: ap("minutes"),
      max_wait_prob: ap("wait"),
      arvs_per_incident: ap("perIncident"),
      trials,
      seed,
      peak_factor: ap("peak"),
      coverage_minimum: ap("coverage"),
      shape,
    };
    requirements.push({
      name: "ARVs on duty",
      unit: "ARVs",
      format: "count",
      basis: "Paragraph 151 (APSTRA); SPR.ARVREQ in each trial",
      single: ap("arvs"),
      sim: arvSim,
      simArgs: args,
      percentileFn: arvReqP,
      whole: true,
    });
  }

  if (u.attendance && ctx.has("publicOrder.starts")) {
    const po = (k: string) => ctx.lookup(`publicOrder.${k}`);
    const events = ctx.plan.publicOrder!.events!;
    const own = (name: string) => u.attendance!.events?.find((e) => e.name === name);
    const low = events.map((e) => own(e.name)?.low ?? Math.round(e.attendance * u.attendance!.lowFactor));
    const high = events.map((e) => own(e.name)?.high ?? Math.round(e.attendance * u.attendance!.highFactor));
    const table = estimateTable(
      s,
      row + 1,
      "SprUncertainAttendance",
      "Event attendance: low and high around the expected crowd (paragraph 116a)",
      events.map((e) => e.name),
      po("attendance"),
      low,
      high,
      "count",
    );
    // the plan's own ranges by event name; the rows worked out from the factors join them only once edited
    ctx.list(
      "uncertainty.attendance.events",
      s,
      row + 1,
      0,
      events.length,
      [
        { field: "name", col: 0 },
        { field: "low", col: table.low.col },
        { field: "high", col: table.high.col },
      ],
      { derived: events.flatMap((e, i) => (own(e.name) ? [] : [[e.name, low[i], high[i]]])) },
    );
    row += events.length + 4;
    const policy = ctx.plan.publicOrder!.policy ?? "max";
    const args = {
      national_share: po("share"),
      starts: po("starts"),
      ends: po("ends"),
      attendance_low: table.low,
      attendance_likely: po("attendance"),
      attendance_high: table.high,
      risk: po("risk"),
      policy,
      crowd_per_psu: po("crowd"),
      trials,
      seed,
      shape,
    };
    requirements.push({
      name: "PSUs the force must be able to field",
      unit: "PSUs",
      format: "count",
      basis: "Paragraphs 116a, 119–120; SPR.PSUREQ in each trial",
      single: po("required"),
      sim: psuSim,
      simArgs: args,
      percentileFn: psuReqP,
      whole: true,
      tornado: { fn: psuTornado, extra: { labels: po("names") }, label: "Event", inputs: events.length },
    });
  }

  if (u.ocgs && ctx.has("soc.ocgs")) {
    const so = (k: string) => ctx.lookup(`soc.${k}`);
    const table = estimateTable(
      s,
      row + 1,
      "SprUncertainOcgs",
      "Mapped OCGs by P-band: low and high around the mapped count (paragraph 80.1)",
      [1, 2, 3, 4].map((b) => `Band ${b}`),
      so("ocgs"),
      u.ocgs.low,
      u.ocgs.high,
      "count",
    );
    ctx.list("uncertainty.ocgs.low", s, row + 1, 0, 4, [{ field: "", col: table.low.col }]);
    ctx.list("uncertainty.ocgs.high", s, row + 1, 0, 4, [{ field: "", col: table.high.col }]);
    row += 8;
    const args = {
      ocgs_low: table.low,
      ocgs_likely: so("ocgs"),
      ocgs_high: table.high,
      hours_by_band: so("hours"),
      force_share_by_band: so("shares"),
      measure: "force",
      productive_hours: so("productive"),
      trials,
      seed,
      shape,
    };
    requirements.push({
      name: "Force SOC investigator FTE for mapped OCGs",
      unit: "FTE",
      format: "fte",
      basis: "Paragraphs 74.3–74.4, 80.1, 85a; SPR.SOCREQ in each trial",
      single: so("forceOcgFte"),
      sim: socSim,
      simArgs: args,
      percentileFn: socReqP,
      whole: false,
      tornado: { fn: socTornado, extra: {}, label: "P-band", inputs: 4 },
    });
  }

  if (!requirements.length) {
    s.put(row, 0, "No uncertain inputs in the plan for the sections it has: give uncertainty.incidents, .attendance or .ocgs.");
    s.columnWidths([60]);
    return s.build();
  }

  // The requirement at each percentile
  s.put(row - 1, 0, "Each requirement at the plan's percentiles", { style: "label" });
  s.table("SprUncertaintyPercentiles", row, 0, ["Percentile", ...requirements.map((r) => `${r.name} (${r.unit})`)], percentiles.length);
  percentiles.forEach((p, i) => {
    const r = row + 1 + i;
    const here = s.link(r, 0, p, { format: "percent" });
    requirements.forEach((q, j) => {
      s.formula(r, 1 + j, q.percentileFn, { ...q.simArgs, percentile: here }, { format: q.format });
    });
  });
  row += percentiles.length + 3;

  // The single figure and the risk it carries
  s.put(row - 1, 0, "The single figure (likely inputs) and the chance it falls short", { style: "label" });
  s.table(
    "SprUncertaintyRisk",
    row,
    0,
    ["Requirement", "Unit", "Single figure", "Mean", "Standard deviation", "Chance the single figure falls short", "Rests on"],
    requirements.length,
  );
  requirements.forEach((q, i) => {
    const r = row + 1 + i;
    s.put(r, 0, q.name);
    s.put(r, 1, q.unit);
    const single = s.link(r, 2, q.single, { format: q.format });
    s.formulaBlock(
      r,
      3,
      simStats,
      { samples: nested(q.sim, q.simArgs), capacity: single },
      {
        omitCols: [2, 3, 4],
        formats: [q.format, q.format, undefined, undefined, undefined, "percent"],
      },
    );
    s.put(r, 6, q.basis);
  });
  row += requirements.length + 3;

  // Histograms and tornado tables, each with its chart to the right
  const tornadoAt = percentiles[percentiles.length - 1];
  requirements.forEach((q, i) => {
    const bins = histogramBins(callFunction(q.sim, q.simArgs), q.whole);
    s.put(row - 1, 0, `${q.name}: share of trials (histogram)`, { style: "label" });
    s.table(`SprHistogram${i + 1}`, row, 0, [`${q.unit} (up to)`, "Share of trials"], bins);
    s.formulaBlock(row + 1, 0, histogram, { samples: nested(q.sim, q.simArgs), bins }, { formats: [q.format, "percent"] });
    s.chart({
      title: `${q.name}: share of trials`,
      labels: { row: row + 1, col: 0, rows: bins },
      values: { row: row + 1, col: 1, rows: bins },
      at: { row: row - 1, col: CHART_COL },
    });
    row += Math.max(bins + 3, CHART_ROWS);
    if (!q.tornado) return;
    const call = q.tornado;
    const n = call.inputs;
    s.put(row - 1, 0, `${q.name}: which input drives the spread (tornado at the last percentile)`, { style: "label" });
    s.table(`SprTornado${i + 1}`, row, 0, [call.label, "Held at low", "Held at likely", "Held at high", "Swing"], n);
    const link = s.link(row - 1, 5, tornadoAt, { format: "percent" });
    s.formulaBlock(
      row + 1,
      0,
      call.fn,
      { ...q.simArgs, percentile: link, ...call.extra },
      { skipRows: 1, formats: [undefined, q.format, q.format, q.format, q.format] },
    );
    s.chart({
      title: `${q.name}: swing by input (low to high)`,
      labels: { row: row + 1, col: 0, rows: n },
      values: { row: row + 1, col: 4, rows: n },
      at: { row: row - 1, col: CHART_COL },
    });
    row += Math.max(n + 3, CHART_ROWS);
  });

  s.columnWidths([44, 16, 22, 16, 20, 22, 44]);
  s.freeze(3);
  return s.build();
}

export const UNCERTAINTY_SECTION: Section = {
  sheet: "uncertainty",
  applies: (plan: Plan) => plan.uncertainty !== undefined,
  layout,
};
