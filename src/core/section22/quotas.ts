/**
 * A Section 22 contribution basis: `fixed_fraction` of an amount split equally between the n member forces, the rest
 * in proportion to their weights (officer FTE, net revenue expenditure, funding formula share, a fixed ratio …).
 *
 * Force i's exact share of an amount A is
 *     quota_i = A·f/n + A·(1 − f)·w_i/W                      (W = sum of the weights)
 *             = A · [f·W + (1 − f)·n·w_i] / (n·W)
 * With f = fd/10^s and the weights brought to integers, the bracket is a whole number e_i (the force's combined
 * weight) and the e_i add up to n·W·10^s. So a blended share is plain largest remainder over the e_i: the same
 * apportionment (src/core/allocate.ts) as every other share, with no second rounding rule.
 */
import { commonScale, pow10, excelDecimal } from "../decimal";
import { valueError } from "../errors";
import { checkParts } from "./money";

export interface Basis {
  /** The weights as exact integers: weight = w × 10^-weightScale. */
  w: bigint[];
  weightScale: number;
  /** Their sum W. */
  weightSum: bigint;
  /** The fixed fraction as fd / 10^s. */
  fixedDigits: bigint;
  fixedScale: number;
  /** Combined weights: force i's exact share of A is A × e[i] ÷ eSum. */
  e: bigint[];
  eSum: bigint;
}

export function contributionBasis(weights: number[], fixedFraction: number): Basis {
  if (weights.length === 0) throw valueError("weights", "expected at least one weight");
  checkParts("weights", weights.length);
  weights.forEach((x, k) => {
    if (!(x >= 0) || !Number.isFinite(x))
      throw valueError("weights", `expected numbers ≥ 0 (a negative weight has no share), got ${x} (item ${k + 1})`);
  });
  if (!(fixedFraction >= 0 && fixedFraction <= 1))
    throw valueError("fixed_fraction", `expected a number ≥ 0 and ≤ 1, got ${fixedFraction}`);
  const { ints: w, scale: weightScale } = commonScale(weights.map(excelDecimal));
  const weightSum = w.reduce((a, b) => a + b, 0n);
  if (weightSum === 0n) throw valueError("weights", "are all zero, so there is nothing to share the total by");
  const f = excelDecimal(fixedFraction);
  const one = pow10(f.scale);
  const n = BigInt(w.length);
  const e = w.map((wi) => f.digits * weightSum + (one - f.digits) * n * wi);
  return { w, weightScale, weightSum, fixedDigits: f.digits, fixedScale: f.scale, e, eSum: n * weightSum * one };
}
