import fc from "fast-check";
import { forcesIn } from "../forces/forces";
import { s22Share } from "./share";
import { CREDIT_FLAG, s22Table } from "./table";

const TARIAN_FTE = forcesIn("TARIAN").map((f) => f.officerFte); // Dyfed-Powys, Gwent, South Wales

describe("s22Table", () => {
  it("lays out TARIAN's table with headers, in-kind offset and a credit flag (worked by hand)", () => {
    // Lines £600,000 / £250,000 / £150,000 pro rata to FTE 1,144.69 / 1,308.43 / 2,986.47 (see round-table.test.ts
    // for the pennies). Totals are each force's share of £1,000,000: £210,436.82, £240,538.35, £549,024.83.
    // Gwent seconds £300,000 of officers in kind: cash 240,538.35 − 300,000 = −59,461.65, a credit.
    const t = s22Table({
      weights: TARIAN_FTE,
      lineCosts: [600_000, 250_000, 150_000],
      fixedFraction: 0,
      inKind: [0, 300_000, 0],
      unit: 0.01,
      showHeaders: true,
    });
    expect(t).toEqual([
      ["Force", "Line 1", "Line 2", "Line 3", "Total", "In-kind", "Cash due", "Flag"],
      ["Force 1", 126_262.09, 52_609.2, 31_565.53, 210_436.82, 0, 210_436.82, "OK"],
      ["Force 2", 144_323.01, 60_134.59, 36_080.75, 240_538.35, 300_000, -59_461.65, CREDIT_FLAG],
      ["Force 3", 329_414.9, 137_256.21, 82_353.72, 549_024.83, 0, 549_024.83, "OK"],
      ["Total", 600_000, 250_000, 150_000, 1_000_000, 300_000, 700_000, ""],
    ]);
  });

  it("gives the bare figures without headers: forces × (lines + total, in-kind, cash, flag)", () => {
    const t = s22Table({ weights: [1, 3], lineCosts: [100], fixedFraction: 0, unit: 0.01, showHeaders: false });
    expect(t).toEqual([
      [25, 25, 0, 25, "OK"],
      [75, 75, 0, 75, "OK"],
    ]);
  });

  it("flags a force whose total had to differ from its S22SHARE figure", () => {
    // Weights 3,3,2,2,2 over lines of 6p and 4p: see round-table.test.ts. S22SHARE of 10p is 2p each, but no table
    // with every cell within a penny of exact allows it: force 1 pays 3p and force 5 1p, and both are flagged.
    const t = s22Table({ weights: [3, 3, 2, 2, 2], lineCosts: [0.06, 0.04], fixedFraction: 0, unit: 0.01, showHeaders: false });
    expect(t.map((r) => r[2])).toEqual([0.03, 0.02, 0.02, 0.02, 0.01]);
    expect(t[0][5]).toMatch(/^ROUNDING: total £0.01 above its S22SHARE of the budget total/);
    expect(t[4][5]).toMatch(/^ROUNDING: total £0.01 below its S22SHARE/);
    expect(t.slice(1, 4).map((r) => r[5])).toEqual(["OK", "OK", "OK"]);
    expect(s22Share([3, 3, 2, 2, 2], 0.1, 0, 0.01)).toEqual([0.02, 0.02, 0.02, 0.02, 0.02]);
  });

  it("joins both flags when a credit force's total also differs", () => {
    const t = s22Table({
      weights: [3, 3, 2, 2, 2],
      lineCosts: [0.06, 0.04],
      fixedFraction: 0,
      inKind: [0, 0, 0, 0, 0.05],
      unit: 0.01,
      showHeaders: false,
    });
    expect(t[4][4]).toBe(-0.04);
    expect(t[4][5]).toMatch(/^CREDIT: in-kind exceeds share; ROUNDING: /);
  });

  it("names the argument when input is bad", () => {
    const base = { weights: [1, 1, 1], lineCosts: [100, 50], fixedFraction: 0, unit: 0.01, showHeaders: false };
    expect(() => s22Table({ ...base, inKind: [1, 2] })).toThrow(/^in_kind: expected one value per force \(3, as many as weights\), got 2$/);
    expect(() => s22Table({ ...base, inKind: [1, 2, 3.005] })).toThrow(
      /^in_kind: expected a whole multiple of unit 0.01, got 3.005 \(item 3\)$/,
    );
    expect(() => s22Table({ ...base, inKind: [1, -2, 3] })).toThrow(/^in_kind: expected a number ≥ 0, got -2 \(item 2\)$/);
    expect(() => s22Table({ ...base, lineCosts: [100, -50] })).toThrow(/^line_costs: expected a number ≥ 0, got -50 \(item 2\)$/);
    expect(() => s22Table({ ...base, lineCosts: [100.001] })).toThrow(/^line_costs: expected a whole multiple of unit 0.01, got 100.001$/);
    expect(() => s22Table({ ...base, weights: [0, 0, 0] })).toThrow(/^weights: are all zero/);
    expect(() => s22Table({ ...base, fixedFraction: 2 })).toThrow(/^fixed_fraction: /);
    expect(() => s22Table({ ...base, unit: 0 })).toThrow(/^unit: /);
    expect(() => s22Table({ ...base, lineCosts: new Array(20_000).fill(1) })).toThrow(
      /^line_costs: expected at most 50000 cells in the table \(forces × lines\), got 3 × 20000$/,
    );
  });
});

