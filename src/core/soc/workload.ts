/**
 * Activity-based demand: the hours a set of work items needs, and the full-time equivalents that takes.
 *
 *   FTE = Σ volume × hours each ÷ productive hours per FTE
 */
import { valueError } from "../errors";

/** Σ volumes[k] × hoursEach[k]; a single hours figure applies to every volume. */
export function workloadHours(volumes: readonly number[], hoursEach: readonly number[]): number {
  if (hoursEach.length !== 1 && hoursEach.length !== volumes.length) {
    throw valueError("hours_each", `expected one figure per volume (${volumes.length}) or a single value, got ${hoursEach.length}`);
  }
  let sum = 0;
  for (let k = 0; k < volumes.length; k++) sum += volumes[k] * (hoursEach.length === 1 ? hoursEach[0] : hoursEach[k]);
  return sum;
}

export function hoursToFte(hours: number, productiveHours: number): number {
  if (!(productiveHours > 0)) throw valueError("productive_hours", `expected a number > 0, got ${productiveHours}`);
  return hours / productiveHours;
}

export function workloadFte(volumes: readonly number[], hoursEach: readonly number[], productiveHours: number): number {
  return hoursToFte(workloadHours(volumes, hoursEach), productiveHours);
}
