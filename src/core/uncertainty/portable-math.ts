/**
 * Logarithm, exponential and the normal distribution from +, −, ×, ÷ and √ alone, so the simulation gives bit-for-bit
 * the same numbers in every JavaScript engine. IEEE 754 fixes the result of those five operations exactly (correctly
 * rounded); it does not fix Math.log, Math.exp or Math.pow, which differ in the last bit between engines (V8 in Node,
 * Edge and Excel for Windows; JavaScriptCore in Safari and Excel for Mac). Each function below is a fixed sequence of
 * the exact operations, so it is the same everywhere, and accurate to a few units in the last place.
 *
 *   log x: x = m × 2^e with m in (√½, √2] (exponent read from the bits), log m = 2·atanh(s), s = (m − 1)/(m + 1),
 *          by its odd series to s^25 (|s| ≤ 0.1716, so the first term left out is below 10^-20); + e × ln 2 in two parts.
 *   exp x: x = k × ln 2 + r with |r| ≤ ½ ln 2, e^r by its Taylor series to r^17 (error below 10^-19), × 2^k built
 *          from the bits.
 *   Φ(x):  Marsaglia's series Φ = ½ + φ(x)·(x + x³/3 + x⁵/15 + …) for |x| < 1.5; beyond, the tail by Laplace's
 *          continued fraction (relative error about 10^-16 from |x| = 1.5 outwards).
 *   Φ⁻¹(p): Acklam's rational approximation (relative error 1.15 × 10^-9), then one Halley step on Φ.
 * Bits are read through typed-array views after finding the machine's byte order, so they too are the same everywhere.
 */

const LN2_HI = 0.6931471803691238; // ln 2 to 32 bits: e × LN2_HI is exact for |e| < 2^11
const LN2_LO = 1.9082149292705877e-10; // ln 2 − LN2_HI
const INV_LN2 = 1.4426950408889634;
const LOG_SQRT_2PI = 0.9189385332046728; // ln √(2π)
const SQRT_2PI = 2.5066282746310007;

// A double and its two 32-bit halves; which half holds the sign and exponent depends on the machine's byte order,
// found once here, so the same bits are read on every machine.
const double = new Float64Array(1);
const words = new Uint32Array(double.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** 2^k exactly, for a whole k from −1022 to 1023 (set from the exponent bits). */
function pow2(k: number): number {
  words[HIGH] = (k + 1023) << 20;
  words[1 - HIGH] = 0;
  return double[0];
}

/** Natural logarithm. */
export function plog(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let shift = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: a subnormal becomes normal, exactly
    shift = -54;
  }
  double[0] = x;
  const hi = words[HIGH];
  let e = ((hi >>> 20) & 0x7ff) - 1023 + shift;
  words[HIGH] = (hi & 0x000fffff) | 0x3ff00000; // the same significand with exponent 0: m in [1, 2)
  let m = double[0];
  if (m > 1.4142135623730951) {
    m /= 2;
    e += 1;
  }
  const s = (m - 1) / (m + 1);
  const z = s * s;
  // 2·(s + s³/3 + … + s^25/25) by Horner
  let series = 1 / 25;
  for (let k = 23; k >= 1; k -= 2) series = series * z + 1 / k;
  const logm = 2 * s * series;
  return e * LN2_HI + (e * LN2_LO + logm);
}

/** e^x. */
export function pexp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  const k = Math.floor(x * INV_LN2 + 0.5);
  const r = x - k * LN2_HI - k * LN2_LO;
  let series = 1;
  for (let n = 17; n >= 1; n--) series = 1 + (series * r) / n;
  if (k > 1023) return series * pow2(1023) * pow2(k - 1023);
  if (k < -1022) return series * pow2(-1022) * pow2(k + 1022);
  return series * pow2(k);
}

/** The standard normal density φ(x). */
export function normalDensity(x: number): number {
  return pexp(-0.5 * x * x - LOG_SQRT_2PI);
}

/**
 * Lower tail Φ(x) for x ≤ −1.5 by Laplace's continued fraction φ(x) / (t + 1/(t + 2/(t + 3/(t + …)))), t = −x, taken
 * to ⌈450 / t²⌉ + 10 terms: 210 at t = 1.5, 60 at t = 3 (each leaves a relative error near 10^-16).
 */
function lowerTail(x: number): number {
  const t = -x;
  let f = t;
  for (let k = Math.ceil(450 / (t * t)) + 10; k >= 1; k--) f = t + k / f;
  return normalDensity(x) / f;
}

/** The standard normal distribution function Φ(x) = P(Z ≤ x). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x <= -1.5) return x === -Infinity ? 0 : lowerTail(x);
  if (x >= 1.5) return x === Infinity ? 1 : 1 - lowerTail(-x);
  // Marsaglia (2004): the terms x^(2k+1) / (1·3·…·(2k+1)) are summed until the sum stops changing
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let k = 3; ; k += 2) {
    term = (term * x2) / k;
    const next = sum + term;
    if (next === sum) break;
    sum = next;
  }
  return 0.5 + sum * normalDensity(x);
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/** Acklam's approximation to Φ⁻¹(p) for 0 < p ≤ ½. */
function acklamLower(p: number): number {
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * plog(p));
    return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}

/**
 * Acklam's approximation alone (relative error below 1.15 × 10^-9, far below any simulation's sampling error): the
 * fast normal deviate for the gamma draws behind PERT, for 0 < p < 1.
 */
export function normalDeviate(p: number): number {
  return p > 0.5 ? -acklamLower(1 - p) : acklamLower(p);
}

/** Φ⁻¹(p), the standard normal quantile, for 0 < p < 1 (−∞ at 0, +∞ at 1). */
export function normalInverse(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p > 0.5) return -normalInverse(1 - p); // 1 − p is exact for p ≥ ½
  if (p === 0.5) return 0;
  const x = acklamLower(p);
  // one Halley step on Φ(x) − p: cubic convergence takes the 10^-9 start to full precision
  const e = normalCdf(x) - p;
  const u = e * SQRT_2PI * pexp(0.5 * x * x);
  return x - u / (1 + 0.5 * x * u);
}
