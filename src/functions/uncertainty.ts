/**
 * Planning under uncertainty: requirement percentiles (P50, P80, P90…) when the threat inputs are estimates, each
 * simulated in one call from a seed, so a workbook recalculates to the same figures everywhere; the exact inverse
 * distributions; summaries, histograms and tornado tables of a simulation.
 */
import { asGrid, choice, describe, numberGrid, numberList, optionalBoolean, optionalNumber, requiredNumber, textGrid } from "../core/args";
import { readArvArguments } from "../core/armed-policing/arv-arguments";
import { assumptionValue } from "../core/assumptions/registry";
import { Shaped, reshape } from "../core/cell";
import { valueError } from "../core/errors";
import { defaultCrowdTable, findLevel, readCrowdTable } from "../core/public-order/event-psus";
import { PSUREQ_POLICIES } from "../core/public-order/requirement";
import { arvModel } from "../core/uncertainty/arv-model";
import { Draw, Estimate, EstimateNames, THREE_POINT_SHAPES, checkEstimate, drawMany, scenarioSampler, threePointSampler, triangularInverse, truncatedNormalSampler } from "../core/uncertainty/distributions";
import { histogram as histogramCore } from "../core/uncertainty/histogram";
import { PoissonInverse, checkPoissonMean, poissonInverse } from "../core/uncertainty/poisson";
import { Xoshiro128 } from "../core/uncertainty/prng";
import { psuModel } from "../core/uncertainty/psu-model";
import { Simulation, TornadoRow, UncertainModel, checkSimulation, percentilesOf, simulate as runModel, tornado } from "../core/uncertainty/simulate";
import { SOC_MEASURES, socModel } from "../core/uncertainty/soc-model";
import { SIMSTATS_HEADERS, simStats as statsOf } from "../core/uncertainty/stats";
import { defaultProductiveHoursInputs, productiveHours } from "../core/workforce/productive-hours";
import { cell } from "./marshal";

const WHOLE = { min: 0, integer: true };
const DISTRIBUTIONS = ["TRIANGULAR", "PERT", "POISSON", "NORMAL", "SCENARIOS"] as const;
const TORNADO_HEADERS = ["Input", "Held at low", "Held at likely", "Held at high", "Swing"];
/** Bins SPR.HISTOGRAM makes when not told: a display choice, not a planning figure. */
const DEFAULT_BINS = 10;
const MAX_BINS = 1000;

/** Percentiles as fractions from 0 to 1, one or a range (a row of percentiles gives a row of answers). */
function readPercentiles(name: string, v: unknown): Shaped<number> {
  const g = asGrid(name, v);
  const values: number[] = [];
  g.forEach((row, r) =>
    row.forEach((x, c) => {
      const where = g.length * g[0].length === 1 ? "" : ` (row ${r + 1}, column ${c + 1})`;
      if (typeof x !== "number" || !(x >= 0 && x <= 1)) {
        throw valueError(name, `expected a fraction from 0 to 1 (0.9 for P90), got ${describe(x)}${where}`);
      }
      values.push(x);
    }),
  );
  return { values, rows: g.length, cols: g[0].length };
}

function readSimulation(trials: unknown, seed: unknown, shape: unknown): Simulation {
  const s: Simulation = {
    trials: optionalNumber("trials", trials, assumptionValue("SIM_TRIALS")),
    seed: optionalNumber("seed", seed, assumptionValue("SIM_SEED")),
    shape: choice("shape", shape, THREE_POINT_SHAPES, "TRIANGULAR"),
  };
  checkSimulation(s);
  return s;
}

/** A three-point estimate given as three single values. */
function readEstimate(names: EstimateNames, low: unknown, likely: unknown, high: unknown): Estimate {
  const e = { low: requiredNumber(names[0], low, { min: 0 }), likely: requiredNumber(names[1], likely, { min: 0 }), high: requiredNumber(names[2], high, { min: 0 }) };
  checkEstimate(names, e);
  return e;
}

