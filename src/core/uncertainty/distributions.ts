/**
 * The uncertain inputs a planner can give as plain cell values, each as a sampler drawing from a generator:
 *
 *   triangular (low, likely, high)  inverse transform, exact: F⁻¹(u) = low + √(u·(high − low)·(likely − low)) below
 *                                   the mode, high − √((1 − u)·(high − low)·(high − likely)) above it
 *   PERT (low, likely, high)        low + (high − low)·X with X ~ Beta(α, β), α = 1 + 4·(likely − low)/(high − low),
 *                                   β = 1 + 4·(high − likely)/(high − low) (mean (low + 4·likely + high)/6); X as a
 *                                   ratio of two gamma draws (Marsaglia and Tsang, 2000), exact in distribution
 *   normal (mean, sd) truncated at 0  inverse transform: mean + sd·Φ⁻¹(Φ(−mean/sd) + u·(1 − Φ(−mean/sd)))
 *   scenarios (values, weights)     inverse transform over the cumulative weights
 *   Poisson (mean)                  see poisson.ts
 *
 * Every sampler uses only exact arithmetic and portable-math.ts, so a seed gives the same draws everywhere.
 */
import { valueError } from "../errors";
import { normalCdf, normalDeviate, normalInverse, plog } from "./portable-math";
import { Xoshiro128 } from "./prng";

/** A three-point estimate. */
export interface Estimate {
  low: number;
  likely: number;
  high: number;
}

export type Draw = (rng: Xoshiro128) => number;

export const THREE_POINT_SHAPES = ["TRIANGULAR", "PERT"] as const;
export type ThreePointShape = (typeof THREE_POINT_SHAPES)[number];

/** The argument names of an estimate, for messages: ["incidents_low", "incidents_likely", "incidents_high"]. */
export type EstimateNames = readonly [string, string, string];

/** Refuses high < low and a likely value outside [low, high], naming the argument at fault. */
export function checkEstimate(names: EstimateNames, e: Estimate, where = ""): void {
  const [lowName, likelyName, highName] = names;
  if (e.high < e.low) throw valueError(highName, `expected a number ≥ ${lowName} (${e.low}), got ${e.high}${where}`);
  if (e.likely < e.low || e.likely > e.high) {
    throw valueError(likelyName, `expected a number from ${lowName} (${e.low}) to ${highName} (${e.high}), got ${e.likely}${where}`);
  }
}

/**
 * The triangular distribution's inverse F⁻¹(p), exact up to rounding; p from 0 (low) to 1 (high). Where the products
 * under the square root would pass the largest double (an estimate reaching 1E300), the estimate is scaled by a power
 * of two first, which is exact, so the answer is the true one rather than infinity.
 */
export function triangularInverse(low: number, likely: number, high: number, p: number): number {
  const width = high - low;
  if (width === 0) return low;
  const below = likely - low;
  const above = high - likely;
  if (!Number.isFinite(width * Math.max(below, above))) {
    const k = SCALE_DOWN;
    return triangularInverse(low * k, likely * k, high * k, p) / k;
  }
  if (p * width < below) return low + Math.sqrt(p * width * below);
  return high - Math.sqrt((1 - p) * width * above);
}

/** 2^−600: scales an estimate near the largest double into a range where its products are finite, exactly. */
const SCALE_DOWN = 1 / 4.149515568880993e180;

/** A gamma(shape, 1) draw for shape ≥ 1 (Marsaglia and Tsang's squeeze-and-reject method). */
export function gammaDraw(shape: number, rng: Xoshiro128): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normalDeviate(rng.uniform());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.uniform();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (plog(u) < 0.5 * x2 + d * (1 - v + plog(v))) return d * v;
  }
}

export function triangularSampler(e: Estimate): Draw {
  if (e.high === e.low) return () => e.low;
  return (rng) => triangularInverse(e.low, e.likely, e.high, rng.uniform());
}

export function pertSampler(e: Estimate): Draw {
  const width = e.high - e.low;
  if (width === 0) return () => e.low;
  if (!Number.isFinite(width)) {
    // an estimate spanning more than the largest double: draw at half scale (exact), then double
    const half = pertSampler({ low: e.low / 2, likely: e.likely / 2, high: e.high / 2 });
    return (rng) => half(rng) * 2;
  }
  const alpha = 1 + (4 * (e.likely - e.low)) / width;
  const beta = 1 + (4 * (e.high - e.likely)) / width;
  return (rng) => {
    const a = gammaDraw(alpha, rng);
    const b = gammaDraw(beta, rng);
    return e.low + (width * a) / (a + b);
  };
}

export function threePointSampler(shape: ThreePointShape, e: Estimate): Draw {
  return shape === "PERT" ? pertSampler(e) : triangularSampler(e);
}

/** A normal with this mean and standard deviation, truncated at zero (counts and rates are never negative). */
export function truncatedNormalSampler(mean: number, sd: number): Draw {
  if (sd === 0) return () => mean;
  const floor = normalCdf(-mean / sd);
  const span = 1 - floor;
  return (rng) => Math.max(0, mean + sd * normalInverse(floor + rng.uniform() * span));
}

/** One of the values with probability proportional to its weight (weights ≥ 0, not all zero). */
export function scenarioSampler(values: readonly number[], weights: readonly number[]): Draw {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (cumulative[i] = total += w));
  if (!Number.isFinite(total)) {
    // weights whose sum passes the largest double: only their ratios matter, so scale them by 1/2^k (exact)
    let scale = 2;
    while (scale < weights.length) scale *= 2;
    return scenarioSampler(
      values,
      weights.map((w) => w / scale),
    );
  }
  return (rng) => {
    const target = rng.uniform() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] >= target) hi = mid;
      else lo = mid + 1;
    }
    return values[lo];
  };
}

/** `trials` draws in order. */
export function drawMany(draw: Draw, rng: Xoshiro128, trials: number): Float64Array {
  const out = new Float64Array(trials);
  for (let t = 0; t < trials; t++) out[t] = draw(rng);
  return out;
}
