import fc from "fast-check";
import { referenceErlangB, referenceErlangC } from "../../../test/helpers/erlang-reference";
import { SMALLEST_POSITIVE } from "../cell";
import { LossWalk, erlangB, erlangC, warmStart } from "./erlang";

/** The textbook recurrence from B(0) = 1, every step (what the warm start must reproduce). */
function fullRecurrence(a: number, c: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

function relativeError(x: number, y: number): number {
  return Math.abs(x - y) / Math.abs(y);
}

describe("Erlang B", () => {
  it("matches hand computation", () => {
    // A = 2, c = 3: terms 1, 2, 2, 8/6 → B = (4/3) / (19/3) = 4/19
    expect(erlangB(2, 3)).toBeCloseTo(4 / 19, 15);
    // A = 1, c = 1: B = 1 / (1 + 1) = 1/2; c = 2: (1/2) / (1 + 1 + 1/2) = 1/5
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 15);
    expect(erlangB(1, 2)).toBeCloseTo(0.2, 15);
    // A = 3, c = 4: terms 1, 3, 4.5, 4.5, 3.375 (sum 16.375) → B = 3.375 / 16.375 = 27/131
    expect(erlangB(3, 4)).toBeCloseTo(27 / 131, 15);
  });

  it("matches published Erlang B tables (traffic for 1%, 2% and 5% blocking)", () => {
    // Standard Erlang B table: 5 servers carry 1.361 E at 1%; 10 servers 4.461 E at 1%, 5.084 E at 2%, 6.216 E at 5%;
    // 100 servers 84.06 E at 1%. Traffic is printed to 3–4 significant figures, so B agrees to about 1 part in 10^3.
    expect(erlangB(1.361, 5)).toBeCloseTo(0.01, 4);
    expect(erlangB(4.461, 10)).toBeCloseTo(0.01, 4);
    expect(erlangB(5.084, 10)).toBeCloseTo(0.02, 4);
    expect(erlangB(6.216, 10)).toBeCloseTo(0.05, 4);
    expect(erlangB(84.06, 100)).toBeCloseTo(0.01, 4);
  });

  it("handles the edges: no servers loses every arrival, no traffic loses none", () => {
    expect(erlangB(5, 0)).toBe(1);
    expect(erlangB(0, 3)).toBe(0);
    expect(erlangB(0, 0)).toBe(1);
    expect(erlangB(3.7, 1e6)).toBe(0); // underflows: B < 10^-324
  });

  it("agrees with log-space Poisson sums for 1,000 to 100,000 servers, where factorials overflow", () => {
    // A^c / c! is Infinity / Infinity = NaN already at c = 171 in doubles: the textbook formula cannot even start.
    const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
    expect(Number.isNaN(Math.pow(200, 200) / factorial(200))).toBe(true);
    const cases: [number, number][] = [
      [1000, 1000],
      [950, 1000],
      [1050, 1000],
      [9500, 10000],
      [10000, 10100],
      [50000, 49000],
      [99700, 100000],
      [100000, 100000],
    ];
    for (const [a, c] of cases) {
      const b = erlangB(a, c);
      expect(b).toBeGreaterThan(0);
      expect(relativeError(b, referenceErlangB(a, c))).toBeLessThan(1e-8);
    }
  });

  it("warm start: starts far enough below the traffic that the start value is forgotten", () => {
    // For A = 10,000 and c ≥ A: J = ⌈(1 + √(1 + 8 × 45 × 10,000)) / 2⌉ = ⌈(1 + 1897.37) / 2⌉ = 950 steps below A.
    expect(warmStart(10000, 20000)).toBe(10000 - 950);
    // Far below the traffic the factors k/A are small, so few steps are needed: A = 10,000, c = 100 → d = 9,900,
    // J = ⌈(−19,799 + √(19,799² + 3,600,000)) / 2⌉ = ⌈45.4⌉ = 46.
    expect(warmStart(10000, 100)).toBe(100 - 46);
    expect(warmStart(3, 5)).toBe(0);
  });

  it("gives the same answer as the full recurrence from zero (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 3000, noNaN: true }), fc.integer({ min: 0, max: 4000 }), (a, c) => {
        const full = fullRecurrence(a, c);
        const warm = erlangB(a, c);
        // below the smallest positive number Excel holds the answer is 0 (or the same tiny figure)
        return full < SMALLEST_POSITIVE ? warm < SMALLEST_POSITIVE : relativeError(warm, full) < 1e-12;
      }),
    );
  });

  it("lies in [0, 1], falls as servers rise and rises with traffic (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 500, noNaN: true }), fc.integer({ min: 1, max: 600 }), (a, c) => {
        const b = erlangB(a, c);
        return b >= 0 && b <= 1 && erlangB(a, c + 1) <= b && erlangB(a * 1.1, c) >= b;
      }),
    );
  });

  it("refuses negative traffic and fractional servers, naming the argument", () => {
    expect(() => erlangB(-1, 2)).toThrow(/^traffic: expected a number ≥ 0/);
    expect(() => erlangB(2, 2.5)).toThrow(/^servers: expected a whole number ≥ 0, got 2.5$/);
    expect(() => erlangB(2e9, 2)).toThrow(/^traffic: /);
  });
});