/** Three-point estimates given as three lists of the same length (one estimate per item). */
function readEstimates(names: EstimateNames, low: unknown, likely: unknown, high: unknown, rule: { min: number; integer?: boolean }, item: string, count?: number): Estimate[] {
  const [lo, mid, hi] = [low, likely, high].map((v, k) => numberList(names[k], v, rule).values);
  const n = count ?? mid.length;
  [lo, mid, hi].forEach((list, k) => {
    if (list.length !== n) throw valueError(names[k], `expected ${n} figure${n === 1 ? "" : "s"}, one per ${item}, got ${list.length}`);
  });
  return mid.map((likelyValue, i) => {
    const e = { low: lo[i], likely: likelyValue, high: hi[i] };
    checkEstimate(names, e, ` (${item} ${i + 1})`);
    return e;
  });
}

function percentilesAnswer(model: UncertainModel, s: Simulation, percentile: unknown, whole: boolean): number[][] {
  const ps = readPercentiles("percentile", percentile);
  return reshape(percentilesOf(runModel(model, s), ps.values, whole), ps.rows, ps.cols);
}

function column(values: Float64Array): number[][] {
  return Array.from(values, (v) => [v]);
}

function tornadoTable(rows: TornadoRow[], label: (i: number) => string): (string | number)[][] {
  return [TORNADO_HEADERS, ...rows.map((r) => [label(r.input), r.atLow, r.atLikely, r.atHigh, r.swing])];
}

function singlePercentile(v: unknown): number {
  const ps = readPercentiles("percentile", v);
  if (ps.values.length !== 1) throw valueError("percentile", `expected a single fraction (0.9 for P90), got a ${ps.rows}×${ps.cols} range`);
  return ps.values[0];
}

// ---------------------------------------------------------------------------------------------------- exact inverses

/**
 * The value a triangular estimate stays at or below with probability p: its inverse distribution function, exact.
 * Rests on: arithmetic only (the triangular distribution); not an SPR figure.
 * @customfunction TRIANGULARP
 * @helpurl https://localhost:3000/help/functions.html#triangularp
 * @param low The lowest value the estimate allows.
 * @param likely The most likely value, from low to high.
 * @param high The highest value, ≥ low.
 * @param p A probability from 0 to 1 (0.9 for the 90th percentile).
 * @returns The value, in the unit of the estimate: low at p = 0, high at p = 1.
 */
export function triangularP(low: any, likely: any, high: any, p: any): number {
  return cell(() => {
    const e = { low: requiredNumber("low", low), likely: requiredNumber("likely", likely), high: requiredNumber("high", high) };
    checkEstimate(["low", "likely", "high"], e);
    return triangularInverse(e.low, e.likely, e.high, requiredNumber("p", p, { min: 0, max: 1 }));
  });
}

/**
 * The smallest count k with P(X ≤ k) ≥ p for a Poisson count X with this mean: the Poisson inverse, exact and stable for means up to 1,000,000,000.
 * Rests on: arithmetic only (the Poisson distribution, by Loader's saddle-point probabilities with both tails summed from their small ends); not an SPR figure.
 * @customfunction POISSONP
 * @helpurl https://localhost:3000/help/functions.html#poissonp
 * @param mean The mean count (≥ 0 and ≤ 1,000,000,000): incidents, events or groups expected.
 * @param p A probability, ≥ 0 and < 1 (0.9 for the 90th percentile).
 * @returns A whole number.
 */
export function poissonP(mean: any, p: any): number {
  return cell(() => {
    const m = requiredNumber("mean", mean, { min: 0 });
    checkPoissonMean("mean", m);
    return poissonInverse(m, requiredNumber("p", p, { min: 0, max: 1, below: true }));
  });
}

// ----------------------------------------------------------------------------------------------- generic simulation

