import fc from "fast-check";
import { allocate } from "../allocate";
import { forcesIn } from "../forces/forces";
import { s22Share, s22ShareUnits } from "./share";

const pence = (xs: number[]) => xs.map((x) => Math.round(x * 100));

describe("s22Share", () => {
  it("splits £1,000,000 at a 41.98% general contribution ratio into £419,800.00 and £580,200.00", () => {
    // 1,000,000 × 41.98 ÷ 100 = 419,800 exactly; the other party 580,200. No rounding needed.
    expect(s22Share([41.98, 58.02], 1_000_000, 0, 0.01)).toEqual([419_800, 580_200]);
  });

  it("shares £1,000,000 across TARIAN pro rata to officer FTE at 31 March 2019 (worked by hand)", () => {
    // FTE: Dyfed-Powys 1,144.69, Gwent 1,308.43, South Wales 2,986.47; total 5,439.59.
    // Exact shares in pence, 100,000,000 × FTE ÷ 5,439.59: 21,043,681.6010, 24,053,834.9398, 54,902,483.4592.
    // Floors add to 99,999,998; the 2p left go to the largest remainders, Gwent (.9398) and Dyfed-Powys (.6010).
    const tarian = forcesIn("TARIAN");
    expect(tarian.map((f) => f.force)).toEqual(["Dyfed-Powys", "Gwent", "South Wales"]);
    expect(
      s22Share(
        tarian.map((f) => f.officerFte),
        1_000_000,
        0,
        0.01,
      ),
    ).toEqual([210_436.82, 240_538.35, 549_024.83]);
  });

  it("shares £10,000,000 across ERSOU's seven forces with a 10% equal element (worked by hand)", () => {
    // Fixed element £1,000,000 ÷ 7 = £142,857.142857… each; the other £9,000,000 pro rata to FTE (total 14,024.0237).
    // Exact shares in pence: Bedfordshire 88,980,967.4034, Cambridgeshire 107,129,824.3538, Essex 211,365,518.8499,
    // Hertfordshire 143,193,104.8230, Kent 242,274,004.1230, Norfolk 117,551,940.2263, Suffolk 89,504,640.2206.
    // Floors add to 999,999,997; the 3p left go to Essex (.8499), Hertfordshire (.8230) and Bedfordshire (.4034).
    const ersou = forcesIn("ERSOU").map((f) => f.officerFte);
    const got = s22Share(ersou, 10_000_000, 0.1, 0.01);
    expect(got).toEqual([889_809.68, 1_071_298.24, 2_113_655.19, 1_431_931.05, 2_422_740.04, 1_175_519.4, 895_046.4]);
    expect(pence(got).reduce((a, b) => a + b, 0)).toBe(1_000_000_000);
  });

  it("rounds the combined share once: a 20% equal element over weights 1, 1, 2 of £100", () => {
    // Fixed £20 ÷ 3 = £6.6667 each; the other £80 pro rata: £20, £20, £40. Exact: 26.6667, 26.6667, 46.6667.
    // Floors 2,666 + 2,666 + 4,666 = 9,998p; 2p left; the remainders tie (⅔p), so the larger weight (force 3) and then
    // the earlier force (force 1) get them.
    expect(s22Share([1, 1, 2], 100, 0.2, 0.01)).toEqual([26.67, 26.66, 46.67]);
  });

  it("splits equally with fixed_fraction 1, whatever the weights", () => {
    expect(s22Share([5, 1, 0], 1, 1, 0.01)).toEqual([0.34, 0.33, 0.33]);
  });

  it("rounds to other units: whole pounds, thousands", () => {
    expect(s22Share([1, 2], 1000, 0, 1)).toEqual([333, 667]);
    expect(s22Share([1, 1, 1], 10_000, 0, 1000)).toEqual([4000, 3000, 3000]);
  });

  it("names the argument when input is bad", () => {
    expect(() => s22Share([1, -1], 100, 0, 0.01)).toThrow(/^weights: expected numbers ≥ 0/);
    expect(() => s22Share([0, 0], 100, 0, 0.01)).toThrow(/^weights: are all zero/);
    expect(() => s22Share([0, 0], 100, 1, 0.01)).toThrow(/^weights: are all zero/);
    expect(() => s22Share([1, 1], 100, 1.5, 0.01)).toThrow(/^fixed_fraction: expected a number ≥ 0 and ≤ 1, got 1.5$/);
    expect(() => s22Share([1, 1], 100, -0.1, 0.01)).toThrow(/^fixed_fraction: /);
    expect(() => s22Share([1, 1], 100, 0, 0)).toThrow(/^unit: expected a number > 0, got 0$/);
    expect(() => s22Share([1, 1], 100, 0, -1)).toThrow(/^unit: /);
    expect(() => s22Share([1, 1], 100.005, 0, 0.01)).toThrow(/^total: expected a whole multiple of unit 0.01, got 100.005$/);
    expect(() => s22Share([1, 1], -5, 0, 0.01)).toThrow(/^total: expected a number ≥ 0/);
    expect(() => s22Share([], 5, 0, 0.01)).toThrow(/^weights: expected at least one weight/);
  });
});