describe("Erlang C", () => {
  it("matches hand computation", () => {
    // A = 2, c = 3: C = 3 × (4/19) / (3 − 2 × 15/19) = (12/19) / (27/19) = 4/9
    expect(erlangC(2, 3)).toBeCloseTo(4 / 9, 14);
    // A = 1, c = 2: C = 2 × 0.2 / (2 − 1 × 0.8) = 1/3
    expect(erlangC(1, 2)).toBeCloseTo(1 / 3, 14);
    // A = 3, c = 4: C = 4 × 27/131 / (4 − 3 × 104/131) = (108/131) / (212/131) = 27/53
    expect(erlangC(3, 4)).toBeCloseTo(27 / 53, 14);
    // one server: C = A (the server is busy a fraction A of the time)
    expect(erlangC(0.3, 1)).toBeCloseTo(0.3, 15);
  });

  it("is 1 when traffic reaches the servers (the queue never empties)", () => {
    expect(erlangC(3, 3)).toBe(1);
    expect(erlangC(10, 3)).toBe(1);
    expect(erlangC(0, 0)).toBe(1);
  });

  it("stays exact near capacity and for 1,000 to 100,000 servers (log-space Poisson sums)", () => {
    const cases: [number, number][] = [
      [999.9, 1000],
      [990, 1000],
      [9990, 10000],
      [9900, 10000],
      [99990, 100000],
      [99500, 100000],
    ];
    for (const [a, c] of cases) {
      const w = erlangC(a, c);
      expect(w).toBeGreaterThan(0);
      expect(w).toBeLessThan(1);
      expect(relativeError(w, referenceErlangC(a, c))).toBeLessThan(1e-8);
    }
  });

  it("is never below Erlang B, and lies in [0, 1] (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 500, noNaN: true }), fc.integer({ min: 0, max: 700 }), (a, c) => {
        const w = erlangC(a, c);
        return w >= erlangB(a, c) - 1e-15 && w >= 0 && w <= 1;
      }),
    );
  });
});

describe("far above the traffic", () => {
  it("stops once the answer is below Excel's smallest positive number: about 50·√A steps, not the servers", () => {
    const steps = jest.spyOn(LossWalk.prototype, "step");
    // C(10^6, 3·10^6) < 10^-300000: Excel holds it as 0. The walk used to crawl 2·10^6 steps through a stuck subnormal.
    expect(erlangC(1e6, 3e6)).toBe(0);
    expect(erlangB(1e6, 3e6)).toBe(0);
    expect(steps.mock.calls.length).toBeLessThan(2 * 60 * Math.sqrt(1e6));
    steps.mockRestore();
  });

  it("still gives every answer Excel can hold, matching log-space sums (A = 100, C about 10^-300)", () => {
    // C(100, c) falls below 1e-300 near c = 560; the last counts before the stop keep their digits
    for (const c of [400, 500, 540]) {
      const reference = referenceErlangC(100, c);
      expect(reference).toBeGreaterThan(1e-307);
      expect(relativeError(erlangC(100, c), reference)).toBeLessThan(1e-9);
    }
  });
});