/** The sampler for SIMULATE's distribution and parameters. */
function samplerFor(kind: (typeof DISTRIBUTIONS)[number], parameters: unknown): Draw {
  const name = "parameters";
  if (kind === "SCENARIOS") {
    const g = numberGrid(name, parameters);
    if (g.cols !== 2) throw valueError(name, `expected a table of two columns (value, weight) for SCENARIOS, got a ${g.rows}×${g.cols} range`);
    const values = g.values.filter((_, i) => i % 2 === 0);
    const weights = g.values.filter((_, i) => i % 2 === 1);
    if (weights.some((w) => w < 0)) throw valueError(name, `expected weights ≥ 0 in the second column, got ${weights.find((w) => w < 0)}`);
    if (!weights.some((w) => w > 0)) throw valueError(name, "expected at least one weight above 0 in the second column");
    return scenarioSampler(values, weights);
  }
  const list = numberList(name, parameters).values;
  const wanted = { TRIANGULAR: 3, PERT: 3, POISSON: 1, NORMAL: 2 }[kind];
  const what = { TRIANGULAR: "low, likely, high", PERT: "low, likely, high", POISSON: "the mean", NORMAL: "mean, standard deviation" }[kind];
  if (list.length !== wanted) throw valueError(name, `expected ${wanted} number${wanted === 1 ? "" : "s"} (${what}) for ${kind}, got ${list.length}`);
  if (kind === "POISSON") {
    checkPoissonMean(name, list[0]);
    const inv = new PoissonInverse(list[0]);
    return (rng) => inv.inverse(rng.uniform());
  }
  if (kind === "NORMAL") {
    if (list[0] < 0) throw valueError(name, `expected a mean ≥ 0 (the normal is truncated at zero), got ${list[0]}`);
    if (list[1] < 0) throw valueError(name, `expected a standard deviation ≥ 0, got ${list[1]}`);
    return truncatedNormalSampler(list[0], list[1]);
  }
  const e = { low: list[0], likely: list[1], high: list[2] };
  if (!(e.low <= e.likely && e.likely <= e.high)) throw valueError(name, `expected low ≤ likely ≤ high, got ${list.join(", ")}`);
  return threePointSampler(kind, e);
}

/**
 * Draws from one uncertain input, one trial a row: a triangular or PERT estimate, a Poisson count, a normal truncated at zero, or weighted scenarios. Stream 0 of the seed, so the same seed gives the same column everywhere.
 * Rests on: arithmetic only (inverse transform; PERT as a ratio of gamma draws); not an SPR figure. Default trials and seed: planning assumptions SIM_TRIALS and SIM_SEED.
 * @customfunction SIMULATE
 * @helpurl https://localhost:3000/help/functions.html#simulate
 * @param distribution "TRIANGULAR", "PERT", "POISSON", "NORMAL" (truncated at zero) or "SCENARIOS".
 * @param parameters TRIANGULAR and PERT: low, likely, high; POISSON: the mean; NORMAL: mean, standard deviation (a row or column); SCENARIOS: a table of two columns, value and weight.
 * @param [trials] Draws to make, a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @returns A column of trials draws.
 */
export function simulate(distribution: any, parameters: any[][], trials?: any, seed?: any): number[][] {
  return cell(() => {
    const kind = choice("distribution", distribution, DISTRIBUTIONS);
    const draw = samplerFor(kind, parameters);
    const s = readSimulation(trials, seed, null);
    return column(drawMany(draw, Xoshiro128.stream(s.seed, 0), s.trials));
  });
}

/**
 * One row summarising simulated values: mean, standard deviation (STDEV.S), P10, P50 and P90 (PERCENTILE.INC) and the chance of a shortfall, the share of values above capacity.
 * Rests on: arithmetic only; the capacity is the force's (for example what its trained officers can field).
 * @customfunction SIMSTATS
 * @helpurl https://localhost:3000/help/functions.html#simstats
 * @param samples Simulated values (at least 2), for example SPR.ARVSIM(...) or SPR.SIMULATE(...).
 * @param [capacity] What the force has, in the unit of the samples; leave out for no shortfall column value ("").
 * @param [show_headers] TRUE to add a header row (default FALSE).
 * @returns A row: mean, standard deviation, P10, P50, P90, chance of shortfall (0 to 1).
 */
export function simStats(samples: any[][], capacity?: any, show_headers?: any): any[][] {
  return cell(() => {
    const values = numberGrid("samples", samples).values;
    const cap = capacity === null || capacity === undefined || capacity === "" ? null : requiredNumber("capacity", capacity);
    const s = statsOf(values, cap);
    const row = [s.mean, s.sd, s.p10, s.p50, s.p90, s.shortfall ?? ""];
    return optionalBoolean("show_headers", show_headers, false) ? [SIMSTATS_HEADERS, row] : [row];
  });
}

/**
 * A histogram of simulated values in a fixed number of round-numbered bins: each row a bin's upper edge and the share of values above the previous edge and at most this one (as Excel's FREQUENCY counts).
 * Rests on: arithmetic only.
 * @customfunction HISTOGRAM
 * @helpurl https://localhost:3000/help/functions.html#histogram
 * @param samples Simulated values, for example SPR.ARVSIM(...).
 * @param [bins] How many bins, a whole number from 1 to 1,000 (default 10). Whole-number samples get whole-number bins.
 * @returns bins rows of two columns: upper edge, share of values (0 to 1).
 */
