import { Xoshiro128 } from "./prng";
import { PoissonInverse, poissonInverse, poissonPmf } from "./poisson";

describe("the Poisson inverse", () => {
  it("works a small mean by hand", () => {
    // mean 2: P(0) = e^-2 = 0.1353, P(1) = 0.2707, P(2) = 0.2707, P(3) = 0.1804, P(4) = 0.0902
    // cumulative 0.1353, 0.4060, 0.6767, 0.8571, 0.9473, 0.9834
    expect(poissonInverse(2, 0.1)).toBe(0);
    expect(poissonInverse(2, 0.5)).toBe(2);
    expect(poissonInverse(2, 0.8)).toBe(3);
    expect(poissonInverse(2, 0.9)).toBe(4);
    expect(poissonInverse(2, 0.95)).toBe(5);
    expect(poissonInverse(2, 0)).toBe(0);
    expect(poissonInverse(0, 0.99)).toBe(0);
    // exactly on a step: P(X ≤ 0) = e^-2 as a double, so p = e^-2 gives 0 and the next double up gives 1
    expect(poissonInverse(2, poissonPmf(0, 2))).toBe(0);
  });

  it("gives probabilities to full precision (Loader's form), e.g. P(X = 20) for mean 20 and P(X = 100) for mean 100", () => {
    // e^-20 20^20 / 20! = 0.08883531739208521827…, e^-100 100^100 / 100! = 0.0398609968091471323… (50-digit decimal arithmetic)
    expect(Math.abs(poissonPmf(20, 20) / 0.08883531739208522 - 1)).toBeLessThan(4e-15);
    expect(Math.abs(poissonPmf(100, 100) / 0.03986099680914713 - 1)).toBeLessThan(4e-15);
    expect(Math.abs(poissonPmf(3, 2) / ((Math.exp(-2) * 8) / 6) - 1)).toBeLessThan(4e-15);
  });

  it("matches quantiles summed in 50-digit decimal arithmetic for mean 1,000", () => {
    // P(X ≤ 1,061) = 0.97323, P(X ≤ 1,062) = 0.97509; P(X ≤ 937) = 0.023172, P(X ≤ 938) = 0.025002
    expect(poissonInverse(1000, 0.975)).toBe(1062);
    expect(poissonInverse(1000, 0.025)).toBe(938);
    expect(poissonInverse(1000, 0.5)).toBe(1000);
  });

  it("handles large means stably: Cornish–Fisher λ + z√λ + (z² − 1)/6 − ½ to within one count", () => {
    for (const mean of [1e6, 1e8, 1e9]) {
      for (const [p, z] of [
        [0.975, 1.959963984540054],
        [0.025, -1.959963984540054],
        [0.9, 1.2815515655446004],
      ]) {
        const approx = mean + z * Math.sqrt(mean) + (z * z - 1) / 6 - 0.5;
        expect(Math.abs(poissonInverse(mean, p) - approx)).toBeLessThanOrEqual(1);
      }
    }
  });

  it("keeps the whole distribution in its window: the tails sum to 1", () => {
    const inv = new PoissonInverse(12.5);
    expect(inv.inverse(1 - 1e-15)).toBeGreaterThan(40);
    expect(inv.lo).toBe(0);
    const big = new PoissonInverse(1e6);
    expect(big.size).toBeLessThan(80 * 1000 + 2000);
  });

  it("draws counts with mean and variance equal to the mean", () => {
    const inv = new PoissonInverse(7.5);
    const g = Xoshiro128.stream(3, 0);
    const n = 100_000;
    let s = 0;
    let q = 0;
    let sevens = 0;
    for (let i = 0; i < n; i++) {
      const k = inv.inverse(g.uniform());
      s += k;
      q += k * k;
      if (k === 7) sevens++;
    }
    const mean = s / n;
    expect(Math.abs(mean - 7.5)).toBeLessThan(4 * Math.sqrt(7.5 / n));
    expect(Math.abs((q / n - mean * mean) / 7.5 - 1)).toBeLessThan(0.02);
    // P(X = 7) = e^-7.5 7.5^7 / 7! = 0.14648
    expect(Math.abs(sevens / n - 0.14648)).toBeLessThan(4 * Math.sqrt((0.14648 * 0.85352) / n));
  });

  it("refuses negative and enormous means", () => {
    expect(() => new PoissonInverse(-1)).toThrow(/^mean: expected a number ≥ 0, got -1$/);
    expect(() => new PoissonInverse(2e9)).toThrow(/^mean: expected a mean ≤ 1,000,000,000, got 2000000000$/);
  });
});
