import { lroReq, pBand, socReq, workloadFte } from "./soc";

describe("SPR.PBAND", () => {
  it("reads the cut-offs from a row or a column", () => {
    expect(pBand(25, [[10, 20, 40]])).toBe(2);
    expect(pBand(40, [[10], [20], [40]])).toBe(1);
    expect(pBand(0, [[10, 20, 40]])).toBe(4);
  });

  it("names the argument that is wrong", () => {
    expect(() => pBand(-1, [[10, 20, 40]])).toThrow(/^score: expected a number ≥ 0, got -1$/);
    expect(() => pBand(null, [[10, 20, 40]])).toThrow(/^score: is required/);
    expect(() => pBand(5, [[10, 20, "forty"]])).toThrow(
      /^thresholds: expected a number ≥ 0 in every cell, got the text "forty" \(item 3\)$/,
    );
    expect(() => pBand(5, [[30, 20, 40]])).toThrow(/^thresholds: expected 3 cut-off scores in strictly ascending order, got 30, 20, 40$/);
    expect(() =>
      pBand(5, [
        [10, 20],
        [30, 40],
      ]),
    ).toThrow(/^thresholds: expected a single row or column/);
  });
});

describe("SPR.WORKLOADFTE", () => {
  it("defaults to the productive hours of SPR.PRODUCTIVEHOURS()", () => {
    // 7,550 h ÷ 1,679.142857 h (= (260.892857 − 51) × 8) = 4.496342 FTE
    expect(workloadFte([[120], [40], [15]], [[20], [35], [250]])).toBeCloseTo(4.496342, 6);
    expect(workloadFte([[120, 40, 15]], [[20, 35, 250]], 1510)).toBe(5);
    // one hours figure for every volume: 300 disseminations × 20 h = 6,000 h ÷ 1,500 = 4 FTE
    expect(workloadFte([[100, 200]], [[20]], 1500)).toBe(4);
  });

  it("refuses negative volumes, ranges of different shapes and zero productive hours", () => {
    expect(() => workloadFte([[-1]], [[2]])).toThrow(/^volumes: expected a number ≥ 0 in every cell, got -1$/);
    expect(() => workloadFte([[1], [2]], [[1, 2]])).not.toThrow(); // a row pairs with a column of the same length
    expect(() =>
      workloadFte(
        [
          [1, 2],
          [3, 4],
        ],
        [[1, 2, 3, 4]],
      ),
    ).toThrow(/^hours_each: expected the same shape as volumes \(2×2\) or a single value, got 1×4$/);
    expect(() => workloadFte([[1]], [[1]], 0)).toThrow(/^productive_hours: expected a number > 0, got 0$/);
  });
});

describe("SPR.SOCREQ", () => {
  it("gives one row: force FTE, ROCU FTE, total FTE", () => {
    // worked in src/core/soc/socreq.test.ts: 7,400 h and 9,000 h at 1,600 h per FTE
    expect(socReq([[2, 5, 8, 12]], [[3000], [1200], [400], [100]], [[0, 0.5, 1, 1]], 1600)).toEqual([[4.625, 5.625, 10.25]]);
  });

  it("refuses shares outside 0–1, fractional OCG counts and the wrong number of bands", () => {
    expect(() => socReq([[1, 1, 1, 1]], [[1, 1, 1, 1]], [[0, -0.1, 1, 1]])).toThrow(
      /^force_share_by_band: expected a number ≥ 0 and ≤ 1 in every cell, got -0.1 \(item 2\)$/,
    );
    expect(() => socReq([[1, 1, 1, 1]], [[1, 1, 1, 1]], [[0, 1.5, 1, 1]])).toThrow(/^force_share_by_band: expected a number ≥ 0 and ≤ 1/);
    expect(() => socReq([[1, 1.5, 1, 1]], [[1, 1, 1, 1]], [[0, 1, 1, 1]])).toThrow(
      /^ocgs_by_band: expected a whole number ≥ 0 in every cell, got 1.5 \(item 2\)$/,
    );
    expect(() => socReq([[1, 1, 1, 1, 1]], [[1, 1, 1, 1]], [[0, 1, 1, 1]])).toThrow(/^ocgs_by_band: expected 4 figures/);
    expect(() => socReq([[1, 1, 1, 1]], [[1, 1, 1]], [[0, 1, 1, 1]])).toThrow(/^hours_by_band: expected 4 figures/);
  });
});

describe("SPR.LROREQ", () => {
  it("rounds up, with the illustrative default of 3 OCGs per LRO", () => {
    // 10 ÷ 3 = 3.33 → 4
    expect(lroReq(10)).toBe(4);
    expect(lroReq(10, 5)).toBe(2);
  });

  it("names the argument that is wrong", () => {
    expect(() => lroReq(2.5)).toThrow(/^mapped_ocgs: expected a whole number ≥ 0, got 2.5$/);
    expect(() => lroReq(10, 0.5)).toThrow(/^ocgs_per_lro: expected a whole number ≥ 1, got 0.5$/);
  });
});