export function histogram(samples: any[][], bins?: any): number[][] {
  return cell(() => {
    const values = numberGrid("samples", samples).values;
    const h = histogramCore(values, optionalNumber("bins", bins, DEFAULT_BINS, { min: 1, max: MAX_BINS, integer: true }));
    return h.edges.map((e, i) => [e, h.shares[i]]);
  });
}

// ------------------------------------------------------------------------------------------------------- ARVs on duty

function arvModelOf(incidents_low: unknown, incidents_likely: unknown, incidents_high: unknown, mean_minutes: unknown, max_wait_prob: unknown, arvs_per_incident: unknown, peak_factor: unknown, coverage_minimum: unknown): UncertainModel {
  const incidents = readEstimate(["incidents_low", "incidents_likely", "incidents_high"], incidents_low, incidents_likely, incidents_high);
  return arvModel({ incidents, ...readArvArguments(mean_minutes, max_wait_prob, arvs_per_incident, peak_factor, coverage_minimum) });
}

/**
 * ARVs that must be on duty at a percentile of next year's firearms incidents, a triangular (or PERT) estimate: the SPR.ARVREQ answer in each trial, then PERCENTILE.INC over the trials, rounded up to whole ARVs. A row of percentiles gives a row of answers.
 * Rests on: SPR paragraph 151 (ARV capacity from the force's APSTRA) and 135 (plan for reasonable worst cases); planning assumptions as SPR.ARVREQ, and SIM_TRIALS and SIM_SEED.
 * @customfunction ARVREQP
 * @helpurl https://localhost:3000/help/functions.html#arvreqp
 * @param incidents_low Fewest firearms incidents next year could bring (≥ 0).
 * @param incidents_likely Most likely number of incidents, from incidents_low to incidents_high.
 * @param incidents_high Most incidents next year could bring, ≥ incidents_low; with the other inputs it may offer at most 10,000 erlangs (a simulation's limit; a force's ARV load is a few).
 * @param mean_minutes Mean minutes an ARV is committed to one incident, > 0.
 * @param percentile A fraction from 0 to 1 (0.9 for P90), or a range of them.
 * @param [max_wait_prob] Highest acceptable probability that an incident finds every ARV committed, > 0 and < 1 (default 0.05, illustrative).
 * @param [arvs_per_incident] Average ARVs sent to an incident, > 0 (default 1, illustrative).
 * @param [trials] Trials, a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [peak_factor] Peak-period rate ÷ annual average rate, ≥ 1 (default 1, illustrative).
 * @param [coverage_minimum] ARVs the geography needs on duty whatever the load, a whole number ≥ 0 (default 0).
 * @param [shape] "TRIANGULAR" (default) or "PERT": how the three-point estimate spreads between low and high.
 * @returns Whole ARVs on duty at each percentile, in the shape of percentile.
 */
export function arvReqP(
  incidents_low: any,
  incidents_likely: any,
  incidents_high: any,
  mean_minutes: any,
  percentile: any[][],
  max_wait_prob?: any,
  arvs_per_incident?: any,
  trials?: any,
  seed?: any,
  peak_factor?: any,
  coverage_minimum?: any,
  shape?: any,
): number[][] {
  return cell(() => {
    const model = arvModelOf(incidents_low, incidents_likely, incidents_high, mean_minutes, max_wait_prob, arvs_per_incident, peak_factor, coverage_minimum);
    return percentilesAnswer(model, readSimulation(trials, seed, shape), percentile, true);
  });
}