describe("s22Table properties (in pence)", () => {
  const p = (x: unknown) => Math.round((x as number) * 100);
  const input = fc
    .record({
      w: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 5 })), {
        minLength: 1,
        maxLength: 12,
      }),
      costs: fc.array(fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 8 }),
      pct: fc.integer({ min: 0, max: 100 }),
      kind: fc.array(fc.integer({ min: 0, max: 1e8 }), { minLength: 12, maxLength: 12 }),
    })
    .filter((r) => r.w.some((x) => x > 0));

  it("adds up across every row and down every column, cash = total − in-kind, flags exactly where due", () => {
    fc.assert(
      fc.property(input, ({ w, costs, pct, kind }) => {
        const inKind = w.map((_, i) => kind[i] / 100);
        const t = s22Table({
          weights: w,
          lineCosts: costs.map((c) => c / 100),
          fixedFraction: pct / 100,
          inKind,
          unit: 0.01,
          showHeaders: true,
        });
        const m = costs.length;
        const body = t.slice(1, -1);
        const totalRow = t[t.length - 1];
        const bad: string[] = [];
        for (let col = 1; col <= m + 3; col++) {
          const down = body.reduce((a, r) => a + p(r[col]), 0);
          if (down !== p(totalRow[col])) bad.push(`column ${col} does not add up`);
        }
        costs.forEach((c, j) => p(totalRow[1 + j]) !== c && bad.push(`line ${j + 1} is not its cost`));
        const share = s22Share(w, costs.reduce((a, b) => a + b, 0) / 100, pct / 100, 0.01);
        body.forEach((r, i) => {
          const across = r.slice(1, 1 + m).reduce((a: number, x) => a + p(x), 0);
          if (across !== p(r[m + 1])) bad.push(`row ${i + 1} does not add up`);
          if (p(r[m + 1]) - p(r[m + 2]) !== p(r[m + 3])) bad.push(`row ${i + 1}: cash is not total − in-kind`);
          if (p(r[m + 3]) < 0 !== String(r[m + 4]).includes("CREDIT")) bad.push(`row ${i + 1}: credit flag wrong`);
          if ((p(r[m + 1]) !== p(share[i])) !== String(r[m + 4]).includes("ROUNDING")) bad.push(`row ${i + 1}: rounding flag wrong`);
        });
        expect(bad).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });
});
