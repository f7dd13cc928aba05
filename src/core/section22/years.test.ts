import fc from "fast-check";
import { s22Table } from "./table";
import { uplift } from "./uplift";
import { s22Years } from "./years";

const base = { fixedFraction: 0, unit: 0.01 };

describe("SPR.S22YEARS", () => {
  it("moves each line by its own rates and shares each year as S22TABLE does (worked by hand)", () => {
    // pay line £100 at 4.2%: 104.20, then 100 × 1.042² = 108.5764 → 108.58; non-pay £50 at 2%: 51.00, 52.02
    // year totals 150.00, 155.20, 160.60 shared 1:1:2 → 37.50/37.50/75.00, 38.80/38.80/77.60, 40.15/40.15/80.30
    const t = s22Years({
      ...base,
      weights: [1, 1, 2],
      lineCosts: [100, 50],
      rates: [
        [0.042, 0.042],
        [0.02, 0.02],
      ],
    });
    expect(t).toEqual([
      [37.5, 38.8, 40.15],
      [37.5, 38.8, 40.15],
      [75, 77.6, 80.3],
    ]);
  });

  it("takes one row of rates for every line, and no rates as a single year", () => {
    expect(s22Years({ ...base, weights: [1, 3], lineCosts: [100, 60], rates: [[0.1]] })).toEqual([
      [40, 44],
      [120, 132],
    ]);
    expect(() => s22Years({ ...base, weights: [1, 3], lineCosts: [100, 60, 10], rates: [[0.1], [0.1]] })).toThrow(
      /^rates: expected one row of rates per budget line \(3\) or one row for all lines, got 2 rows/,
    );
  });

  it("names line_costs when a line grows past the exact limit", () => {
    expect(() => s22Years({ ...base, weights: [1], lineCosts: [9e12], rates: [[1, 1]] })).toThrow(/^line_costs: /);
  });

  it("gives each year S22TABLE's total column over that year's compounded line costs, summing to the budget (property)", () => {
    const input = fc.record({
      w: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
      lines: fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 6 }),
      years: fc.integer({ min: 0, max: 4 }),
      seed: fc.array(fc.integer({ min: -50, max: 120 }), { minLength: 24, maxLength: 24 }),
      pct: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(input, ({ w, lines, years, seed, pct }) => {
        const costs = lines.map((p) => p / 100);
        const rates = costs.map((_, l) => Array.from({ length: years }, (_, y) => seed[(l * 4 + y) % 24] / 1000));
        const f = pct / 100;
        const t = s22Years({ weights: w, lineCosts: costs, rates, fixedFraction: f, unit: 0.01 });
        expect(t).toHaveLength(w.length);
        for (let y = 0; y <= years; y++) {
          const yearCosts = costs.map((c, l) => (y === 0 ? c : uplift(c, rates[l].slice(0, y), 0.01)[y - 1]));
          const table = s22Table({ weights: w, lineCosts: yearCosts, fixedFraction: f, unit: 0.01, showHeaders: false });
          const column = t.map((row) => row[y] as number);
          expect(column).toEqual(table.map((row) => row[costs.length]));
          const pence = (x: number) => BigInt(Math.round(x * 100));
          expect(column.reduce((a, x) => a + pence(x), 0n)).toBe(yearCosts.reduce((a, x) => a + pence(x), 0n));
        }
      }),
      { numRuns: 150 },
    );
  });
});
