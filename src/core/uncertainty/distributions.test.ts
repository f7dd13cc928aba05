import {
  checkEstimate,
  drawMany,
  gammaDraw,
  pertSampler,
  scenarioSampler,
  triangularInverse,
  triangularSampler,
  truncatedNormalSampler,
} from "./distributions";
import { Xoshiro128 } from "./prng";

const N = 100_000;

function moments(x: Float64Array): { mean: number; variance: number } {
  let s = 0;
  for (const v of x) s += v;
  const mean = s / x.length;
  let q = 0;
  for (const v of x) q += (v - mean) ** 2;
  return { mean, variance: q / (x.length - 1) };
}

/** Kolmogorov–Smirnov distance between the sample and a distribution function. */
function ksDistance(x: Float64Array, cdf: (v: number) => number): number {
  const s = Float64Array.from(x).sort();
  let d = 0;
  s.forEach((v, i) => (d = Math.max(d, Math.abs(cdf(v) - i / s.length), Math.abs(cdf(v) - (i + 1) / s.length))));
  return d;
}

describe("the triangular distribution", () => {
  it("inverts exactly: worked by hand", () => {
    // low 0, likely 5, high 10: the mode sits at F = 5/10 = 0.5; F⁻¹(0.5) = 10 − √(0.5 × 10 × 5) = 10 − 5 = 5
    expect(triangularInverse(0, 5, 10, 0.5)).toBe(5);
    // F⁻¹(0.125) = 0 + √(0.125 × 10 × 5) = √6.25 = 2.5
    expect(triangularInverse(0, 5, 10, 0.125)).toBe(2.5);
    // 800, 950, 1,300 at 0.9: F(950) = 150/500 = 0.3 < 0.9, so 1,300 − √(0.1 × 500 × 350) = 1,300 − √17,500 = 1,167.712…
    expect(triangularInverse(800, 950, 1300, 0.9)).toBeCloseTo(1300 - Math.sqrt(17500), 10);
    expect(triangularInverse(800, 950, 1300, 0)).toBe(800);
    expect(triangularInverse(800, 950, 1300, 1)).toBe(1300);
    expect(triangularInverse(800, 800, 1300, 0)).toBe(800); // the mode at the low end
    expect(triangularInverse(7, 7, 7, 0.3)).toBe(7);
  });

  it("recovers its mean, variance and shape from 100,000 draws at a fixed seed", () => {
    const x = drawMany(triangularSampler({ low: 800, likely: 950, high: 1300 }), Xoshiro128.stream(2026, 0), N);
    const { mean, variance } = moments(x);
    // mean (800 + 950 + 1,300)/3 = 1,016.667; variance (a² + b² + c² − ab − ac − bc)/18 = 197,500/18 = 10,972.2 (sd 104.75)
    // standard error of the mean 104.75/√100,000 = 0.331: allow 4 of them
    expect(Math.abs(mean - 3050 / 3)).toBeLessThan(4 * 0.331);
    expect(Math.abs(variance / (197500 / 18) - 1)).toBeLessThan(0.02);
    // Kolmogorov–Smirnov: D below the 1% critical value 1.63/√n = 0.00515
    const cdf = (v: number) => (v <= 950 ? (v - 800) ** 2 / (500 * 150) : 1 - (1300 - v) ** 2 / (500 * 350));
    expect(ksDistance(x, cdf)).toBeLessThan(1.63 / Math.sqrt(N));
  });
});