/**
 * ARVs that must be on duty in each trial when next year's firearms incidents are a triangular (or PERT) estimate: a column of SPR.ARVREQ answers, one per trial, for SPR.SIMSTATS, SPR.HISTOGRAM or PERCENTILE.INC.
 * Rests on: SPR paragraph 151 (APSTRA); planning assumptions as SPR.ARVREQ, and SIM_TRIALS and SIM_SEED.
 * @customfunction ARVSIM
 * @helpurl https://localhost:3000/help/functions.html#arvsim
 * @param incidents_low Fewest firearms incidents next year could bring (≥ 0).
 * @param incidents_likely Most likely number of incidents, from incidents_low to incidents_high.
 * @param incidents_high Most incidents next year could bring, ≥ incidents_low; with the other inputs it may offer at most 10,000 erlangs (a simulation's limit; a force's ARV load is a few).
 * @param mean_minutes Mean minutes an ARV is committed to one incident, > 0.
 * @param [max_wait_prob] Highest acceptable probability that an incident finds every ARV committed, > 0 and < 1 (default 0.05, illustrative).
 * @param [arvs_per_incident] Average ARVs sent to an incident, > 0 (default 1, illustrative).
 * @param [trials] Trials, a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [peak_factor] Peak-period rate ÷ annual average rate, ≥ 1 (default 1, illustrative).
 * @param [coverage_minimum] ARVs the geography needs on duty whatever the load, a whole number ≥ 0 (default 0).
 * @param [shape] "TRIANGULAR" (default) or "PERT".
 * @returns A column of whole ARVs, one row per trial.
 */
export function arvSim(
  incidents_low: any,
  incidents_likely: any,
  incidents_high: any,
  mean_minutes: any,
  max_wait_prob?: any,
  arvs_per_incident?: any,
  trials?: any,
  seed?: any,
  peak_factor?: any,
  coverage_minimum?: any,
  shape?: any,
): number[][] {
  return cell(() => {
    const model = arvModelOf(incidents_low, incidents_likely, incidents_high, mean_minutes, max_wait_prob, arvs_per_incident, peak_factor, coverage_minimum);
    return column(runModel(model, readSimulation(trials, seed, shape)));
  });
}

// ------------------------------------------------------------------------------------------------------------- PSUs

function psuModelOf(national_share: unknown, starts: unknown, ends: unknown, attendance_low: unknown, attendance_likely: unknown, attendance_high: unknown, risk: unknown, policy: unknown, crowd_per_psu: unknown): UncertainModel {
  const share = requiredNumber("national_share", national_share, WHOLE);
  const s = numberList("starts", starts, { min: 0 }).values;
  const e = numberList("ends", ends, { min: 0 }).values;
  if (e.length !== s.length) throw valueError("ends", `expected as many cells as starts (${s.length}), got ${e.length}`);
  const attendance = readEstimates(["attendance_low", "attendance_likely", "attendance_high"], attendance_low, attendance_likely, attendance_high, { min: 0 }, "event", s.length);
  const risks = asGrid("risk", risk).flat();
  if (risks.length !== 1 && risks.length !== s.length) throw valueError("risk", `expected one risk level per event (${s.length}) or one for all, got ${risks.length}`);
  const table = crowd_per_psu === null || crowd_per_psu === undefined ? defaultCrowdTable() : readCrowdTable("crowd_per_psu", crowd_per_psu);
  const events = s.map((start, i) => {
    const level = findLevel("risk", risks[risks.length === 1 ? 0 : i], table, risks.length === 1 ? "" : ` (item ${i + 1})`);
    return { start, end: e[i], attendance: attendance[i], perPsu: level.perPsu };
  });
  return psuModel(events, share, choice("policy", policy, PSUREQ_POLICIES, "max"));
}

/**
 * PSUs the force must be able to field at a percentile when its events' attendance is uncertain (a triangular or PERT estimate per event): in each trial SPR.EVENTPSUS per event, SPR.PEAKCONCURRENT over the calendar and SPR.PSUREQ with the national share; then PERCENTILE.INC over the trials, rounded up to whole PSUs.
 * Rests on: SPR paragraphs 116a (strategic risk assessment of events), 119–120 (national requirement) and 135 (reasonable worst cases); crowd-per-PSU assumptions as SPR.EVENTPSUS, and SIM_TRIALS and SIM_SEED.
 * @customfunction PSUREQP
 * @helpurl https://localhost:3000/help/functions.html#psureqp
 * @param national_share The force's share of the national PSU requirement (a whole number ≥ 0).
 * @param starts Event start date-times (Excel serial numbers ≥ 0), a row or column, one per event.
 * @param ends Event end date-times, one per event, each after its start.
 * @param attendance_low Lowest attendance of each event (≥ 0), one per event.
 * @param attendance_likely Most likely attendance of each event.
 * @param attendance_high Highest attendance of each event.
 * @param risk Each event's risk level as written in crowd_per_psu (default levels "LOW", "MEDIUM", "HIGH"), or one level for all.
 * @param percentile A fraction from 0 to 1 (0.9 for P90), or a range of them.
 * @param [policy] "max" (default): the larger of national share and local peak; "sum": both at once.
 * @param [crowd_per_psu] The force's table of two columns: risk level, people per PSU (default: the illustrative CROWD_PER_PSU assumptions).
 * @param [trials] Trials, a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [shape] "TRIANGULAR" (default) or "PERT".
 * @returns Whole PSUs at each percentile, in the shape of percentile.
 */
