/**
 * Runs a requirement model over many trials in one call. A model has uncertain inputs (three-point estimates), a
 * transform of each input's draws into its part of the requirement (the PSUs an event needs, say) and a combination
 * of the parts into the requirement in each trial (the peak of the events in force, say). Input i always draws from
 * stream i of the seed (prng.ts), so:
 *
 * - the same seed and trials give the same requirement in every trial, wherever the code runs;
 * - holding one input at a fixed value (the tornado) leaves every other input's draws as they were (common random
 *   numbers), so the change in the percentile is that input's doing, not sampling noise.
 */
import { valueError } from "../errors";
import { Estimate, ThreePointShape, drawMany, threePointSampler } from "./distributions";
import { percentileInc, percentileIncUp, sorted } from "./percentile";
import { Xoshiro128 } from "./prng";

/** Most trials one call runs: 100,000 trials of a force's whole requirement model take well under a second. */
export const MAX_TRIALS = 100_000;
/** Seeds are 32-bit whole numbers. */
export const MAX_SEED = 4_294_967_295;

export interface UncertainModel {
  /** One estimate per uncertain input. */
  inputs: readonly Estimate[];
  /** Input i's part of the requirement in each trial, from its draws alone. */
  transform(i: number, draws: Float64Array): Float64Array;
  /** The requirement in each trial from the parts. */
  combine(parts: readonly Float64Array[], trials: number): Float64Array;
}

export interface Simulation {
  shape: ThreePointShape;
  trials: number;
  seed: number;
}

export function checkSimulation(s: Simulation): void {
  if (!(Number.isInteger(s.trials) && s.trials >= 1 && s.trials <= MAX_TRIALS)) {
    throw valueError("trials", `expected a whole number from 1 to ${MAX_TRIALS.toLocaleString("en-GB")} (the most one call runs), got ${s.trials}`);
  }
  if (!(Number.isInteger(s.seed) && s.seed >= 0 && s.seed <= MAX_SEED)) {
    throw valueError("seed", `expected a whole number from 0 to ${MAX_SEED.toLocaleString("en-GB")}, got ${s.seed}`);
  }
}

/** Input i's draws: stream i of the seed through the estimate's sampler. */
export function drawInput(e: Estimate, i: number, s: Simulation): Float64Array {
  return drawMany(threePointSampler(s.shape, e), Xoshiro128.stream(s.seed, i), s.trials);
}

function parts(model: UncertainModel, s: Simulation): Float64Array[] {
  return model.inputs.map((e, i) => model.transform(i, drawInput(e, i, s)));
}

/** The requirement in each trial, in trial order. */
export function simulate(model: UncertainModel, s: Simulation): Float64Array {
  checkSimulation(s);
  return model.combine(parts(model, s), s.trials);
}

/** PERCENTILE.INC of the trials at each p, rounded up when the requirement comes in whole units. */
export function percentilesOf(samples: Float64Array, ps: readonly number[], whole: boolean): number[] {
  const s = sorted(samples);
  return ps.map((p) => (whole ? percentileIncUp(s, p) : percentileInc(s, p)));
}

export interface TornadoRow {
  /** Which input (0-based, in the order given). */
  input: number;
  atLow: number;
  atLikely: number;
  atHigh: number;
  /** atHigh − atLow. */
  swing: number;
}

/**
 * For each input, the requirement's p-th percentile with that input held at its low, likely and high values while
 * every other input stays uncertain; sorted by swing (high − low), largest first, ties in input order.
 */
export function tornado(model: UncertainModel, s: Simulation, p: number, whole: boolean): TornadoRow[] {
  checkSimulation(s);
  const base = parts(model, s);
  const held = (i: number, value: number) => {
    const changed = base.slice();
    changed[i] = model.transform(i, new Float64Array(s.trials).fill(value));
    return percentilesOf(model.combine(changed, s.trials), [p], whole)[0];
  };
  const rows = model.inputs.map((e, i) => {
    const atLow = held(i, e.low);
    const atHigh = held(i, e.high);
    return { input: i, atLow, atLikely: held(i, e.likely), atHigh, swing: atHigh - atLow };
  });
  return rows.sort((a, b) => b.swing - a.swing || a.input - b.input);
}