describe("s22Share properties (integer pence, fixed fraction in whole per cent)", () => {
  const input = fc.record({
    w: fc
      .array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 9 })), {
        minLength: 1,
        maxLength: 43,
      })
      .filter((w) => w.some((x) => x > 0)),
    total: fc.integer({ min: 0, max: 1e11 }),
    pct: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100 })),
  });

  it("adds up exactly to the total, no share a penny or more from its exact combined share", () => {
    fc.assert(
      fc.property(input, ({ w, total, pct }) => {
        const got = s22ShareUnits(w, total / 100, pct / 100, 0.01).units;
        expect(got.reduce((a, b) => a + b, 0n)).toBe(BigInt(total));
        // exact share × 100·n·W = T·pct·W + T·(100 − pct)·n·w_i (T in pence), worked from the definition
        const n = BigInt(w.length);
        const W = BigInt(w.reduce((a, b) => a + b, 0));
        const den = 100n * n * W;
        const T = BigInt(total);
        const far = got.filter((x, i) => {
          const d = x * den - (T * BigInt(pct) * W + T * BigInt(100 - pct) * n * BigInt(w[i]));
          return d <= -den || d >= den;
        });
        expect(far).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives a zero weight nothing without a fixed element, and its part of the fixed element with one", () => {
    fc.assert(
      fc.property(input, ({ w, total, pct }) => {
        const got = s22ShareUnits(w, total / 100, pct / 100, 0.01).units;
        const fixedEach = (BigInt(total) * BigInt(pct)) / (100n * BigInt(w.length)); // whole pence of T·f/n
        w.forEach((x, i) => {
          if (x !== 0) return;
          if (pct === 0) expect(got[i]).toBe(0n);
          else expect(got[i] >= fixedEach && got[i] <= fixedEach + 1n).toBe(true);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("is SPR.ALLOCATE when there is no fixed element", () => {
    fc.assert(
      fc.property(input, ({ w, total }) => {
        expect(s22Share(w, total / 100, 0, 0.01)).toEqual(allocate(total / 100, w, 0.01));
      }),
      { numRuns: 1000 },
    );
  });

  it("does not depend on the order of the forces when their weights differ (below a 100% equal element)", () => {
    // With fixed_fraction 1 every force has the same share, so ties go to the earlier force: the documented tie-break.
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 100_000 }), { minLength: 2, maxLength: 43 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 99 }),
        fc.nat(),
        (w, total, pct, seed) => {
          const order = w.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % w.length) - ((b * 7919 + seed) % w.length) || a - b);
          const direct = s22Share(w, total / 100, pct / 100, 0.01);
          const shuffled = s22Share(
            order.map((i) => w[i]),
            total / 100,
            pct / 100,
            0.01,
          );
          order.forEach((i, k) => expect(shuffled[k]).toBe(direct[i]));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
