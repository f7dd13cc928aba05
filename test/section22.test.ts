// Section 22 contributions through the command line, as a user types them: values, shapes and error messages.
import { evalFormula } from "./helpers/registry";

describe("spr eval: Section 22 contributions", () => {
  it("splits £1,000,000 at 41.98% to £419,800.00", async () => {
    expect(await evalFormula("=SPR.S22SHARE({41.98,58.02},1000000)")).toEqual({ value: [[419800, 580200]] });
  });

  it("shares TARIAN's £1,000,000 by officer FTE to the penny, with and without an equal element", async () => {
    // pro rata: see src/core/section22/share.test.ts for the arithmetic
    expect(await evalFormula("=SPR.S22SHARE({1144.69;1308.43;2986.47},1000000)")).toEqual({
      value: [[210436.82], [240538.35], [549024.83]],
    });
    // 20% equal: 20,000,000p ÷ 3 = 6,666,666.6667p each, plus 80,000,000p × FTE ÷ 5,439.59: exact shares
    // 23,501,611.9475p, 25,909,734.6185p, 50,588,653.4341p; floors leave 2p, to .9475 and .6185:
    // 235,016.12 + 259,097.35 + 505,886.53 = 1,000,000.00
    const r = await evalFormula("=SPR.S22SHARE({1144.69;1308.43;2986.47},1000000,0.2)");
    expect(r).toEqual({ value: [[235016.12], [259097.35], [505886.53]] });
  });

  it("spills the contribution table with headers, in-kind and a credit flag", async () => {
    const r = await evalFormula("=SPR.S22TABLE({1144.69;1308.43;2986.47},{600000,250000,150000},,{0;300000;0},,TRUE)");
    expect(r).toEqual({
      value: [
        ["Force", "Line 1", "Line 2", "Line 3", "Total", "In-kind", "Cash due", "Flag"],
        ["Force 1", 126262.09, 52609.2, 31565.53, 210436.82, 0, 210436.82, "OK"],
        ["Force 2", 144323.01, 60134.59, 36080.75, 240538.35, 300000, -59461.65, "CREDIT: in-kind exceeds share"],
        ["Force 3", 329414.9, 137256.21, 82353.72, 549024.83, 0, 549024.83, "OK"],
        ["Total", 600000, 250000, 150000, 1000000, 300000, 700000, ""],
      ],
    });
  });

  it("feeds SPR.INKIND into SPR.S22TABLE", async () => {
    // in-kind 1 × £40,000.005 → £40,000.01 (half away from zero); force 1's share of £100,000 by 1:3 is £25,000
    const r = await evalFormula("=SPR.S22TABLE({1;3},{100000},,SPR.INKIND({1;0},40000.005))");
    expect(r).toEqual({
      value: [
        [25000, 25000, 40000.01, -15000.01, "CREDIT: in-kind exceeds share"],
        [75000, 75000, 0, 75000, "OK"],
      ],
    });
  });

  it("places posts, projects uplift and explains a share", async () => {
    expect(await evalFormula("=SPR.S22POSTS({1163.92;1446.72;3070.9465;2008.667;3552.5702;1609.12;1172.08},50)")).toEqual({
      value: [[4], [5], [11], [7], [13], [6], [4]],
    });
    expect(await evalFormula("=SPR.UPLIFT(1000000,{0.025,0.03,0.02})")).toEqual({ value: [[1025000, 1055750, 1076865]] });
    const e = await evalFormula("=SPR.S22EXPLAIN({41.98,58.02},1000000,,,2)");
    expect(e).toEqual({
      value: [[expect.stringMatching(/^Force 2 of 2 contributes £580,200\.00 of £1,000,000\.00\. .*no rounding was needed\.$/)]],
    });
  });

  it("answers bad input with #VALUE! naming the argument", async () => {
    const cases: [string, RegExp][] = [
      ["=SPR.S22SHARE({1,-1},100)", /^weights: expected a number ≥ 0 in every cell, got -1 \(item 2\)$/],
      ["=SPR.S22SHARE({0,0},100)", /^weights: are all zero/],
      ["=SPR.S22SHARE({1,1},100,1.5)", /^fixed_fraction: expected a number ≥ 0 and ≤ 1, got 1.5$/],
      ["=SPR.S22SHARE({1,1},100,,0)", /^unit: expected a number > 0, got 0$/],
      ["=SPR.S22TABLE({1;1},{100,-1})", /^line_costs: expected a number ≥ 0 in every cell, got -1 \(item 2\)$/],
      ["=SPR.S22TABLE({1;1},{100},,{1;2;3})", /^in_kind: expected one value per force \(2, as many as weights\), got 3$/],
      ["=SPR.S22TABLE({1;1},{100},-0.5)", /^fixed_fraction: /],
      ["=SPR.S22TABLE({1;1},{100},,,-1)", /^unit: /],
      ["=SPR.S22POSTS({1;1},2.5)", /^posts: expected a whole number ≥ 0, got 2.5$/],
      ["=SPR.UPLIFT(100,{2.5})", /^rates: /],
      ['=SPR.INKIND({1;2},"lots")', /^cost_per_fte: expected a number ≥ 0 in every cell, got the text "lots"$/],
      ["=SPR.S22EXPLAIN({1,1},100,,,5)", /^force_index: /],
    ];
    for (const [formula, msg] of cases) {
      const r = await evalFormula(formula);
      expect(r).toMatchObject({ error: "#VALUE!" });
      expect((r as { message: string }).message).toMatch(msg);
    }
  });

  describe("money as Excel shows it (15 significant digits)", () => {
    it("takes totals and line costs computed in Excel at the figure Excel shows", async () => {
      // 1025000.0000000001 shows as 1,025,000.00: half each
      expect(await evalFormula("=SPR.S22SHARE({1;1},1025000.0000000001)")).toEqual({ value: [[512500], [512500]] });
      // =3120000*1.031 is 3216719.9999999995 in binary and shows as 3,216,720.00: by 1:3, 804,180 and 2,412,540
      expect(await evalFormula("=SPR.S22SHARE({1;3},3216719.9999999995)")).toEqual({ value: [[804180], [2412540]] });
      expect(await evalFormula("=SPR.ALLOCATE(3216719.9999999995,{1;1},0.01)")).toEqual({ value: [[1608360], [1608360]] });
      // line costs the same way; 0.1+0.2 (0.30000000000000004) is £0.30, shared 0.15 / 0.15
      expect(await evalFormula("=SPR.S22TABLE({1;1},{3216719.9999999995,0.30000000000000004})")).toEqual({
        value: [
          [1608360, 0.15, 1608360.15, 0, 1608360.15, "OK"],
          [1608360, 0.15, 1608360.15, 0, 1608360.15, "OK"],
        ],
      });
      expect(await evalFormula("=SPR.INKIND(1,3216719.9999999995)")).toEqual({ value: [[3216720]] });
      expect(await evalFormula("=SPR.S22EXPLAIN({1;1},1025000.0000000001,,,1)")).toEqual({
        value: [[expect.stringMatching(/^Force 1 of 2 contributes £512,500\.00 of £1,025,000\.00\./)]],
      });
      // the projection is exact: 3,120,000 × 1.031 = 3,216,720 and × 1.025 = 3,297,138 (floating point: 3297137.999999999)
      expect(await evalFormula("=SPR.UPLIFT(3120000,{0.031,0.025})")).toEqual({ value: [[3216720, 3297138]] });
    });

    it("reads weights as Excel shows them: 0.30000000000000004 and 0.3 are the same weight", async () => {
      // equal weights → equal remainders → the earlier row takes the one unit
      expect(await evalFormula("=SPR.ALLOCATE(1,{0.3;0.30000000000000004})")).toEqual({ value: [[1], [0]] });
    });

    it("still refuses an amount that is not a whole multiple of the unit at 15 significant digits", async () => {
      for (const formula of ["=SPR.S22SHARE({1;1},1025000.001)", "=SPR.S22SHARE({1;1},100.005)", "=SPR.ALLOCATE(0.125,{1;1},0.01)"]) {
        const r = await evalFormula(formula);
        expect(r).toMatchObject({
          error: "#VALUE!",
          message: expect.stringMatching(/^total: expected a whole multiple of unit 0.01, got /),
        });
      }
    });

    it("refuses totals too large to stay exact to the unit, never answering inexactly", async () => {
      // ALLOCATE(1e15, {1;1;1}, 0.01) returned three equal 333333333333333.3; the largest exact total at the penny
      // is 9,999,999,999,999.99, whose thirds 3,333,333,333,333.33 have 15 digits
      expect(await evalFormula("=SPR.ALLOCATE(1e15,{1;1;1},0.01)")).toEqual({
        error: "#VALUE!",
        message:
          "total: expected at most 9,999,999,999,999.99, the most that stays exact to unit 0.01 in Excel's 15 significant digits; got 1000000000000000",
      });
      expect(await evalFormula("=SPR.ALLOCATE(9999999999999.99,{1;1;1},0.01)")).toEqual({
        value: [[3333333333333.33], [3333333333333.33], [3333333333333.33]],
      });
      expect(await evalFormula("=SPR.S22SHARE({1;1;1},1e15)")).toMatchObject({
        error: "#VALUE!",
        message: expect.stringMatching(/^total: /),
      });
      // S22TABLE with line costs near 1e15 left row totals unequal to their lines while the flag said OK
      expect(await evalFormula("=SPR.S22TABLE({1;2;3},{999999999999999,999999999999999})")).toMatchObject({
        error: "#VALUE!",
        message: expect.stringMatching(/^line_costs: expected at most /),
      });
      expect(await evalFormula("=SPR.S22TABLE({1;2;3},{6000000000000,6000000000000})")).toMatchObject({
        error: "#VALUE!",
        message:
          "line_costs: add up to 12,000,000,000,000.00, more than 9,999,999,999,999.99, the most that stays exact to unit 0.01 in Excel's 15 significant digits",
      });
      expect(await evalFormula("=SPR.S22TABLE({1;2;3},{999999999999999,999999999999999},,,1)")).toMatchObject({
        error: "#VALUE!",
        message: expect.stringMatching(/^line_costs: add up to 1,999,999,999,999,998, more than 999,999,999,999,999/),
      });
      expect(await evalFormula("=SPR.S22POSTS({1;1},1e15)")).toMatchObject({
        error: "#VALUE!",
        message: expect.stringMatching(/^total: expected at most 999,999,999,999,999/),
      });
      expect(await evalFormula("=SPR.INKIND(1e6,1e8)")).toMatchObject({
        error: "#VALUE!",
        message: expect.stringMatching(/^cost_per_fte: expected at most /),
      });
      expect(await evalFormula("=SPR.UPLIFT(9e12,{0.5},0.01)")).toMatchObject({
        error: "#VALUE!",
        message: expect.stringMatching(/^amount: expected at most .* got 9000000000000, which grows to 13500000000000 by year 1$/),
      });
    });
  });
});