export function psuReqP(
  national_share: any,
  starts: any[][],
  ends: any[][],
  attendance_low: any[][],
  attendance_likely: any[][],
  attendance_high: any[][],
  risk: any[][],
  percentile: any[][],
  policy?: any,
  crowd_per_psu?: any[][],
  trials?: any,
  seed?: any,
  shape?: any,
): number[][] {
  return cell(() => {
    const model = psuModelOf(national_share, starts, ends, attendance_low, attendance_likely, attendance_high, risk, policy, crowd_per_psu);
    return percentilesAnswer(model, readSimulation(trials, seed, shape), percentile, true);
  });
}

/**
 * PSUs the force must be able to field in each trial when its events' attendance is uncertain: a column of SPR.PSUREQ answers, one per trial.
 * Rests on: SPR paragraphs 116a and 119–120; crowd-per-PSU assumptions as SPR.EVENTPSUS, and SIM_TRIALS and SIM_SEED.
 * @customfunction PSUSIM
 * @helpurl https://localhost:3000/help/functions.html#psusim
 * @param national_share The force's share of the national PSU requirement (a whole number ≥ 0).
 * @param starts Event start date-times (Excel serial numbers ≥ 0), one per event.
 * @param ends Event end date-times, one per event, each after its start.
 * @param attendance_low Lowest attendance of each event (≥ 0).
 * @param attendance_likely Most likely attendance of each event.
 * @param attendance_high Highest attendance of each event.
 * @param risk Each event's risk level (default levels "LOW", "MEDIUM", "HIGH"), or one level for all.
 * @param [policy] "max" (default) or "sum".
 * @param [crowd_per_psu] The force's table of two columns: risk level, people per PSU.
 * @param [trials] Trials, a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [shape] "TRIANGULAR" (default) or "PERT".
 * @returns A column of whole PSUs, one row per trial.
 */
export function psuSim(
  national_share: any,
  starts: any[][],
  ends: any[][],
  attendance_low: any[][],
  attendance_likely: any[][],
  attendance_high: any[][],
  risk: any[][],
  policy?: any,
  crowd_per_psu?: any[][],
  trials?: any,
  seed?: any,
  shape?: any,
): number[][] {
  return cell(() => {
    const model = psuModelOf(national_share, starts, ends, attendance_low, attendance_likely, attendance_high, risk, policy, crowd_per_psu);
    return column(runModel(model, readSimulation(trials, seed, shape)));
  });
}

/**
 * Which event's attendance drives the spread of the PSU requirement most: for each event, the requirement's percentile with that event's attendance held at its low, likely and high values while every other event stays uncertain (the same draws), sorted by swing, largest first. Costs O(events × trials) (see the uncertainty guide).
 * Rests on: SPR paragraphs 116a and 119–120; as SPR.PSUREQP.
 * @customfunction PSUTORNADO
 * @helpurl https://localhost:3000/help/functions.html#psutornado
 * @param national_share The force's share of the national PSU requirement (a whole number ≥ 0).
 * @param starts Event start date-times, one per event.
 * @param ends Event end date-times, one per event.
 * @param attendance_low Lowest attendance of each event.
 * @param attendance_likely Most likely attendance of each event.
 * @param attendance_high Highest attendance of each event.
 * @param risk Each event's risk level, or one level for all.
 * @param percentile One fraction from 0 to 1 (0.9 for P90).
 * @param [labels] A name for each event (default "Event 1", "Event 2"…).
 * @param [policy] "max" (default) or "sum".
 * @param [crowd_per_psu] The force's table of two columns: risk level, people per PSU.
 * @param [trials] Trials, a whole number from 1 to 100,000 and at most 10,000,000 ÷ the number of events (default: assumption SIM_TRIALS, 10,000): 1,000 events at 10,000 trials.
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [shape] "TRIANGULAR" (default) or "PERT".
 * @returns A table with a header row: Input, Held at low, Held at likely, Held at high, Swing (whole PSUs).
 */
