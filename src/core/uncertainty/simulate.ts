/**
 * Runs a requirement model over many trials in one call. A model has uncertain inputs (three-point estimates), a
 * transform of each input's draws into its part of the requirement (the PSUs an event needs, say) and a combination
 * of the parts into the requirement in each trial (the peak of the events in force, say). Input i always draws from
 * stream i of the seed (prng.ts), so:
 *
 * - the same seed and trials give the same requirement in every trial, wherever the code runs;
 * - holding one input at a fixed value (the tornado) leaves every other input's draws as they were (common random
 *   numbers), so the change in the percentile is that input's doing, not sampling noise.
 *
 * Size. A model with many inputs is simulated in blocks of trials (every input's stream continued from block to
 * block, so the draws are the very same), holding at most BLOCK_CELLS parts at once: memory stays flat however many
 * inputs × trials a call runs. A tornado needs every trial of every input at once, so it accepts at most
 * MAX_TORNADO_CELLS inputs × trials; a model that knows how to hold one input fixed cheaply (`holder`, the PSU model)
 * makes the whole tornado cost O(inputs × trials), otherwise each held input recombines every trial.
 *
 * Reuse. A workbook asks the same simulation many times over (the requirement at three percentiles, its statistics and
 * its histogram are five calls over one set of trials). A model that names what determines it (`key`) has its trials
 * kept: the last SIMULATIONS_KEPT simulations, each handed out as a copy, so a repeated call returns the very numbers
 * it would compute, without computing them again.
 */
import { valueError } from "../errors";
import { Estimate, ThreePointShape, drawMany, threePointSampler } from "./distributions";
import { percentileInc, percentileIncUp, selectWindow, sorted } from "./percentile";
import { Xoshiro128 } from "./prng";

/** Parts (inputs × trials) a simulation holds at once: 2^22 numbers, 32 MB. */
export const BLOCK_CELLS = 4_194_304;
/** Inputs × trials a tornado accepts: 1,000 events at the default 10,000 trials (about 160 MB at the limit). */
export const MAX_TORNADO_CELLS = 10_000_000;

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
  /**
   * Optional: from the parts (which it may overwrite), a function giving the requirement in each trial with input i's
   * part held at `part` in every trial, each call O(trials): the same numbers combine would give.
   */
  holder?(parts: Float64Array[], trials: number): (i: number, part: number) => Float64Array;
  /**
   * Optional: everything that determines the model's requirement in a trial (its kind, estimates and settings), as
   * text. Two models with the same key give the same trials for the same simulation settings, so they are reused.
   */
  key?: string;
}

export interface Simulation {
  shape: ThreePointShape;
  trials: number;
  seed: number;
}

export function checkSimulation(s: Simulation): void {
  if (!(Number.isInteger(s.trials) && s.trials >= 1 && s.trials <= MAX_TRIALS)) {
    throw valueError(
      "trials",
      `expected a whole number from 1 to ${MAX_TRIALS.toLocaleString("en-GB")} (the most one call runs), got ${s.trials}`,
    );
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

/** A model's key from what determines it: JSON, with -0, NaN and the infinities kept apart from 0 and null. */
export function modelKey(...determinants: unknown[]): string {
  return JSON.stringify(determinants, (_k, v: unknown) =>
    typeof v === "number" && (Object.is(v, -0) || !Number.isFinite(v)) ? `#${v}${Object.is(v, -0) ? "-0" : ""}` : v,
  );
}

/** Simulations kept for reuse (at most MAX_TRIALS numbers each: 6.4 MB at the most). */
export const SIMULATIONS_KEPT = 8;
const kept = new Map<string, Float64Array>();

/** Forgets the kept simulations (a benchmark measuring a recalculation from cold). */
export function forgetSimulations(): void {
  kept.clear();
}

/** The requirement in each trial, in trial order (a fresh array the caller may reorder). */
export function simulate(model: UncertainModel, s: Simulation): Float64Array {
  checkSimulation(s);
  if (model.key === undefined) return run(model, s);
  const key = JSON.stringify([model.key, s.shape, s.trials, s.seed]);
  let trials = kept.get(key);
  if (trials)
    kept.delete(key); // kept again below, as the most recent
  else trials = run(model, s);
  kept.set(key, trials);
  if (kept.size > SIMULATIONS_KEPT) kept.delete(kept.keys().next().value!);
  return trials.slice();
}

/** Runs the simulation: in blocks of trials when the model has many inputs. */
function run(model: UncertainModel, s: Simulation): Float64Array {
  const n = model.inputs.length;
  const block = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, n)));
  if (block >= s.trials) return model.combine(parts(model, s), s.trials);
  const samplers = model.inputs.map((e) => threePointSampler(s.shape, e));
  const streams = model.inputs.map((_, i) => Xoshiro128.stream(s.seed, i));
  const out = new Float64Array(s.trials);
  for (let t0 = 0; t0 < s.trials; t0 += block) {
    const size = Math.min(block, s.trials - t0);
    const ps = samplers.map((draw, i) => model.transform(i, drawMany(draw, streams[i], size)));
    out.set(model.combine(ps, size), t0);
  }
  return out;
}

/** PERCENTILE.INC of the trials at each p, rounded up when the requirement comes in whole units. */
export function percentilesOf(samples: Float64Array, ps: readonly number[], whole: boolean): number[] {
  const s = sorted(samples);
  return ps.map((p) => (whole ? percentileIncUp(s, p) : percentileInc(s, p)));
}

/** The same as percentilesOf(samples, [p], whole)[0] in O(trials), reordering samples in place (no sort). */
export function percentileOf(samples: Float64Array, p: number, whole: boolean): number {
  const view = selectWindow(samples, Math.floor((samples.length - 1) * p));
  return whole ? percentileIncUp(view, p) : percentileInc(view, p);
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
  const n = model.inputs.length;
  if (n * s.trials > MAX_TORNADO_CELLS) {
    const most = Math.max(1, Math.floor(MAX_TORNADO_CELLS / n));
    throw valueError(
      "trials",
      `a tornado over ${n.toLocaleString("en-GB")} inputs runs at most ${most.toLocaleString("en-GB")} trials (inputs × trials ≤ ${MAX_TORNADO_CELLS.toLocaleString("en-GB")}), got ${s.trials.toLocaleString("en-GB")}`,
    );
  }
  const base = parts(model, s);
  const column = model.holder
    ? model.holder(base, s.trials)
    : (i: number, part: number) => {
        const changed = base.slice();
        changed[i] = new Float64Array(s.trials).fill(part);
        return model.combine(changed, s.trials);
      };
  // an input's part is a function of its value alone, so a held value's part is the part of that one value
  const held = (i: number, value: number) => percentileOf(column(i, model.transform(i, Float64Array.of(value))[0]), p, whole);
  const rows = model.inputs.map((e, i) => {
    const atLow = held(i, e.low);
    const atHigh = held(i, e.high);
    return { input: i, atLow, atLikely: held(i, e.likely), atHigh, swing: atHigh - atLow };
  });
  return rows.sort((a, b) => b.swing - a.swing || a.input - b.input);
}
