/**
 * The summary a planner reads off a simulation: mean, standard deviation (the sample standard deviation with n − 1,
 * as Excel's STDEV.S), P10, P50 and P90 (PERCENTILE.INC) and, given a capacity, the chance of a shortfall: the share
 * of trials whose requirement is above the capacity (a requirement equal to the capacity is met).
 */
import { valueError } from "../errors";
import { percentileInc, sorted } from "./percentile";

export interface SimStats {
  mean: number;
  sd: number;
  p10: number;
  p50: number;
  p90: number;
  /** Share of trials above the capacity; null without a capacity. */
  shortfall: number | null;
}

export const SIMSTATS_HEADERS = ["Mean", "Standard deviation", "P10", "P50", "P90", "Chance of shortfall"];

/** Share of the values strictly above the capacity. */
export function shortfallChance(values: ArrayLike<number>, capacity: number): number {
  let above = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > capacity) above++;
  return above / values.length;
}

/** The fewest values SIMSTATS summarises (and so the fewest trials a plan may ask for). */
export const MIN_SAMPLES = 2;

export function simStats(values: ArrayLike<number>, capacity: number | null): SimStats {
  const n = values.length;
  if (n < MIN_SAMPLES) throw valueError("samples", `expected at least ${MIN_SAMPLES} values (a standard deviation needs two), got ${n}`);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i];
  const mean = sum / n;
  // two passes: the squares are taken about the mean, so no cancellation
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    squares += d * d;
  }
  const s = sorted(values);
  return {
    mean,
    sd: Math.sqrt(squares / (n - 1)),
    p10: percentileInc(s, 0.1),
    p50: percentileInc(s, 0.5),
    p90: percentileInc(s, 0.9),
    shortfall: capacity === null ? null : shortfallChance(values, capacity),
  };
}