export function psuTornado(
  national_share: any,
  starts: any[][],
  ends: any[][],
  attendance_low: any[][],
  attendance_likely: any[][],
  attendance_high: any[][],
  risk: any[][],
  percentile: any,
  labels?: any[][],
  policy?: any,
  crowd_per_psu?: any[][],
  trials?: any,
  seed?: any,
  shape?: any,
): any[][] {
  return cell(() => {
    const model = psuModelOf(national_share, starts, ends, attendance_low, attendance_likely, attendance_high, risk, policy, crowd_per_psu);
    const names = readLabels(labels, model.inputs.length, "Event");
    return tornadoTable(tornado(model, readSimulation(trials, seed, shape), singlePercentile(percentile), true), (i) => names[i]);
  });
}

function readLabels(v: unknown, n: number, noun: string): string[] {
  if (v === null || v === undefined) return Array.from({ length: n }, (_, i) => `${noun} ${i + 1}`);
  const t = textGrid("labels", v).values;
  if (t.length !== n) throw valueError("labels", `expected one label per ${noun.toLowerCase()} (${n}), got ${t.length}`);
  return t.map((s, i) => s || `${noun} ${i + 1}`);
}

// -------------------------------------------------------------------------------------------------------------- SOC

function socModelOf(ocgs_low: unknown, ocgs_likely: unknown, ocgs_high: unknown, hours_by_band: unknown, force_share_by_band: unknown, measure: unknown, productive_hours: unknown): UncertainModel {
  const ocgs = readEstimates(["ocgs_low", "ocgs_likely", "ocgs_high"], ocgs_low, ocgs_likely, ocgs_high, WHOLE, "band");
  return socModel(
    ocgs,
    numberList("hours_by_band", hours_by_band, { min: 0 }).values,
    numberList("force_share_by_band", force_share_by_band, { min: 0, max: 1 }).values,
    optionalNumber("productive_hours", productive_hours, productiveHours(defaultProductiveHoursInputs()), { min: 0, above: true }),
    choice("measure", measure, SOC_MEASURES, "force"),
  );
}

/**
 * SOC investigator FTE at a percentile when the mapped OCGs in each P-band are uncertain (a triangular or PERT estimate per band, drawn as whole groups): SPR.SOCREQ in each trial, then PERCENTILE.INC over the trials for the force's, the ROCU's or the total FTE.
 * Rests on: SPR paragraphs 74.3–74.4, 80.1 and 85a, and 135 (reasonable worst cases); hours per OCG from planning assumptions SOC_HOURS_OCG_BAND1–4 (illustrative) or the force's own, and SIM_TRIALS and SIM_SEED.
 * @customfunction SOCREQP
 * @helpurl https://localhost:3000/help/functions.html#socreqp
 * @param ocgs_low Fewest mapped OCGs in P-bands 1 to 4 (four whole numbers ≥ 0).
 * @param ocgs_likely Most likely mapped OCGs in each band.
 * @param ocgs_high Most mapped OCGs in each band.
 * @param hours_by_band Hours a year to manage one OCG in each band (four numbers ≥ 0).
 * @param force_share_by_band The force's share of each band's work, 0 to 1 (four numbers); the ROCU takes the rest.
 * @param percentile A fraction from 0 to 1 (0.9 for P90), or a range of them.
 * @param [measure] "force" (default), "rocu" or "total" FTE.
 * @param [productive_hours] Productive hours per FTE a year (default: SPR.PRODUCTIVEHOURS() with its defaults).
 * @param [trials] Trials, a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [shape] "TRIANGULAR" (default) or "PERT".
 * @returns FTE at each percentile, in the shape of percentile.
 */
