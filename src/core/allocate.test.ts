import fc from "fast-check";
import { allocate, apportionUnits } from "./allocate";
import { SprError } from "./errors";

describe("allocate (largest remainder)", () => {
  it("gives the leftover unit of 10 over three equal weights to the first row", () => {
    // quotas 3⅓ each → floors 3,3,3; one unit left; equal remainders and weights → earliest position.
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });

  it("shares 25 seats over 1500/1500/900/500/500/200 by largest remainder (worked by hand)", () => {
    // sum 5100; quotas 7.353, 7.353, 4.412, 2.451, 2.451, 0.980 → floors 7,7,4,2,2,0 = 22;
    // three left go to remainders .980, .451, .451.
    expect(allocate(25, [1500, 1500, 900, 500, 500, 200])).toEqual([7, 7, 4, 3, 3, 1]);
  });

  it("splits £1,000,000 at a 41.98% general contribution ratio to the penny", () => {
    expect(allocate(1_000_000, [41.98, 58.02], 0.01)).toEqual([419_800, 580_200]);
  });

  it("shares 297 PSUs exactly when quotas are whole", () => {
    expect(allocate(297, [2, 1])).toEqual([198, 99]);
  });

  it("reads decimals as typed: 1 over 0.1/0.2/0.7 goes to the largest remainder", () => {
    expect(allocate(1, [0.1, 0.2, 0.7])).toEqual([0, 0, 1]);
    expect(allocate(0.3, [1, 1, 1], 0.1)).toEqual([0.1, 0.1, 0.1]);
  });

  it("honours minimums first and shares the rest among the others", () => {
    // quotas 8,1,1; the two small parts are below their minimum of 2 → held at 2; 6 left for the first.
    expect(allocate(10, [8, 1, 1], 1, [0, 2, 2])).toEqual([6, 2, 2]);
    // a part already above its minimum gains nothing from it
    expect(allocate(10, [5, 5], 1, [3, 0])).toEqual([5, 5]);
    // a zero weight with a minimum gets exactly the minimum
    expect(allocate(10, [0, 1], 1, [2, 0])).toEqual([2, 8]);
  });

  it("breaks equal remainders in favour of the larger weight", () => {
    // weights 3 and 1 over total 2 at unit 1: quotas 1.5 and 0.5 → floors 1,0; remainders equal (.5) → larger weight.
    expect(allocate(2, [1, 3])).toEqual([0, 2]);
  });

  it("names the argument when input is bad", () => {
    const msg = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(SprError);
        return (e as SprError).message;
      }
      throw new Error("expected an error");
    };
    expect(msg(() => allocate(10, [1, -1]))).toMatch(/^weights: /);
    expect(msg(() => allocate(10, [0, 0]))).toMatch(/^weights: .*all zero/);
    expect(msg(() => allocate(10.5, [1, 1]))).toMatch(/^total: expected a whole multiple of unit 1/);
    expect(msg(() => allocate(10, [1, 1], 0))).toMatch(/^unit: /);
    expect(msg(() => allocate(10, [1, 1], 1, [6, 6]))).toMatch(/^minimums: add up to more than total/);
    expect(msg(() => allocate(10, [1, 1], 1, [1]))).toMatch(/^minimums: expected one minimum per weight/);
    expect(msg(() => allocate(-1, [1]))).toMatch(/^total: /);
  });
});

describe("allocate properties", () => {
  const weightsArb = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 50 }).filter((w) => w.some((x) => x > 0));

  it("always sums exactly to the total, each part within one unit of its exact quota", () => {
    fc.assert(
      fc.property(weightsArb, fc.integer({ min: 0, max: 10_000_000 }), (w, total) => {
        const parts = apportionUnits(BigInt(total), w.map(BigInt));
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(BigInt(total));
        const sum = w.reduce((a, b) => a + b, 0);
        parts.forEach((p, i) => {
          // floor(quota) ≤ p ≤ ceil(quota), checked exactly: p·sum − total·w ∈ (−sum, sum)
          const diff = p * BigInt(sum) - BigInt(total) * BigInt(w[i]);
          expect(diff > -BigInt(sum) && diff < BigInt(sum)).toBe(true);
        });
      }),
    );
  });

  it("sums to the penny for money totals", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 43 }),
        fc.integer({ min: 0, max: 1e11 }),
        (w, pence) => {
          fc.pre(w.some((x) => x > 0));
          const parts = allocate(pence / 100, w, 0.01);
          const sumPence = parts.reduce((a, p) => a + Math.round(p * 100), 0);
          expect(sumPence).toBe(pence);
          // each part is a whole number of pence (to the precision of a double)
          parts.forEach((p) => expect(Math.abs(Math.round(p * 100) - p * 100)).toBeLessThanOrEqual(1e-12 * Math.abs(p * 100) + 1e-9));
        },
      ),
    );
  });

  it("gives zero weights nothing (without minimums)", () => {
    fc.assert(
      fc.property(weightsArb, fc.integer({ min: 0, max: 100_000 }), (w, total) => {
        const parts = allocate(total, w);
        w.forEach((x, i) => {
          if (x === 0) expect(parts[i]).toBe(0);
        });
      }),
    );
  });

  it("does not depend on the order of the parts when weights are distinct", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 100_000 }), { minLength: 2, maxLength: 30 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.nat(),
        (w, total, seed) => {
          const order = w.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % w.length) - ((b * 7919 + seed) % w.length) || a - b);
          const direct = allocate(total, w);
          const shuffled = allocate(
            total,
            order.map((i) => w[i]),
          );
          order.forEach((i, k) => expect(shuffled[k]).toBe(direct[i]));
        },
      ),
    );
  });

  it("gives every part at least its minimum", () => {
    fc.assert(
      fc.property(weightsArb, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1000 }), (w, m, extra) => {
        const mins = w.map(() => m);
        const total = m * w.length + extra;
        const parts = allocate(total, w, 1, mins);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        parts.forEach((p) => expect(p).toBeGreaterThanOrEqual(m));
      }),
    );
  });
});
