import { message } from "../../test/helpers/thrown";
import { inKind, s22Explain, s22Posts, s22Share, s22Table, uplift } from "./section22";

describe("SPR.S22SHARE", () => {
  it("keeps the shape of weights and defaults to pence with no fixed element", () => {
    expect(s22Share([[41.98, 58.02]], 1_000_000)).toEqual([[419_800, 580_200]]);
    expect(s22Share([[1], [1], [1]], 1)).toEqual([[0.34], [0.33], [0.33]]);
    // a 2×2 block of weights stays a block
    expect(
      s22Share(
        [
          [1, 1],
          [1, 1],
        ],
        1,
        null,
        null,
      ),
    ).toEqual([
      [0.25, 0.25],
      [0.25, 0.25],
    ]);
  });

  it("answers bad input with #VALUE! naming the argument", () => {
    expect(message(() => s22Share([[1, -2]], 100))).toMatch(/^weights: expected a number ≥ 0 in every cell, got -2 \(item 2\)$/);
    expect(message(() => s22Share([[0, 0]], 100))).toMatch(/^weights: are all zero/);
    expect(message(() => s22Share([[1, 1]], 100, 1.2))).toMatch(/^fixed_fraction: expected a number ≥ 0 and ≤ 1, got 1.2$/);
    expect(message(() => s22Share([[1, 1]], 100, -0.2))).toMatch(/^fixed_fraction: /);
    expect(message(() => s22Share([[1, 1]], 100, 0, 0))).toMatch(/^unit: expected a number > 0, got 0$/);
    expect(message(() => s22Share([[1, 1]], 100, 0, -0.01))).toMatch(/^unit: /);
    expect(message(() => s22Share([[1, 1]], "ten"))).toMatch(/^total: expected a number ≥ 0, got the text "ten"$/);
    expect(message(() => s22Share([[1, 1]], 10.001))).toMatch(/^total: expected a whole multiple of unit 0.01/);
  });
});

describe("SPR.S22TABLE", () => {
  it("takes weights and line costs as rows or columns, in-kind as either, headers on request", () => {
    const t = s22Table([[1], [3]], [[100, 60]], null, [[10, 100]], null, true);
    // line 1: 25 / 75; line 2: 15 / 45; totals 40 / 120; cash 40 − 10 = 30, 120 − 100 = 20.
    expect(t).toEqual([
      ["Force", "Line 1", "Line 2", "Total", "In-kind", "Cash due", "Flag"],
      ["Force 1", 25, 15, 40, 10, 30, "OK"],
      ["Force 2", 75, 45, 120, 100, 20, "OK"],
      ["Total", 100, 60, 160, 110, 50, ""],
    ]);
    expect(s22Table([[1, 3]], [[100], [60]])).toEqual([
      [25, 15, 40, 0, 40, "OK"],
      [75, 45, 120, 0, 120, "OK"],
    ]);
  });

  it("answers bad input with #VALUE! naming the argument", () => {
    expect(message(() => s22Table([[1, -1]], [[100]]))).toMatch(/^weights: expected a number ≥ 0 in every cell, got -1 \(item 2\)$/);
    expect(message(() => s22Table([[0, 0]], [[100]]))).toMatch(/^weights: are all zero/);
    expect(message(() => s22Table([[1, 1]], [[100, -5]]))).toMatch(/^line_costs: expected a number ≥ 0 in every cell, got -5 \(item 2\)$/);
    expect(message(() => s22Table([[1, 1]], [[100]], 2))).toMatch(/^fixed_fraction: expected a number ≥ 0 and ≤ 1, got 2$/);
    expect(message(() => s22Table([[1, 1]], [[100]], 0, [[1, 2, 3]]))).toMatch(
      /^in_kind: expected one value per force \(2, as many as weights\), got 3$/,
    );
    expect(
      message(() =>
        s22Table([[1, 1]], [[100]], 0, [
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toMatch(/^in_kind: expected a single row or column/);
    expect(message(() => s22Table([[1, 1]], [[100]], 0, undefined, 0))).toMatch(/^unit: expected a number > 0, got 0$/);
    expect(message(() => s22Table([[1, 1]], [[100]], 0, undefined, null, "yes"))).toMatch(/^show_headers: expected TRUE or FALSE/);
    expect(
      message(() =>
        s22Table(
          [
            [1, 1],
            [1, 1],
          ],
          [[100]],
        ),
      ),
    ).toMatch(/^weights: expected a single row or column, got a 2×2 range$/);
  });
});

describe("SPR.INKIND, SPR.S22POSTS, SPR.UPLIFT, SPR.S22EXPLAIN", () => {
  it("value secondments cell by cell, one cost for all or one per force", () => {
    expect(inKind([[2.5], [1], [0]], [[61_234.57]])).toEqual([[153_086.43], [61_234.57], [0]]);
    expect(inKind([[1, 2]], [[50_000, 40_000]])).toEqual([[50_000, 80_000]]);
    expect(message(() => inKind([[1, 2]], [[1, 2, 3]]))).toMatch(/^cost_per_fte: expected the same shape as fte_by_force/);
    expect(message(() => inKind([[-1]], [[5]]))).toMatch(/^fte_by_force: expected a number ≥ 0/);
  });

  it("place whole posts", () => {
    // quotas 12 × FTE ÷ 5,439.59 = 2.525, 2.886, 6.589: floors 10, two left to .886 and .589
    expect(s22Posts([[1144.69], [1308.43], [2986.47]], 12)).toEqual([[2], [3], [7]]);
    expect(message(() => s22Posts([[1, 1]], 2.5))).toMatch(/^posts: expected a whole number ≥ 0, got 2.5$/);
    expect(message(() => s22Posts([[1, 1]], 5, [[1, 1, 1]]))).toMatch(/^minimums: expected the same shape as weights/);
    expect(message(() => s22Posts([[1, 1]], 5, [[0.5, 1]]))).toMatch(
      /^minimums: expected a whole number ≥ 0 in every cell, got 0.5 \(item 1\)$/,
    );
  });

  it("project a row as a row, a column as a column", () => {
    expect(uplift(1000, [[0.1, 0.1]])).toEqual([[1100, 1210]]);
    expect(uplift(1000, [[0.1], [0.1]], 1)).toEqual([[1100], [1210]]);
    expect(
      message(() =>
        uplift(1000, [
          [0.1, 0.1],
          [0.1, 0.1],
        ]),
      ),
    ).toMatch(/^rates: expected a single row or column/);
    expect(message(() => uplift(1000, [[2.5]]))).toMatch(/^rates: expected a number > -1 and ≤ 1 in every cell, got 2.5$/);
    expect(message(() => uplift(1000, [[0.1]], 0))).toMatch(/^unit: expected a number > 0, got 0$/);
  });

  it("explain one force in one cell, or every force in the shape of weights", () => {
    expect(s22Explain([[1, 1]], 1, null, null, 2)).toHaveLength(1);
    expect(s22Explain([[1, 1]], 1, null, null, 2)[0][0]).toMatch(/^Force 2 of 2 contributes £0.50 of £1.00\./);
    expect(s22Explain([[1], [1], [1]], 1)).toHaveLength(3);
    expect(message(() => s22Explain([[1, 1]], 1, null, null, 3))).toMatch(/^force_index: expected a whole number ≥ 1 and ≤ 2, got 3$/);
  });
});
