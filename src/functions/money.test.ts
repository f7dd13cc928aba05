// Money as Excel builds it: totals and line costs that are sums, products with rates and differences of pence, as
// a finance team computes them in cells, are accepted by every money function, and the shares add up exactly to the
// total as Excel shows it (src/core/section22/money.ts).
import fc from "fast-check";
import { allocate } from "./planning";
import { message } from "../../test/helpers/thrown";
import { inKind, s22Explain, s22Posts, s22Share, s22Table, uplift } from "./section22";

/** An amount in whole pence (below £100bn) and the way Excel arrives at it: its value as a double, and its pence. */
interface Built {
  value: number;
  pence: bigint;
  how: string;
}

const penceUpTo = (max: number) => fc.integer({ min: 1, max });
const built: fc.Arbitrary<Built> = fc.oneof(
  // =A1+B1: two amounts in pence
  fc
    .tuple(penceUpTo(5e12), penceUpTo(5e12))
    .map(([a, b]) => ({ value: a / 100 + b / 100, pence: BigInt(a + b), how: `${a / 100}+${b / 100}` })),
  // =A1*1.031: last year's budget (whole hundreds of pounds) times an uplift typed to three places
  fc.tuple(fc.integer({ min: 1, max: 1e8 }), fc.integer({ min: 0, max: 999 })).map(([h, k]) => {
    const rate = `1.${String(k).padStart(3, "0")}`;
    // 100h × (1000 + k) ÷ 1000 pounds = h × (1000 + k) × 10 pence
    return { value: 100 * h * Number(rate), pence: BigInt(h) * BigInt(1000 + k) * 10n, how: `${100 * h}*${rate}` };
  }),
  // =A1-B1: a line less a grant of at most half of it
  fc.tuple(penceUpTo(1e13), fc.double({ min: 0, max: 0.5, noNaN: true })).map(([a, f]) => {
    const b = Math.floor(a * f);
    return { value: a / 100 - b / 100, pence: BigInt(a - b), how: `${a / 100}-${b / 100}` };
  }),
);

const weights = fc.array(
  fc.integer({ min: 1, max: 5_000_000 }).map((w) => w / 1000),
  { minLength: 1, maxLength: 8 },
);
const pence = (x: unknown) => {
  expect(String(x)).toMatch(/^-?\d+(\.\d\d?)?$/); // what Excel shows at the penny, and no more
  return BigInt(Math.round(Number(x) * 100));
};
const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);
const column = (w: number[]) => w.map((x) => [x]);

describe("money built the way Excel builds it", () => {
  it("reads 3120000*1.031 and the issue's other examples as Excel shows them", () => {
    expect(s22Share([[1, 1]], 3120000 * 1.031)).toEqual([[1608360, 1608360]]);
    expect(allocate(1025000.0000000001, [[1], [1]], 0.01)).toEqual([[512500], [512500]]);
  });

  it("is accepted by ALLOCATE, S22SHARE and S22EXPLAIN, the shares adding up exactly to the total", () => {
    fc.assert(
      fc.property(built, weights, fc.constantFrom(0, 0.2, 0.25), (t, w, fixed) => {
        const shares = s22Share(column(w), t.value, fixed).map((r) => r[0]);
        expect(sum(shares.map(pence))).toBe(t.pence);
        expect(sum(allocate(t.value, column(w), 0.01).map((r) => pence(r[0])))).toBe(t.pence);
        expect(s22Explain(column(w), t.value, fixed, null, 1)[0][0]).toMatch(
          /^Force 1 of \d+ contributes £[\d,]+\.\d\d of £[\d,]+\.\d\d\./,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("is accepted by S22TABLE as line costs and in-kind, every line and row adding up exactly", () => {
    fc.assert(
      fc.property(fc.array(built, { minLength: 1, maxLength: 6 }), weights, (lines, w) => {
        const t = s22Table(column(w), [lines.map((l) => l.value)], null, column(w.map(() => lines[0].value)));
        lines.forEach((l, j) => expect(sum(t.map((row) => pence(row[j])))).toBe(l.pence));
        t.forEach((row) => {
          expect(sum(row.slice(0, lines.length).map(pence))).toBe(pence(row[lines.length]));
          expect(pence(row[lines.length]) - pence(row[lines.length + 1])).toBe(pence(row[lines.length + 2]));
        });
      }),
      { numRuns: 150 },
    );
  });

  it("is accepted by INKIND, UPLIFT and S22POSTS", () => {
    fc.assert(
      fc.property(built, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 99 }), (t, fte, k) => {
        // fte × cost is exact in pence
        expect(pence(inKind([[fte]], [[t.value]])[0][0])).toBe(BigInt(fte) * t.pence);
        // × (1 + k%) rounded to the penny, halves away from zero: pence × (100 + k) ÷ 100
        const r = k / 100;
        const year = pence(uplift(t.value, [[r]], 0.01)[0][0]);
        expect(year).toBe((2n * t.pence * BigInt(100 + k) + 100n) / 200n);
        expect(sum(s22Posts([[1], [2], [3]], Number(t.pence % 100000n) + fte).map((row) => BigInt(row[0])))).toBe(
          (t.pence % 100000n) + BigInt(fte),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("refuses more parts than a recalculation can share in good time, naming the argument and the limit", () => {
    const many = column(Array.from({ length: 10_001 }, () => 1));
    const limit = /^weights: expected at most 10,000 values, got 10,001$/;
    expect(message(() => allocate(100, many))).toMatch(limit);
    expect(message(() => s22Share(many, 100))).toMatch(limit);
    expect(message(() => s22Explain(many, 100))).toMatch(limit);
    expect(message(() => s22Posts(many, 100))).toMatch(limit);
    expect(message(() => s22Table(many, [[100]]))).toMatch(limit);
    expect(message(() => inKind(many, [[100]]))).toMatch(/^fte_by_force: expected at most 10,000 values, got 10,001$/);
    expect(message(() => uplift(100, [Array.from({ length: 1001 }, () => 0.01)]))).toMatch(
      /^rates: expected at most 1,000 rates \(one per year\), got 1,001$/,
    );
    // at the limits they answer
    expect(s22Explain(column(Array.from({ length: 10_000 }, () => 1)), 100)).toHaveLength(10_000);
    expect(uplift(100, [Array.from({ length: 1000 }, () => 0)], 0.01)[0]).toHaveLength(1000);
  });
});