describe("PERT", () => {
  it("recovers the PERT mean (low + 4·likely + high)/6 and variance (μ − low)(high − μ)/7", () => {
    const x = drawMany(pertSampler({ low: 800, likely: 950, high: 1300 }), Xoshiro128.stream(2026, 1), N);
    const { mean, variance } = moments(x);
    // μ = (800 + 3,800 + 1,300)/6 = 983.333; variance = 183.333 × 316.667 / 7 = 8,293.65 (sd 91.07, standard error 0.288)
    expect(Math.abs(mean - 5900 / 6)).toBeLessThan(4 * 0.288);
    expect(Math.abs(variance / (((550 / 3) * (950 / 3)) / 7) - 1)).toBeLessThan(0.02);
    expect([Math.min(...x) >= 800, Math.max(...x) <= 1300]).toEqual([true, true]);
  });

  it("draws gamma variates with mean and variance equal to the shape", () => {
    for (const shape of [1, 1.5, 4.2]) {
      const g = Xoshiro128.stream(9, 0);
      const x = drawMany((rng) => gammaDraw(shape, rng), g, N);
      const { mean, variance } = moments(x);
      expect(Math.abs(mean - shape)).toBeLessThan(4 * Math.sqrt(shape / N));
      expect(Math.abs(variance / shape - 1)).toBeLessThan(0.03);
    }
  });

  it("is a single value when low = high", () => {
    expect(pertSampler({ low: 3, likely: 3, high: 3 })(Xoshiro128.stream(1))).toBe(3);
  });
});

describe("the normal truncated at zero", () => {
  it("recovers the half-normal when the mean is 0: mean σ√(2/π), variance σ²(1 − 2/π)", () => {
    const x = drawMany(truncatedNormalSampler(0, 2), Xoshiro128.stream(5, 0), N);
    const { mean, variance } = moments(x);
    expect(Math.abs(mean - 2 * Math.sqrt(2 / Math.PI))).toBeLessThan(4 * Math.sqrt((4 * (1 - 2 / Math.PI)) / N));
    expect(Math.abs(variance / (4 * (1 - 2 / Math.PI)) - 1)).toBeLessThan(0.02);
    expect(Math.min(...x)).toBeGreaterThanOrEqual(0);
  });

  it("recovers a barely truncated normal: mean μ + σφ(α)/(1 − Φ(α)), α = −μ/σ", () => {
    // μ 100, σ 30: α = −3.333, φ(3.333) = 0.0015449, 1 − Φ(−3.333) = 0.99957 → mean 100.0464
    const x = drawMany(truncatedNormalSampler(100, 30), Xoshiro128.stream(5, 1), N);
    expect(Math.abs(moments(x).mean - 100.0464)).toBeLessThan(4 * (30 / Math.sqrt(N)));
    expect(Math.abs(Math.sqrt(moments(x).variance) / 30 - 1)).toBeLessThan(0.01);
  });

  it("is the mean itself when the standard deviation is 0", () => {
    expect(truncatedNormalSampler(12, 0)(Xoshiro128.stream(1))).toBe(12);
  });
});

describe("weighted scenarios", () => {
  it("picks each value in proportion to its weight; a zero weight never", () => {
    const x = drawMany(scenarioSampler([10, 20, 30, 40], [1, 1, 2, 0]), Xoshiro128.stream(11, 0), N);
    const share = (v: number) => x.filter((y) => y === v).length / N;
    // shares 0.25, 0.25, 0.5, 0; standard error √(0.25 × 0.75/n) = 0.00137
    expect(Math.abs(share(10) - 0.25)).toBeLessThan(4 * 0.00137);
    expect(Math.abs(share(20) - 0.25)).toBeLessThan(4 * 0.00137);
    expect(Math.abs(share(30) - 0.5)).toBeLessThan(4 * 0.00158);
    expect(share(40)).toBe(0);
  });
});

describe("three-point estimates", () => {
  const names = ["incidents_low", "incidents_likely", "incidents_high"] as const;
  it("refuses high below low and likely outside low–high, naming the argument", () => {
    expect(() => checkEstimate(names, { low: 1300, likely: 950, high: 800 })).toThrow(
      /^incidents_high: expected a number ≥ incidents_low \(1300\), got 800$/,
    );
    expect(() => checkEstimate(names, { low: 800, likely: 1400, high: 1300 })).toThrow(
      /^incidents_likely: expected a number from incidents_low \(800\) to incidents_high \(1300\), got 1400$/,
    );
    expect(() => checkEstimate(names, { low: 800, likely: 700, high: 1300 }, " (item 2)")).toThrow(/got 700 \(item 2\)$/);
    expect(() => checkEstimate(names, { low: 5, likely: 5, high: 5 })).not.toThrow();
  });
});
