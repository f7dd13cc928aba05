/**
 * The Poisson distribution's inverse: the smallest count k with P(X ≤ k) ≥ p, stable for any mean up to 10^9.
 *
 * Method. The probabilities are held over a window around the mode that reaches out until they fall below 10^-300
 * (so the window leaves out less than 10^-290 of the probability): P(X = k) = e^−λ λ^k / k!, anchored at the mode by
 * Loader's saddle-point form e^(−stirlerr(k) − bd0(k, λ)) / √(2πk) (no overflow, no cancellation, full precision at
 * any mean; Loader 2000, as R's dpois uses), walked outwards by the ratios λ/k and re-anchored every 64 steps.
 * Lower tails are summed from the bottom of the window up, upper tails from the top down, each from its small end,
 * so both are accurate to the last few digits however far out they lie. For p ≤ ½ the answer is the first k whose
 * lower tail reaches p; for p > ½ the first k whose upper tail P(X > k) is at most 1 − p (the same condition, without
 * forming 1 − P(X ≤ k), which would lose the digits that matter near 1). Cost: about 75·√λ steps, once per mean.
 */
import { valueError } from "../errors";
import { pexp, plog } from "./portable-math";

/** Means above this are refused: a window for 10^9 already holds about 2.4 million counts. */
export const MAX_POISSON_MEAN = 1e9;
const TINY = 1e-300;
const REANCHOR = 64;
const LN_SQRT_2PI = 0.9189385332046728;

/** lnΓ(n + 1) − (n + ½)·ln n + n − ln √(2π): Stirling's error, by its asymptotic series (n > 15). */
function stirlerr(n: number): number {
  const S0 = 1 / 12;
  const S1 = 1 / 360;
  const S2 = 1 / 1260;
  const S3 = 1 / 1680;
  const S4 = 1 / 1188;
  const nn = n * n;
  if (n > 500) return (S0 - S1 / nn) / n;
  if (n > 80) return (S0 - (S1 - S2 / nn) / nn) / n;
  if (n > 35) return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
  return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

/** x·ln(x/m) + m − x without cancellation (Loader's bd0). */
function bd0(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    const v = (x - m) / (x + m);
    let s = (x - m) * v;
    let ej = 2 * x * v;
    const v2 = v * v;
    for (let j = 1; ; j++) {
      ej *= v2;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
  }
  return x * plog(x / m) + m - x;
}

/** P(X = k) for X ~ Poisson(mean), k a whole number ≥ 0. */
export function poissonPmf(k: number, mean: number): number {
  if (mean === 0) return k === 0 ? 1 : 0;
  if (k <= 15) {
    // e^−λ λ^k / k! as a product of k small factors
    let p = pexp(-mean);
    for (let j = 1; j <= k; j++) p = (p * mean) / j;
    return p;
  }
  return pexp(-stirlerr(k) - bd0(k, mean) - LN_SQRT_2PI - 0.5 * plog(k));
}

export function checkPoissonMean(name: string, mean: number): void {
  if (!(mean >= 0)) throw valueError(name, `expected a number ≥ 0, got ${mean}`);
  if (mean > MAX_POISSON_MEAN) throw valueError(name, `expected a mean ≤ ${MAX_POISSON_MEAN.toLocaleString("en-GB")}, got ${mean}`);
}

/** The probabilities of one Poisson distribution over its window, with both tails summed once. */
export class PoissonInverse {
  /** The lowest count in the window. */
  readonly lo: number;
  /** lower[i] = P(lo ≤ X ≤ lo + i); upper[i] = P(X > lo + i) within the window. */
  private readonly lower: Float64Array;
  private readonly upper: Float64Array;

  constructor(readonly mean: number) {
    checkPoissonMean("mean", mean);
    const mode = Math.floor(mean);
    // the probabilities fall below 10^-300 within 37·√λ + 230 of the mode; the buffer allows more
    const half = Math.ceil(40 * Math.sqrt(mean) + 1000);
    const base = Math.max(0, mode - half);
    const pmf = new Float64Array(mode + half - base + 1);
    let first = mode - base;
    let last = first;
    pmf[first] = poissonPmf(mode, mean);
    // downwards by P(k − 1) = P(k)·k/λ, upwards by P(k + 1) = P(k)·λ/(k + 1), re-anchored every 64 steps
    for (let k = mode; k > base && pmf[k - base] >= TINY; k--) {
      pmf[k - 1 - base] = (mode - k + 1) % REANCHOR === 0 ? poissonPmf(k - 1, mean) : (pmf[k - base] * k) / mean;
      first = k - 1 - base;
    }
    for (let k = mode; k < mode + half && pmf[k - base] >= TINY; k++) {
      pmf[k + 1 - base] = (k + 1 - mode) % REANCHOR === 0 ? poissonPmf(k + 1, mean) : (pmf[k - base] * mean) / (k + 1);
      last = k + 1 - base;
    }
    this.lo = base + first;
    const n = last - first + 1;
    this.lower = new Float64Array(n);
    this.upper = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) this.lower[i] = sum += pmf[first + i];
    sum = 0;
    for (let i = n - 1; i >= 0; i--) {
      this.upper[i] = sum;
      sum += pmf[first + i];
    }
  }

  /** The smallest k with P(X ≤ k) ≥ p, for p from 0 to below 1. */
  inverse(p: number): number {
    if (p <= 0) return 0;
    const n = this.lower.length;
    let lo = 0;
    let hi = n - 1;
    if (p <= 0.5) {
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.lower[mid] >= p) hi = mid;
        else lo = mid + 1;
      }
    } else {
      const q = 1 - p;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.upper[mid] <= q) hi = mid;
        else lo = mid + 1;
      }
    }
    return this.lo + lo;
  }

  /** Counts in the window (for tests and cost). */
  get size(): number {
    return this.lower.length;
  }
}

/** SPR.POISSONP's engine: the smallest k with P(X ≤ k) ≥ p. */
export function poissonInverse(mean: number, p: number): number {
  return new PoissonInverse(mean).inverse(p);
}