export function socReqP(
  ocgs_low: any[][],
  ocgs_likely: any[][],
  ocgs_high: any[][],
  hours_by_band: any[][],
  force_share_by_band: any[][],
  percentile: any[][],
  measure?: any,
  productive_hours?: any,
  trials?: any,
  seed?: any,
  shape?: any,
): number[][] {
  return cell(() => {
    const model = socModelOf(ocgs_low, ocgs_likely, ocgs_high, hours_by_band, force_share_by_band, measure, productive_hours);
    return percentilesAnswer(model, readSimulation(trials, seed, shape), percentile, false);
  }, "ocgs_high, hours_by_band, productive_hours");
}

/**
 * SOC investigator FTE in each trial when the mapped OCGs in each P-band are uncertain: a column of SPR.SOCREQ answers (force, ROCU or total FTE), one per trial.
 * Rests on: SPR paragraphs 74.3–74.4, 80.1 and 85a; hours per OCG as SPR.SOCREQ, and SIM_TRIALS and SIM_SEED.
 * @customfunction SOCSIM
 * @helpurl https://localhost:3000/help/functions.html#socsim
 * @param ocgs_low Fewest mapped OCGs in P-bands 1 to 4 (four whole numbers ≥ 0).
 * @param ocgs_likely Most likely mapped OCGs in each band.
 * @param ocgs_high Most mapped OCGs in each band.
 * @param hours_by_band Hours a year to manage one OCG in each band (four numbers ≥ 0).
 * @param force_share_by_band The force's share of each band's work, 0 to 1 (four numbers).
 * @param [measure] "force" (default), "rocu" or "total" FTE.
 * @param [productive_hours] Productive hours per FTE a year (default: SPR.PRODUCTIVEHOURS() with its defaults).
 * @param [trials] Trials, a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [shape] "TRIANGULAR" (default) or "PERT".
 * @returns A column of FTE, one row per trial.
 */
export function socSim(
  ocgs_low: any[][],
  ocgs_likely: any[][],
  ocgs_high: any[][],
  hours_by_band: any[][],
  force_share_by_band: any[][],
  measure?: any,
  productive_hours?: any,
  trials?: any,
  seed?: any,
  shape?: any,
): number[][] {
  return cell(() => {
    const model = socModelOf(ocgs_low, ocgs_likely, ocgs_high, hours_by_band, force_share_by_band, measure, productive_hours);
    return column(runModel(model, readSimulation(trials, seed, shape)));
  }, "ocgs_high, hours_by_band, productive_hours");
}

/**
 * Which P-band's OCG count drives the spread of SOC FTE most: for each band, the FTE percentile with that band's count held at its low, likely and high values while the other bands stay uncertain (the same draws), sorted by swing, largest first.
 * Rests on: SPR paragraphs 74.3–74.4, 80.1 and 85a; as SPR.SOCREQP.
 * @customfunction SOCTORNADO
 * @helpurl https://localhost:3000/help/functions.html#soctornado
 * @param ocgs_low Fewest mapped OCGs in P-bands 1 to 4 (four whole numbers ≥ 0).
 * @param ocgs_likely Most likely mapped OCGs in each band.
 * @param ocgs_high Most mapped OCGs in each band.
 * @param hours_by_band Hours a year to manage one OCG in each band (four numbers ≥ 0).
 * @param force_share_by_band The force's share of each band's work, 0 to 1 (four numbers).
 * @param percentile One fraction from 0 to 1 (0.9 for P90).
 * @param [measure] "force" (default), "rocu" or "total" FTE.
 * @param [productive_hours] Productive hours per FTE a year (default: SPR.PRODUCTIVEHOURS() with its defaults).
 * @param [trials] Trials, a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @param [shape] "TRIANGULAR" (default) or "PERT".
 * @returns A table with a header row: Input (Band 1 to Band 4), Held at low, Held at likely, Held at high, Swing (FTE).
 */
export function socTornado(
  ocgs_low: any[][],
  ocgs_likely: any[][],
  ocgs_high: any[][],
  hours_by_band: any[][],
  force_share_by_band: any[][],
  percentile: any,
  measure?: any,
  productive_hours?: any,
  trials?: any,
  seed?: any,
  shape?: any,
): any[][] {
  return cell(() => {
    const model = socModelOf(ocgs_low, ocgs_likely, ocgs_high, hours_by_band, force_share_by_band, measure, productive_hours);
    return tornadoTable(tornado(model, readSimulation(trials, seed, shape), singlePercentile(percentile), false), (i) => `Band ${i + 1}`);
  }, "ocgs_high, hours_by_band, productive_hours");
}
