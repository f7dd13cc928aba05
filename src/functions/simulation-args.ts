/**
 * What the uncertainty functions share, written once: reading percentiles, the simulation settings (trials, seed,
 * shape), three-point estimates and labels; and the three answers every uncertain model gives to a cell (the
 * requirement at percentiles, a column of trials, a tornado table). One file per model (arv-, psu-, soc-uncertainty)
 * reads its own arguments into a model and answers through these in one line. Not a file of custom functions.
 */
import { asGrid, choice, describe, maybeTextGrid, NON_NEGATIVE, numberList, optionalNumber, requiredNumber } from "../core/args";
import { assumptionValue } from "../core/assumptions/registry";
import { Shaped, reshape } from "../core/cell";
import { valueError } from "../core/errors";
import { Estimate, EstimateNames, THREE_POINT_SHAPES, checkEstimate } from "../core/uncertainty/distributions";
import { Simulation, UncertainModel, checkSimulation, percentilesOf, simulate, tornado } from "../core/uncertainty/simulate";
import { cell } from "./marshal";

const TORNADO_HEADERS = ["Input", "Held at low", "Held at likely", "Held at high", "Swing"];

/** The trials, seed and shape arguments, as the functions take them. */
export type SimulationArgs = [trials: unknown, seed: unknown, shape: unknown];

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

function singlePercentile(v: unknown): number {
  const ps = readPercentiles("percentile", v);
  if (ps.values.length !== 1) throw valueError("percentile", `expected a single fraction (0.9 for P90), got a ${ps.rows}×${ps.cols} range`);
  return ps.values[0];
}

export function readSimulation([trials, seed, shape]: SimulationArgs): Simulation {
  const s: Simulation = {
    trials: optionalNumber("trials", trials, assumptionValue("SIM_TRIALS")),
    seed: optionalNumber("seed", seed, assumptionValue("SIM_SEED")),
    shape: choice("shape", shape, THREE_POINT_SHAPES, "TRIANGULAR"),
  };
  checkSimulation(s);
  return s;
}

/** A three-point estimate given as three single values. */
export function readEstimate(names: EstimateNames, low: unknown, likely: unknown, high: unknown): Estimate {
  const e = {
    low: requiredNumber(names[0], low, NON_NEGATIVE),
    likely: requiredNumber(names[1], likely, NON_NEGATIVE),
    high: requiredNumber(names[2], high, NON_NEGATIVE),
  };
  checkEstimate(names, e);
  return e;
}

/** Three-point estimates given as three lists of the same length (one estimate per item). */
export function readEstimates(
  names: EstimateNames,
  low: unknown,
  likely: unknown,
  high: unknown,
  rule: { min: number; integer?: boolean },
  item: string,
  count?: number,
): Estimate[] {
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

/** A name for each of n inputs: the labels argument, or "<noun> 1", "<noun> 2"… for those left out or blank. */
export function readLabels(v: unknown, n: number, noun: string): string[] {
  const t = maybeTextGrid("labels", v)?.values ?? Array<string>(n).fill("");
  if (t.length !== n) throw valueError("labels", `expected one label per ${noun.toLowerCase()} (${n}), got ${t.length}`);
  return t.map((s, i) => s || `${noun} ${i + 1}`);
}

/** A column of values, one row each. */
export function column(values: Float64Array): number[][] {
  return Array.from(values, (v) => [v]);
}

/** The requirement at each percentile (PERCENTILE.INC over the trials), in the shape of percentile. */
/** `grows`: the arguments the answer grows with, named when it would be too large for a cell (marshal.cell). */
export function percentilesCell(
  model: () => UncertainModel,
  sim: SimulationArgs,
  percentile: unknown,
  whole: boolean,
  grows?: string,
): number[][] {
  return cell(() => {
    const m = model();
    const s = readSimulation(sim);
    const ps = readPercentiles("percentile", percentile);
    return reshape(percentilesOf(simulate(m, s), ps.values, whole), ps.rows, ps.cols);
  }, grows);
}

/** The requirement in each trial, a column. */
export function trialsCell(model: () => UncertainModel, sim: SimulationArgs, grows?: string): number[][] {
  return cell(() => {
    const m = model();
    return column(simulate(m, readSimulation(sim)));
  }, grows);
}

/** Each input held at its low, likely and high values in turn: a table with a header row, largest swing first. */
export function tornadoCell(
  model: () => UncertainModel,
  labels: (m: UncertainModel) => string[],
  sim: SimulationArgs,
  percentile: unknown,
  whole: boolean,
  grows?: string,
): (string | number)[][] {
  return cell(() => {
    const m = model();
    const names = labels(m);
    const rows = tornado(m, readSimulation(sim), singlePercentile(percentile), whole);
    return [TORNADO_HEADERS, ...rows.map((r) => [names[r.input], r.atLow, r.atLikely, r.atHigh, r.swing])];
  }, grows);
}
