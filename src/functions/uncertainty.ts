/**
 * Planning under uncertainty, the general tools: the exact inverse distributions, draws from one uncertain input, and
 * summaries and histograms of simulated values. The requirement models under uncertainty are one file each:
 * arv-uncertainty.ts, psu-uncertainty.ts, soc-uncertainty.ts (their shared readers in simulation-args.ts).
 */
import {
  choice,
  FRACTION,
  maybeNumber,
  NON_NEGATIVE,
  numberGrid,
  numberList,
  optionalBoolean,
  optionalNumber,
  requiredNumber,
} from "../core/args";
import { valueError } from "../core/errors";
import {
  Draw,
  checkEstimate,
  drawMany,
  scenarioSampler,
  threePointSampler,
  triangularInverse,
  truncatedNormalSampler,
} from "../core/uncertainty/distributions";
import { histogram as histogramCore } from "../core/uncertainty/histogram";
import { PoissonInverse, checkPoissonMean, poissonInverse } from "../core/uncertainty/poisson";
import { Xoshiro128 } from "../core/uncertainty/prng";
import { SIMSTATS_HEADERS, simStats as statsOf } from "../core/uncertainty/stats";
import { cell } from "./marshal";
import { column, readSimulation } from "./simulation-args";

const DISTRIBUTIONS = ["TRIANGULAR", "PERT", "POISSON", "NORMAL", "SCENARIOS"] as const;
/** Bins SPR.HISTOGRAM makes when not told: a display choice, not a planning figure. */
const DEFAULT_BINS = 10;
const MAX_BINS = 1000;

// ---------------------------------------------------------------------------------------------------- exact inverses

/**
 * The value a triangular estimate stays at or below with probability p: its inverse distribution function, exact.
 * Rests on: arithmetic only (the triangular distribution); not an SPR figure.
 * @customfunction TRIANGULARP
 * @helpurl https://localhost:3000/help/functions.html#triangularp
 * @param low The lowest value the estimate allows.
 * @param likely The most likely value, from low to high.
 * @param high The highest value, ≥ low.
 * @param p A probability (0.9 for the 90th percentile): from 0 to 1 in SPR.TRIANGULARP; ≥ 0 and < 1 in SPR.POISSONP.
 * @returns The value, in the unit of the estimate: low at p = 0, high at p = 1.
 */
export function triangularP(low: any, likely: any, high: any, p: any): number {
  return cell(() => {
    const e = { low: requiredNumber("low", low), likely: requiredNumber("likely", likely), high: requiredNumber("high", high) };
    checkEstimate(["low", "likely", "high"], e);
    return triangularInverse(e.low, e.likely, e.high, requiredNumber("p", p, FRACTION));
  });
}

/**
 * The smallest count k with P(X ≤ k) ≥ p for a Poisson count X with this mean: the Poisson inverse, exact and stable for means up to 1,000,000,000.
 * Rests on: arithmetic only (the Poisson distribution, by Loader's saddle-point probabilities with both tails summed from their small ends); not an SPR figure.
 * @customfunction POISSONP
 * @helpurl https://localhost:3000/help/functions.html#poissonp
 * @param mean The mean count (≥ 0 and ≤ 1,000,000,000): incidents, events or groups expected.
 * @param p A probability (0.9 for the 90th percentile): from 0 to 1 in SPR.TRIANGULARP; ≥ 0 and < 1 in SPR.POISSONP.
 * @returns A whole number.
 */
export function poissonP(mean: any, p: any): number {
  return cell(() => {
    const m = requiredNumber("mean", mean, NON_NEGATIVE);
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
    if (g.cols !== 2)
      throw valueError(name, `expected a table of two columns (value, weight) for SCENARIOS, got a ${g.rows}×${g.cols} range`);
    const values = g.values.filter((_, i) => i % 2 === 0);
    const weights = g.values.filter((_, i) => i % 2 === 1);
    if (weights.some((w) => w < 0)) throw valueError(name, `expected weights ≥ 0 in the second column, got ${weights.find((w) => w < 0)}`);
    if (!weights.some((w) => w > 0)) throw valueError(name, "expected at least one weight above 0 in the second column");
    return scenarioSampler(values, weights);
  }
  const list = numberList(name, parameters).values;
  const wanted = { TRIANGULAR: 3, PERT: 3, POISSON: 1, NORMAL: 2 }[kind];
  const what = { TRIANGULAR: "low, likely, high", PERT: "low, likely, high", POISSON: "the mean", NORMAL: "mean, standard deviation" }[
    kind
  ];
  if (list.length !== wanted)
    throw valueError(name, `expected ${wanted} number${wanted === 1 ? "" : "s"} (${what}) for ${kind}, got ${list.length}`);
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
 * @param [trials] Trials (draws), a whole number from 1 to 100,000 (default: assumption SIM_TRIALS, 10,000).
 * @param [seed] A whole number from 0 to 4,294,967,295 (default: assumption SIM_SEED, 1).
 * @returns A column of trials draws.
 */
export function simulate(distribution: any, parameters: any[][], trials?: any, seed?: any): number[][] {
  return cell(() => {
    const kind = choice("distribution", distribution, DISTRIBUTIONS);
    const draw = samplerFor(kind, parameters);
    const s = readSimulation([trials, seed, null]);
    return column(drawMany(draw, Xoshiro128.stream(s.seed, 0), s.trials));
  });
}

/**
 * One row summarising simulated values: mean, standard deviation (STDEV.S), P10, P50 and P90 (PERCENTILE.INC) and the chance of a shortfall, the share of values above capacity.
 * Rests on: arithmetic only; the capacity is the force's (for example what its trained officers can field).
 * @customfunction SIMSTATS
 * @helpurl https://localhost:3000/help/functions.html#simstats
 * @param samples Simulated values (at least 2 for SPR.SIMSTATS), for example SPR.ARVSIM(...) or SPR.SIMULATE(...).
 * @param [capacity] What can be fielded at once, or what the force has, in the unit of the figures compared with it (≥ 0): in SPR.OVERCOMMIT the PSUs the forces can field together, say; in SPR.SIMSTATS, where it may be left out (no shortfall value, ""), in the unit of the samples.
 * @param [show_headers] TRUE to add a header row, and in SPR.S22TABLE a force label column and a Total row (default FALSE: figures only).
 * @returns A row: mean, standard deviation, P10, P50, P90, chance of shortfall (0 to 1).
 */
export function simStats(samples: any[][], capacity?: any, show_headers?: any): any[][] {
  return cell(() => {
    const values = numberGrid("samples", samples).values;
    const cap = maybeNumber("capacity", capacity) ?? null;
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
 * @param samples Simulated values (at least 2 for SPR.SIMSTATS), for example SPR.ARVSIM(...) or SPR.SIMULATE(...).
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
